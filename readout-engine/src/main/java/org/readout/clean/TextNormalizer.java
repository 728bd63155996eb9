package org.readout.clean;

/**
 * Character-level clean-up of decoded text: line endings, odd spaces, invisible characters, mojibake, hashtag signs, the vowel
 * marks of Arabic script.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String text) {
        String repaired = Mojibake.repair(text);
        StringBuilder out = new StringBuilder(repaired.length());
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 >= repaired.length() || repaired.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> out.append('\n');
                case '\t', '\u000B', '\f', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: zero-width spaces and joiners, byte-order mark, soft hyphen
                }
                case '\u0640', '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652' -> {
                    // Arabic script's elongation and vowel marks ("اتصالاً هاتفياً"), which most text and the knowledge leave out
                }
                case '#' -> {
                    // "Foreign Minister Sergey #Lavrov": a hashtag's sign is no part of the word it tags
                    boolean tag = (i == 0 || Character.isWhitespace(repaired.charAt(i - 1)) || repaired.charAt(i - 1) == '(')
                            && i + 1 < repaired.length() && Character.isLetter(repaired.charAt(i + 1));
                    if (!tag) out.append(c);
                }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Single spaces, no space at either end. */
    static String collapse(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
