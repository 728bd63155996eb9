package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {
    private static String decode(byte[] bytes) throws InputRejected {
        return TextDecoder.decode(ByteBuffer.wrap(bytes), "test");
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
}
