package org.readout.source;

/**
 * The one-line messages a batch prints, {@code FILE: reason}. Control characters in the file name or the reason are
 * escaped (a newline shows as {@code \n}), so that neither can end the line and forge another one.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String source, String reason) {
        return escape(source) + ": " + escape(reason);
    }

    /** {@code \n}, {@code \r}, {@code \t} as such, other control characters and line separators as {@code \}{@code uXXXX}. */
    public static String escape(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
