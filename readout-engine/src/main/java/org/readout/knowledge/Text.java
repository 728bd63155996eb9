package org.readout.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** The one way names are compared: accents folded, curly quotes straightened, lower case. */
public final class Text {
    private Text() {
    }

    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('–', '-')
                .toLowerCase(Locale.ROOT).strip();
    }
}
