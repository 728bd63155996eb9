package org.readout.clean;

import java.util.List;
import java.util.regex.Pattern;

/** A citation line among the page furniture: a quoted title followed by an outlet and a full date. */
final class Citation {
    private static final Pattern LINE = Pattern.compile("[“\"].{10,}[”\"].*\\b(?:" + englishMonths() + ")\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$");

    private Citation() {
    }

    /** The English name of each month, the first of its row in {@code readout/annotate/months.tsv}, as a regex alternation. */
    private static String englishMonths() {
        List<String> names = new java.util.ArrayList<>();
        for (org.readout.knowledge.Tsv.Row r : org.readout.knowledge.Tsv.load("readout/annotate/", "months.tsv", null)) {
            names.add(Pattern.quote(r.get(1).split("\\|")[0].strip()));
        }
        return String.join("|", names);
    }

    static String find(List<String> boilerplate) {
        for (String line : boilerplate) {
            if (LINE.matcher(line).find()) return line.strip();
        }
        return null;
    }
}
