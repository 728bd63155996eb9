package org.readout.clean;

import org.readout.knowledge.Cues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "date 2023-03-06 At the invitation of ...": a publication stamp that a crawler glued to the first line
 * of the article becomes a line of its own, so that the article's first line reads as it was written and
 * the stamp reads as a date line. The labels are the {@code published-label} cues of {@code cues.tsv}.
 */
final class DateStamp {
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}";
    private final Pattern stamp;
    private final Pattern glued;

    DateStamp(Cues cues) {
        stamp = Pattern.compile("(?i)^((?:(?:" + cues.publishedLabels() + ")\\s*:?\\s*)?(?:" + DATE + "))\\s+(?=(?-i)[\\p{Lu}“\"])");
        glued = Pattern.compile("(?i)\\b(" + cues.publishedLabels() + ")(?=\\d)");
    }

    /**
     * The lines, the first one split after a leading stamp if it has one and more after it; in a line that is not
     * prose, a label glued to its date ("Livemint Updated22 Jan 2026, 10:14 PM IST") parted from it.
     */
    List<String> split(List<String> lines) {
        if (lines.isEmpty()) return lines;
        List<String> parted = new ArrayList<>(lines.size());
        for (String line : lines) parted.add(Lines.isProse(line) ? line : glued.matcher(line).replaceAll("$1 "));
        lines = parted;
        Matcher m = stamp.matcher(lines.get(0));
        if (!m.find() || m.end() >= lines.get(0).length()) return lines;
        List<String> out = new ArrayList<>(lines.size() + 1);
        out.add(m.group(1));
        out.add(lines.get(0).substring(m.end()));
        out.addAll(lines.subList(1, lines.size()));
        return out;
    }
}
