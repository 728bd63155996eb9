package org.readout.knowledge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The number words of {@code readout/annotate/numbers.tsv} ("four", "forty-five"), read the same way by the temporal
 * tagger ("forty-five minutes") and by the cues ("the four leaders").
 */
public final class NumberWords {
    private static final Map<String, Integer> VALUES = load();

    private NumberWords() {
    }

    /** Each number word in lower case to its value, and each ten from twenty with a unit after a hyphen ("twenty-one" to "ninety-nine"). */
    public static Map<String, Integer> values() {
        return VALUES;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load("readout/annotate/", "numbers.tsv", null)) {
            try {
                out.put(r.get(1).toLowerCase(Locale.ROOT), Integer.parseInt(r.get(0)));
            } catch (NumberFormatException e) {
                throw r.error("a number word needs its value as digits first, not '" + r.get(0) + "'");
            }
        }
        Map<String, Integer> compounds = new LinkedHashMap<>();
        out.forEach((ten, t) -> {
            if (t < 20 || t % 10 != 0) return;
            out.forEach((unit, u) -> {
                if (u >= 1 && u <= 9) compounds.put(ten + "-" + unit, t + u);
            });
        });
        out.putAll(compounds);
        return Map.copyOf(out);
    }
}
