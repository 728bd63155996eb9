package org.readout.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineVersionTest {
    @Test
    void theVersionIsTheMavenVersionAndTheExtractionNumber() {
        assertTrue(EngineVersion.CURRENT.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+e" + EngineVersion.EXTRACTION), EngineVersion.CURRENT);
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertTrue(EngineVersion.ORDER.compare("0.1.0+e2", "0.2.0+e1") < 0);
        assertTrue(EngineVersion.ORDER.compare("0.1.0-SNAPSHOT+e3", "0.1.0+e2") > 0);
        assertTrue(EngineVersion.ORDER.compare("0.10.0+e1", "0.9.0+e1") > 0, "numerically, not as text");
        assertEquals(0, EngineVersion.ORDER.compare("0.1.0-SNAPSHOT+e1", "0.1.0+e1"));
        assertTrue(EngineVersion.atLeast("0.1.0+e1", "0.1"), "a prefix is the first of its versions");
        assertTrue(EngineVersion.atLeast("0.2.0+e1", "0.1.0+e5"));
        assertFalse(EngineVersion.atLeast("0.1.0+e4", "0.1.0+e5"));
        assertFalse(EngineVersion.atLeast(null, "0.1"), "an extraction stored before versions were kept is older than any");
    }
}
