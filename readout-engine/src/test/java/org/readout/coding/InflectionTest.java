package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectionTest {

    @Test
    void regularVerbForms() {
        assertEquals(List.of("urge", "urges", "urged", "urging"), List.copyOf(Inflection.verbForms("urge")));
        assertEquals(List.of("agree", "agrees", "agreed", "agreeing"), List.copyOf(Inflection.verbForms("agree")));
        assertEquals(List.of("deny", "denies", "denied", "denying"), List.copyOf(Inflection.verbForms("deny")));
        assertEquals(List.of("discuss", "discusses", "discussed", "discussing"), List.copyOf(Inflection.verbForms("discuss")));
        assertTrue(Inflection.verbForms("stop").containsAll(List.of("stopped", "stopping", "stops")));
        assertTrue(Inflection.verbForms("visit").containsAll(List.of("visited", "visiting")));
        assertTrue(Inflection.verbForms("convey").containsAll(List.of("conveys", "conveyed", "conveying")));
        assertTrue(Inflection.verbForms("veto").containsAll(List.of("vetoes", "vetoed", "vetoing")));
        assertTrue(Inflection.verbForms("tie").contains("tying"));
    }

    @Test
    void irregularVerbsAndPlurals() {
        assertTrue(Inflection.verbForms("meet").contains("met"));
        assertTrue(Inflection.verbForms("seek").contains("sought"));
        assertTrue(Inflection.verbForms("withdraw").containsAll(List.of("withdrew", "withdrawn")));
        assertEquals("concerns", Inflection.plural("concern"));
        assertEquals("sympathies", Inflection.plural("sympathy"));
        assertEquals("crashes", Inflection.plural("crash"));
        assertEquals("days", Inflection.plural("day"));
        assertTrue(Inflection.anyForm("protest").containsAll(List.of("protests", "protested", "protesting")));
    }
}
