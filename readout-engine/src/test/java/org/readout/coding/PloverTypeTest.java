package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PloverTypeTest {

    @Test
    void sixteenTypesWithTheirQuadClasses() {
        assertEquals(16, PloverType.values().length);
        assertEquals(1, PloverType.AGREE.quadClass());
        assertEquals(1, PloverType.CONCEDE.quadClass());
        assertEquals(2, PloverType.COOPERATE.quadClass());
        assertEquals(2, PloverType.RETREAT.quadClass());
        assertEquals(3, PloverType.REQUEST.quadClass());
        assertEquals(3, PloverType.THREATEN.quadClass());
        assertEquals(4, PloverType.PROTEST.quadClass());
        assertEquals(4, PloverType.ASSAULT.quadClass());
    }

    @Test
    void aNullTypeReadsTheSameEverywhere() {
        assertEquals("no PLOVER type", PloverType.label(null));
        assertEquals("AGREE", PloverType.label("AGREE"));
    }
}
