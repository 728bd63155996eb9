package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static String decode(byte[] bytes) throws InputRejected {
        return TextDecoder.decode(ByteBuffer.wrap(bytes), "test").text();
    }

    private static String rejection(byte[] bytes) {
        return assertThrows(InputRejected.class, () -> decode(bytes)).getMessage();
    }

    @Test
    void utf8() throws Exception {
        assertEquals("Élysée – “quoted” 外務省", decode("Élysée – “quoted” 外務省".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals("Hi", decode(bytes));
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() throws Exception {
        assertEquals("Talks – résumé", decode("\uFEFFTalks – résumé".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Talks – résumé", decode("\uFEFFTalks – résumé".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void brokenUtf16IsRejected() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a'};
        assertEquals("invalid UTF-16", rejection(bytes));
    }

    @Test
    void windows1252WithCurlyQuotesAndAccents() throws Exception {
        String text = "The minister\u2019s \u201cfinal\u201d communiqu\u00e9 \u2013 issued in Gen\u00e8ve \u2013 was brief.";
        assertEquals(text, decode(text.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void latin1FrenchText() throws Exception {
        String text = "Le ministre a d\u00e9clar\u00e9 que la r\u00e9union \u00e9tait tr\u00e8s importante pour les \u00e9changes.";
        assertEquals(text, decode(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void shortLatinTextWithOneAccent() throws Exception {
        assertEquals("Caf\u00e9", decode("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void declaredHtmlCharsetIsUsed() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u2018talks\u2019</p></body></html>";
        assertEquals(html, decode(html.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void randomHighBytesAreRejected() {
        byte[] bytes = new byte[1000];
        Random random = new Random(1);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(128));
        }
        assertEquals(TextDecoder.REJECTION, rejection(bytes));
    }

    @Test
    void randomBytesAreRejected() {
        byte[] bytes = new byte[4096];
        new Random(2).nextBytes(bytes);
        assertEquals(TextDecoder.REJECTION, rejection(bytes));
    }

    @Test
    void decodingDoesNotMoveTheCallersBuffer() throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8));
        TextDecoder.decode(buffer, "t");
        assertEquals(0, buffer.position());
    }

    /** UTF-8 prose with four stray bytes in the middle. */
    private static byte[] withStrayBytes(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] stray = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0x80};
        int half = utf8.length / 2;
        byte[] out = new byte[utf8.length + stray.length];
        System.arraycopy(utf8, 0, out, 0, half);
        System.arraycopy(stray, 0, out, half, stray.length);
        System.arraycopy(utf8, half, out, half + stray.length, utf8.length - half);
        return out;
    }

    @Test
    void utf8WithAFewInvalidBytesIsReadWithReplacementCharactersAndTheBytesCounted() throws Exception {
        String text = "The ministers\u2019 talk \u2014 in Tallinn on Monday \u2014 was \u201cproductive\u201d, the ministry said. ".repeat(20);
        TextDecoder.Decoded d = TextDecoder.decode(ByteBuffer.wrap(withStrayBytes(text)), "t");
        assertEquals(4, d.invalidBytes());
        int half = text.getBytes(StandardCharsets.UTF_8).length / 2;
        String before = new String(text.getBytes(StandardCharsets.UTF_8), 0, half, StandardCharsets.UTF_8);
        assertEquals(before + "\uFFFD".repeat(4) + text.substring(before.length()), d.text());
    }

    @Test
    void asciiWithAFewInvalidBytesIsStillReadAsWindows1252() throws Exception {
        String text = "The foreign ministers of Norland and Sudmark met on Tuesday in the harbour city. ".repeat(20);
        TextDecoder.Decoded d = TextDecoder.decode(ByteBuffer.wrap(withStrayBytes(text)), "t");
        assertEquals(0, d.invalidBytes());
        assertTrue(d.text().contains("\u00ff\u00fe\u00c0\u20ac"), d.text());
    }

    @Test
    void validUtf8HasNothingReplaced() throws Exception {
        assertEquals(0, TextDecoder.decode(ByteBuffer.wrap("Élysée".getBytes(StandardCharsets.UTF_8)), "t").invalidBytes());
    }
}
