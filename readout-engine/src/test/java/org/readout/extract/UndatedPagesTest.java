package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.pipeline.ProcessedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readout.extract.Readouts.process;

/** Pages whose date is only implied: datelines, titles, numeric dates, offices held, two sides of a call. */
class UndatedPagesTest {

    private static PublishedDate published(ProcessedDocument d) {
        return d.extraction().published();
    }

    private static EngagementReport first(ProcessedDocument d) {
        return d.extraction().engagements().get(0);
    }

    @Test
    void aMixedCaseDatelineNamingPlacesIsTheDayOfWriting() {
        ProcessedDocument d = process("dateline.txt", """
                Leaders meet in Lisbon
                Madrid/Lisbon, 9 March 2023 (dpa) - Spanish and Portuguese leaders on Thursday met in Lisbon.
                Prime Minister Pedro Sánchez held talks with Prime Minister António Costa in Lisbon on Thursday.
                """);
        assertEquals(LocalDate.of(2023, 3, 9), published(d).date());
        assertEquals("text", published(d).basis());
        assertEquals(LocalDate.of(2023, 3, 9), first(d).date().value());
    }

    @Test
    void aDashDatelineInCapitalsIsTheDayOfWriting() {
        ProcessedDocument d = process("dash.txt", """
                ANKARA – October 4, 2022: Turkish President Recep Tayyip Erdogan received the visiting Prime Minister of Japan on Tuesday for talks.
                """);
        assertEquals(LocalDate.of(2022, 10, 4), published(d).date());
    }

    @Test
    void aDateInParenthesesGlossesTheOneOutsideThem() {
        ProcessedDocument d = process("gloss.txt", """
                Leaders' meeting
                On March 3, 2023, commencing at 9:10 p.m. (local time; 2:10 p.m. on March 4, Tokyo time) for about 30 minutes, \
                Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Washington, held a meeting with Prime Minister Justin Trudeau of Canada.
                """);
        assertEquals(LocalDate.of(2023, 3, 3), first(d).date().value());
    }

    @Test
    void aDatelineWithItsCountryInBracketsAfterADateStampIsTheDayOfWriting() {
        ProcessedDocument d = process("bracket.txt", """
                Ministers meet in Tianjin
                Published: 2024-05-10 Tianjin [China], May 10 : External Affairs Minister S. Jaishankar met Chinese Foreign Minister \
                Wang Yi on the sidelines of a ministerial meeting on Thursday.
                """);
        assertEquals(LocalDate.of(2024, 5, 10), published(d).date());
        assertEquals(LocalDate.of(2024, 5, 9), first(d).date().value());
    }

    @Test
    void theDayAStatementWasMadeIsNotTheDayOfTheMeetingItAnnounces() {
        ProcessedDocument d = process("announce.txt", """
                Biden to host Sheinbaum
                WASHINGTON, May 5, 2023 (Reuters) - President Joe Biden will host a bilateral meeting with Mexican President \
                Andrés Manuel López Obrador, the White House said in a statement on Friday.
                The meeting will take place in Washington on May 12.
                """);
        assertEquals(LocalDate.of(2023, 5, 12), first(d).date().value());
        assertEquals("planned", first(d).status().value());
    }

    @Test
    void aSentenceOpeningOnAWeekdayIsNoDateline() {
        ProcessedDocument d = process("weekday.txt", """
                Talks in Rome
                On Monday, 6 March 2023, the ministers met in Rome to prepare the summit and agreed to meet again soon in the spring.
                """);
        assertNull(published(d).date());
    }

    @Test
    void aDateThatClosesTheTitleDatesTheReadout() {
        ProcessedDocument d = process("title.txt", """
                PM call with Prime Minister of India: 12 October 2022
                The Prime Minister spoke to Prime Minister Narendra Modi of India this morning.
                """);
        assertEquals(LocalDate.of(2022, 10, 12), published(d).date());
    }

    @Test
    void anAmbiguousNumericDateIsSettledByTheDayTheTextNames() {
        ProcessedDocument d = process("numeric.txt", """
                03/04/2022 09:15
                Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Yoshimasa Hayashi on March 4 about Ukraine.
                """);
        assertEquals(LocalDate.of(2022, 3, 4), published(d).date());
    }

    @Test
    void aNorthAmericanTimeZoneWritesTheMonthFirst() {
        ProcessedDocument d = process("zone.txt", """
                03/04/2022 09:15 PM EST
                Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Yoshimasa Hayashi about Ukraine.
                """);
        assertEquals(LocalDate.of(2022, 3, 4), published(d).date());
    }

    @Test
    void aYearlessDatelineTakesTheYearTheNamedLeadersSharedOnThatWeekday() {
        // Albanese and Kishida both held office on 21 June in 2022 and 2023; only in 2022 was it a Tuesday
        ProcessedDocument d = process("yearless.txt", """
                Canberra, June 21: Prime Minister Anthony Albanese on Tuesday held a video call with Japanese Prime Minister Fumio Kishida.
                """);
        assertEquals(LocalDate.of(2022, 6, 21), published(d).date());
        assertEquals("inferred", published(d).basis());
        assertEquals("video", first(d).format().value());
    }

    @Test
    void aBareTitleInAReadoutIssuedByASeatOfGovernmentIsThatGovernmentsOfficeHolder() {
        ProcessedDocument d = process("issuer.txt", """
                PM call with President Biden: 8 March 2022
                A Downing Street spokesperson said:
                The Prime Minister held a telephone call with US President Joe Biden this evening.
                The two leaders discussed the situation in Ukraine.
                """);
        EngagementReport r = first(d);
        Set<String> names = new TreeSet<>();
        for (Participant p : r.participants()) names.add(p.name() + "/" + p.country());
        assertEquals(Set.of("Boris Johnson/GBR", "Joe Biden/USA"), names);
        assertEquals(LocalDate.of(2022, 3, 8), r.date().value());
        assertEquals("phone", r.format().value());
    }

    /** Everyone the page's engagements have taken part. */
    private static Set<String> sides(ProcessedDocument d) {
        Set<String> names = new TreeSet<>();
        for (EngagementReport r : d.extraction().engagements()) for (Participant p : r.participants()) names.add(p.name() + "/" + p.country());
        return names;
    }

    @Test
    void aBareTitleOnAPageThatPairsTheOtherSideWithOneCountryIsThatCountrysOfficeHolder() {
        String call = """
                PM call with Prime Minister Modi: 8 March 2022
                The Prime Minister held a telephone call with Prime Minister Narendra Modi this evening.
                The two leaders reflected on the relationship between the UK and India.
                """;
        assertEquals(Set.of("Boris Johnson/GBR", "Narendra Modi/IND"), sides(process("paired.txt", call)));
        assertEquals(Set.of(), sides(process("two-pairs.txt", call + "They welcomed the India-Japan partnership too.\n")),
                "India paired with two countries: the page does not say whose Prime Minister called, and one side is no encounter");
        assertEquals(Set.of(), sides(process("dateline.txt", call.replace("between the UK and India", "with the region")
                .replace("The Prime Minister held", "TOKYO – India's neighbours watched as the Prime Minister held"))),
                "a capital before a dash is a dateline, not a side of a pair");
    }

    @Test
    void theTwoSidesOfACallAcrossTheDateLineAreOneEngagementOnTheLaterLocalDate() {
        ProcessedDocument washington = process("call-us.txt", """
                09/14/2021 08:40 PM EDT
                Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Toshimitsu Motegi the evening of September 14 about the Indo-Pacific.
                """);
        ProcessedDocument tokyo = process("call-jp.txt", """
                Japan, U.S. foreign ministers hold phone talks
                Foreign Minister Toshimitsu Motegi and U.S. Secretary of State Antony Blinken held phone talks Wednesday, agreeing to work closely on the Indo-Pacific.
                """);
        LinkedCorpus linked = Readouts.link(washington, tokyo);
        List<Engagement> calls = linked.engagements().stream().filter(e -> "phone".equals(e.format())).toList();
        assertEquals(1, calls.size(), linked.engagements().toString());
        assertEquals(LocalDate.of(2021, 9, 15), calls.get(0).date());
    }

    @Test
    void aYearlessDayTakesTheLatestYearTheDocumentWritesWhenItsWeekdayAgrees() {
        ProcessedDocument d = process("yearless-announcement.txt", """
                Presidents to meet in Quito
                This Thursday, March 9, Colombian President Gustavo Petro will meet Ecuadorian President Guillermo Lasso in Quito, the presidency said.
                The presidency announced the meeting in a post on March 6, 2023.
                """);
        assertEquals(LocalDate.of(2023, 3, 9), first(d).date().value());
    }

    @Test
    void aLeaderTheKnowledgeBaseLacksIsNamedFromHisTitleElsewhereWithTheParticlesOfHisName() {
        ProcessedDocument d = process("particles.txt", """
                Ankara, 5 March 2024 - The Yemeni and Turkish leaders held talks in Ankara on Tuesday.
                Yemeni President Rashad al-Alimi told reporters that the talks had opened a new chapter.
                """);
        Set<String> names = new TreeSet<>();
        for (Participant p : first(d).participants()) names.add(p.name() + "/" + p.country());
        assertEquals(Set.of("Rashad al-Alimi/YEM", "Recep Tayyip Erdoğan/TUR"), names);
    }

    @Test
    void anOfficialGreetingAMeetingWithoutATitleIsNoParty() {
        ProcessedDocument d = process("greeter.txt", """
                Caracas, 2 November 2022 - President Gustavo Petro met President Nicolás Maduro in Caracas on Tuesday.
                The meeting between the two presidents was greeted by Diosdado Cabello, who said that dialogue was welcome.
                """);
        for (EngagementReport r : d.extraction().engagements()) {
            for (Participant p : r.participants()) assertEquals(false, "Diosdado Cabello".equals(p.name()), r.participants().toString());
        }
    }

    @Test
    void aDayWithoutAYearIsInTheOneYearEveryParticipantHeldTheirOffice() {
        // Abdelatty foreign minister from July 2024, Kishida prime minister until October 2024
        ProcessedDocument one = process("terms.txt", """
                Foreign Minister Badr Abdelatty met Prime Minister Fumio Kishida in Tokyo on August 23.
                The two sides discussed the situation in Gaza.
                """);
        assertEquals(LocalDate.of(2024, 8, 23), first(one).date().value());
        // Kishida and Blinken shared 2022, 2023 and 2024: the weekday tells 2023 alone
        ProcessedDocument weekday = process("weekday.txt", """
                Prime Minister Fumio Kishida met Secretary of State Antony Blinken in Tokyo on Wednesday, August 23.
                The two sides discussed the situation in Gaza.
                """);
        assertEquals(LocalDate.of(2023, 8, 23), first(weekday).date().value());
        ProcessedDocument evening = process("evening.txt", """
                Prime Minister Fumio Kishida met Secretary of State Antony Blinken in Tokyo on Wednesday evening, August 23.
                The two sides discussed the situation in Gaza.
                """);
        assertEquals(LocalDate.of(2023, 8, 23), first(evening).date().value(), "a part of the day between the weekday and its date");
        ProcessedDocument several = process("several.txt", """
                Prime Minister Fumio Kishida met Secretary of State Antony Blinken in Tokyo on August 23.
                The two sides discussed the situation in Gaza.
                """);
        assertNull(first(several).date());
    }

    @Test
    void aMeetingTheStoryAddsWithAlsoIsOnTheDayOfTheOneBefore() {
        ProcessedDocument d = process("also.txt", """
                Foreign Secretary Dominic Raab met U.S. Secretary of State Antony Blinken in London on May 3, 2021, before the G7 meeting.
                Raab said the two countries stood together on Iran.
                Blinken said the U.S. had no closer ally than Britain.
                Raab also talked with his Japanese counterpart Toshimitsu Motegi about trade.
                """);
        List<EngagementReport> rs = d.extraction().engagements();
        assertEquals(2, rs.size(), rs.toString());
        assertEquals(LocalDate.of(2021, 5, 3), rs.get(1).date().value());
        assertEquals("reports", rs.get(1).relation());
    }
}
