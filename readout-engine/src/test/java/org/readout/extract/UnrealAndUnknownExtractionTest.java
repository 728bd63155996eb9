package org.readout.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** What is not reported (negated, hypothetical, one-sided), and people the knowledge base does not know. */
class UnrealAndUnknownExtractionTest {

    private static DocumentExtraction extract(String published, String text) {
        return Docs.extract("u1", published, text);
    }

    @Test
    void negatedAndHypotheticalMeetingsAreNotReported() {
        DocumentExtraction x = extract("2023-04-03", Docs.fixture("negated.txt"));
        assertTrue(x.engagements().isEmpty(), x.engagements().toString());
        assertEquals(d("2023-04-03"), x.published().date());
    }

    @Test
    void didNotMeet() {
        assertTrue(extract("2023-04-03", "Foreign Minister Hayashi did not meet Chinese Foreign Minister Qin Gang in Jakarta.")
                .engagements().isEmpty());
    }

    @Test
    void wouldMeetIf() {
        assertTrue(extract("2023-04-03", "Hayashi said he would meet Chinese Foreign Minister Qin Gang if time allowed.")
                .engagements().isEmpty());
    }

    @Test
    void couldMeet() {
        assertTrue(extract("2023-04-03", "Hayashi could meet Chinese Foreign Minister Qin Gang in Jakarta next week.")
                .engagements().isEmpty());
    }

    @Test
    void ifBeforeTheTrigger() {
        assertTrue(extract("2023-04-03", "If Hayashi visits Beijing, he will hold talks with Qin Gang.").engagements().isEmpty());
    }

    @Test
    void noTriggerWordNoEngagement() {
        assertTrue(extract("2023-04-03", "Foreign Minister Hayashi and Foreign Minister Qin Gang exchanged letters.")
                .engagements().isEmpty());
    }

    @Test
    void oneSideOnlyIsNotAnEngagement() {
        assertTrue(extract("2023-04-03", "Foreign Minister Hayashi held a meeting in Tokyo on Sunday.").engagements().isEmpty());
    }

    @Test
    void spokespersonIsNotAParticipant() {
        DocumentExtraction x = extract("2023-04-03",
                "Chinese foreign ministry spokesperson Mao Ning said Japanese Foreign Minister Hayashi met Qin Gang on Sunday.");
        EngagementReport r = Docs.only(x);
        assertTrue(r.participants().stream().noneMatch(p -> "spokesperson".equals(p.role())), r.participants().toString());
        assertEquals(2, r.participants().size());
    }

    @Test
    void emptyDocument() {
        DocumentExtraction x = extract(null, "");
        assertTrue(x.engagements().isEmpty());
        assertEquals(PublishedDate.UNKNOWN, x.published());
    }

    @Test
    void unknownPersonIntroducedByTitle() {
        EngagementReport r = Docs.only(extract("2023-12-14", Docs.fixture("new-leader.txt")));
        Participant pol = side(r, "POL");
        assertEquals("Marek Wolnicki", pol.name());
        assertEquals("head of government", pol.role());
        assertEquals("POLGOV", pol.actor());
        assertNull(pol.personId());
        assertEquals(2, r.participants().size());
    }

    @Test
    void unknownPersonIsNotInTheKnowledgeBase() {
        assertTrue(Docs.KB.people().index().find("Marek Wolnicki").isEmpty());
    }

    @Test
    void knownPersonBesideTheUnknownOne() {
        EngagementReport r = Docs.only(extract("2023-12-14", Docs.fixture("new-leader.txt")));
        assertEquals("rishi-sunak", side(r, "GBR").personId());
        assertEquals("phone", value(r.format()));
        assertEquals(d("2023-12-14"), value(r.date()), "spoke today");
        assertEquals("held", value(r.status()));
    }

    @Test
    void unknownPersonAfterTitleOfCountry() {
        EngagementReport r = Docs.only(extract("2031-05-02",
                "Japanese Prime Minister Fumio Kishida met the Prime Minister of Norway, Kari Lindqvist, in Oslo on May 1."));
        Participant nor = side(r, "NOR");
        assertEquals("Kari Lindqvist", nor.name());
        assertNull(nor.personId());
    }

    @Test
    void todayWithoutPublicationDateIsAClue() {
        EngagementReport r = Docs.only(extract(null,
                "British Prime Minister Rishi Sunak spoke today with President Emmanuel Macron of France by phone."));
        assertNull(r.date());
        assertTrue(r.clue().today());
        assertEquals("phone", value(r.format()));
    }

    @Test
    void yearlessDateWithoutPublicationDateIsAClue() {
        EngagementReport r = Docs.only(extract(null,
                "Prime Minister Rishi Sunak met French President Emmanuel Macron in Paris on March 10."));
        assertNull(r.date());
        assertEquals(new DateClue(null, 3, 10, null, false, null, null), r.clue());
    }

    @Test
    void weekdayWithoutPublicationDateIsAClue() {
        EngagementReport r = Docs.only(extract(null,
                "British Prime Minister Rishi Sunak and President Emmanuel Macron of France held a summit in Paris on Friday."));
        assertNull(r.date());
        assertEquals(java.time.DayOfWeek.FRIDAY, r.clue().weekday());
    }

    @Test
    void noDateAtAll() {
        EngagementReport r = Docs.only(extract(null,
                "Japanese Foreign Minister Yoshimasa Hayashi met his Chinese counterpart Qin Gang in Beijing."));
        assertNull(r.date());
        assertEquals(DateClue.NONE, r.clue());
        assertEquals("held", value(r.status()));
    }
}
