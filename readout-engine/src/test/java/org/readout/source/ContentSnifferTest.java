package org.readout.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSnifferTest {
    @Test
    void plainTextIsText() {
        assertFalse(ContentSniffer.isBinary("Line one\r\n\tLine two\fpage".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nonAsciiUtf8IsText() {
        assertFalse(ContentSniffer.isBinary("Élysée – “quoted” 外務省".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nulByteIsBinary() {
        assertTrue(ContentSniffer.isBinary(new byte[] {'a', 'b', 0, 'c'}));
    }

    @Test
    void utf16WithBomIsText() {
        assertFalse(ContentSniffer.isBinary("\uFEFFHello".getBytes(StandardCharsets.UTF_16BE)));
        assertFalse(ContentSniffer.isBinary("\uFEFFHello".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void fewControlCharactersAreTolerated() {
        byte[] bytes = ("a".repeat(200) + "\u0001").getBytes(StandardCharsets.US_ASCII);
        assertFalse(ContentSniffer.isBinary(bytes));
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = ("ab\u0002\u0003\u0004cd\u0007\u0008".repeat(20)).getBytes(StandardCharsets.US_ASCII);
        assertTrue(ContentSniffer.isBinary(bytes));
    }

    @Test
    void emptyIsNotBinary() {
        assertFalse(ContentSniffer.isBinary(new byte[0]));
    }
}
