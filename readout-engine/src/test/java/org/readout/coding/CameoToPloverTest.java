package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameoToPloverTest {

    static CameoToPlover table;

    @BeforeAll
    static void load() {
        table = CameoToPlover.load();
    }

    @Test
    void mapsListedCodes() {
        CameoToPlover.Mapping m = table.lookup("0311").orElseThrow();
        assertEquals(PloverType.AGREE, m.type());
        assertEquals("", m.mode());
        assertEquals("economic", m.context());
        assertFalse(m.inherited());

        CameoToPlover.Mapping phone = table.lookup("041").orElseThrow();
        assertEquals(PloverType.CONSULT, phone.type());
        assertEquals("phone", phone.mode());
        assertEquals("", phone.context());

        CameoToPlover.Mapping crime = table.lookup("1121").orElseThrow();
        assertEquals(PloverType.ACCUSE, crime.type());
        assertEquals("allege", crime.mode());
        assertEquals("crime; corruption", crime.context());
        assertEquals(List.of("crime", "corruption"), crime.contexts());
        assertEquals("Accuse of crime, corruption", crime.description());

        assertEquals(PloverType.SUPPORT, table.type("051").orElseThrow());
        assertEquals(PloverType.SUPPORT, table.type("057").orElseThrow());
        assertEquals(PloverType.CONSULT, table.type("040").orElseThrow());
        assertEquals(PloverType.ACCUSE, table.type("110").orElseThrow());
        assertEquals(PloverType.ACCUSE, table.type("114").orElseThrow());
        assertEquals(PloverType.REQUEST, table.type("1054").orElseThrow());
        assertEquals(PloverType.REJECT, table.type("120").orElseThrow());
        assertEquals(PloverType.THREATEN, table.type("130").orElseThrow());
        assertEquals(PloverType.PROTEST, table.type("141").orElseThrow());
        assertEquals(PloverType.RETREAT, table.type("0841").orElseThrow());
        assertEquals(PloverType.CONCEDE, table.type("083").orElseThrow());
        assertEquals(PloverType.MOBILIZE, table.type("154").orElseThrow());
        assertEquals(PloverType.ASSAULT, table.type("193").orElseThrow());
        assertEquals("ceasefire", table.lookup("0871").orElseThrow().mode());
        assertEquals("access", table.lookup("0861").orElseThrow().mode()); // "access " trimmed
    }

    @Test
    void rowsAreTakenAsTheTableGivesThem() {
        // the table maps 163 (Impose embargo, 1.1b3 numbering) to COERCE and 191 under the 17 heading
        assertEquals(PloverType.COERCE, table.type("163").orElseThrow());
        assertEquals(PloverType.SANCTION, table.type("164").orElseThrow());
        assertEquals(PloverType.COERCE, table.type("191").orElseThrow());
        assertEquals(PloverType.ASSAULT, table.type("1712").orElseThrow());
    }

    @Test
    void unlistedCodesFallBackToTheirParent() {
        CameoToPlover.Mapping m = table.lookup("0357").orElseThrow(); // not in the table, parent 035 is
        assertEquals("035", m.listedCode());
        assertEquals("0357", m.cameo());
        assertTrue(m.inherited());
        assertEquals(PloverType.AGREE, m.type());
        CameoToPlover.Mapping root = table.lookup("047").orElseThrow(); // 047 unlisted, root 04 is
        assertEquals("04", root.listedCode());
        assertEquals(PloverType.CONSULT, root.type());

        CameoToPlover t = CameoToPlover.parse(List.of("03: AGREE", "031: AGREE, , economic # intent"));
        assertEquals("031", t.lookup("0311").orElseThrow().listedCode());
        assertEquals("economic", t.lookup("0311").orElseThrow().context());
        assertEquals("03", t.lookup("0321").orElseThrow().listedCode());
    }

    @Test
    void statementsHaveNoPloverTypeAndAppealsAreRequestsByTheSupplement() {
        assertTrue(table.lookup("010").isEmpty());
        assertTrue(table.lookup("01").isEmpty());
        assertTrue(table.lookup("019").isEmpty());
        assertEquals(PloverType.REQUEST, table.type("020").orElseThrow());
        assertEquals(PloverType.REQUEST, table.type("0253").orElseThrow());
        assertTrue(table.lookup("0253").orElseThrow().inherited(), "0253 inherits from the supplement's 02 row");
        assertEquals(PloverType.SUPPORT, table.type("018").orElseThrow(), "condolences and sympathy: verbal support");
    }

    @Test
    void duplicateRowsKeepTheFirstAndAreReported() {
        assertEquals(PloverType.CONCEDE, table.type("08").orElseThrow());
        assertEquals(PloverType.RETREAT, table.type("084").orElseThrow());
        assertEquals(PloverType.ASSAULT, table.type("175").orElseThrow());
        assertEquals(2, table.warnings().size());
        assertTrue(table.warnings().get(0).contains("08 listed again as RETREAT"));
        assertTrue(table.warnings().get(1).contains("175"));
    }

    @Test
    void everyRowHasAPloverTypeAndRejectsBadCodes() {
        assertTrue(table.rows().size() > 250);
        for (CameoToPlover.Mapping m : table.rows()) assertTrue(m.type() != null, m.cameo());
        assertThrows(IllegalArgumentException.class, () -> table.lookup("ABC"));
        assertThrows(IllegalArgumentException.class, () -> table.lookup("99"));
    }
}
