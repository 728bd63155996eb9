package org.readout.synthetic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrammarTest {
    private static final Grammar GRAMMAR = Grammar.of(Map.of(
            "greeting", List.of("{^salute}, {who}!"),
            "salute", List.of("hello"),
            "lead.formal", List.of("Dear {who}"),
            "lead.plain", List.of("Hi {who}"),
            "letter", List.of("{lead.{tone}}:\n{greeting}"),
            "pick", List.of("a", "b", "c")));

    @Test
    void slotsRulesAndCapitals() {
        Grammar.Expansion e = GRAMMAR.expand("greeting", Map.of("who", "Ruritania"), new Random(1));
        assertEquals("Hello, Ruritania!", e.text());
        assertEquals(Set.of("who"), e.slotsUsed());
    }

    @Test
    void aReferenceNamesItsRuleBySlots() {
        assertEquals("Dear Ana:\nHello, Ana!", GRAMMAR.expand("letter", Map.of("tone", "formal", "who", "Ana"), new Random(1)).text());
        assertEquals("Hi Ana:\nHello, Ana!", GRAMMAR.expand("letter", Map.of("tone", "plain", "who", "Ana"), new Random(1)).text());
    }

    @Test
    void everyAlternativeIsChosenAndTheSameSeedChoosesAlike() {
        Random r = new Random(5);
        Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 60; i++) seen.add(GRAMMAR.expand("pick", Map.of(), r).text());
        assertEquals(Set.of("a", "b", "c"), seen);
        assertEquals(GRAMMAR.expand("pick", Map.of(), new Random(9)).text(), GRAMMAR.expand("pick", Map.of(), new Random(9)).text());
    }

    @Test
    void anUnknownReferenceIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GRAMMAR.expand("letter", Map.of("tone", "rude", "who", "Ana"), new Random(1)));
        assertTrue(e.getMessage().contains("{lead.rude}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Grammar.of(Map.of("x", List.of("{open"))).expand("x", Map.of(), new Random(1)));
    }

    @Test
    void theBundledTemplatesExpandForEveryKindStyleAndVoice() {
        Grammar bundled = Grammar.bundled("templates.tsv");
        for (String style : bundled.alternatives("styles")) {
            for (String kindVoice : List.of("call.side", "video.side", "visit.guest", "visit.host", "sideline.side", "trilateral.host",
                    "trilateral.guest")) {
                assertTrue(bundled.has("lead." + style + "." + kindVoice), style + " " + kindVoice);
                assertTrue(bundled.has("head." + style + "." + kindVoice), style + " " + kindVoice);
            }
        }
    }
}
