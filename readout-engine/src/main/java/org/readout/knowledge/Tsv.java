package org.readout.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the data files (knowledge, issues, topics, patterns, cleaning rules): tab-separated rows, {@code #} comments
 * and blank lines skipped; a bundled resource first, then a user's file of the same name that extends or replaces it.
 */
public final class Tsv {
    /** The first line of a user's file that replaces the bundled file of its name instead of extending it. */
    public static final String REPLACE_MARKER = "# replace";

    private Tsv() {
    }

    public record Row(String origin, int line, String[] cells) {
        public String get(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(origin + ":" + line + ": " + message);
        }

        String orNull(int i) {
            String v = get(i);
            return v.isEmpty() ? null : v;
        }

        List<String> list(int i) {
            String v = get(i);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The bundled file {@code readout/knowledge/NAME} with the user's {@code DIR/NAME}, if one is given (see {@link #load(String, String, Path)}). */
    static List<Row> load(String name, Path userDir) {
        return load("readout/knowledge/", name, userDir);
    }

    /**
     * The rows of the bundled resource {@code RESOURCEDIR + NAME}, then those of the user's {@code DIR/NAME} when there
     * is one, which so extends the bundled file; a user's file whose first line is {@value #REPLACE_MARKER} replaces it.
     */
    public static List<Row> load(String resourceDir, String name, Path userDir) {
        List<Row> rows = new ArrayList<>();
        Path user = userFile(userDir, name);
        if (user == null || !replacesBundled(user)) {
            String resource = resourceDir + name;
            InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("missing bundled knowledge file " + resource);
            read(resource, in, rows);
        }
        if (user != null) {
            try {
                read(user.toString(), Files.newInputStream(user), rows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge file " + user, e);
            }
        }
        return rows;
    }

    /** The user's file {@code DIR/NAME}, or null when there is no such file (or no folder). */
    public static Path userFile(Path userDir, String name) {
        if (userDir == null) return null;
        Path user = userDir.resolve(name);
        return Files.isRegularFile(user) ? user : null;
    }

    /** Whether a user's file starts with {@value #REPLACE_MARKER}. */
    public static boolean replacesBundled(Path user) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(user), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            return first != null && first.replace("\uFEFF", "").strip().equals(REPLACE_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + user, e);
        }
    }

    private static void read(String origin, InputStream in, List<Row> rows) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                rows.add(new Row(origin, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + origin, e);
        }
    }

    /**
     * The second column of the rows of one kind (first column) as a regex alternation: longest first,
     * each phrase quoted, its inner spaces matching any run of spaces; lower-cased when asked.
     */
    /**
     * As {@link #alternation}, lower case, where a letter written with an accent matches it without one too ("chefs
     * d'état" matches "chefs d'Etat", as capitals often go unaccented); for a pattern compiled with {@code (?iu)}.
     */
    public static String accentOptionalAlternation(List<Row> rows, String kind) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.get(0).equals(kind)) continue;
            StringBuilder b = new StringBuilder();
            for (char c : r.get(1).toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c == ' ') {
                    b.append("\\s+");
                    continue;
                }
                String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                String quoted = java.util.regex.Pattern.quote(String.valueOf(c));
                b.append(base.length() == 1 && base.charAt(0) != c ? "(?:" + quoted + "|" + java.util.regex.Pattern.quote(base) + ")" : quoted);
            }
            out.add(b.toString());
        }
        if (out.isEmpty()) throw new IllegalStateException("no '" + kind + "' rows");
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return String.join("|", out);
    }

    public static String alternation(List<Row> rows, String kind, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.get(0).equals(kind)) continue;
            String phrase = lowerCase ? r.get(1).toLowerCase(java.util.Locale.ROOT) : r.get(1);
            out.add(java.util.regex.Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        if (out.isEmpty()) throw new IllegalStateException("no '" + kind + "' rows");
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return String.join("|", out);
    }
}
