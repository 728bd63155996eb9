package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.value;

/** How the sentences of one document are merged into its reports. */
class DocumentMergerTest {
    private static final String MEETING = "On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting "
            + "with Mr. Qin Gang, Minister of Foreign Affairs of China.";

    private static DocumentExtraction extract(String text) {
        return Docs.extract("m1", "2023-04-03", text);
    }

    private static List<String> countries(EngagementReport r) {
        return r.participants().stream().map(Participant::country).sorted().toList();
    }

    private static List<String> evidence(EngagementReport r) {
        return r.evidence().stream().map(Evidence::text).toList();
    }

    @Test
    void aLeadNamingNoOneTellsTheOneEncounterTheDocumentReports() {
        DocumentExtraction x = Docs.extract("m1", null, "The two diplomats held an informal meeting on 1 August at the old manor.\n"
                + "The weather was fine.\nThe manor dates from the eighteenth century.\nIt has a large garden.\nGuests walked in it.\n"
                + "Foreign Minister Yoshimasa Hayashi of Japan and Foreign Minister Qin Gang of China discussed trade.");
        assertEquals(1, x.engagements().size(), x.engagements().toString());
        EngagementReport r = x.engagements().get(0);
        assertEquals(8, r.clue().month(), "the lead's day is the encounter's: " + r.clue());
        assertEquals(1, r.clue().day());
    }

    @Test
    void aTelephoneCallIsNeverTheSummitTheSameTwoSidesSpeakOf() {
        DocumentExtraction x = Docs.extract("m1", null, "Brazilian President Luiz Inacio Lula da Silva told Canadian Prime Minister "
                + "Mark Carney on the phone Friday that trade must grow.\nCarney said he is convening a Leaders' Summit in Ottawa on March 2 "
                + "and looked forward to Brazil's Foreign Minister taking part in these talks.");
        EngagementReport call = x.engagements().get(0);
        assertEquals("phone", value(call.format()));
        assertTrue(call.clue().month() == null && call.clue().day() == null, "the summit's day is not the call's: " + call.clue());
        assertEquals(2, x.engagements().size());
    }

    @Test
    void aVisitSomeoneWasInvitedToIsNotWhatTheReportTells() {
        DocumentExtraction x = Docs.extract("m1", "2025-03-08", "Modi and Lula discuss trade and climate\n"
                + "Lula accepted an invitation from Modi to visit India in the spring, an official said.\n"
                + "Prime Minister Narendra Modi spoke on the phone with President Luiz Inacio Lula da Silva on Friday.");
        EngagementReport first = x.engagements().get(0);
        assertEquals("phone", value(first.format()), "the call is what the page reports: " + x.engagements());
        assertEquals("reports", first.relation());
        assertTrue(x.engagements().stream().skip(1).allMatch(e -> e.relation().equals("mentions")), x.engagements().toString());
    }

    @Test
    void howLongTheCallLastedIsToldOfTheCallTheDocumentReports() {
        DocumentExtraction x = Docs.extract("m1", "2025-03-08", "Prime Minister Narendra Modi spoke on the phone with President "
                + "Luiz Inacio Lula da Silva on March 7, 2025.\nThe call lasted about 45 minutes.");
        assertEquals(45, value(x.engagements().get(0).durationMinutes()));
        DocumentExtraction none = Docs.extract("m1", "2025-03-08", "Prime Minister Narendra Modi spoke on the phone with President "
                + "Luiz Inacio Lula da Silva on March 7, 2025.\nThe flight to Brasilia lasted about 45 minutes.");
        assertNull(none.engagements().get(0).durationMinutes(), "a flight is not the call");
    }

    @Test
    void aPlaceInAnOccasionsNameIsNotWhereTheyMet() {
        DocumentExtraction x = Docs.extract("m1", "2024-06-02", "Indian and Brazilian leaders meet at Shangri-La Dialogue\n"
                + "Prime Minister Narendra Modi met President Luiz Inacio Lula da Silva on the sidelines of the Shangri-La Dialogue in Singapore on June 1, 2024.");
        assertEquals(1, x.engagements().size(), x.engagements().toString());
        assertEquals("SGP", value(x.engagements().get(0).location()).country());
    }

    @Test
    void someoneNamedOnlyInAnEntourageIsNoPrincipal() {
        DocumentExtraction x = Docs.extract("m1", "2024-03-26", "Prime Minister Hun Manet is paying an official visit to Laos.\n"
                + "Accompanied by Foreign Minister Sok Chenda Sophea, Hun Manet travelled at the invitation of Prime Minister Sonexay Siphandone.\n"
                + "Following a March 25 meeting with Sonexay, the two sides signed four agreements.");
        assertTrue(x.engagements().stream().anyMatch(e -> countries(e).equals(List.of("KHM", "LAO"))),
                "the two principals met; the foreign minister came along: " + x.engagements());
    }

    @Test
    void aCountrysNameThatIsAlsoACitysGivesWayToTheCityNamed() {
        DocumentExtraction x = Docs.extract("m1", "2021-11-19", "On November 18, 2021, Minister for Foreign Affairs Erika Mouynes met with "
                + "Austrian Foreign Minister Michael Linhart, who is on an official visit to Panama, in Panama City.");
        assertEquals("Panama City", value(x.engagements().get(0).location()).place());
    }

    @Test
    void aCallIsNotTheMeetingItsSidesPlanAtASummitSomewhere() {
        DocumentExtraction x = Docs.extract("m1", null, "During the telephone conversation, President Luiz Inacio Lula da Silva "
                + "congratulated Prime Minister Mark Carney.\nThey confirmed their readiness to hold a separate meeting between "
                + "Lula and Carney during the summit in Johannesburg.");
        EngagementReport call = x.engagements().get(0);
        assertEquals("phone", value(call.format()));
        assertEquals("held", value(call.status()), "the call takes no status from the meeting planned");
        assertNull(call.location());
        assertEquals(2, x.engagements().size());
    }

    @Test
    void anUndatedHeadlineTakesTodayFromTheNextLineThatNamesItsPeople() {
        DocumentExtraction x = Docs.extract("m1", "2023-04-03", "Foreign Minister Hayashi's Call with Chinese Foreign Minister Qin Gang\n"
                + "Foreign Minister Yoshimasa Hayashi congratulated Foreign Minister Qin Gang today on his new appointment.");
        assertEquals(d("2023-04-03"), value(x.engagements().get(0).date()));
        DocumentExtraction other = Docs.extract("m1", "2023-04-03", "Foreign Minister Hayashi's Call with Chinese Foreign Minister Qin Gang\n"
                + "The ministry opened a new consulate in Osaka today.");
        assertNull(other.engagements().get(0).date(), "a line that names none of its people says nothing of its day");
        DocumentExtraction weekday = Docs.extract("m1", "2023-04-08", "Hayashi meets with Qin Gang in Beijing\n"
                + "Foreign Minister Yoshimasa Hayashi Friday conveyed to Foreign Minister Qin Gang the concerns of Japan.");
        assertEquals(d("2023-04-07"), value(weekday.engagements().get(0).date()));
    }

    @Test
    void anUndatedMeetingTakesTheDayOfTheLedeBeforeItThatNamesAllItsPeople() {
        // published on Friday 1 April 2016
        String lede = "Prime Minister Shinzo Abe and President Park Geun-hye confirmed Thursday the importance of the fisheries deal.\n";
        DocumentExtraction x = Docs.extract("m1", "2016-04-01", lede + "Abe and Park met one-on-one in Washington on the fringes of the summit.");
        assertEquals(d("2016-03-31"), value(x.engagements().get(0).date()));
        DocumentExtraction one = Docs.extract("m1", "2016-04-01", "Prime Minister Shinzo Abe confirmed Thursday the importance of the fisheries "
                + "deal.\nAbe and Park met one-on-one in Washington on the fringes of the summit.");
        assertNull(one.engagements().get(0).date(), "a line before that names only one of them may tell of another day");
    }

    @Test
    void anUndatedMeetingTakesTheDayOfTheLineBeforeItThatNamesNoOne() {
        // published on Thursday 2 February 2023
        DocumentExtraction x = Docs.extract("m1", "2023-02-02", "Three leaders came together on Wednesday to plan their next steps.\n"
                + "The leaders, President William Ruto of Kenya and Prime Minister Abiy Ahmed of Ethiopia among them, met in Nairobi.");
        assertEquals(d("2023-02-01"), value(x.engagements().get(0).date()));
    }

    @Test
    void aLeadThatLeavesOneOfItsPeopleToTheLineBeforeTakesThatLinesDay() {
        // published on Thursday 14 March 2024
        DocumentExtraction x = Docs.extract("m1", "2024-03-14", "ROME: Prime Minister Giorgia Meloni on Wednesday called for closer "
                + "cooperation on migration.\n“We must act together,” she said at a joint press conference with Greek Prime Minister "
                + "Kyriakos Mitsotakis after their meeting in Athens.");
        assertEquals(d("2024-03-13"), value(x.engagements().get(0).date()));
    }

    @Test
    void aLineOpenedByEarlierTellsOfAnotherTime() {
        DocumentExtraction x = Docs.extract("m1", null, "At a joint press conference in Warsaw, British Prime Minister Keir Starmer "
                + "said he and Polish Prime Minister Donald Tusk had discussed a new defence treaty.\nEarlier, Keir Starmer visited "
                + "the memorial ahead of the anniversary on January 27.");
        EngagementReport r = x.engagements().get(0);
        assertTrue(r.clue().month() == null && r.clue().day() == null, "the anniversary's day is not the meeting's: " + r.clue());
    }

    @Test
    void aMeetingOfThreeSidesIsOneWithEachWhereThePageTellsAPairApart() {
        String pair = "Christopher Luxon, the Prime Minister of New Zealand, said he had a fantastic meeting with Narendra Modi.\n";
        DocumentExtraction x = Docs.extract("m1", "2024-10-10", pair + "Prime Minister Narendra Modi met Christopher Luxon and his "
                + "Japanese counterpart Shigeru Ishiba on Thursday on the sidelines of the summit in Vientiane.");
        assertEquals(List.of(List.of("IND", "NZL"), List.of("IND", "JPN")), x.engagements().stream().map(r -> countries(r)).toList()
                .stream().map(l -> l.stream().sorted((a, b) -> a.equals("IND") ? -1 : b.equals("IND") ? 1 : a.compareTo(b)).toList()).toList());
        DocumentExtraction together = Docs.extract("m1", "2024-10-10", pair + "Prime Minister Narendra Modi met Christopher Luxon and "
                + "his Japanese counterpart Shigeru Ishiba on Thursday for a trilateral meeting in Vientiane.");
        assertTrue(together.engagements().stream().anyMatch(r -> countries(r).size() == 3), "a trilateral meeting is one of them all");
    }

    @Test
    void encountersSaidToBeHeldApartAreOneWithEach() {
        String call = "外交部长秦刚3月10日%s同日本外相林芳正、韩国外长朴振通电话。";
        assertEquals(List.of(List.of("CHN", "JPN"), List.of("CHN", "KOR")), Docs.extract("m3", "2023-03-11", call.formatted("分别"))
                .engagements().stream().map(r -> countries(r)).toList(), "分别: one call with each");
        assertTrue(Docs.extract("m4", "2023-03-11", call.formatted("")).engagements().stream().anyMatch(r -> countries(r).size() == 3),
                "said of none apart, one call of the three");
    }

    @Test
    void aConferenceOfTheMinistersOfSeveralCountriesIsOneMeetingOfThemAll() {
        DocumentExtraction x = Docs.extract("m1", "2021-05-16", "Foreign Minister Wang Yi held a telephone conversation with Foreign Minister "
                + "Shah Mehmood Qureshi on Saturday.\nWang said China would implement the outcomes of the video conference of Foreign "
                + "Ministers of China, Nepal, Pakistan and Sri Lanka on Covid-19.");
        assertTrue(x.engagements().stream().anyMatch(r -> countries(r).size() == 4), "one conference of the four: " + x.engagements());
        assertTrue(x.engagements().stream().noneMatch(r -> countries(r).equals(List.of("CHN", "NPL"))), "not a meeting with each");
    }

    @Test
    void aFamilyNameJoinedToANameByParticlesIsTheRestOfThatName() {
        DocumentExtraction x = Docs.extract("m1", "2024-09-17", "Today, President Abdel Fattah El-Sisi received a phone call from "
                + "His Majesty King Abdullah II ibn Al Hussein.");
        assertEquals(1, x.engagements().size());
        assertEquals(List.of("EGY", "JOR"), countries(x.engagements().get(0)), "\"Hussein\" is not the Iraqi minister of that name");
    }

    @Test
    void aNextMeetingAnnouncedIsNotTheMeetingHeld() {
        DocumentExtraction x = extract("On a visit to China on April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, "
                + "talked with Mr. Qin Gang, Minister of Foreign Affairs of China.\nA new meeting between Hayashi and Qin is scheduled for September.");
        EngagementReport first = x.engagements().get(0);
        assertEquals(d("2023-04-02"), value(first.date()));
        assertEquals("held", value(first.status()));
        assertEquals(2, x.engagements().size(), "the September meeting is its own, announced");
        assertEquals("planned", value(x.engagements().get(1).status()));
    }

    @Test
    void anEncounterToldOnlyInAnAsideIsNotTheLeadNorTakesTheLeadsFacts() {
        DocumentExtraction x = Docs.extract("m1", "2025-01-11", "Prime Minister Shigeru Ishiba arrived in Jakarta on Friday after meeting "
                + "Malaysian Prime Minister Anwar Ibrahim.\nJapan and Indonesia pledged on Saturday to deepen ties during a visit by the "
                + "Japanese prime minister.\nIn his meeting with Indonesian President Prabowo Subianto at the Bogor palace, Ishiba pledged support.");
        EngagementReport lead = x.engagements().get(0);
        assertEquals(List.of("IDN", "JPN"), countries(lead));
        assertEquals(d("2025-01-11"), value(lead.date()));
        assertEquals("reports", lead.relation());
        assertEquals("mentions", x.engagements().get(1).relation());
    }

    @Test
    void aContinuationAboveTheReportIsNotItsLead() {
        DocumentExtraction x = Docs.extract("m1", "2024-03-18", "Minister Wang also met with Prime Minister Christopher Luxon.\n"
                + "Minister of Foreign Affairs Winston Peters met with Chinese Foreign Minister Wang Yi in Wellington today.");
        EngagementReport lead = x.engagements().get(0);
        assertEquals(d("2024-03-18"), value(lead.date()));
        assertEquals(List.of("Wang Yi", "Winston Peters"), lead.participants().stream().map(Participant::name).sorted().toList());
        assertEquals("reports", lead.relation());
    }

    @Test
    void sameDayWordsInsideAnAsideDoNotMakeTheReportAContinuation() {
        DocumentExtraction x = Docs.extract("m1", "2017-08-30", "Minister Wang also met with Prime Minister Christopher Luxon.\n"
                + "Foreign Minister Kang Kyung-wha talked to Foreign Minister Taro Kono of Japan over the phone on August 29 after her "
                + "telephone conversation with Secretary of State Rex Tillerson earlier in the day.");
        EngagementReport lead = x.engagements().get(0);
        assertEquals(List.of("JPN", "KOR"), countries(lead));
    }

    @Test
    void aWeekAnnouncedStaysAClueWhenTheReportRunsOn() {
        DocumentExtraction x = Docs.extract("m1", "2024-03-14", "Minister of Foreign Affairs Winston Peters has announced that the "
                + "Foreign Minister of China, Wang Yi, will visit New Zealand next week.\nMr Peters will host Minister Wang for a bilateral "
                + "meeting in Wellington.");
        EngagementReport lead = x.engagements().get(0);
        assertNull(lead.date());
        assertEquals(d("2024-03-18"), lead.clue().notBefore());
        assertEquals(d("2024-03-24"), lead.clue().notAfter());
    }

    @Test
    void aPageThatNamesTwoPeopleButNeverBothInOneReportReportsTheirEncounter() {
        DocumentExtraction x = Docs.extract("m1", "2024-12-20", "Bangladesh chief adviser Muhammad Yunus urged Pakistan prime "
                + "minister Shehbaz Sharif to settle the issues of 1971.\nSharif met the press on December 19, 2024.\n"
                + "The two leaders held a meeting at a hotel in Cairo on December 19, 2024.");
        EngagementReport lead = x.engagements().get(0);
        assertEquals(List.of("BGD", "PAK"), countries(lead));
        assertEquals(List.of("Muhammad Yunus", "Shehbaz Sharif"), lead.participants().stream().map(Participant::name).sorted().toList());
        for (Participant p : lead.participants()) {
            String family = p.name().substring(p.name().lastIndexOf(' ') + 1);
            assertTrue(p.evidence().text().contains(family), p.name() + " points to a sentence that names them: " + p.evidence().text());
        }
    }

    @Test
    void theTwoPeopleTheFirstSentenceNamesTogetherArePrincipalsWhenAnotherOfOneSideIsNamedToo() {
        String call = "Bangladesh chief adviser Muhammad Yunus and Pakistan prime minister Shehbaz Sharif agreed to settle the "
                + "issues of 1971.\nDuring the teleconference, the leaders agreed to expand trade.\n";
        DocumentExtraction x = Docs.extract("m1", "2024-12-20", call + "Yunus took office after Sheikh Hasina left in August.");
        EngagementReport lead = x.engagements().get(0);
        assertEquals(List.of("BGD", "PAK"), countries(lead));
        assertEquals(List.of("Muhammad Yunus", "Shehbaz Sharif"), lead.participants().stream().map(Participant::name).sorted().toList());
        DocumentExtraction third = Docs.extract("m2", "2024-12-20", call + "Indian prime minister Narendra Modi was not told.");
        assertTrue(third.engagements().stream().noneMatch(r -> r.countries().size() >= 2),
                "a third side named in full leaves the principals unsettled");
    }

    @Test
    void factSentenceRightAfterJoins() {
        EngagementReport r = Docs.only(extract(MEETING + "\nThe talks lasted about 50 minutes."));
        assertEquals(50, value(r.durationMinutes()));
        assertEquals(List.of(MEETING, "The talks lasted about 50 minutes."), evidence(r));
    }

    @Test
    void factSentenceBeforeJoins() {
        EngagementReport r = Docs.only(extract("The talks lasted about 50 minutes and were held in Beijing.\n" + MEETING));
        assertEquals(50, value(r.durationMinutes()));
        assertEquals(new Location("Beijing", "CHN"), value(r.location()));
        assertEquals(MEETING, r.evidence().get(0).text(), "the sentence naming both sides comes first");
    }

    @Test
    void aFarSentenceWithoutPeopleThatTellsOnlyHowLongJoinsTheOneEncounter() {
        EngagementReport r = Docs.only(extract(MEETING + """

                The ministers discussed the economy.
                They discussed the detained national.
                They discussed the East China Sea.
                They discussed energy.
                The talks lasted about 50 minutes.
                """));
        assertEquals(50, value(r.durationMinutes()));
    }

    @Test
    void aFarSentenceWithoutPeopleIsDroppedWhenTheDocumentTellsTwoEncounters() {
        DocumentExtraction x = extract(MEETING + """

                On April 3, Foreign Minister Hayashi held a meeting with Foreign Minister Park Jin of Korea.
                They discussed the economy.
                They discussed the detained national.
                They discussed the East China Sea.
                They discussed energy.
                The talks lasted about 50 minutes.
                """);
        assertEquals(2, x.engagements().size());
        assertTrue(x.engagements().stream().allMatch(r -> r.durationMinutes() == null), "which talks it was is not told");
    }

    @Test
    void secondSentenceAboutTheSameMeetingJoins() {
        String second = "At the meeting on April 2, Minister Hayashi told Minister Qin Gang that Japan was concerned.";
        EngagementReport r = Docs.only(extract(MEETING + "\n" + second));
        assertEquals(List.of(MEETING, second), evidence(r));
        assertEquals(d("2023-04-02"), value(r.date()));
    }

    @Test
    void sameSidesOnAnotherDayAreAnotherReport() {
        DocumentExtraction x = extract(MEETING.replace("held a meeting", "held a telephone talk")
                + "\nMinister Hayashi and Minister Qin Gang will meet in Tokyo on April 20.");
        assertEquals(2, x.engagements().size());
        EngagementReport call = x.engagements().get(0);
        EngagementReport planned = x.engagements().get(1);
        assertEquals("phone", value(call.format()));
        assertEquals("reports", call.relation());
        assertEquals("held", value(call.status()));
        assertEquals("planned", value(planned.status()));
        assertEquals("mentions", planned.relation());
        assertEquals(d("2023-04-20"), value(planned.date()));
        assertEquals(new Location("Tokyo", "JPN"), value(planned.location()));
    }

    @Test
    void differentPeopleOfOneSideAreDifferentReports() {
        DocumentExtraction x = Docs.extract("m1", "2018-01-29", """
                On January 28, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of China.
                On January 28, Mr. Taro Kono also held a meeting with Mr. Li Keqiang, Premier of the State Council of China.
                """);
        assertEquals(2, x.engagements().size());
        assertEquals("wang-yi", Docs.side(x.engagements().get(0), "CHN").personId());
        assertEquals("li-keqiang", Docs.side(x.engagements().get(1), "CHN").personId());
    }

    @Test
    void strongFormatOfALaterSentenceWins() {
        EngagementReport r = Docs.only(extract("""
                Japan-China Foreign Ministers’ Meeting
                On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Qin Gang, Minister of Foreign Affairs of China.
                """));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void officeNamedInTheHeadlineTakesTheNameFromTheBody() {
        EngagementReport r = Docs.only(extract("""
                Japan-China Foreign Ministers’ Telephone Talk
                On April 2, Mr. HAYASHI Yoshimasa held a telephone talk with Mr. Qin Gang.
                """));
        assertEquals(List.of("qin-gang", "yoshimasa-hayashi"),
                r.participants().stream().map(Participant::personId).sorted().toList());
        assertEquals(2, r.participants().size());
    }

    @Test
    void sentencesOfADocumentWithoutAnyPairGiveNothing() {
        assertEquals(List.of(), extract("The talks lasted about 50 minutes.\nThe meeting was held in Beijing.").engagements());
    }
}
