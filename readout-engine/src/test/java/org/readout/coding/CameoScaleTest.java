package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameoScaleTest {

    static CameoScale scale;

    @BeforeAll
    static void load() {
        scale = CameoScale.load();
    }

    @Test
    void readsEveryEntryOfTheShippedFile() {
        assertEquals(276, scale.size());
        assertEquals("01", scale.entries().get(0).code());
        assertTrue(scale.entries().get(0).root());
    }

    @Test
    void goldsteinValuesAsInTheFile() {
        assertEquals(0.0, scale.goldstein("010").orElseThrow());
        assertEquals(3.0, scale.goldstein("020").orElseThrow());
        assertEquals(4.0, scale.goldstein("036").orElseThrow());
        assertEquals(3.4, scale.goldstein("051").orElseThrow());
        assertEquals(8.0, scale.goldstein("057").orElseThrow());
        assertEquals(-5.0, scale.goldstein("100").orElseThrow());
        assertEquals(-2.0, scale.goldstein("110").orElseThrow());
        assertEquals(-2.0, scale.goldstein("111").orElseThrow());
        assertEquals(-2.0, scale.goldstein("112").orElseThrow());
        assertEquals(-2.0, scale.goldstein("114").orElseThrow());
        assertEquals(-4.0, scale.goldstein("120").orElseThrow());
        assertEquals(-4.4, scale.goldstein("130").orElseThrow());
        assertEquals(-10.0, scale.goldstein("1823").orElseThrow());
        assertEquals(10.0, scale.goldstein("0874").orElseThrow());
        assertEquals(-0.3, scale.goldstein("0243").orElseThrow());
        // the file's own (0.5B1) numbering: 163 is "Halt negotiations" here
        assertEquals("Halt negotiations", scale.name("163").orElseThrow());
        assertEquals(-6.5, scale.goldstein("163").orElseThrow());
    }

    @Test
    void corruptedLine0872IsRepaired() {
        CameoScale.Entry e = scale.entry("0872").orElseThrow();
        assertEquals(9.0, e.goldstein());
        assertEquals("Ease military blockade", e.name());
        assertTrue(scale.repairs().stream().anyMatch(r -> r.contains("0872")));
    }

    @Test
    void misEncodedQuotesAreRepaired() {
        assertEquals("Meet at a \u201cthird\u201d location", scale.name("044").orElseThrow());
        assertTrue(scale.repairs().stream().anyMatch(r -> r.contains("mis-encoded name of 044")), "by the cleaner's one repair");
        assertEquals(2.5, scale.goldstein("044").orElseThrow());
    }

    @Test
    void whiteSpaceIsCollapsed() {
        assertEquals("Express intent to engage in material cooperation, not specified below", scale.name("031").orElseThrow());
        assertEquals("ENGAGE IN UNCONVENTIONAL MASS VIOLENCE", scale.name("20").orElseThrow());
    }

    @Test
    void unknownCodesAreEmpty() {
        assertTrue(scale.entry("0999").isEmpty());
        assertTrue(scale.goldstein("019").isEmpty());
        assertTrue(scale.goldstein(null).isEmpty());
        assertFalse(scale.contains("0213"));
        assertTrue(scale.contains("2042"));
    }

    @Test
    void quadClassesByCueCategory() {
        assertEquals(1, CameoScale.quadClass("010"));
        assertEquals(1, CameoScale.quadClass("0253"));
        assertEquals(1, CameoScale.quadClass("057"));
        assertEquals(2, CameoScale.quadClass("061"));
        assertEquals(2, CameoScale.quadClass("0841"));
        assertEquals(2, CameoScale.quadClass("094"));
        assertEquals(3, CameoScale.quadClass("100"));
        assertEquals(3, CameoScale.quadClass("112"));
        assertEquals(3, CameoScale.quadClass("145"));
        assertEquals(4, CameoScale.quadClass("150"));
        assertEquals(4, CameoScale.quadClass("190"));
        assertEquals(4, CameoScale.quadClass("2041"));
        assertEquals(4, CameoScale.quadClass("20"));
        assertThrows(IllegalArgumentException.class, () -> CameoScale.quadClass("21"));
        assertThrows(IllegalArgumentException.class, () -> CameoScale.quadClass("00"));
        assertThrows(IllegalArgumentException.class, () -> CameoScale.quadClass("x12"));
    }

    @Test
    void rootAndParentCodes() {
        assertEquals("03", CameoScale.rootCode("0311"));
        assertEquals("14", CameoScale.rootCode("145"));
        assertEquals("031", CameoScale.parentCode("0311"));
        assertEquals("03", CameoScale.parentCode("031"));
        assertNull(CameoScale.parentCode("03"));
        assertTrue(CameoScale.isCameoCode("2042"));
        assertFalse(CameoScale.isCameoCode("---"));
        assertFalse(CameoScale.isCameoCode("12345"));
        assertFalse(CameoScale.isCameoCode("3"));
    }

    @Test
    void parsesSyntheticLinesAndReportsJunk() {
        CameoScale s = CameoScale.parse(List.of("## header", "05:[3.5] SUPPORT", "  051:[3.4] Praise or endorse ",
                "garbage line", "051:[9.9] duplicate"));
        assertEquals(2, s.size());
        assertEquals(3.4, s.goldstein("051").orElseThrow());
        assertEquals(2, s.repairs().size());
    }
}
