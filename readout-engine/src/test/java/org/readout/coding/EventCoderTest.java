package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventCoderTest {

    static EventCoder coder;

    @BeforeAll
    static void load() {
        coder = EventCoder.load();
    }

    @Test
    void codesAPloverCodedEvent() {
        EventCode c = coder.code("0311");
        assertEquals("0311", c.cameo());
        assertEquals("Express intent to cooperate economically", c.name());
        assertEquals(5.2, c.goldstein());
        assertEquals(1, c.quadClass());
        assertEquals(PloverType.AGREE, c.ploverType());
        assertEquals("", c.ploverMode());
        assertEquals("economic", c.ploverContext());

        EventCode consult = coder.code("040");
        assertEquals(1.0, consult.goldstein());
        assertEquals(PloverType.CONSULT, consult.ploverType());

        EventCode blockade = coder.code("0872");
        assertEquals(9.0, blockade.goldstein());
        assertEquals("Ease military blockade", blockade.name());
        assertEquals(PloverType.RETREAT, blockade.ploverType());
        assertEquals("withdraw", blockade.ploverMode());
        assertEquals(2, blockade.quadClass());
    }

    @Test
    void statementsHaveNoPloverTypeAndAppealsAreRequests() {
        EventCode statement = coder.code("010");
        assertEquals(0.0, statement.goldstein());
        assertNull(statement.ploverType());
        assertNull(statement.ploverMode());
        assertNull(statement.ploverContext());
        assertTrue(!statement.ploverCoded());

        EventCode appeal = coder.code("0253");
        assertEquals("Appeal for release of persons or property", appeal.name());
        assertEquals(-0.3, appeal.goldstein()); // 0.5B1 025 Appeal to yield
        assertEquals(PloverType.REQUEST, appeal.ploverType());
        assertTrue(appeal.isRequest());
        assertEquals("02", appeal.rootCode());
        assertEquals("APPEAL", coder.cueCategoryName("0253"));
    }

    @Test
    void translatesThe11b3NumberingBeforeLookingUpGoldstein() {
        EventCode embargo = coder.code("163");
        assertEquals("Impose embargo, boycott, or sanctions", embargo.name());
        assertEquals(-8.0, embargo.goldstein()); // 0.5B1 166, not 0.5B1 163 (-6.5)
        assertEquals(PloverType.COERCE, embargo.ploverType());
        assertEquals("166", coder.scaleCodeFor("163").orElseThrow());

        EventCode halt = coder.code("164");
        assertEquals("Halt negotiations", halt.name());
        assertEquals(-6.5, halt.goldstein());
        assertEquals(PloverType.SANCTION, halt.ploverType());

        EventCode accord = coder.code("019");
        assertEquals("Express accord", accord.name());
        assertEquals(3.4, accord.goldstein());
        assertNull(accord.ploverType());

        EventCode meetProposal = coder.code("125");
        assertEquals("Reject proposal to meet, discuss, or negotiate", meetProposal.name());
        assertEquals(-5.0, meetProposal.goldstein());

        EventCode demandRelease = coder.code("1053");
        assertEquals(-5.0, demandRelease.goldstein());
        assertEquals(PloverType.REQUEST, demandRelease.ploverType());
        assertEquals("yield", demandRelease.ploverMode());
        assertTrue(demandRelease.isRequest());

        assertEquals("Engage in violent protest for rights", coder.code("1453").name());
    }

    @Test
    void codesMissingFromTheScaleTakeTheirParentsValue() {
        EventCode drones = coder.code("1952");
        assertEquals(-10.0, drones.goldstein());
        assertEquals(PloverType.ASSAULT, drones.ploverType());
        assertEquals("195", coder.scaleCodeFor("1952").orElseThrow());
        assertEquals(-10.0, coder.code("2042").goldstein());
    }

    @Test
    void rejectsWhatIsNotA11b3Code() {
        assertThrows(IllegalArgumentException.class, () -> coder.code("0357")); // 0.5B1 only
        assertThrows(IllegalArgumentException.class, () -> coder.code("1641"));
        assertThrows(IllegalArgumentException.class, () -> coder.code("0999"));
        assertThrows(IllegalArgumentException.class, () -> coder.code("---"));
        assertThrows(IllegalArgumentException.class, () -> coder.code(null));
        assertTrue(coder.find("0357").isEmpty());
        assertTrue(coder.find("abc").isEmpty());
    }

    @Test
    void everyCodeOfThePlovertableAndOfTheScaleIsCodable() {
        Set<String> missing = new HashSet<>();
        for (CameoToPlover.Mapping m : coder.plover().rows()) {
            EventCode c = coder.find(m.cameo()).orElse(null);
            if (c == null || c.goldstein() == null) missing.add(m.cameo());
        }
        assertEquals(Set.of(), missing);
        int scaleOnly = 0;
        for (CameoScale.Entry e : coder.scale().entries()) if (coder.find(e.code()).isEmpty()) scaleOnly++;
        assertEquals(4, scaleOnly); // 0357, 1641, 1642, 1643 exist only in 0.5B1
    }

    @Test
    void cachesResults() {
        assertTrue(coder.code("051") == coder.code("051"));
        assertEquals(PloverType.SUPPORT, coder.code(" 051 ").ploverType());
    }
}
