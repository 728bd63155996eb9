package org.readout.clean;

import java.util.List;
import java.util.regex.Pattern;

/** A citation line among the page furniture: a quoted title followed by an outlet and a full date. */
final class Citation {
    private static final Pattern LINE = Pattern.compile(
            "[“\"].{10,}[”\"].*\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$");

    private Citation() {
    }

    static String find(List<String> boilerplate) {
        for (String line : boilerplate) {
            if (LINE.matcher(line).find()) return line.strip();
        }
        return null;
    }
}
