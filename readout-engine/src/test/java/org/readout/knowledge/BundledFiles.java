package org.readout.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled knowledge files read independently of {@link Tsv}, to check what the loaders made of them. */
final class BundledFiles {
    private BundledFiles() {
    }

    static List<String[]> rows(String name) {
        InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream("readout/knowledge/" + name);
        if (in == null) throw new IllegalStateException("no bundled " + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
