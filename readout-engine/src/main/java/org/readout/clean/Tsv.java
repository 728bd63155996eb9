package org.readout.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the tab-separated data files in {@code readout/clean/}: one row a line, {@code #} starts a comment line. */
final class Tsv {
    static final String FOLDER = "/readout/clean/";

    private Tsv() {
    }

    /** A row of a data file, with its place for error messages. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            if (i >= cells.size()) {
                throw new IllegalStateException(file + ":" + line + ": expected at least " + (i + 1) + " columns");
            }
            return cells.get(i);
        }

        Pattern pattern(int i) {
            try {
                return Tsv.pattern(cell(i));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file + ":" + line + ": bad regex: " + e.getDescription(), e);
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    static List<Row> read(String name) {
        InputStream in = Tsv.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing data file " + FOLDER + name);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(name, number, List.of(line.split("\t"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
