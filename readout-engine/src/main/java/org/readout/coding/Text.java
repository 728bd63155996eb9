package org.readout.coding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Small text repairs for the shipped data files. */
final class Text {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Text() {
    }

    /**
     * Undoes the classic "UTF-8 read as Windows-1252" damage ({@code â€œthirdâ€\u009d} back to
     * {@code “third”}). The string is returned unchanged unless it re-encodes to well-formed UTF-8,
     * so genuine Latin-1 text ("Café") is left alone.
     */
    static String repairMojibake(String s) {
        boolean suspicious = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                suspicious = true;
                break;
            }
        }
        if (!suspicious) return s;
        CharsetEncoder enc = CP1252.newEncoder();
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
            } else if (enc.canEncode(c)) {
                try {
                    bytes[i] = enc.encode(CharBuffer.wrap(new char[] {c})).get();
                } catch (CharacterCodingException e) {
                    return s;
                }
            } else if (c <= 0xFF) {
                bytes[i] = (byte) c; // the five bytes Windows-1252 leaves undefined decode to C1 controls
            } else {
                return s;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /** Trims and collapses runs of white space to one blank. */
    static String squeeze(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
