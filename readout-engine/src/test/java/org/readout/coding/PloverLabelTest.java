package org.readout.coding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One way of saying that PLOVER does not code a plain statement, wherever people read it (issue 10). */
class PloverLabelTest {
    @Test
    void aNullTypeReadsTheSameEverywhere() {
        assertEquals("no PLOVER type", PloverType.label(null));
        assertEquals("AGREE", PloverType.label("AGREE"));
    }
}
