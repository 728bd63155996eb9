package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** Tense, dates, formats, places and people, one rule at a time. 2023-04-05 is a Wednesday. */
class EngagementExtractorTest {

    private static EngagementReport one(String published, String text) {
        return Docs.only(Docs.extract("e1", published, text));
    }

    // --- tense and status

    @Test
    void metOnMondayIsTheMondayBefore() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Monday.");
        assertEquals(d("2023-04-03"), value(r.date()));
        assertEquals("held", value(r.status()));
        assertEquals("reports", r.relation());
    }

    @Test
    void aDayCountedFromThePublicationDayIsMarkedSoAndANamedDayIsNot() {
        assertTrue(one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Monday.").dateFromPublication());
        assertTrue(one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo today.").dateFromPublication());
        EngagementReport named = one("2023-04-05", "On April 3, Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo.");
        assertEquals(d("2023-04-03"), value(named.date()));
        assertFalse(named.dateFromPublication());
    }

    @Test
    void twoSidesSigningSomethingTogetherMet() {
        EngagementReport r = one("2023-06-02", "Finland’s Minister for Foreign Affairs Pekka Haavisto and United States Secretary of State "
                + "Antony Blinken signed a Joint Statement on Cooperation in Advanced Wireless Communications in Helsinki on 2 June.");
        assertEquals(List.of("FIN", "USA"), Docs.countries(r));
        assertEquals("in_person", value(r.format()));
        assertEquals("Helsinki", value(r.location()).place());
        assertTrue(Docs.extract("e2", "2023-06-02", "President Vladimir Putin signed a decree on Friday.").engagements().isEmpty(),
                "one side signing alone");
        assertTrue(Docs.extract("e3", "2023-06-02", "Once the deal is signed, Minister Pistorius said, the system could be sent to Kyiv.")
                .engagements().isEmpty(), "the passive is no one's act");
    }

    @Test
    void recibioWithTheDayBeforeItsGuestIsAVisit() {
        EngagementReport r = one("2024-11-20", "El presidente Javier Milei recibió este miércoles a la mañana a la primera ministra de Italia, "
                + "Giorgia Meloni, en la Casa Rosada.");
        assertEquals(List.of("ARG", "ITA"), Docs.countries(r));
        assertTrue(Docs.extract("e2", "2024-11-20", "El presidente Javier Milei recibió críticas por su discurso en Roma.").engagements().isEmpty(),
                "'recibió' with no guest after it is no visit");
    }

    @Test
    void aFutureInAnotherLanguageIsPlannedLikeWill() {
        EngagementReport r = one("2024-11-10", "La primera ministra italiana, Giorgia Meloni, confirmó que viajará a Argentina "
                + "el 20 de noviembre para reunirse con el presidente Javier Milei.");
        assertEquals("planned", value(r.status()));
        assertEquals(d("2024-11-20"), value(r.date()), "the day to come, not the one a year before");
        assertEquals("held", value(one("2024-11-10", "La primera ministra italiana, Giorgia Meloni, viajó a Argentina "
                + "el 5 de noviembre para reunirse con el presidente Javier Milei.").status()));
    }

    @Test
    void aDateInARelativeClauseAboutAParticipantIsThatClausesNotTheEncounters() {
        EngagementReport r = one("2024-07-23", "Ukrainian President Volodymyr Zelenskyy had a phone call with Kristen Michal, "
                + "who was voted to become Estonia's new prime minister on Monday, 22 July, on his first day in office.");
        assertTrue(r.date() == null || !d("2024-07-22").equals(r.date().value()), "the day he was voted in is not the day of the call");
        EngagementReport after = one("2024-07-23", "Ukrainian President Volodymyr Zelenskyy had a phone call with Kristen Michal, "
                + "who took office last week, on Monday.");
        assertEquals(d("2024-07-22"), value(after.date()), "a date after the clause is the call's");
        EngagementReport visit = one("2024-07-06", "President Xi Jinping held talks with President Emomali Rahmon during the state visit, "
                + "which took place on July 4.");
        assertEquals(d("2024-07-04"), value(visit.date()), "a clause about the visit itself dates it");
    }

    @Test
    void theDaySomeoneReturnedHomeIsNotTheDayOfTheVisit() {
        EngagementReport r = one("2024-06-30", "Prime Minister Jeremiah Manele returned home on Saturday following his first official "
                + "visit to Australia, where he met Prime Minister Anthony Albanese.");
        assertTrue(r.date() == null || !d("2024-06-29").equals(r.date().value()), "Saturday is the day he came back");
    }

    @Test
    void aDateInBracketsRightAfterTodayNamesThatDay() {
        EngagementReport r = one("2018-02-08", "Prime Minister Andrew Holness today (February 7) hosted the United States Secretary of State, "
                + "Rex Tillerson, at the Office of the Prime Minister.");
        assertEquals(d("2018-02-07"), value(r.date()), "the page went out the day after");
    }

    @Test
    void aWeekdayAndDateInBracketsAfterThisMorningNameThatDay() {
        EngagementReport r = one(null, "French Foreign Minister Jean-Noël Barrot arrived in Lisbon this morning (Saturday, April 19) "
                + "and met Portuguese Foreign Minister Paulo Rangel.");
        assertEquals(d("2025-04-19"), value(r.date()), "the one 19 April on a Saturday while both held their offices");
    }

    @Test
    void theWeekdayBeforeADayAndMonthInBracketsSettlesTheYear() {
        EngagementReport r = one(null, "On Thursday (17/7), French Foreign Minister Jean-Noël Barrot met Portuguese Foreign Minister "
                + "Paulo Rangel in Lisbon.");
        assertEquals(d("2025-07-17"), value(r.date()), "17 July 2026, while both still held office, was a Friday");
    }

    @Test
    void aUsersWordThatPartsClausesPartsThemToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "Prime Minister Narendra Modi is due to address Congress on Friday whereas he arrived in Washington yesterday "
                + "for an unscheduled visit with President Joe Biden.";
        assertEquals("planned", value(Readouts.process("whereas.txt", text).extraction().engagements().get(0).status()),
                "the bundled words know no 'whereas'");
        java.nio.file.Files.writeString(dir.resolve("cues.tsv"), "tense-break\twhereas\n");
        assertEquals("held", value(Readouts.process(Readouts.pipeline(dir), "whereas.txt", text).extraction().engagements().get(0).status()));
    }

    @Test
    void aCueInAnotherClauseDoesNotDecideTheTense() {
        EngagementReport r = one("2023-06-22", "Prime Minister Narendra Modi is due to address Congress on Friday but in a surprise move "
                + "he arrived in Washington yesterday for an unscheduled visit with President Joe Biden.");
        assertEquals("held", value(r.status()), "'is due to' is the address's");
        assertEquals("planned", value(one("2023-06-22", "Prime Minister Narendra Modi is due to make a visit with President Joe Biden.").status()));
    }

    @Test
    void willMeetOnMondayIsTheMondayAfter() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi will meet Chinese Foreign Minister Qin Gang in Tokyo on Monday.");
        assertEquals(d("2023-04-10"), value(r.date()));
        assertEquals("planned", value(r.status()));
        assertEquals("announces", r.relation());
    }

    @Test
    void yesterday() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi held talks with Chinese Foreign Minister Qin Gang yesterday.");
        assertEquals(d("2023-04-04"), value(r.date()));
    }

    @Test
    void todayIsThePublicationDay() {
        EngagementReport r = one("2023-05-20", "Prime Minister Rishi Sunak spoke today with President Emmanuel Macron of France.");
        assertEquals(d("2023-05-20"), value(r.date()));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void pastYearlessDateAcrossTheYearBoundary() {
        EngagementReport r = one("2023-01-03", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on December 30.");
        assertEquals(d("2022-12-30"), value(r.date()));
        assertEquals("held", value(r.status()));
    }

    @Test
    void futureYearlessDateAcrossTheYearBoundary() {
        EngagementReport r = one("2022-12-20", "Foreign Minister Hayashi will visit Beijing on January 10 to meet Qin Gang.");
        assertEquals(d("2023-01-10"), value(r.date()));
        assertEquals("planned", value(r.status()));
    }

    @Test
    void theDayASourceNamedAfterAVerbOfSayingToldItOnIsNotTheEncounters() {
        EngagementReport r = one("2023-04-08", "Foreign Minister Hayashi will hold talks with Qin Gang in Beijing, "
                + "according to the Ministry of Foreign Affairs (MOFA) on Saturday.");
        assertNull(r.date());
        EngagementReport met = one("2023-04-05", "The ministry said Foreign Minister Hayashi on Monday met Qin Gang in Tokyo.");
        assertEquals(d("2023-04-03"), value(met.date()), "a person after the verb of saying may be the one who met on that day");
    }

    @Test
    void aSentenceOpeningOnAPronounIsToldByTheOneTheSentenceBeforeNamesFirst() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi said that Japan values its neighbours.\n"
                + "He made these remarks during a meeting with Chinese Foreign Minister Qin Gang in Tokyo on Monday.");
        assertEquals("Yoshimasa Hayashi", side(r, "JPN").name());
        assertEquals("Qin Gang", side(r, "CHN").name());
        assertTrue(Docs.extract("e1", "2023-04-05", "Foreign Minister Hayashi arrived in Jakarta.\n"
                + "He said he hopes to meet Qin Gang on April 20.").engagements().isEmpty(), "not for an encounter still to come");
    }

    @Test
    void aTitledNameOfSeveralPeopleIsTheOneWhoseCountryThePageNames() {
        EngagementReport r = Docs.only(Docs.extract("e1", null, "King Abdullah received a phone call from Secretary of State "
                + "Antony Blinken, who reaffirmed the United States' full solidarity with Jordan."));
        assertEquals("Abdullah II", side(r, "JOR").name());
        assertTrue(Docs.extract("e1", null, "King Abdullah received a phone call from Secretary of State Antony Blinken.")
                .engagements().isEmpty(), "a king of that name reigned in more than one country");
    }

    @Test
    void aDateSetOffByCommasDoesNotPartTheHostFromTheGuest() {
        EngagementReport r = one("2023-05-01", "President Abdel Fattah El-Sisi received, 30-4-2023, at Al-Ittihadiya Palace "
                + "Prime Minister of Japan, Mr. Fumio Kishida.");
        assertEquals(d("2023-04-30"), value(r.date()));
        assertEquals("Fumio Kishida", side(r, "JPN").name());
    }

    @Test
    void aPlaceOfWhatWasTalkedOfIsNotWhereTheyMet() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi spoke to Foreign Minister Qin Gang on Monday on the ongoing "
                + "war between Israel and Hamas in Gaza.");
        assertNull(r.location());
        assertEquals("phone", value(r.format()), "'spoke' with no place where they met is a call");
    }

    @Test
    void aClockSpanGivesTheTimeAndHowLong() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Monday at 11:30-12:10 (local time).");
        assertEquals("11:30", value(r.localTime()));
        assertEquals(40, value(r.durationMinutes()));
    }

    @Test
    void aSentenceFarFromTheOneEncounterThatTellsOnlyHowLongItLasted() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Monday.\n"
                + "Hayashi raised the detention of a Japanese national.\nQin said Japan should respect its neighbours.\n"
                + "Both welcomed the resumption of flights.\nHayashi also raised the situation in the East China Sea.\n"
                + "The 40-minute meeting ended with an exchange of gifts.");
        assertEquals(40, value(r.durationMinutes()));
    }

    @Test
    void anEntourageNamedAfterTheEncounterIsNotWhoMet() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Monday.\n"
                + "Attendees at the meeting included Prime Minister Fumio Kishida and Premier Li Qiang, among others.");
        assertEquals("Yoshimasa Hayashi", side(r, "JPN").name());
        assertEquals("Qin Gang", side(r, "CHN").name());
        assertEquals(2, r.participants().size(), () -> r.participants().toString());
    }

    @Test
    void theOneWhoseVisitTheEncounterWasHeldOnTheOccasionOfTakesPart() {
        EngagementReport r = one("2023-04-07", "Foreign Minister Hayashi voiced this in the meeting that both held this Friday in Tokyo "
                + "on the occasion of Qin’s working visit to Japan.");
        assertEquals("Qin Gang", side(r, "CHN").name());
        assertEquals(d("2023-04-07"), value(r.date()));
    }

    @Test
    void aPlannedVisitOfSoManyDaysEndsThatManyDaysAfterItsFirst() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi will visit Beijing on April 8 to meet Qin Gang. "
                + "During his three-day visit, Hayashi will also meet business leaders.");
        assertEquals(d("2023-04-08"), value(r.date()));
        assertEquals(d("2023-04-10"), value(r.dateEnd()));
    }

    @Test
    void withinTheDaysOfAVisitTheEncounterIsTheTalksOnTheirDay() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi will pay an official visit to China from April 8-11, the ministry said. "
                + "During his visit, Hayashi will hold talks with Foreign Minister Qin Gang on April 9.");
        assertEquals(d("2023-04-09"), value(r.date()));
        assertNull(r.dateEnd(), "the talks are one day");
        EngagementReport travel = one("2023-04-05", "Foreign Minister Hayashi will pay an official visit to China from April 8-11 "
                + "to meet Foreign Minister Qin Gang. Hayashi will also visit Shanghai on April 10.");
        assertEquals(d("2023-04-08"), value(travel.date()), "another leg of the visit is no day of talks");
        assertEquals(d("2023-04-11"), value(travel.dateEnd()));
        EngagementReport asPart = one("2023-04-05", "Foreign Minister Qin Gang will pay an official visit to Japan on April 8-11, 2023 "
                + "at the invitation of Foreign Minister Hayashi. Relations will be reviewed at the talks to be held as part of the visit on April 9.");
        assertEquals(d("2023-04-09"), value(asPart.date()), "a day in a sentence of talks, though 'visit' stands nearer to it");
    }

    @Test
    void aHeldVisitOfSoManyDaysGetsNoLastDayFromItsTalks() {
        EngagementReport r = one("2023-04-05", "Foreign Minister Hayashi met Qin Gang in Beijing on Monday during a three-day visit.");
        assertEquals(d("2023-04-03"), value(r.date()));
        assertNull(r.dateEnd());
    }

    @Test
    void fullDateAfterPublicationWithoutCueIsPlanned() {
        EngagementReport r = one("2023-04-03",
                "Talks between Japanese Foreign Minister Yoshimasa Hayashi and Chinese Foreign Minister Qin Gang in Tokyo on April 20, 2023.");
        assertEquals(d("2023-04-20"), value(r.date()));
        assertEquals("planned", value(r.status()));
        assertEquals("announces", r.relation());
    }

    @Test
    void withoutCueOrDateTheStatusDefaultsToHeld() {
        EngagementReport r = one(null, "Talks between Japanese Foreign Minister Yoshimasa Hayashi and Chinese Foreign Minister Qin Gang in Tokyo.");
        assertEquals("held", value(r.status()));
        assertEquals("reports", r.relation());
    }

    @Test
    void scheduledSummitIsPlanned() {
        EngagementReport r = one("2023-11-13",
                "Prime Minister Kishida is scheduled to hold a summit meeting with President Xi Jinping of China on November 16.");
        assertEquals("planned", value(r.status()));
        assertEquals(d("2023-11-16"), value(r.date()));
        assertEquals("fumio-kishida", side(r, "JPN").personId());
        assertEquals("xi-jinping", side(r, "CHN").personId());
    }

    // --- which date is the engagement's

    @Test
    void dateAfterSinceIsNotTheEngagementDate() {
        EngagementReport r = one("2023-04-03",
                "Hayashi, foreign minister since November 10, 2021, met Chinese Foreign Minister Qin Gang in Tokyo on Sunday.");
        assertEquals(d("2023-04-02"), value(r.date()));
    }

    @Test
    void dateAfterTookOfficeIsNotTheEngagementDate() {
        EngagementReport r = one("2023-04-10",
                "Hayashi, who took office on November 10, 2021, met Chinese Foreign Minister Qin Gang in Tokyo.");
        assertNull(r.date());
    }

    @Test
    void dateOfTheReportingVerbIsNotTheEngagementDate() {
        EngagementReport r = one("2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Beijing, the ministry said on Monday.");
        assertNull(r.date());
        assertEquals(DateClue.NONE, r.clue());
    }

    @Test
    void nearestDateToTheTriggerWins() {
        EngagementReport r = one("2023-04-10",
                "Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on April 2 after arriving on April 1.");
        assertEquals(d("2023-04-02"), value(r.date()));
    }

    @Test
    void lastMonthIsAClueOfMonthAndYear() {
        EngagementReport r = one("2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi visited Beijing last month and met Chinese Foreign Minister Qin Gang.");
        assertNull(r.date());
        assertEquals(new DateClue(2023, 3, null, null, false, null, null), r.clue());
    }

    @Test
    void weekdayWithoutPublicationDateIsAClue() {
        EngagementReport r = one(null, "Yoshimasa Hayashi and Qin Gang held talks in Tokyo on Monday.");
        assertEquals(DayOfWeek.MONDAY, r.clue().weekday());
        assertNull(r.date());
    }

    // --- format

    @Test
    void toMeetVirtuallyIsByVideo() {
        EngagementReport r = one("2021-03-09", "Foreign Minister Yoshimasa Hayashi met virtually today with Chinese Foreign Minister Qin Gang.");
        assertEquals("video", value(r.format()));
        assertEquals(d("2021-03-09"), value(r.date()));
    }

    @Test
    void aBilateralCallIsByTelephone() {
        EngagementReport r = one("2021-11-03", "The Honourable Mélanie Joly, Minister of Foreign Affairs, today had her first bilateral "
                + "call as Foreign Minister with United States Secretary of State Antony Blinken.");
        assertEquals("phone", value(r.format()));
        assertEquals(d("2021-11-03"), value(r.date()));
    }

    @Test
    void videoConference() {
        EngagementReport r = one("2021-03-09", Docs.fixture("video.txt"));
        assertEquals("video", value(r.format()));
        assertEquals(d("2021-03-08"), value(r.date()));
        assertEquals("16:00", value(r.localTime()));
        assertEquals(40, value(r.durationMinutes()));
        assertEquals("antony-blinken", side(r, "USA").personId());
        assertEquals("sergey-lavrov", side(r, "RUS").personId());
    }

    @Test
    void meetingIsInPersonByDefault() {
        assertEquals("in_person", value(one("2023-04-03", "Hayashi met Chinese Foreign Minister Qin Gang on Sunday.").format()));
    }

    @Test
    void phoneWordWinsOverMeetingWord() {
        EngagementReport r = one("2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi held a meeting by telephone call with Qin Gang on Sunday.");
        assertEquals("phone", value(r.format()));
    }

    @Test
    void spokeByPhoneIsPhone() {
        EngagementReport r = one("2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi spoke by phone with Chinese Foreign Minister Qin Gang on Sunday.");
        assertEquals("phone", value(r.format()));
        assertEquals("talk", r.kind());
    }

    @Test
    void aMediumAndANounForATalkReportACall() {
        EngagementReport r = one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi had a telephone discussion with Chinese Foreign Minister Qin Gang on Sunday.");
        assertEquals("phone", value(r.format()));
        assertEquals(d("2023-04-02"), value(r.date()));
        assertEquals("video", value(one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi had a virtual conversation with Chinese Foreign Minister Qin Gang on Sunday.").format()));
    }

    @Test
    void aReporterToldByPhoneIsNoCall() {
        DocumentExtraction x = Docs.extract("e1", "2023-04-03", """
                Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Sunday.
                A spokesman for Hayashi told the Northern Gazette by phone that Hayashi would brief the cabinet.
                """);
        EngagementReport r = Docs.only(x);
        assertEquals("in_person", value(r.format()));
        assertEquals("held", value(r.status()));
    }

    @Test
    void aCallTheSpeakerSaysWasHeldIsACall() {
        EngagementReport r = one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi said that he held a phone call with Chinese Foreign Minister Qin Gang on Sunday.");
        assertEquals("phone", value(r.format()));
        assertEquals(d("2023-04-02"), value(r.date()));
        assertEquals("phone", value(one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi on Sunday spoke on phone with Foreign Minister Qin Gang.").format()));
    }

    @Test
    void whoSaidAQuotationTookNoPartInWhatItReports() {
        EngagementReport r = one("2023-04-02", "\u201cTomorrow Foreign Minister Yoshimasa Hayashi will travel to Beijing to meet Foreign Minister "
                + "Qin Gang,\u201d said Prime Minister Fumio Kishida and Yoshimasa Hayashi in a media release on Sunday.");
        assertEquals(List.of("Yoshimasa Hayashi", "Qin Gang"), r.participants().stream().map(Participant::name).toList());
        assertEquals(d("2023-04-03"), value(r.date()));
        EngagementReport own = one("2023-04-02", "\u201cI thank the Chinese side for hosting me in Beijing on April 3,\u201d said Foreign "
                + "Minister Yoshimasa Hayashi of Japan, who will meet Foreign Minister Qin Gang.");
        assertEquals(List.of("JPN", "CHN"), own.participants().stream().map(Participant::country).toList(),
                "a quotation that names one side leaves its speaker a party");
    }

    @Test
    void aMinisterToldByPhoneIsACall() {
        EngagementReport r = one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi told Chinese Foreign Minister Qin Gang by phone on Sunday that Japan was concerned.");
        assertEquals("phone", value(r.format()));
    }

    @Test
    void peopleOfAnEarlierCallTheSentenceTurnsToAreNotParties() {
        EngagementReport r = one("2023-04-03",
                "Foreign Minister Yoshimasa Hayashi talked to Foreign Minister Qin Gang of China over the phone on Sunday "
                        + "after his telephone conversation with Secretary of State Antony Blinken earlier in the day.");
        assertEquals(List.of("JPN", "CHN"), r.participants().stream().map(Participant::country).toList());
    }

    @Test
    void afterTheMeetingStillTellsOfTheMeeting() {
        EngagementReport r = one("2023-04-03",
                "After the meeting, Foreign Minister Yoshimasa Hayashi and Foreign Minister Qin Gang of China met the press on Sunday.");
        assertEquals(2, r.participants().size());
    }

    @Test
    void onAnUnknownYearTheTitleTheTextGivesIsTheRole() {
        DocumentExtraction x = Docs.extract("e1", null,
                "Foreign Minister Taro Kono held a telephone talk with Chinese Foreign Minister Wang Yi on August 29.");
        EngagementReport r = Docs.only(x);
        assertNull(r.date());
        Participant kono = r.participants().stream().filter(p -> "JPN".equals(p.country())).findFirst().orElseThrow();
        assertEquals("foreign minister", kono.role(), "not the defence ministry he held later");
    }

    @Test
    void aLabelledPublicationDateOnTheFirstLineIsNotTheMeetingsDay() {
        EngagementReport r = one(null,
                "Published 2023-04-05 Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo this Monday (3).");
        assertEquals(d("2023-04-03"), value(r.date()));
        assertEquals("held", value(r.status()));
    }

    @Test
    void theDateOfAnEarlierVisitTheSentenceOpensWithIsNotTheMeetingsDay() {
        EngagementReport r = one("2023-04-06",
                "After the visit to Korea on 4 April, Foreign Minister Yoshimasa Hayashi met with his Chinese counterpart Qin Gang in Tokyo on Wednesday.");
        assertEquals(d("2023-04-05"), value(r.date()));
        assertEquals("talk", r.kind());
        assertEquals(new Location("Tokyo", "JPN"), value(r.location()));
    }

    @Test
    void aLabelledPublicationDateIsTheDayOnlyWhenTheSentenceGivesNoOther() {
        EngagementReport r = one(null, "Published 2023-04-04 Foreign Minister Yoshimasa Hayashi holds telephone talk with Chinese Foreign Minister Qin Gang");
        assertEquals(d("2023-04-04"), value(r.date()));
    }

    @Test
    void calledSomeoneIsACall() {
        EngagementReport r = one("2023-04-03", "Foreign Minister Yoshimasa Hayashi called Chinese Foreign Minister Qin Gang on Sunday to discuss the detention.");
        assertEquals("phone", value(r.format()));
        assertEquals(d("2023-04-02"), value(r.date()));
    }

    @Test
    void calledUpOrDialsSomeoneIsACall() {
        for (String verb : List.of("called up", "rang up", "dials")) {
            EngagementReport r = one("2023-04-03", "Foreign Minister Yoshimasa Hayashi " + verb + " Chinese Foreign Minister Qin Gang on Sunday.");
            assertEquals("phone", value(r.format()), verb);
            assertEquals(d("2023-04-02"), value(r.date()), verb);
        }
        assertTrue(Docs.extract("e1", "2023-04-03", "Foreign Minister Yoshimasa Hayashi called up the latest figures on China's exports.")
                .engagements().isEmpty());
    }

    @Test
    void aReadoutInSpanishPortugueseFrenchGermanOrItalianTellsItsCall() {
        for (String text : List.of(
                "La presidenta de México, Claudia Sheinbaum, sostuvo una conversación telefónica con el primer ministro de Japón, Fumio Kishida.",
                "O presidente Luiz Inácio Lula da Silva conversou por telefone com o primeiro-ministro do Japão, Fumio Kishida.",
                "Le président Emmanuel Macron s'est entretenu par téléphone avec le Premier ministre japonais Fumio Kishida.",
                "Bundeskanzler Olaf Scholz telefonierte mit dem japanischen Premierminister Fumio Kishida.",
                "Il presidente Sergio Mattarella ha avuto un colloquio telefonico con il primo ministro giapponese Fumio Kishida.")) {
            EngagementReport r = one("2023-05-05", text);
            assertEquals("phone", value(r.format()), text);
            assertEquals(2, r.participants().size(), text);
            assertTrue(r.participants().stream().anyMatch(p -> "JPN".equals(p.country())), text);
        }
    }

    @Test
    void aGuestReceivedAndTalksInSwahiliAreAnEncounter() {
        assertEachAMeetingOf(java.util.Set.of("KEN", "UGA"), "Rais William Ruto alimpokea Rais wa Uganda Yoweri Museveni Ikulu ya Nairobi.",
                "Rais William Ruto amefanya mazungumzo na Rais Yoweri Museveni mjini Kampala.");
    }

    @Test
    void aVisitInDutchIsAnEncounter() {
        assertEachAMeetingOf(java.util.Set.of("NLD", "FRA"), "Minister-president Mark Rutte brengt donderdag een bezoek aan president Emmanuel Macron in Parijs.",
                "Minister-president Mark Rutte bezocht president Emmanuel Macron in Parijs.",
                "President Emmanuel Macron ontving minister-president Mark Rutte in Parijs.");
    }

    /** Each text reports one meeting in person of the two sides. */
    private static void assertEachAMeetingOf(java.util.Set<String> sides, String... texts) {
        for (String text : texts) {
            EngagementReport r = one("2023-05-05", text);
            assertEquals("in_person", value(r.format()), text);
            assertEquals(sides, r.participants().stream().map(Participant::country).collect(java.util.stream.Collectors.toSet()), text);
        }
    }

    @Test
    void aMeetingOrACallInSpanishOrPortugueseIsAnEncounter() {
        assertEquals("phone", value(one("2023-05-05", "El presidente Luiz Inácio Lula da Silva conversó telefónicamente con el primer ministro "
                + "Fumio Kishida.").format()));
        for (String text : List.of("Luiz Inácio Lula da Silva y Fumio Kishida se reunieron en Tokio.",
                "El presidente Luiz Inácio Lula da Silva recibió a Fumio Kishida en Brasilia.",
                "O presidente Luiz Inácio Lula da Silva encontrou-se com o primeiro-ministro Fumio Kishida em Brasília.",
                "El presidente Luiz Inácio Lula da Silva se ha reunido con el primer ministro Fumio Kishida en Tokio.",
                "Le président Luiz Inácio Lula da Silva a eu un entretien avec le Premier ministre Fumio Kishida à Tokyo.",
                "Il presidente Luiz Inácio Lula da Silva ha avuto un colloquio con il primo ministro Fumio Kishida a Tokyo.")) {
            EngagementReport r = one("2023-05-05", text);
            assertEquals("in_person", value(r.format()), text);
            assertEquals(2, r.participants().size(), text);
        }
    }

    @Test
    void aDayAndAPlaceBetweenReceivingAndTheGuestDoNotPartThem() {
        EngagementReport r = one("2023-04-26", "El jefe del Gobierno, Pedro Sánchez, ha recibido este miércoles en el Palacio de la Moncloa "
                + "al presidente de Brasil, Luiz Inácio Lula da Silva, para mantener un encuentro.");
        assertEquals(java.time.LocalDate.of(2023, 4, 26), r.date().value());
        assertEquals(2, r.participants().size());
        EngagementReport met = one("2023-04-26", "El jefe del Gobierno, Pedro Sánchez, se reunió este miércoles en el Palacio de la Moncloa "
                + "con el presidente de Brasil, Luiz Inácio Lula da Silva.");
        assertEquals(java.time.LocalDate.of(2023, 4, 26), met.date().value(), "the place's particles inside the phrase");
    }

    @Test
    void theDaySomeoneWasElectedIsNotTheEncounters() {
        EngagementReport r = one("2024-03-29", "Le président Emmanuel Macron a eu un entretien téléphonique avec le nouveau président "
                + "sénégalais Bassirou Diomaye Faye, élu dimanche dernier.");
        assertEquals("SEN", r.participants().stream().map(p -> p.country()).filter(c -> !"FRA".equals(c)).findFirst().orElse(null),
                "'sénégalais', the French adjective");
        assertTrue(r.date() == null || !r.date().value().equals(java.time.LocalDate.of(2024, 3, 24)), "not the Sunday of the election: " + r.date());
    }

    @Test
    void someoneNamedAfterAnotherEventsWordIsNoParty() {
        EngagementReport r = one("2025-01-21", "Russian President Vladimir Putin held a video call with Chinese President Xi Jinping on Tuesday, "
                + "just hours after Donald Trump was sworn in as president of the United States.");
        assertEquals(List.of("CHN", "RUS"), r.participants().stream().map(p -> p.country()).sorted().toList());
    }

    @Test
    void aTeleconAfterOnesAppointmentIsWithWhoFollowsWithButTalksAfterTalksWithAnotherAreNot() {
        EngagementReport r = one("2022-08-16", "On August 16, Defense Minister Yasukazu Hamada held a first telecon after his appointment "
                + "with U.S. Defense Secretary Lloyd Austin.");
        assertEquals(List.of("JPN", "USA"), r.participants().stream().map(p -> p.country()).sorted().toList());
        assertEquals("phone", r.format().value(), "'telecon': a telephone conference");
        EngagementReport other = one("2022-08-16", "Defense Minister Yasukazu Hamada held a telecon with U.S. Defense Secretary Lloyd Austin "
                + "on August 16, a day after talks with Australian Defence Minister Richard Marles.");
        assertEquals(List.of("JPN", "USA"), other.participants().stream().map(p -> p.country()).sorted().toList(),
                "the talks with Marles are another encounter");
    }

    @Test
    void aMinistryInArabicIsNoVisit() {
        assertTrue(Docs.extract("e1", "2023-03-05", "أصدرت وزارة الخارجية الأميركية بيانا بشأن أنتوني بلينكن وسامح شكري.").engagements().isEmpty(),
                "'وزارة' (ministry) is no 'زار' (visited)");
    }

    @Test
    void calledOnSomeoneOrCalledForSomethingIsNoCall() {
        assertTrue(Docs.extract("e1", "2023-04-03", "Foreign Minister Yoshimasa Hayashi called on China to release the detained national.")
                .engagements().isEmpty());
        assertTrue(Docs.extract("e1", "2023-04-03", "Foreign Minister Yoshimasa Hayashi called for the release of the national held by China.")
                .engagements().isEmpty());
    }

    @Test
    void aFamilyNameWithATitleOnlyOnePersonOfThatNameHeldIsThatPerson() {
        EngagementReport r = one(null, "Remarks by President Biden and President Luiz Inácio Lula da Silva of Brazil before their bilateral meeting.");
        assertEquals(List.of("joe-biden", "lula-da-silva"), r.participants().stream().map(Participant::personId).sorted().toList());
    }

    @Test
    void remarksWithAMinisterTellOfAnEncounter() {
        EngagementReport r = one("2016-07-21", "Secretary of State John Kerry gave remarks with German Foreign Minister Frank-Walter Steinmeier in Washington today.");
        assertEquals(d("2016-07-21"), value(r.date()));
        assertEquals(2, r.participants().size());
    }

    @Test
    void theNextOrFormerHolderOfAnOfficeIsNotItsHolderOnTheDay() {
        DocumentExtraction x = Docs.extract("e1", "2023-04-05", "Foreign Minister Yoshimasa Hayashi met the former Chinese foreign minister "
                + "in Tokyo on Monday and discussed what the next Korean foreign minister would do.");
        assertTrue(x.engagements().isEmpty(), x.engagements().toString());
    }

    @Test
    void someoneBetweenTermsWithoutATitleIsNoParty() {
        EngagementReport r = one("2025-01-11", "Prime Minister Shigeru Ishiba visited Indonesia on Saturday and met President Prabowo Subianto "
                + "as Donald Trump prepares to take office.");
        assertEquals(List.of("IDN", "JPN"), Docs.countries(r));
    }

    @Test
    void bilateralMeetingsWithTwoLeadersAreTwoEncounters() {
        DocumentExtraction x = Docs.extract("e1", "2022-09-15", "On September 16, Prime Minister Narendra Modi will hold bilateral meetings "
                + "with Shavkat Mirziyoyev, President of Uzbekistan, at 4.20pm, and Ebrahim Raisi, President of Iran, at 5pm.");
        assertEquals(2, x.engagements().size(), x.engagements().toString());
        assertEquals(List.of(List.of("IND", "UZB"), List.of("IND", "IRN")), x.engagements().stream()
                .map(r -> r.participants().stream().map(Participant::country).toList()).toList());
        assertEquals(d("2022-09-16"), value(x.engagements().get(1).date()));
    }

    @Test
    void anotherEncounterOfTheLeadsSideTheDayBeforeIsReportedToo() {
        String page = "President Luiz Inácio Lula da Silva spoke this Thursday (2nd), via a video call, with President Volodymyr Zelensky.\n\n"
                + "This Wednesday (1st), Lula also spoke by telephone with President Andrés Manuel López Obrador of Mexico.";
        List<EngagementReport> reports = Docs.extract("e1", "2023-03-03", page).engagements();
        assertEquals(List.of("reports", "reports"), reports.stream().map(EngagementReport::relation).toList(), "one round of calls: both told");
        List<EngagementReport> background = Docs.extract("e2", "2023-03-03", page.replace("This Wednesday (1st)", "On January 20")).engagements();
        assertEquals(List.of("reports", "mentions"), background.stream().map(EngagementReport::relation).toList(),
                "an encounter weeks before is background, however it is told");
    }

    @Test
    void aTelephoneCallWithTwoLeadersIsTwoCallsAndTheTalksItBriefsOnAreNeither() {
        DocumentExtraction x = Docs.extract("e1", "2025-08-18", "President Vladimir Putin spoke to the leaders of Kazakhstan and Uzbekistan "
                + "by telephone on Sunday, briefing them about his talks in Alaska with U.S. President Donald Trump.");
        assertEquals(List.of(List.of("KAZ", "RUS"), List.of("RUS", "UZB")), x.engagements().stream()
                .map(Docs::countries).toList());
        assertEquals(d("2025-08-17"), value(x.engagements().get(0).date()));
    }

    @Test
    void oneWhoMeetsPeopleOfTwoOtherCountriesMeetsEach() {
        DocumentExtraction x = Docs.extract("e1", "2023-07-12", "On Wednesday, President Recep Tayyip Erdoğan met Spanish Prime Minister "
                + "Pedro Sánchez and Dutch Prime Minister Mark Rutte in Vilnius.");
        assertEquals(List.of(List.of("ESP", "TUR"), List.of("NLD", "TUR")), x.engagements().stream()
                .map(Docs::countries).toList());
        DocumentExtraction together = Docs.extract("e2", "2023-07-12", "On Wednesday, President Recep Tayyip Erdoğan met Spanish Prime Minister "
                + "Pedro Sánchez and Dutch Prime Minister Mark Rutte in a trilateral meeting in Vilnius.");
        assertEquals(1, together.engagements().size(), "met together, as the sentence says");
        DocumentExtraction hosted = Docs.extract("e3", "2023-07-12", "On Wednesday, President Recep Tayyip Erdoğan hosted Spanish Prime Minister "
                + "Pedro Sánchez and Dutch Prime Minister Mark Rutte in Ankara.");
        assertEquals(1, hosted.engagements().size(), "a host may receive two guests together");
    }

    @Test
    void onAVisitTheTalksWithPeopleOfTwoOtherCountriesAreWithEach() {
        DocumentExtraction x = Docs.extract("e1", "2024-11-22", "Defence Minister Rajnath Singh concluded his visit to Vientiane on "
                + "November 22, 2024, where he met with Japanese Defence Minister Gen Nakatani and Philippine Secretary of National "
                + "Defence Gilberto Teodoro.");
        assertEquals(java.util.Set.of(List.of("IND", "JPN"), List.of("IND", "PHL")), x.engagements().stream()
                .map(Docs::countries).collect(java.util.stream.Collectors.toSet()));
        DocumentExtraction together = Docs.extract("e2", "2024-11-22", "Defence Minister Rajnath Singh concluded his visit to Vientiane "
                + "on November 22, 2024, where he met with Japanese Defence Minister Gen Nakatani and Philippine Secretary of National "
                + "Defence Gilberto Teodoro in a trilateral meeting.");
        assertEquals(1, together.engagements().size(), "met together, as the sentence says");
    }

    @Test
    void aPageThatCountsEveryoneWhoMetMakesItOneMeetingOfThemAll() {
        String met = "On Wednesday, President Recep Tayyip Erdoğan met Spanish Prime Minister Pedro Sánchez and Dutch Prime Minister Mark Rutte in Vilnius.";
        DocumentExtraction counted = Docs.extract("e1", "2023-07-12", met + " The three leaders discussed migration.");
        assertEquals(1, counted.engagements().size(), "'the three leaders': one meeting of three");
        assertEquals(List.of("ESP", "NLD", "TUR"), Docs.countries(counted.engagements().get(0)));
        DocumentExtraction otherCount = Docs.extract("e2", "2023-07-12", met + " The two leaders discussed migration.");
        assertEquals(2, otherCount.engagements().size(), "a count of two is each meeting, not one of three");
    }

    @Test
    void talksWithTwoLeadersAreTalksWithEachUnlessTheyMeetTogether() {
        DocumentExtraction x = Docs.extract("e1", "2022-09-15", "On September 16, Prime Minister Narendra Modi will hold talks "
                + "with Shavkat Mirziyoyev, President of Uzbekistan, and Ebrahim Raisi, President of Iran.");
        assertEquals(List.of(List.of("IND", "UZB"), List.of("IND", "IRN")), x.engagements().stream()
                .map(r -> r.participants().stream().map(Participant::country).toList()).toList());
        DocumentExtraction together = Docs.extract("e2", "2022-09-15", "On September 16, Prime Minister Narendra Modi will hold "
                + "trilateral talks with Shavkat Mirziyoyev, President of Uzbekistan, and Ebrahim Raisi, President of Iran.");
        assertEquals(1, together.engagements().size());
        assertEquals(3, together.engagements().get(0).participants().size());
    }

    @Test
    void onAnUnknownDayATitleThePersonNeverHeldInTheKnowledgeBaseIsStillTheirRole() {
        EngagementReport r = one(null, "Crown Prince Mohamed bin Zayed Al Nahyan received Prime Minister Naftali Bennett of Israel in Abu Dhabi.");
        Participant host = r.participants().stream().filter(p -> "ARE".equals(p.country())).findFirst().orElseThrow();
        assertEquals("crown prince", host.role(), "not the presidency he took later");
    }

    @Test
    void inATranscriptIAndMyAreTheSpeakerOfTheLine() {
        EngagementReport r = one("2023-04-03", "Yoshimasa Hayashi, Minister for Foreign Affairs: Thank you for coming.\n"
                + "I have just held an in-person meeting with Chinese Foreign Minister Qin Gang in Beijing.");
        assertEquals(List.of("CHN", "JPN"), Docs.countries(r));
        assertEquals("in_person", value(r.format()));
        Participant speaker = r.participants().stream().filter(p -> "JPN".equals(p.country())).findFirst().orElseThrow();
        assertTrue(speaker.evidence().text().startsWith("Yoshimasa Hayashi, Minister for Foreign Affairs:"),
                "the line that names the speaker, not the sentence saying 'I'");
    }

    @Test
    void aSpeakerWhoWelcomesTheGuestTheyAddressReceivesThem() {
        EngagementReport r = one("2024-02-07", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Mr. Secretary Duale, welcome to the Pentagon. "
                + "It is good to see you again.");
        assertEquals(List.of("KEN", "USA"), Docs.countries(r), "the one addressed, and the speaker of the line");
        assertEquals("visit", r.kind());
        assertEquals("USA", value(r.location()).country(), "the Pentagon is in the host's country");
        assertTrue(Docs.extract("e2", "2024-02-07", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Mr. Secretary Duale, the welcome to "
                + "the Pentagon was warm.").engagements().isEmpty(), "a welcome told of, not said to a guest");
        EngagementReport first = one("2024-02-07", "MINISTER MARLES: Today I welcome German Defence Minister Boris Pistorius to Canberra.");
        assertEquals(List.of("AUS", "DEU"), Docs.countries(first), "'I welcome' with its guest after it");
        assertTrue(Docs.extract("e3", "2024-02-07", "MINISTER MARLES: I welcome the decision of the German government.")
                .engagements().isEmpty(), "'I welcome' a decision, with the country named after it: no visit");
    }

    @Test
    void aHostWhoIsHostingAGuestAndTalksThatBeganReportAnEncounter() {
        EngagementReport hosting = one("2024-05-16", "It is an honour to be hosting Georgian Prime Minister Irakli Kobakhidze in Ankara, "
                + "President Recep Tayyip Erdogan said on Thursday.");
        assertEquals(List.of("GEO", "TUR"), Docs.countries(hosting));
        EngagementReport began = one("2025-05-10", "Chinese Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent began "
                + "discussions early Saturday in Geneva.");
        assertEquals(List.of("CHN", "USA"), Docs.countries(began));
        assertEquals(d("2025-05-10"), value(began.date()));
        assertTrue(Docs.extract("e3", "2024-05-16", "Türkiye is hosting the summit of the Organization of Turkic States in Ankara.")
                .engagements().isEmpty(), "a country hosting a summit, no guest named");
    }

    @Test
    void anUndatedPageTakesItsYearFromADateItWritesNotFromAListedArticlesStamp() {
        String told = "President Ilham Aliyev and President Salome Zourabichvili held a video conference on April 15.\n\n";
        EngagementReport quoted = Docs.only(Docs.extract("y1", null, told + "Aliyev had written in a post on April 14, 2020 that he looked forward to it.\n"));
        assertEquals(d("2020-04-15"), value(quoted.date()), "the year the text writes");
        EngagementReport listed = Docs.only(Docs.extract("y2", null, told + "The leaders discussed energy.\n\n".repeat(8) + "Latest news\n\nA festival opens in Baku\n\n21.Oct.2025\n\nA bridge is built in Tbilisi\n\n20.Oct.2025\n"));
        assertNull(value(listed.date()), () -> "a date alone on its line is a listed article's stamp: " + listed.date());
    }

    @Test
    void onAnUndatedPageAFamilyNameIsTheOnePersonOfACountryThePageNames() {
        String page = "Penny Wong, Foreign Minister: Thank you for coming.\n"
                + "I held discussions with my friend Dr Jaishankar today. The partnership between Australia and India has never been closer.";
        EngagementReport r = one(null, page);
        assertEquals(List.of("AUS", "IND"), Docs.countries(r));
        assertTrue(Docs.extract("e2", null, page.replace("Australia and India", "our two countries")).engagements().isEmpty(),
                "a family name alone, on a page that names neither a day nor the country: no one");
    }

    @Test
    void inATwoSidedTranscriptTheMeetingASpeakerTellsOfIsWithTheOtherSidesSpeaker() {
        EngagementReport r = one(null, "MINISTER MARLES: Good morning, everyone, and welcome.\n"
                + "For our government it is very important to have this meeting.\n"
                + "MINISTER PISTORIUS: Thank you, Richard, for the warm welcome.");
        assertEquals(List.of("AUS", "DEU"), Docs.countries(r),
                "an undated page: each turn's name is the one person the knowledge base knows by it");
        Participant guest = r.participants().stream().filter(p -> "DEU".equals(p.country())).findFirst().orElseThrow();
        assertTrue(guest.evidence().text().startsWith("MINISTER PISTORIUS:"), "the line where the other side takes the floor");
        EngagementReport again = one(null, "MINISTER MARLES: Good morning, everyone, and welcome.\n"
                + "For our government it is very important to have this meeting.\n"
                + "MINISTER PISTORIUS: Thank you, Richard, for the warm welcome.\n"
                + "Boris Pistorius: And thank you all for coming.");
        assertEquals(List.of("AUS", "DEU"), Docs.countries(again),
                "two turns of one speaker, named two ways, are still one other side");
        assertTrue(Docs.extract("e2", null, "Pistorius was in Canberra. For our government it is very important to have this meeting.")
                .engagements().isEmpty(), "no turns, no speaker: a meeting of no one named");
    }

    @Test
    void someoneNamedByAnOfficeTheyNoLongerHoldIsNoPrincipal() {
        DocumentExtraction x = Docs.extract("e1", "2019-11-22", "Minister Balakrishnan also met Minister of Defense Kono Taro "
                + "and former Minister of Defense Onodera Itsunori.");
        assertEquals(List.of(List.of("JPN", "SGP")), x.engagements().stream()
                .map(Docs::countries).toList());
        assertTrue(x.engagements().get(0).participants().stream().noneMatch(p -> p.name().contains("Onodera")), "not the former minister");
    }

    @Test
    void aDeputyPrimeMinisterIsNotThePrimeMinister() {
        EngagementReport r = one(null, "Defense Secretary Lloyd Austin welcomed Poland's Deputy Prime Minister and Defense Minister "
                + "Jan Nowakowski to the Pentagon on May 5, 2023.");
        Participant pole = Docs.side(r, "POL");
        assertEquals("defence minister", pole.role(), "the office after 'and' is the one he came in");
        assertEquals("Jan Nowakowski", pole.name(), "the name the text gives, not the Prime Minister of the day");
        EngagementReport deputy = one(null, "Defense Secretary Lloyd Austin welcomed Poland's Deputy Prime Minister "
                + "Jan Nowakowski to the Pentagon on May 5, 2023.");
        assertEquals("deputy head of government", Docs.side(deputy, "POL").role());
    }

    /** The report a page leads with, the first of its engagements. */
    private static EngagementReport leadOf(String id, String published, String page) {
        return Docs.extract(id, published, page).engagements().get(0);
    }

    @Test
    void aCaptionCreditedToANationalAgencyIsACaptionToo() {
        String page = "Crown Prince Mohammed bin Salman met President Xi Jinping in Riyadh on December 8, 2022. (SPA)\n\n"
                + "Crown Prince Mohammed bin Salman held a phone call with President Xi Jinping on Tuesday, the agency reported.";
        List<EngagementReport> reports = Docs.extract("e1", "2023-03-28", page).engagements();
        assertEquals("phone", value(reports.get(0).format()), "the call the page reports leads, not the caption's meeting");
        assertEquals("reports", reports.get(0).relation());
    }

    @Test
    void aPhotographsCaptionAboveTheReportIsNotItsLead() {
        String page = "Prime Minister Fumio Kishida, left, greets President Joe Biden at the G7 summit in Hiroshima, Japan, Friday, May 19, 2023. AP\n"
                + "Prime Minister Fumio Kishida held a telephone call with President Joe Biden on Thursday, the foreign ministry said.";
        List<EngagementReport> reports = Docs.extract("e1", "2024-01-12", page).engagements();
        assertEquals("phone", value(reports.get(0).format()), "the call the page reports leads: " + reports);
        assertEquals("phone", value(leadOf("e2", "2024-01-12", page.replace("2023. AP", "2023. Photo: Foreign Ministry")).format()),
                "a photograph's label and a colon make a caption too");
        assertEquals("in_person", value(leadOf("e3", "2024-01-12", page.replace("2023. AP", "2023.")).format()),
                "without a credit, the first encounter told leads");
    }

    @Test
    void aCaptionGluedToTheEndOfTheLeadsLineCreditsOnlyItself() {
        String page = "Prime Minister Fumio Kishida held a telephone call with President Joe Biden on Thursday. Kishida is in Tokyo this week. "
                + "Prime Minister Fumio Kishida greets President Joe Biden at the summit in Hiroshima on May 19, 2023.(Reuters)\n\n"
                + "Earlier, Prime Minister Fumio Kishida met President Yoon Suk Yeol in Seoul on Wednesday.";
        EngagementReport lead = leadOf("e1", "2024-01-12", page);
        assertEquals("phone", value(lead.format()), "the lead told before the caption on the same line is the report's, "
                + "not the meeting told on a line of its own: " + lead);
        assertEquals("reports", lead.relation());
    }

    @Test
    void aCaptionsDateGivesWayToTheReportsOwnAndACreditMayStandOnItsOwnLine() {
        String page = "Japan's Defense Minister Yasukazu Hamada (L) with Defense Secretary Lloyd Austin (R) sign copies of the framework at a "
                + "joint press conference at the Defense Ministry in Tokyo on May 6, 2023.\n(AFP)\n\nJapan and the U.S. on Friday signed a "
                + "pivotal defense framework during a visit by the U.S. defense secretary\n\nThe deal stresses interoperability.";
        EngagementReport r = leadOf("e1", "2023-05-07", page);
        assertEquals(java.time.LocalDate.parse("2023-05-05"), r.date().value(), "Friday, as the report says, not the caption's day: " + r);
    }

    @Test
    void officeHoldersTheKnowledgeBaseLacksAreNamedByTheirTitleAndRankSkipped() {
        EngagementReport r = Docs.only(Docs.extract("mil", "2031-03-04", "The Norwegian chief of defence, General Tomas Halvorsen, met the Danish chief of "
                + "defence, Admiral Karl Jensen, in Oslo on Monday, the ministry said."));
        assertEquals(List.of("Karl Jensen", "Tomas Halvorsen"), r.participants().stream().map(p -> String.valueOf(p.name())).sorted().toList(), r.participants().toString());
        assertEquals("chief of defence", Docs.side(r, "NOR").role());
        EngagementReport trade = Docs.only(Docs.extract("ustr", "2031-03-04", "The U.S. trade representative, Ann Carlisle, met the Brazilian foreign minister, "
                + "Paulo Mendes, in Washington on Monday, officials said."));
        assertEquals(List.of("BRA", "USA"), Docs.countries(trade));
        assertEquals("trade representative", Docs.side(trade, "USA").role());
    }

    @Test
    void onAPageOfOnePersonsOwnWordsIIsThatPerson() {
        String remarks = "The visit of the President of Brazil\nMarch 26, 2025\n[Opening statement by Prime Minister Ishiba]\n"
                + "Good evening, everyone.\nIt is my great pleasure to welcome President Lula to Japan this week.";
        EngagementReport r = one(null, remarks);
        assertEquals(List.of("BRA", "JPN"), Docs.countries(r));
        Participant speaker = r.participants().stream().filter(p -> "JPN".equals(p.country())).findFirst().orElseThrow();
        assertEquals("Shigeru Ishiba", speaker.name());
        assertTrue(speaker.evidence().text().contains("Opening statement by Prime Minister Ishiba"), "the line that says whose words they are");
        assertTrue(Docs.extract("e2", null, remarks.replace("[Opening statement by Prime Minister Ishiba]", "[Ishiba and Mirziyoyev]"))
                .engagements().isEmpty(), "no line saying whose words they are: the guest alone is no encounter");
        assertTrue(Docs.extract("e3", null, remarks.replace("Prime Minister Ishiba]", "Prime Minister Ishiba and President Mirziyoyev]"))
                .engagements().isEmpty(), "a line naming two people does not say which is the 'I'");
    }

    @Test
    void aTitleSetOffFromTheFamilyNameByACommaAFormOfAddressAndAnUnknownFirstNameStillNamesItsHolder() {
        EngagementReport r = one(null, "Chancellor Olaf Scholz held talks with the Defence Minister, Mr. Ricky Marles, in Berlin.");
        assertEquals(List.of("AUS", "DEU"), Docs.countries(r),
                "an undated page: the one Marles who was a defence minister");
        assertTrue(Docs.extract("e2", null, "Chancellor Olaf Scholz held talks in Berlin; the Defence Minister said Mr. Ricky Marles would follow.")
                .engagements().stream().noneMatch(e -> e.participants().stream().anyMatch(p -> "AUS".equals(p.country()))),
                "a title a clause away gives no one");
    }

    @Test
    void aSentenceAboutOneSideInThePluperfectAddsNoTimeToTheEncounter() {
        EngagementReport r = one(null, "During a phone conversation on Monday, Foreign Minister Yoshimasa Hayashi and Chinese Foreign Minister "
                + "Qin Gang discussed the fisheries agreement.\nJapan had held three rounds of talks on the agreement before the floods in mid-June.");
        assertEquals(new DateClue(null, null, null, DayOfWeek.MONDAY, false, null, null), r.clue(), "not June: that was before the call");
    }

    @Test
    void separateTalksWithTwoLeadersAreOneEncounterWithEach() {
        DocumentExtraction x = Docs.extract("e1", "2023-03-04", "On March 3, 2023, Prime Minister Fumio Kishida had separate talks "
                + "with French President Emmanuel Macron and German Chancellor Olaf Scholz.");
        assertEquals(List.of(List.of("DEU", "JPN"), List.of("FRA", "JPN")), x.engagements().stream()
                .map(e -> Docs.countries(e)).sorted(java.util.Comparator.comparing(Object::toString)).toList());
    }

    @Test
    void aWeekdayFollowedByItsDateIsThatDateWithTheWeekdayAsAClue() {
        EngagementReport r = one(null, "President Lula had a bilateral meeting this Tuesday, September 24, with President of France Jean Untel.");
        assertNull(r.date(), "no year on the page, and a participant whose terms the knowledge base does not know");
        assertEquals(new DateClue(null, 9, 24, DayOfWeek.TUESDAY, false, null, null), r.clue());
        EngagementReport known = one(null, "President Lula had a bilateral meeting this Tuesday, September 24, with President of France Emmanuel Macron.");
        assertEquals(java.time.LocalDate.of(2024, 9, 24), known.date().value(), "the one Tuesday, September 24 of Lula's and Macron's terms together");
    }

    @Test
    void aWeekdayInBracketsAfterTodayIsTheDaysWeekday() {
        EngagementReport r = one(null, "Oman's Foreign Minister Sayyid Badr Albusaidi met today (Thursday) with Kenyan Foreign Minister Jean Untel.");
        assertNull(r.date(), "no publication day to count 'today' from");
        assertEquals(DayOfWeek.THURSDAY, r.clue().weekday(), "'today (Thursday)': the weekday names the day");
        EngagementReport yesterday = one(null, "Oman's Foreign Minister Sayyid Badr Albusaidi met yesterday (Monday) with Kenyan Foreign Minister Jean Untel.");
        assertEquals(DayOfWeek.MONDAY, yesterday.clue().weekday());
    }

    @Test
    void onAnUndatedPageAPersonOfOfficesInTwoCountriesIsOfTheOneTheDocumentNames() {
        EngagementReport r = one(null, "António Costa met the President of Chile, Jean Untel, in Santiago on Sunday. "
                + "Costa said Portugal wanted more trade with Chile.");
        assertEquals("António Costa", side(r, "PRT").name(), "Portugal named: his Portuguese office, not the European Council's he held later");
        EngagementReport latest = one(null, "António Costa met the President of Chile, Jean Untel, in Santiago on Sunday.");
        assertEquals(List.of("CHL", "EUR"), Docs.countries(latest), "nothing names either country: the latest office, as before");
    }

    // --- places

    @Test
    void placeAfterInIsTheLocation() {
        assertEquals(new Location("Tokyo", "JPN"), value(one("2023-04-03",
                "Hayashi met Chinese Foreign Minister Qin Gang in Tokyo on Sunday.").location()));
    }

    @Test
    void capitalAsSpeakerIsNotALocation() {
        EngagementReport r = one("2023-04-03",
                "Japanese Foreign Minister Yoshimasa Hayashi spoke by phone with Chinese Foreign Minister Qin Gang on Sunday, Beijing said.");
        assertNull(r.location());
    }

    @Test
    void hyphenatedPlaceIsNotALocation() {
        EngagementReport r = one("2023-04-03",
                "Tokyo-based Japanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang on Sunday.");
        assertNull(r.location());
    }

    @Test
    void venueGivesItsCity() {
        EngagementReport r = one("2023-03-11", Docs.fixture("venue.txt"));
        assertEquals(new Location("Paris", "FRA"), value(r.location()));
    }

    // --- people

    @Test
    void familyNameAloneResolvedByTheDay() {
        EngagementReport r = one("2018-01-29", "Foreign Minister Kono met Foreign Minister Wang Yi in Beijing on Sunday.");
        assertEquals("taro-kono", side(r, "JPN").personId());
        assertEquals("Taro Kono", side(r, "JPN").name());
    }

    @Test
    void ambiguousFamilyNameWithoutDayIsNobody() {
        assertTrue(Docs.extract("e1", null, "Foreign Minister Kono met Foreign Minister Wang Yi in Beijing.").engagements().isEmpty());
    }

    @Test
    void familyNameResolvedByAFullNameElsewhere() {
        DocumentExtraction x = Docs.extract("e1", null, """
                Taro Kono arrived in Beijing.
                Kono met Wang Yi in Beijing.
                """);
        assertEquals("taro-kono", side(Docs.only(x), "JPN").personId());
    }

    @Test
    void officeOnTheDayOfTheEngagement() {
        EngagementReport r = one("2019-09-12", "Defense Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on September 11.");
        assertEquals("defence minister", side(r, "JPN").role());
        EngagementReport before = one("2019-09-11", "Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on September 10.");
        assertEquals("foreign minister", side(before, "JPN").role());
    }

    @Test
    void personOutOfOfficeKeepsTheirCountryAndTakesTheRoleTheTextGives() {
        EngagementReport r = one("2023-04-03", "Foreign Minister Taro Kono met Mr. Qin Gang in Tokyo on Sunday.");
        Participant kono = side(r, "JPN");
        assertEquals("taro-kono", kono.personId());
        assertEquals("foreign minister", kono.role(), "not in office that day: the role is the text's");
        assertEquals("qin-gang", side(r, "CHN").personId());
    }

    @Test
    void secretaryOfStateImpliesTheUnitedStates() {
        EngagementReport r = one("2022-07-10",
                "U.S. Secretary of State Antony Blinken met State Councilor and Foreign Minister Wang Yi on Saturday.");
        assertEquals("antony-blinken", side(r, "USA").personId());
        assertEquals("wang-yi", side(r, "CHN").personId());
        assertEquals(d("2022-07-09"), value(r.date()));
    }

    @Test
    void actorsAreCameoGovernmentCodes() {
        EngagementReport r = one("2022-07-10", "Antony Blinken met Wang Yi on Saturday.");
        assertEquals(List.of("USAGOV", "CHNGOV"), r.participants().stream().map(Participant::actor).toList());
    }

    // --- several engagements in one document

    @Test
    void secondEngagementIsMentioned() {
        DocumentExtraction x = Docs.extract("two", "2023-04-03", Docs.fixture("two-engagements.txt"));
        assertEquals(2, x.engagements().size());
        EngagementReport first = x.engagements().get(0);
        EngagementReport second = x.engagements().get(1);
        assertEquals(0, first.ordinal());
        assertEquals("reports", first.relation());
        assertEquals("qin-gang", side(first, "CHN").personId());
        assertEquals(d("2023-04-02"), value(first.date()));
        assertEquals(1, second.ordinal());
        assertEquals("mentions", second.relation());
        assertEquals("park-jin", side(second, "KOR").personId());
        assertEquals("phone", value(second.format()));
        assertEquals(d("2023-03-03"), value(second.date()));
    }

    @Test
    void reportsAreOrderedByFirstSentence() {
        DocumentExtraction x = Docs.extract("two", "2023-04-03", Docs.fixture("two-engagements.txt"));
        assertTrue(x.engagements().get(0).evidence().get(0).start() < x.engagements().get(1).evidence().get(0).start());
    }

    // --- vote

    @Test
    void voteTakesTheMostGivenDate() {
        Evidence e = new Evidence("x", 0, 1, "x");
        List<Sourced<java.time.LocalDate>> dates = List.of(Sourced.of(d("2023-04-01"), e), Sourced.of(d("2023-04-02"), e),
                Sourced.of(d("2023-04-02"), e));
        assertEquals(d("2023-04-02"), Sourced.mostCommon(dates).value());
    }

    @Test
    void voteTieTakesTheFirst() {
        Evidence e = new Evidence("x", 0, 1, "x");
        assertEquals(d("2023-04-01"), Sourced.mostCommon(List.of(Sourced.of(d("2023-04-01"), e),
                Sourced.of(d("2023-04-02"), e))).value());
    }

    @Test
    void voteOfNothingIsNull() {
        assertNull(Sourced.mostCommon(List.of()));
    }

    @Test
    void sourcedOfNullIsNull() {
        assertNull(Sourced.of(null, new Evidence("x", 0, 1, "x")));
    }
}
