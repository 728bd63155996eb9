package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** A bilateral meeting at a multilateral one, and a summit whose leaders the text does not name. */
class SidelinesAndSummitExtractionTest {
    private static final EngagementReport SIDELINES = Docs.only(Docs.extract("side", "2017-08-08", Docs.fixture("sidelines.txt")));
    private static final EngagementReport SUMMIT = Docs.only(Docs.extract("summit", "2023-11-17", Docs.fixture("summit.txt")));

    @Test
    void aMeetingTheyHadSinceIsAnotherEncounterWhoseSummitIsNotThisOnesOccasion() {
        EngagementReport r = Docs.extract("since", null, "JOHANNESBURG, South Africa, Nov. 23, 2025 /CNW/ - Today, the Prime "
                + "Minister, Mark Carney, met with the Prime Minister of India, Narendra Modi, on the margins of the G20 Leaders' Summit in "
                + "Johannesburg, South Africa.\n\nThey welcomed the progress in trade talks since their last meeting in June at the G7 Summit in Kananaskis.").engagements().get(0);
        assertEquals(new Location("Johannesburg", "ZAF"), value(r.location()));
        assertTrue(value(r.occasion()).contains("G20"), value(r.occasion()));
        assertEquals(d("2025-11-23"), value(r.date()));
    }

    @Test
    void oneLeaderMeetingSeveralOthersBesideASummitMeetsEachOfThem() {
        DocumentExtraction x = Docs.extract("each", "2024-07-10", "Turkish President Recep Tayyip Erdogan discussed trade and energy with "
                + "NATO leaders, including Italy's Prime Minister Giorgia Meloni, German Chancellor Olaf Scholz and Greek Prime Minister "
                + "Kyriakos Mitsotakis, on the sidelines of the NATO summit in Washington.");
        assertEquals(Set.of(Set.of("TUR", "ITA"), Set.of("TUR", "DEU"), Set.of("TUR", "GRC")),
                x.engagements().stream().map(EngagementReport::countries).collect(java.util.stream.Collectors.toSet()));
        assertTrue(x.engagements().stream().allMatch(r -> "reports".equals(r.relation())), "the page reports each of them");
        DocumentExtraction together = Docs.extract("together", "2024-07-10", "Turkish President Recep Tayyip Erdogan held a trilateral "
                + "meeting with Italy's Prime Minister Giorgia Meloni and German Chancellor Olaf Scholz on the sidelines of the NATO summit in Washington.");
        assertEquals(Set.of("TUR", "ITA", "DEU"), Docs.only(together).countries(), "a trilateral meeting stays one");
    }

    @Test
    void bilateralMeetingsAnnouncedBesideAMeetingAreOneWithEachCounterpart() {
        DocumentExtraction x = Docs.extract("bilaterals", "2024-08-22", "On the sidelines of the meeting, Mudavadi will hold bilateral "
                + "meetings with Japanese Foreign Minister Yoko Kamikawa, Liberian Foreign Minister Sara Beysolow Nyanti and Senegalese "
                + "Foreign Minister Yassine Fall.");
        assertEquals(Set.of(Set.of("KEN", "JPN"), Set.of("KEN", "LBR"), Set.of("KEN", "SEN")),
                x.engagements().stream().map(EngagementReport::countries).collect(java.util.stream.Collectors.toSet()));
        EngagementReport announced = Docs.only(Docs.extract("announced", null, "NAIROBI, Aug 22, 2024 - Mudavadi will meet Japanese "
                + "Foreign Minister Yoko Kamikawa."));
        assertEquals("planned", value(announced.status()));
        assertNull(announced.location(), "an encounter to come is announced from wherever the writer is");
    }

    @Test
    void sidelinesOccasion() {
        assertEquals("ASEAN-related Foreign Ministers’ Meeting", value(SIDELINES.occasion()));
    }

    @Test
    void sidelinesPlaceIsAThirdCountry() {
        assertEquals(new Location("Manila", "PHL"), value(SIDELINES.location()));
        assertEquals(Set.of("JPN", "CHN"), SIDELINES.countries());
    }

    @Test
    void sidelinesDateAndDurationFromTwoSentences() {
        assertEquals(d("2017-08-07"), value(SIDELINES.date()));
        assertEquals(50, value(SIDELINES.durationMinutes()));
        assertEquals("The meeting lasted about 50 minutes.", SIDELINES.durationMinutes().evidence().text());
    }

    @Test
    void sidelinesParticipants() {
        assertEquals("taro-kono", side(SIDELINES, "JPN").personId());
        assertEquals("wang-yi", side(SIDELINES, "CHN").personId());
        assertEquals(2, SIDELINES.participants().size());
    }

    @Test
    void sidelinesIsATalkInPerson() {
        assertEquals("talk", SIDELINES.kind());
        assertEquals("in_person", value(SIDELINES.format()));
        assertEquals("held", value(SIDELINES.status()));
        assertEquals("reports", SIDELINES.relation());
    }

    @Test
    void summitLeadersFilledFromTheKnowledgeBase() {
        assertEquals(Set.of("JPN", "CHN"), SUMMIT.countries());
        Participant jpn = side(SUMMIT, "JPN");
        assertEquals("Fumio Kishida", jpn.name());
        assertEquals("fumio-kishida", jpn.personId());
        assertEquals("head of government", jpn.role());
        assertEquals("JPNGOV", jpn.actor());
        Participant chn = side(SUMMIT, "CHN");
        assertEquals("Xi Jinping", chn.name());
        assertEquals("xi-jinping", chn.personId());
        assertEquals("head of state", chn.role());
    }

    @Test
    void summitDate() {
        assertEquals(d("2023-11-16"), value(SUMMIT.date()));
    }

    @Test
    void summitKindPlaceOccasionAndDuration() {
        assertEquals("summit", SUMMIT.kind());
        assertEquals(new Location("San Francisco", "USA"), value(SUMMIT.location()));
        assertEquals("30th APEC Economic Leaders' Meeting", value(SUMMIT.occasion()), "the edition the occasions knowledge names");
        assertEquals(65, value(SUMMIT.durationMinutes()));
    }

    @Test
    void summitHeldAndReported() {
        assertEquals("held", value(SUMMIT.status()));
        assertEquals("reports", SUMMIT.relation());
    }

    @Test
    void summitLeadersDependOnTheDay() {
        EngagementReport r = Docs.only(Docs.extract("summit-2019", "2019-12-24", """
                Japan-China Summit Meeting
                The Japan-China Summit Meeting on December 23 was held in Beijing and lasted approximately 45 minutes.
                """));
        assertEquals("shinzo-abe", side(r, "JPN").personId());
        assertEquals("xi-jinping", side(r, "CHN").personId());
    }

    @Test
    void foreignMinistersNamedOnlyByOffice() {
        EngagementReport r = Docs.only(Docs.extract("fm-offices", "2023-04-03",
                "The foreign ministers of Japan and China held a telephone talk on April 2."));
        assertEquals("yoshimasa-hayashi", side(r, "JPN").personId());
        assertEquals("qin-gang", side(r, "CHN").personId());
        assertEquals("phone", value(r.format()));
    }

    @Test
    void counterpartTakesTheSameOffice() {
        EngagementReport r = Docs.only(Docs.extract("counterpart", "2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi held phone talks on Sunday with his Chinese counterpart."));
        assertEquals("qin-gang", side(r, "CHN").personId());
        assertEquals("foreign minister", side(r, "CHN").role());
        assertEquals(d("2023-04-02"), value(r.date()));
    }
}
