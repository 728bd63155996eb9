package org.readout.clean;

import org.mozilla.universalchardet.UniversalDetector;
import org.readout.source.InputRejected;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bytes to text: a byte-order mark decides; else UTF-8 if the bytes are valid UTF-8; else the charset an HTML page
 * declares or juniversalchardet detects, if the result reads as text. UTF-8 with a few invalid bytes (no more than
 * {@link #MAX_INVALID_UTF8_SHARE} of them) is read as UTF-8 with each invalid sequence replaced by U+FFFD, and the
 * bytes counted: first when the rest holds non-ASCII UTF-8 characters, else when no other charset reads it.
 */
final class TextDecoder {
    static final String REJECTION = "invalid UTF-8 and no other text encoding detected";
    private static final Set<String> LATIN = Set.of("WINDOWS-1252", "ISO-8859-1", "ISO-8859-15", "US-ASCII");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Text in a Latin charset is mostly ASCII; random bytes read as Windows-1252 are not. */
    static final double MIN_ASCII_SHARE = 0.7;
    /** With nothing detected, Windows-1252 is tried only for text that is nearly all ASCII. */
    static final double MIN_ASCII_SHARE_UNDETECTED = 0.95;
    /** Above this share of invalid bytes, the bytes are not UTF-8 text with a few stray bytes. */
    static final double MAX_INVALID_UTF8_SHARE = 0.01;

    /** The text, and how many invalid UTF-8 bytes were replaced with U+FFFD to read it (0 when none). */
    record Decoded(String text, int invalidBytes) {
    }

    private TextDecoder() {
    }

    static Decoded decode(ByteBuffer bytes, String source) throws InputRejected {
        ByteBuffer b = bytes.duplicate();
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            b.position(b.position() + 3);
        } else if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            Charset utf16 = b.get(b.position()) == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            b.position(b.position() + 2);
            String text = strict(b, utf16);
            if (text == null) {
                throw new InputRejected(source, "invalid UTF-16");
            }
            return new Decoded(text, 0);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, 0);
        }
        Decoded lenient = lenientUtf8(b);
        boolean fewInvalid = lenient.invalidBytes() <= b.remaining() * MAX_INVALID_UTF8_SHARE;
        if (fewInvalid && lenient.text().chars().anyMatch(c -> c >= 0x80 && c != 0xFFFD)) {
            return lenient;
        }
        String declared = declaredCharset(b);
        String text = declared == null ? null : decodeIfText(b, declared, false);
        if (text == null) {
            String detected = detect(b);
            text = detected != null ? decodeIfText(b, detected, false) : decodeIfText(b, "WINDOWS-1252", true);
        }
        if (text != null) {
            return new Decoded(text, 0);
        }
        if (fewInvalid) {
            return lenient;
        }
        throw new InputRejected(source, REJECTION);
    }

    /** UTF-8 with each invalid sequence replaced by U+FFFD, counting the bytes replaced. */
    private static Decoded lenientUtf8(ByteBuffer b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = b.duplicate();
        CharBuffer out = CharBuffer.allocate(in.remaining());  // never more chars than bytes, U+FFFD included
        int invalid = 0;
        for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
            invalid += r.length();
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), invalid);
    }

    private static String decodeIfText(ByteBuffer b, String charsetName, boolean undetected) {
        Charset charset;
        try {
            String upper = charsetName.toUpperCase(Locale.ROOT);
            // as browsers do, read ISO-8859-1 as its superset Windows-1252
            charset = upper.equals("ISO-8859-1") || upper.equals("US-ASCII") ? WINDOWS_1252 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
        String text = strict(b, charset);
        if (text == null || controlShare(text) > 0.01) {
            return null;
        }
        boolean latin = LATIN.contains(charset.name().toUpperCase(Locale.ROOT));
        double minAscii = undetected ? MIN_ASCII_SHARE_UNDETECTED : latin ? MIN_ASCII_SHARE : 0;
        return asciiShare(text) >= minAscii ? text : null;
    }

    private static String strict(ByteBuffer b, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(b.duplicate()).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String detect(ByteBuffer b) {
        UniversalDetector detector = new UniversalDetector();
        ByteBuffer in = b.duplicate();
        byte[] chunk = new byte[64 * 1024];
        while (in.hasRemaining() && !detector.isDone()) {
            int n = Math.min(chunk.length, in.remaining());
            in.get(chunk, 0, n);
            detector.handleData(chunk, 0, n);
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The charset a {@code <meta>} tag near the start of an HTML page declares. */
    private static String declaredCharset(ByteBuffer b) {
        ByteBuffer start = b.duplicate();
        start.limit(start.position() + Math.min(4096, start.remaining()));
        var m = META_CHARSET.matcher(StandardCharsets.ISO_8859_1.decode(start));
        return m.find() ? m.group(1) : null;
    }

    private static boolean startsWith(ByteBuffer b, int... prefix) {
        if (b.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b.get(b.position() + i) != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static double asciiShare(String text) {
        long ascii = text.chars().filter(c -> c < 0x80).count();
        return text.isEmpty() ? 1 : (double) ascii / text.length();
    }

    private static double controlShare(String text) {
        long controls = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return text.isEmpty() ? 0 : (double) controls / text.length();
    }
}
