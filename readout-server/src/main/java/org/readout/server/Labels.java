package org.readout.server;

import java.util.Map;

/**
 * What the pages show for the values of readout/1 ({@code in_person}, {@code third_country}): words,
 * not enum values. The filters still send the values; only what people read changes.
 */
final class Labels {
    private static final Map<String, String> FORMATS = Map.of("in_person", "in person", "phone", "phone", "video", "video");
    private static final Map<String, String> SETTINGS = Map.of("visit", "visit", "third_country", "in a third country",
            "multilateral", "multilateral");

    private Labels() {
    }

    static String format(String value) {
        return value == null ? null : FORMATS.getOrDefault(value, words(value));
    }

    static String setting(String value) {
        return value == null ? null : SETTINGS.getOrDefault(value, words(value));
    }

    /** Any other value (a status, a relation, a kind): its words, underscores as spaces. */
    static String words(String value) {
        return value == null ? null : value.replace('_', ' ');
    }
}
