package org.readout.clean;

import java.nio.file.Path;
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
        return read(name, null);
    }

    /** The bundled {@code readout/clean/NAME} with a user's {@code DIR/NAME}, looked up as every knowledge file is. */
    static List<Row> read(String name, Path userDir) {
        List<Row> rows = new ArrayList<>();
        for (org.readout.knowledge.Tsv.Row r : org.readout.knowledge.Tsv.load(FOLDER.substring(1), name, userDir)) {
            List<String> cells = new ArrayList<>(List.of(r.cells()));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            rows.add(new Row(r.origin(), r.line(), List.copyOf(cells)));
        }
        return rows;
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
