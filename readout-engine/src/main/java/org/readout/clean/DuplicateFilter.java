package org.readout.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps one copy of article text a page repeats (scraped pages often hold the body twice). */
final class DuplicateFilter {
    /** Shorter lines (headings, labels) may repeat legitimately; only repeats inside a repeated run go. */
    static final int MIN_CHARS = 50;

    private DuplicateFilter() {
    }

    static List<String> filter(List<String> lines) {
        Set<String> seen = new HashSet<>();
        boolean[] repeated = new boolean[lines.size()];
        boolean[] seenBefore = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String key = Lines.key(lines.get(i));
            seenBefore[i] = !seen.add(key);
            repeated[i] = seenBefore[i] && key.length() >= MIN_CHARS;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean insideRepeat = seenBefore[i] && ((i > 0 && repeated[i - 1]) || (i + 1 < lines.size() && repeated[i + 1]));
            if (!repeated[i] && !insideRepeat) {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}
