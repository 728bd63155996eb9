package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Person;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;

class ParticipantFinderTest {
    private static final ParticipantFinder FINDER = new ParticipantFinder(Docs.KB);
    private static final Person TARO = Docs.KB.people().get("taro-kono").orElseThrow();
    private static final Person YOHEI = Docs.KB.people().get("yohei-kono").orElseThrow();
    private static final Person QIN = Docs.KB.people().get("qin-gang").orElseThrow();

    @Test
    void capitalisedWordsAfterAnOfficeThatEndAsABodysNameAreNoPerson() {
        EngagementReport r = Docs.only(Docs.extract("body", "2024-08-24", "In Tokyo, Foreign Minister Musalia Mudavadi of Kenya "
                + "will hold bilateral meetings with Kenzo Watanabe, President of Japan International Cooperation Agency, and with the "
                + "Foreign Minister of Japan, Yoko Kamikawa."));
        assertEquals(List.of("JPN", "KEN"), Docs.countries(r), r.participants().toString());
        assertTrue(r.participants().stream().noneMatch(p -> p.name().contains("Agency")), r.participants().toString());
        assertTrue(r.participants().stream().noneMatch(p -> "head of state".equals(p.role())), "no head of state of Japan");
    }

    @Test
    void headlineInTitleCase() {
        assertTrue(Sentence.isHeadline("Japan, China Hold Foreign Minister Call Days After Detention"));
        assertTrue(Sentence.isHeadline("Foreign Minister Hayashi Visits China"));
    }

    @Test
    void ordinarySentenceIsNotAHeadline() {
        assertFalse(Sentence.isHeadline("The two ministers concurred on keeping close communication."));
        assertFalse(Sentence.isHeadline("Sunak spoke with the new Polish Prime Minister, Marek Wolnicki, today."));
    }

    @Test
    void shortLinesAreNotHeadlines() {
        assertFalse(Sentence.isHeadline("Japan China Talks"));
    }

    @Test
    void headlineThresholdIsSeventyPercent() {
        assertTrue(Sentence.isHeadline("Aa Bb Cc Dd Ee Ff Gg ee ff gg"));
        assertFalse(Sentence.isHeadline("Aa Bb Cc Dd Ee Ff ee ff gg hh"));
    }

    @Test
    void pickSingleCandidateInOffice() {
        assertEquals(QIN, FINDER.pick(List.of(QIN), d("2023-04-02"), Map.of()).orElseThrow());
    }

    @Test
    void aFullNameWithOneCandidateIsThatPersonInOfficeOrNot() {
        assertEquals(QIN, FINDER.pick(List.of(QIN), d("2022-11-15"), Map.of()).orElseThrow());
        assertEquals(QIN, FINDER.pick(List.of(QIN), d("2010-10-15"), Map.of()).orElseThrow());
    }

    @Test
    void pickSingleCandidateWithoutDay() {
        assertEquals(QIN, FINDER.pick(List.of(QIN), null, Map.of()).orElseThrow());
    }

    @Test
    void pickSingleCandidateNamedInFullOutOfOffice() {
        assertEquals(QIN, FINDER.pick(List.of(QIN), d("2010-01-01"), Map.of("qin-gang", QIN)).orElseThrow());
    }

    @Test
    void pickAmongSeveralByTheDay() {
        assertEquals(TARO, FINDER.pick(List.of(YOHEI, TARO), d("2018-01-28"), Map.of()).orElseThrow());
        assertEquals(YOHEI, FINDER.pick(List.of(YOHEI, TARO), d("2000-01-28"), Map.of()).orElseThrow());
    }

    @Test
    void pickAmongSeveralWithoutDayIsNobody() {
        assertTrue(FINDER.pick(List.of(YOHEI, TARO), null, Map.of()).isEmpty());
    }

    @Test
    void pickAmongSeveralByNameElsewhere() {
        assertEquals(TARO, FINDER.pick(List.of(YOHEI, TARO), null, Map.of("taro-kono", TARO)).orElseThrow());
    }

    @Test
    void pickAmongSeveralOutOfOfficeIsNobody() {
        assertTrue(FINDER.pick(List.of(YOHEI, TARO), d("2023-01-01"), Map.of()).isEmpty());
    }

    @Test
    void pickByFamilyNeedsTheDayOrAName() {
        assertTrue(FINDER.pickByFamily(List.of(QIN), null, Map.of()).isEmpty());
        assertEquals(QIN, FINDER.pickByFamily(List.of(QIN), null, Map.of("qin-gang", QIN)).orElseThrow());
        assertEquals(QIN, FINDER.pickByFamily(List.of(QIN), d("2023-04-02"), Map.of()).orElseThrow());
    }

    @Test
    void pickByFamilyIsStrictAboutTheTerm() {
        assertTrue(FINDER.pickByFamily(List.of(QIN), d("2022-12-29"), Map.of()).isEmpty());
        assertEquals(QIN, FINDER.pickByFamily(List.of(QIN), d("2022-12-30"), Map.of()).orElseThrow());
    }

    @Test
    void namedInFullCollectsFullNamesOnly() {
        var doc = Docs.annotate("n1", "2018-01-29", "Taro Kono arrived. Kono met Wang Yi. Mr. Li spoke.");
        Map<String, Person> named = FINDER.namedInFull(doc, d("2018-01-29"));
        assertEquals(List.of("taro-kono", "wang-yi"), List.copyOf(named.keySet()));
    }

    @Test
    void actorCodes() {
        assertEquals("JPNGOV", FINDER.actor("JPN", "foreign minister"));
        assertEquals("JPN", FINDER.actor("JPN", null));
        assertEquals(null, FINDER.actor(null, "foreign minister"));
        assertEquals("XYZGOV", FINDER.actor("XYZ", "foreign minister"));
    }
}
