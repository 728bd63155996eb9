package org.readout.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputRejectedTest {
    @Test
    void oneLineIsSourceAndReason() {
        InputRejected e = new InputRejected("dir/a.txt", "empty file");
        assertEquals("dir/a.txt", e.source());
        assertEquals("empty file", e.getMessage());
        assertEquals("dir/a.txt: empty file", e.oneLine());
    }
}
