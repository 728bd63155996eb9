package org.readout.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the shipped data files of this package from the class path ({@code /readout/coding/...}). */
final class Resources {

    static final String DIR = "/readout/coding/";

    private Resources() {
    }

    /** All lines of a resource, decoded as UTF-8 (the PETRARCH and PLOVER files are ASCII). */
    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + name);
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }

    static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) out.add(line);
        return out;
    }
}
