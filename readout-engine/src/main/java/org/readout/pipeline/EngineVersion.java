package org.readout.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Which engine read a document: the Maven version of the engine plus {@link #EXTRACTION}, a number the
 * developers bump whenever a change makes the engine read documents differently (cleaning, annotation,
 * extraction or statement rules, not data files: those are covered by the knowledge digest). Written
 * {@code 0.1.0-SNAPSHOT+e1}.
 */
public final class EngineVersion {
    /** Bump when a change to the code makes any document clean, annotate or extract differently. */
    public static final int EXTRACTION = 5;

    /** This engine's version. */
    public static final String CURRENT = mavenVersion() + "+e" + EXTRACTION;

    /** Orders versions by their numbers, left to right ({@code 0.1.0+e2 < 0.2.0+e1}); a prefix comes first ({@code 0.1 < 0.1.0+e1}). */
    public static final Comparator<String> ORDER = (a, b) -> {
        List<Long> x = numbers(a);
        List<Long> y = numbers(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Long.compare(x.get(i), y.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(x.size(), y.size());
    };

    private EngineVersion() {
    }

    /** True when {@code version} (a stored one, null for none) is {@code since} or later. */
    public static boolean atLeast(String version, String since) {
        return version != null && ORDER.compare(version, since) >= 0;
    }

    private static List<Long> numbers(String version) {
        List<Long> out = new ArrayList<>();
        for (String part : version.split("\\D+")) {
            if (part.isEmpty()) continue;
            out.add(part.length() > 18 ? Long.MAX_VALUE : Long.parseLong(part));
        }
        return out;
    }

    private static String mavenVersion() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
            if (in == null) throw new IllegalStateException("engine.properties missing from the classpath");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) throw new IllegalStateException("engine.properties was not filled in by the build");
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read engine.properties", e);
        }
    }
}
