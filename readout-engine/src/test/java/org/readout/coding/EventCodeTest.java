package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventCodeTest {

    @Test
    void derivedProperties() {
        EventCode demand = new EventCode("1053", "Demand release of persons or property", -5.0, 3,
                PloverType.REQUEST, "yield", "legal");
        assertEquals("10", demand.rootCode());
        assertTrue(demand.isRequest());
        assertTrue(demand.ploverCoded());

        EventCode statement = new EventCode("010", "Make statement", 0.0, 1, null, null, null);
        assertFalse(statement.isRequest());
        assertFalse(statement.ploverCoded());
        assertEquals("01", statement.rootCode());
    }
}
