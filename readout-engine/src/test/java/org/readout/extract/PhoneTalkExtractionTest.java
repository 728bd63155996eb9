package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** A foreign ministry's readout of a telephone talk, dated by the line under its headline. */
class PhoneTalkExtractionTest {
    private static final String TEXT = Docs.fixture("phone-talk.txt");
    private static final DocumentExtraction X = Docs.extract("mofa-0402", null, TEXT);
    private static final EngagementReport R = Docs.only(X);

    @Test
    void documentId() {
        assertEquals("mofa-0402", X.document());
        assertEquals("mofa-0402", R.document());
    }

    @Test
    void publishedFromTheDateLine() {
        assertEquals(d("2023-04-02"), X.published().date());
        assertEquals("text", X.published().basis());
    }

    @Test
    void oneReportThatTheDocumentReports() {
        assertEquals(0, R.ordinal());
        assertEquals("reports", R.relation());
    }

    @Test
    void aHeadlineThatReceivesACallFromSomeoneIsTheCallTheBodyDates() {
        DocumentExtraction x = Docs.extract("recv", "2024-06-04", "President Ramaphosa receives congratulatory call from President Lula of Brazil\n\n"
                + "President Cyril Ramaphosa received a phone call on Monday, 3 June 2024, from President Luiz Inácio Lula da Silva of Brazil.");
        EngagementReport r = Docs.only(x);
        assertEquals("phone", value(r.format()));
        assertEquals(d("2024-06-03"), value(r.date()));
    }

    @Test
    void theTwoLeadersSpokeOnADayDatesTheCallAndOneLeaderSpeakingAloneIsNoCall() {
        DocumentExtraction x = Docs.extract("spoke", "2024-05-10", "Prime Minister Shehbaz Sharif and President Recep Tayyip Erdoğan "
                + "reviewed bilateral ties, an official statement said.\nThe two leaders spoke on Thursday about trade and energy.");
        EngagementReport r = Docs.only(x);
        assertEquals("phone", value(r.format()));
        assertEquals(d("2024-05-09"), value(r.date()));
        DocumentExtraction alone = Docs.extract("alone", "2024-05-10", "Prime Minister Shehbaz Sharif spoke on Thursday at a forum "
                + "where President Recep Tayyip Erdoğan was also a guest.");
        assertTrue(alone.engagements().isEmpty(), "one person speaking is no encounter: " + alone.engagements());
    }

    @Test
    void theConversationThatTookPlaceOnADayIsTheEncounter() {
        DocumentExtraction x = Docs.extract("conv", "2023-03-23", "Ministers talk on the phone\n\n"
                + "The conversation took place early Thursday between Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart "
                + "Faisal bin Farhan Al Saud.");
        EngagementReport r = Docs.only(x);
        assertEquals(d("2023-03-23"), value(r.date()));
    }

    @Test
    void calledAnotherMinisterIsACall() {
        DocumentExtraction x = Docs.extract("another", "2022-03-29", "Hours after a summit on Monday, March 28, 2022, Secretary of State "
                + "Antony Blinken called another foreign minister, Saudi Arabia's Prince Faisal bin Farhan.");
        assertTrue(x.engagements().stream().anyMatch(r -> "phone".equals(value(r.format()))), x.engagements().toString());
    }

    @Test
    void held() {
        assertEquals("held", value(R.status()));
    }

    @Test
    void formatPhone() {
        assertEquals("phone", value(R.format()));
        assertEquals("talk", R.kind());
    }

    @Test
    void date() {
        assertEquals(d("2023-04-02"), value(R.date()));
        assertEquals(DateClue.NONE, R.clue());
    }

    @Test
    void localTime() {
        assertEquals("15:00", value(R.localTime()));
    }

    @Test
    void duration() {
        assertEquals(90, value(R.durationMinutes()));
    }

    @Test
    void noLocationNoOccasion() {
        assertNull(R.location());
        assertNull(R.occasion());
    }

    @Test
    void twoSides() {
        assertEquals(Set.of("JPN", "CHN"), R.countries());
        assertEquals(2, R.participants().size());
    }

    @Test
    void japaneseMinisterFromFamilyFirstName() {
        Participant p = side(R, "JPN");
        assertEquals(new Participant("Yoshimasa Hayashi", "JPN", "foreign minister", "JPNGOV", "yoshimasa-hayashi", p.evidence()), p);
    }

    @Test
    void chineseMinisterWithHonorifics() {
        Participant p = side(R, "CHN");
        assertEquals(new Participant("Qin Gang", "CHN", "foreign minister", "CHNGOV", "qin-gang", p.evidence()), p);
    }

    @Test
    void participantsEvidenceIsASentenceOfTheReport() {
        for (Participant p : R.participants()) {
            assertTrue(R.evidence().contains(p.evidence()), p.toString());
            assertEquals(TEXT.substring(p.evidence().start(), p.evidence().end()), p.evidence().text());
        }
    }

    @Test
    void headlineAndBodyAreOneEngagement() {
        assertEquals(List.of("Japan-China Foreign Ministers’ Telephone Talk",
                TEXT.substring(TEXT.indexOf("On April 2"), TEXT.indexOf(" The overview"))),
                R.evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void factsComeFromTheBodySentence() {
        int body = TEXT.indexOf("On April 2");
        assertEquals(body, R.date().evidence().start());
        assertEquals(body, R.localTime().evidence().start());
        assertEquals(body, R.durationMinutes().evidence().start());
        assertEquals(body, R.status().evidence().start());
    }

    @Test
    void formatComesFromTheFirstSentenceThatNamesIt() {
        assertEquals(0, R.format().evidence().start());
    }

    @Test
    void sameDocumentWithMetadataGivesTheSameReport() {
        EngagementReport withMeta = Docs.only(Docs.extract("mofa-0402", "2023-04-03", TEXT));
        assertEquals(R, withMeta);
    }

    @Test
    void extractionIsDeterministic() {
        assertEquals(X, Docs.extract("mofa-0402", null, TEXT));
    }

    @Test
    void anEmirIsAHeadOfState() {
        EngagementReport r = Docs.only(Docs.extract("d", "2024-05-08",
                "Prime Minister Rishi Sunak told Qatar's Emir in a phone call on Tuesday that the talks must go on."));
        assertEquals("tamim-bin-hamad", side(r, "QAT").personId());
        assertEquals("head of state", side(r, "QAT").role());
    }

    @Test
    void aCallReceivedIsACall() {
        EngagementReport r = Docs.only(Docs.extract("d", "2023-03-03",
                "On March 3, 2023, Minister Yoshimasa Hayashi received a telephone call from the Foreign Minister of China, Mr. Qin Gang."));
        assertEquals("phone", value(r.format()));
        assertEquals("talk", r.kind());
    }

    @Test
    void welcomingADecisionIsNoEncounterAndWelcomingAGuestIs() {
        assertTrue(Docs.extract("d", "2021-01-24",
                "President Emmanuel Macron welcomed Wednesday, the day of the inauguration of Joe Biden, the return to the Paris Agreement.")
                .engagements().isEmpty());
        EngagementReport r = Docs.only(Docs.extract("d", "2023-03-03",
                "On March 3, 2023, Prime Minister Fumio Kishida welcomed Indian Prime Minister Narendra Modi in Tokyo."));
        assertEquals("in_person", value(r.format()));
    }

    @Test
    void aTranslatedTelephoneInterviewIsACall() {
        EngagementReport r = Docs.only(Docs.extract("d", "2021-01-24",
                "During their first telephone interview, Emmanuel Macron and Joe Biden observed a great convergence of views on Sunday."));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void spokeOverThePhoneWithItsTimeAndLength() {
        EngagementReport r = Docs.only(Docs.extract("d", "2024-12-11", "On December 11, commencing at 7:20 p.m. for approximately "
                + "20 minutes, Mr. Iwaya Takeshi, Minister for Foreign Affairs of Japan, spoke over the phone with H.E. Cho Tae-yul, "
                + "Minister of Foreign Affairs of the Republic of Korea."));
        assertEquals("phone", value(r.format()));
        assertEquals("19:20", value(r.localTime()));
        assertEquals(20, value(r.durationMinutes()));
    }

    @Test
    void aVisitorAndTheHostNamedInTheNextSentenceAreOneEncounter() {
        EngagementReport r = Docs.only(Docs.extract("d", "2023-03-01",
                "Australian Prime Minister Anthony Albanese will pay an official visit to India on March 8. "
                        + "He will take part in the annual leaders' meeting in New Delhi with Prime Minister Narendra Modi."));
        assertEquals("Anthony Albanese", Docs.side(r, "AUS").name());
        assertEquals("Narendra Modi", Docs.side(r, "IND").name());
        assertEquals("planned", value(r.status()));
    }

    @Test
    void aWeekdayTheDocumentNamesAsADateIsThatDate() {
        DocumentExtraction x = Docs.extract("d", "2023-11-17", """
                Japan PM Kishida to hold talks with China's Xi on Nov 16

                Japanese Prime Minister Fumio Kishida will hold talks with Chinese President Xi Jinping in San Francisco on Thursday evening, a newspaper reported on Friday.
                """);
        assertEquals(Set.of(d("2023-11-16")), x.engagements().stream().map(r -> value(r.date())).collect(java.util.stream.Collectors.toSet()),
                "not the Thursday after the day of writing, 2023-11-23");
    }
}
