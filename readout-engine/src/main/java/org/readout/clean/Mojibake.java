package org.readout.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs UTF-8 that was once read as Windows-1252 or a Mac encoding ("â€™" or "‚Äô" for "’"). Only sequences that
 * decode to Latin letters or general punctuation are replaced, so real accented text stays as it is. The one repair
 * for documents and for the shipped data files that need it (the names of {@code CAMEO.SCALE.txt}).
 */
public final class Mojibake {
    private static final List<Map<Character, Integer>> TABLES = new ArrayList<>();

    static {
        for (String name : List.of("windows-1252", "x-MacRoman", "x-MacCentralEurope")) {
            if (Charset.isSupported(name)) {
                TABLES.add(highBytes(Charset.forName(name)));
            }
        }
    }

    private Mojibake() {
    }

    public static String repair(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        for (Map<Character, Integer> table : TABLES) {
            text = repair(text, table);
        }
        return text;
    }

    private static String repair(String s, Map<Character, Integer> table) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String fixed = c < 0x80 ? null : decodeAt(s, i, table);
            if (fixed == null) {
                out.append(c);
                i++;
            } else {
                out.append(fixed);
                i += 1 + continuationCount(table.get(c));
            }
        }
        return out.toString();
    }

    private static String decodeAt(String s, int i, Map<Character, Integer> table) {
        Integer lead = table.get(s.charAt(i));
        int need = lead == null ? 0 : continuationCount(lead);
        if (need == 0 || i + need >= s.length()) {
            return null;
        }
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) (int) lead;
        for (int k = 1; k <= need; k++) {
            Integer b = table.get(s.charAt(i + k));
            if (b == null || b < 0x80 || b > 0xBF) {
                return null;
            }
            bytes[k] = (byte) (int) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return isPlausible(decoded.codePointAt(0)) ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int continuationCount(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    }

    private static boolean isPlausible(int cp) {
        return (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x20AC || cp == 0x2122;
    }

    /** Character to byte for 0x80-0xFF; bytes a charset leaves undefined map from the same code point (as ISO-8859-1). */
    private static Map<Character, Integer> highBytes(Charset charset) {
        Map<Character, Integer> table = new HashMap<>();
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table.put(chars.get(0), b);
            } catch (CharacterCodingException e) {
                table.put((char) b, b);
            }
        }
        return Map.copyOf(table);
    }
}
