package org.readout.server;

/**
 * The one escaping helper for everything written into HTML: document text, titles, names, ids,
 * query strings. Every value from a document or the store goes through {@link #esc}; attribute
 * values are always double-quoted, so the same escaping is safe there too.
 */
public final class Html {
    private Html() {
    }

    public static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '`' -> "&#96;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t' && c != '\r') rep = "";
            if (rep != null) {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** A query-string component, percent-encoded (and then safe inside a double-quoted attribute). */
    public static String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
