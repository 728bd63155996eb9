package org.readout.synthetic;

import org.junit.jupiter.api.Test;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Story> stories(long seed, int n) {
        Generator g = new Generator(KB, seed);
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(g.next());
        return out;
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertEquals(stories(11, 40), stories(11, 40));
        assertNotEquals(stories(11, 40), stories(12, 40));
    }

    @Test
    void everyDocumentIsDistinct() {
        Set<String> texts = new HashSet<>();
        Set<String> names = new HashSet<>();
        int documents = 0;
        for (Story s : stories(3, 300)) {
            for (SyntheticDocument d : s.documents()) {
                documents++;
                texts.add(d.text());
                names.add(d.name());
            }
        }
        assertEquals(documents, texts.size());
        assertEquals(documents, names.size());
        assertTrue(documents > 600, "several documents per encounter: " + documents);
    }

    @Test
    void everySideHeldItsOfficeThatDay() {
        for (Story s : stories(5, 200)) {
            Encounter e = s.planned();
            for (Side side : e.sides()) {
                Person p = KB.people().get(side.personId()).orElseThrow();
                Person.Term t = p.termOn(e.date()).orElseThrow();
                assertEquals(side.role(), t.role(), p.name() + " on " + e.date());
                assertEquals(side.country(), t.country(), p.name() + " on " + e.date());
            }
            assertEquals(e.sides().size(), e.sides().stream().map(Side::country).distinct().count());
        }
    }

    @Test
    void everyKindStatusAndReportIsMade() {
        Set<String> kinds = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        Set<String> documents = new TreeSet<>();
        for (Story s : stories(9, 300)) {
            kinds.add(s.planned().kind() + " " + s.planned().format() + " " + s.planned().setting());
            statuses.add(s.planned().status());
            for (SyntheticDocument d : s.documents()) documents.add(d.kind() + " " + d.relation());
        }
        assertEquals(Set.of("call phone null", "video video null", "visit in_person visit", "sideline in_person third_country",
                "trilateral in_person multilateral"), kinds);
        assertEquals(Set.of("held", "planned"), statuses);
        assertEquals(Set.of("official reports", "official announces", "news reports"), documents);
    }

    @Test
    void encountersStayApart() {
        Map<String, List<LocalDate>> byPerson = new HashMap<>();
        Map<String, List<LocalDate>> byPair = new HashMap<>();
        for (Story s : stories(13, 400)) {
            Encounter e = s.planned();
            for (Side a : e.sides()) {
                byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(e.date());
                for (Side b : e.sides()) {
                    if (a.country().compareTo(b.country()) < 0) byPair.computeIfAbsent(Planner.pair(a, b), k -> new ArrayList<>()).add(e.date());
                }
            }
        }
        byPerson.values().forEach(days -> assertFalse(within(days, Planner.PERSON_GAP)));
        byPair.values().forEach(days -> assertFalse(within(days, Planner.PAIR_GAP)));
    }

    private static boolean within(List<LocalDate> days, int gap) {
        for (int i = 0; i < days.size(); i++) {
            for (int j = i + 1; j < days.size(); j++) if (Math.abs(days.get(i).toEpochDay() - days.get(j).toEpochDay()) <= gap) return true;
        }
        return false;
    }

    @Test
    void aStoryCutShortNoLongerPromisesWhatOnlyTheCutDocumentsSaid() {
        for (Story s : stories(21, 200)) {
            List<SyntheticDocument> d = s.documents();
            if (d.size() < 2 || !d.get(1).states().contains("time") || d.get(0).states().contains("time")) continue;
            assertEquals(s.planned().localTime(), s.expected().localTime());
            assertNull(s.upTo(1).expected().localTime());
            assertEquals(1, s.upTo(1).documents().size());
            return;
        }
        throw new AssertionError("no story whose time only its second document states");
    }

    @Test
    void aVisitCutShortAfterItsAnnouncementIsOnlyPlanned() {
        for (Story s : stories(21, 300)) {
            if (!s.planned().status().equals("held") || !s.documents().get(0).relation().equals("announces")) continue;
            assertEquals("held", s.expected().status());
            assertEquals("planned", s.upTo(1).expected().status());
            return;
        }
        throw new AssertionError("no held visit announced first");
    }
}
