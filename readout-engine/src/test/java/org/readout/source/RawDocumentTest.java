package org.readout.source;

import org.junit.jupiter.api.Test;

import java.nio.ReadOnlyBufferException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RawDocumentTest {
    @Test
    void bytesAreCopiedInAndOut() {
        byte[] bytes = {'a', 'b'};
        RawDocument doc = new RawDocument("s", "f.txt", bytes, SourceMeta.EMPTY);
        bytes[0] = 'z';
        assertArrayEquals(new byte[] {'a', 'b'}, doc.bytes());
        doc.bytes()[1] = 'z';
        assertArrayEquals(new byte[] {'a', 'b'}, doc.bytes());
        assertEquals(2, doc.size());
    }

    @Test
    void viewIsReadOnly() {
        RawDocument doc = new RawDocument("s", "f.txt", new byte[] {'a'}, SourceMeta.EMPTY);
        assertEquals('a', doc.view().get());
        assertThrows(ReadOnlyBufferException.class, () -> doc.view().put((byte) 'b'));
    }

    @Test
    void missingMetaIsEmpty() {
        assertSame(SourceMeta.EMPTY, new RawDocument("s", "f.txt", new byte[0], null).meta());
    }

    @Test
    void extensionIsLowerCase() {
        assertEquals("html", new RawDocument("s", "Page.HTML", new byte[0], null).extension());
        assertEquals("", new RawDocument("s", "README", new byte[0], null).extension());
        assertEquals("", new RawDocument("s", null, new byte[0], null).extension());
    }
}
