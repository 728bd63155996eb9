package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.extract;
import static org.readout.extract.Docs.only;
import static org.readout.extract.Docs.value;

/** Wordings first met on pages nobody had tuned for, each on invented text. */
class UnseenPhrasingsTest {
    private static List<String> names(EngagementReport r) {
        return r.participants().stream().map(Participant::name).sorted().toList();
    }

    @Test
    void aMeetingCalledRecentIsAnotherEncounterThanTheOneAnnounced() {
        DocumentExtraction x = extract("r", "2024-03-01",
                "Building on the recent meeting between Prime Minister Kishida and President Yoon in Tokyo, tomorrow Foreign Minister "
                        + "Yoko Kamikawa will travel to Seoul to meet Foreign Minister Cho Tae-yul.");
        EngagementReport r = x.engagements().stream().filter(e -> !"mentions".equals(e.relation())).findFirst().orElseThrow();
        assertEquals(List.of("Cho Tae-yul", "Yoko Kamikawa"), names(r));
        assertEquals("planned", value(r.status()));
        assertEquals(LocalDate.of(2024, 3, 2), value(r.date()));
        assertEquals("Seoul", value(r.location()).place());
    }

    @Test
    void aVisitTheMeetingSetsTheStageForIsAnotherEncounter() {
        EngagementReport r = only(extract("s", "2025-06-03", "Swedish Foreign Minister Ana Lindqvist met Hungarian Foreign Minister Tomas Varga "
                + "in Vienna on Monday, setting the stage for Swedish President Carl Holm's upcoming visit to Budapest."));
        assertEquals(List.of("Ana Lindqvist", "Tomas Varga"), names(r));
        assertEquals("held", value(r.status()));
        assertEquals("Vienna", value(r.location()).place());
        assertEquals(LocalDate.of(2025, 6, 2), value(r.date()));
    }

    @Test
    void aFamilyNameAloneStandsForThePersonATitleIntroducedEarlier() {
        EngagementReport r = only(extract("f", "2025-05-11", "Polish Foreign Minister Anna Kowalczyk arrived in Geneva on Saturday, "
                + "where U.S. Treasury Secretary Scott Bennetton was also staying.\nKowalczyk and Bennetton were meeting in Geneva "
                + "after weeks of growing tensions.\nThe two sides discussed trade."));
        assertEquals(List.of("Anna Kowalczyk", "Scott Bennetton"), names(r));
        assertEquals("Geneva", value(r.location()).place());
    }

    @Test
    void aDiscussionSessionWithSomeoneIsAMeeting() {
        EngagementReport r = only(extract("s", null, "Cairo: Foreign Minister Badr Abdelatty held a discussion session on Monday, "
                + "February 10, with Secretary of State Marco Rubio at the Department of State.\nThe spokesperson said the session "
                + "addressed trade."));
        assertEquals(List.of("Badr Abdelatty", "Marco Rubio"), names(r));
        assertEquals(LocalDate.of(2025, 2, 10), value(r.date()), "the one Monday, February 10 in both ministers' terms");
    }

    @Test
    void theWeekdayOfADayWithoutAYearSettlesTheYear() {
        // published on Sunday 17 December 2023; 19 December was a Monday in 2022 and a Tuesday in 2023
        EngagementReport r = only(extract("r", "2023-12-17", "On Tuesday, December 19, Prime Minister Kishida meets President Yoon in Tokyo."));
        assertEquals(LocalDate.of(2023, 12, 19), value(r.date()));
        assertEquals("planned", value(r.status()));
        EngagementReport none = only(extract("n", "2023-12-17", "On Thursday, December 19, Prime Minister Kishida meets President Yoon in Tokyo."));
        assertEquals(null, value(none.date()), "no December 19 near that day was a Thursday");
    }

    @Test
    void theSpeakerOfATranscriptLineIsWhoItsFirstPersonIs() {
        DocumentExtraction x = extract("r", "2018-09-11", """
                Mr. Taro Kono, Minister for Foreign Affairs: This is my first visit in many years. Today I paid a courtesy call to Prime Minister Nguyen Xuan Phuc in Hanoi.
                Reporter: Could you tell us more?
                Minister Kono: Certainly. I also met Foreign Minister Kang Kyung-wha in Hanoi today.
                Reporter: Thank you. I spoke with Foreign Minister Kang Kyung-wha yesterday.
                """);
        List<List<String>> met = x.engagements().stream().map(UnseenPhrasingsTest::names).toList();
        assertEquals(List.of("Nguyễn Xuân Phúc", "Taro Kono"), met.get(0));
        assertEquals(List.of("Kang Kyung-wha", "Taro Kono"), met.get(1), "'Minister Kono:' gives him the floor again");
        assertEquals(2, met.size(), "the reporter's 'I' is not the minister's: " + met);
    }

    @Test
    void calledWithWhatSomeoneWasCalledIsNotACall() {
        assertEquals(List.of(), extract("r", "2020-06-05", "Australian Prime Minister Scott Morrison called Prime Minister Narendra Modi "
                + "'pioneer of technology' on Thursday.").engagements());
        assertEquals(List.of(), extract("r", "2020-06-05", "Australian Prime Minister Scott Morrison called Narendra Modi a pioneer "
                + "on Thursday.").engagements());
        EngagementReport call = only(extract("r", "2020-06-05", "Australian Prime Minister Scott Morrison called Prime Minister Narendra Modi "
                + "on Thursday to discuss trade."));
        assertEquals("phone", value(call.format()));
    }

    @Test
    void aCityIsNamedAsTheTextWritesIt() {
        String met = "President Xi Jinping held talks with President Kassym-Jomart Tokayev in %s on July 3, 2024.";
        assertEquals("Astana", value(only(extract("r", "2024-07-04", String.format(met, "Astana"))).location()).place(),
                "not the gazetteer's older name, Nur-Sultan");
        assertEquals("Washington, D.C.", value(only(extract("r", "2024-07-04", String.format(met, "Washington, D.C."))).location()).place());
        assertEquals("Washington, D.C.", value(only(extract("r", "2024-07-04", String.format(met, "WASHINGTON"))).location()).place());
        assertEquals("Brasília", value(only(extract("r", "2024-07-04", String.format(met, "Brasilia"))).location()).place(),
                "only its accents differ");
    }

    @Test
    void aPresidentElectIsTheOneWhoTookOfficeSoonAfter() {
        EngagementReport r = only(extract("r", "2015-05-23", "Prime Minister David Cameron met with President-elect Buhari of Nigeria "
                + "in London this morning."));
        Participant elect = r.participants().stream().filter(p -> "NGA".equals(p.country())).findFirst().orElseThrow();
        assertEquals("Muhammadu Buhari", elect.name());
        assertEquals("president-elect", elect.role());
        assertEquals(List.of(), extract("r", "2013-05-23", "Prime Minister David Cameron met with President-elect Buhari of Nigeria "
                + "in London this morning.").engagements().stream().filter(e -> names(e).contains("Muhammadu Buhari")).toList(),
                "two years before he took office, the title names no one known");
    }

    @Test
    void aPresidentElectInFrenchIsTheOneWhoTookOfficeSoonAfter() {
        EngagementReport r = only(extract("r", "2015-05-23", "Le président François Hollande s'est entretenu le 23 mai avec le président élu "
                + "Buhari du Nigeria."));
        assertTrue(r.participants().stream().anyMatch(p -> "Muhammadu Buhari".equals(p.name()) && "NGA".equals(p.country())), r.participants().toString());
    }

    @Test
    void theOfficesOfAMeetingOfThreeAttendedAreNotWhomOneMet() {
        DocumentExtraction x = extract("r", "2022-02-12", "On February 12, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, "
                + "who is visiting Honolulu, U.S. to attend the Japan-U.S.-ROK Foreign Ministers' Meeting, held a Japan-ROK Foreign "
                + "Ministers' Meeting with H.E. Mr. Chung Eui-yong, Minister of Foreign Affairs of the Republic of Korea.");
        List<List<String>> met = x.engagements().stream().map(UnseenPhrasingsTest::names).toList();
        assertEquals(List.of(List.of("Chung Eui-yong", "Yoshimasa Hayashi")), met, "no meeting with the U.S. foreign minister: " + met);
        DocumentExtraction a = extract("a", "2022-02-12", "Foreign Minister Chung Eui-yong met his Japanese counterpart Yoshimasa Hayashi, "
                + "who is in Honolulu to attend an ROK-Japan-U.S. Foreign Ministers' Meeting.");
        assertEquals(List.of(List.of("Chung Eui-yong", "Yoshimasa Hayashi")), a.engagements().stream().map(UnseenPhrasingsTest::names).toList());
    }

    @Test
    void whoIsNamedInWhatWasSaidBeforeTheVerbOfSayingDidNotTakePart() {
        DocumentExtraction x = extract("r", "2025-06-15", "Israeli Prime Minister Benjamin Netanyahu was trying to set the region on fire, "
                + "said Turkish President Tayyip Erdogan while talking with his Iranian counterpart Masoud Pezeshkian in a phone call on Saturday.");
        List<List<String>> met = x.engagements().stream().map(UnseenPhrasingsTest::names).toList();
        assertEquals(List.of(List.of("Masoud Pezeshkian", "Recep Tayyip Erdoğan")), met);
    }

    @Test
    void aDayToldBeforeAVerbOfSayingIsTheTellingsNotTheEncounters() {
        EngagementReport r = only(extract("r", "2023-03-28", "On Monday, the ministry announced that Foreign Minister Hayashi and "
                + "Foreign Minister Qin Gang will meet during the spring festival."));
        assertEquals("planned", value(r.status()));
        assertEquals(null, value(r.date()), "not the Monday after, nor the one before");
    }

    @Test
    void aMeetingThatMayTakePlaceIsPlanned() {
        EngagementReport r = only(extract("r", "2023-12-15", "Prime Minister Kishida may meet President Yoon in Tokyo next week."));
        assertEquals("planned", value(r.status()));
    }

    @Test
    void aWeekdayWithItsDayOfTheMonthInBracketsIsThatDay() {
        EngagementReport r = only(extract("r", "2023-03-03", "Prime Minister Kishida spoke this Thursday (2nd), by video call, with President Yoon."));
        assertEquals(LocalDate.of(2023, 3, 2), value(r.date()));
    }

    @Test
    void todayInAReleaseRepublishedADayLaterIsTheReleasesOwnDay() {
        String release = "Press Release: New Zealand Government\n\n%s\n\nPrime Minister Christopher Luxon today met Prime Minister "
                + "Lee Hsien Loong in Singapore to discuss trade.";
        EngagementReport r = only(extract("r", "2024-04-16", String.format(release, "15 April 2024")));
        assertEquals(LocalDate.of(2024, 4, 15), value(r.date()));
        EngagementReport old = only(extract("o", "2024-04-16", String.format(release, "2 April 2024")));
        assertEquals(LocalDate.of(2024, 4, 16), value(old.date()), "a date line weeks before is not the day of the text");
        EngagementReport impossible = only(extract("i", "2024-03-01", String.format(release, "30.02.2024")));
        assertEquals(LocalDate.of(2024, 3, 1), value(impossible.date()), "a date line of no real day is not read, and the page still is");
    }

    @Test
    void todayInAStoryIsItsDatelinesDayWhicheverLaterDayThePageIsStamped() {
        EngagementReport r = only(extract("w", "2021-02-24", "OTTAWA, ON, Feb. 23, 2021 /CNW/ - The Prime Minister of Canada, "
                + "Justin Trudeau, today met with the President of the United States of America, Joe Biden, during a bilateral meeting."));
        assertEquals(LocalDate.of(2021, 2, 23), value(r.date()), "'today met ... during a bilateral meeting': one meeting, the dateline's day");
        EngagementReport yearless = only(extract("y", "2021-02-24", "Munich, Feb. 23 (Jiji Press)--Foreign Minister Toshimitsu Motegi "
                + "today met Secretary of State Marco Rubio."));
        assertEquals(LocalDate.of(2021, 2, 23), value(yearless.date()));
    }

    @Test
    void aMeetingSlatedForAWeekdayAfterTheNamesOfItsPeopleIsStillToCome() {
        EngagementReport r = only(extract("s", "2025-03-21",
                "A meeting between President Luiz Inacio Lula da Silva and Japanese Prime Minister Shigeru Ishiba is slated for Wednesday."));
        assertEquals("planned", value(r.status()));
        assertEquals(LocalDate.of(2025, 3, 26), value(r.date()));
    }

    @Test
    void agreeingInACallIsATelephoneTalk() {
        EngagementReport r = only(extract("c", "2024-03-06",
                "Defence Secretary Lloyd Austin and Defence Minister Richard Marles agreed in a call on Monday to speed up the submarine programme."));
        assertEquals("phone", value(r.format()));
        assertEquals(LocalDate.of(2024, 3, 4), value(r.date()));
        assertEquals(List.of("Lloyd Austin", "Richard Marles"), names(r));
    }

    @Test
    void aTeleconferenceHeldBetweenThreeLeadersIsOneVideoTalk() {
        EngagementReport r = only(extract("t", "2024-03-06", "A teleconference was held yesterday between Foreign Minister Penny Wong, "
                + "Foreign Minister Winston Peters and Foreign Minister Yoko Kamikawa."));
        assertEquals("video", value(r.format()));
        assertEquals(LocalDate.of(2024, 3, 5), value(r.date()));
        assertEquals(3, r.participants().size());
    }

    @Test
    void aConversationWithACounterpartIsATalk() {
        EngagementReport r = only(extract("v", "2024-03-06",
                "On Tuesday, Foreign Minister Penny Wong held a conversation with Foreign Minister Winston Peters."));
        assertEquals(LocalDate.of(2024, 3, 5), value(r.date()));
        assertEquals(List.of("Penny Wong", "Winston Peters"), names(r));
    }

    @Test
    void namesListedInAnAsideAtTheEndOfTheSentenceStayInIt() {
        DocumentExtraction x = extract("t", "2024-04-12",
                "Foreign Minister Penny Wong held a bilateral meeting with Foreign Minister Yoko Kamikawa on Thursday in Tokyo "
                        + "ahead of the trilateral meeting between President Ferdinand Marcos Jr., Prime Minister Fumio Kishida, and President Joe Biden.");
        EngagementReport r = x.engagements().get(0);
        assertEquals(List.of("Penny Wong", "Yoko Kamikawa"), names(r));
    }

    @Test
    void theDayOfASummitTheEncounterCameAheadOfIsNotItsDay() {
        // published on Saturday 19 April 2031
        EngagementReport r = only(extract("s", "2031-04-19", """
                Foreign Minister Penny Wong and Foreign Minister Yoko Kamikawa held a conversation over the phone on Friday.
                The telephone conversation came days ahead of the virtual summit of the East Asia forum, hosted by Japan on April 28.
                """));
        assertEquals(LocalDate.of(2031, 4, 18), value(r.date()), "the summit's day, told after a comma, is still the summit's");
        assertEquals("held", value(r.status()));
        EngagementReport undated = only(extract("u", null, """
                Foreign Minister Penny Wong and Foreign Minister Yoko Kamikawa held a conversation over the phone on Friday.
                The telephone conversation came days ahead of the virtual summit of the East Asia forum, hosted by Japan on April 28.
                """));
        assertEquals(java.time.DayOfWeek.FRIDAY, undated.clue().weekday());
        assertEquals(null, undated.clue().month(), "on an undated page the summit's day is no clue to the call's: " + undated.clue());
    }

    @Test
    void aDateInSquareBracketsNamesTheDayOfThisAfternoon() {
        EngagementReport r = only(extract("b", "2031-02-17",
                "Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa in Canberra this afternoon [16 February]."));
        assertEquals(LocalDate.of(2031, 2, 16), value(r.date()), "the editor's bracket names the day, not the publication day");
    }

    @Test
    void aFinnishMeetingWithANameInTheGenitive() {
        EngagementReport r = only(extract("f", "2025-10-07",
                "Presidentti Alexander Stubb tapaavat Donald Trumpin Valkoisessa talossa torstaina 9. lokakuuta 2025."));
        assertEquals(List.of("Alexander Stubb", "Donald Trump"), names(r), "'Trumpin' is Trump, 'tapaavat' a meeting");
        assertEquals(LocalDate.of(2025, 10, 9), value(r.date()));
    }

    @Test
    void wordsThatCameAfterAMeetingReportThatMeeting() {
        EngagementReport r = only(extract("w", "2024-04-19", """
                Foreign Minister Penny Wong reiterated her support on Friday for a ceasefire.
                Wong's words came after a two-hour meeting with Foreign Minister Yoko Kamikawa in Tokyo.
                Foreign Minister Winston Peters did not attend.
                """));
        assertEquals(List.of("Penny Wong", "Yoko Kamikawa"), names(r), "the one whose words came after the meeting was in it, a third person named or not");
        assertEquals("held", value(r.status()));
        assertTrue(extract("c", "2024-04-19", "The call came after a two-hour meeting with Foreign Minister Yoko Kamikawa in Tokyo.")
                .engagements().stream().noneMatch(e -> !"mentions".equals(e.relation())), "a call's coming after a meeting leaves the meeting another one");
    }

    @Test
    void whileHostingOrAfterWelcomingAGuestIsAnEncounterHeld() {
        EngagementReport r = only(extract("h", "2025-02-24", "Defense Secretary Pete Hegseth today highlighted the partnership "
                + "while hosting Saudi Defense Minister Prince Khalid bin Salman at the Pentagon."));
        assertEquals(List.of("Khalid bin Salman Al Saud", "Pete Hegseth"), names(r));
        assertEquals("held", value(r.status()));
    }

    @Test
    void anAsideInsideAnOpeningPhraseEndsWithItsClause() {
        DocumentExtraction x = extract("t", "2024-10-24", "In a bilateral meeting on Tuesday before the summit, President Luiz Inacio "
                + "Lula da Silva and Foreign Minister Mauro Vieira briefed President Cyril Ramaphosa about the elections.");
        EngagementReport r = x.engagements().get(0);
        assertEquals(List.of("Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Mauro Vieira"), names(r).stream().sorted().toList());
    }

    @Test
    void aSentenceOnlyAboutAnEarlierMeetingAddsNothingToTheOneReported() {
        EngagementReport r = only(extract("l", null, """
                Foreign Minister Penny Wong held a bilateral meeting with Foreign Minister Yoko Kamikawa on Thursday in Tokyo.
                The last time the two ministers met was in December of last year.
                """));
        assertEquals(java.time.DayOfWeek.THURSDAY, r.clue().weekday());
        assertEquals(null, r.clue().month(), "December is the month of the earlier meeting");
        assertEquals(1, r.evidence().size(), r.evidence().toString());
    }

    @Test
    void aDayWithoutAYearAtASummitInACountryTakesTheOnlyEditionHeldThereAroundThatDay() {
        EngagementReport r = only(extract("g", null, """
                Leaders attending the G7 summit in Canada sought a rare meeting with President Donald Trump, and Prime Minister Mark Carney used the opportunity to praise him.
                The two leaders held a bilateral meeting on the morning of June 16.
                """));
        assertEquals(LocalDate.of(2025, 6, 16), value(r.date()));
        assertEquals("CAN", value(r.location()).country());
        assertEquals("51st G7 summit", value(r.occasion()));
    }

    @Test
    void aDayThatTwoEditionsCouldHoldLeavesTheYearUnknown() {
        EngagementReport r = only(extract("g", null, """
                Leaders attending the G7 summit sought a rare meeting with President Donald Trump, and Prime Minister Mark Carney used the opportunity to praise him.
                The two leaders held a bilateral meeting on the morning of June 16.
                """));
        assertEquals(null, r.date(), "the 2025 and 2026 summits were both held around June 16 while both were in office");
        assertEquals(null, r.occasion());
    }

    @Test
    void aDateRightBeforeAnotherKindOfEncounterIsThatEncountersDay() {
        EngagementReport r = only(extract("d", "2023-06-02", "The White House confirmed the phone conversation between President Joe Biden "
                + "and Prime Minister Narendra Modi, held to prepare the Indian leader’s June 21 visit."));
        assertEquals("phone", value(r.format()));
        assertEquals(null, r.date(), "June 21 is the day of the visit, not of the call");
        EngagementReport summit = only(extract("s", "2023-06-02", "Prime Minister Narendra Modi phoned President Joe Biden before "
                + "the June 21 leaders’ summit."));
        assertEquals(null, summit.date());
        EngagementReport own = only(extract("o", "2023-06-02", "President Joe Biden will host Prime Minister Narendra Modi for a June 21 visit."));
        assertEquals(LocalDate.of(2023, 6, 21), value(own.date()), "the sentence's own encounter keeps its day");
    }

    @Test
    void theVisitBeingPreparedIsAnotherEncounterThanTheTalkThatPreparedIt() {
        DocumentExtraction x = extract("p", "2023-05-26", """
                President Joe Biden and Prime Minister Narendra Modi discussed on Friday preparations for the Indian leader’s visit to Washington next month.
                The White House confirmed the phone conversation in a statement, saying Biden and Modi discussed the bilateral agenda.
                """);
        EngagementReport r = x.engagements().stream().filter(e -> "reports".equals(e.relation())).findFirst().orElseThrow();
        assertEquals("held", value(r.status()), x.engagements().toString());
        assertEquals("phone", value(r.format()));
        assertEquals(List.of(), x.engagements().stream().filter(e -> !"mentions".equals(e.relation()) && "planned".equals(value(e.status())))
                .toList(), "the visit is only being prepared");
    }

    @Test
    void theLedeNamesTheEncounterReportedBeforeAnotherIsTold() {
        DocumentExtraction x = extract("l", "2024-03-09", """
                Foreign Minister Yoko Kamikawa and Secretary of State Antony Blinken on Saturday agreed to prepare closely for the coming summit of their leaders.
                Prime Minister Fumio Kishida is slated to hold talks with President Joe Biden at the White House in April.
                At a meeting in Munich, Kamikawa and Blinken also discussed the situation in the Middle East.
                """);
        EngagementReport lead = x.engagements().get(0);
        assertEquals(List.of("Antony Blinken", "Yoko Kamikawa"), names(lead));
        assertEquals("reports", lead.relation());
    }

    @Test
    void bilateralSpelledWithAHyphenStillJoinsItsMedium() {
        EngagementReport r = only(extract("v", "2020-12-17", "Prime Minister Narendra Modi on Thursday held a virtual bi-lateral summit "
                + "with Prime Minister Sheikh Hasina."));
        assertEquals("video", value(r.format()));
    }

    @Test
    void aMinisterOfNationalDefenseIsADefenceMinister() {
        EngagementReport r = only(extract("n", "2021-10-06", "Secretary of Defense Lloyd Austin met with the Korean Minister of National "
                + "Defense at the Pentagon on Wednesday."));
        assertEquals(List.of("KOR defence minister", "USA defence minister"), r.participants().stream()
                .map(p -> p.country() + " " + p.role()).sorted().toList());
    }

    @Test
    void aDateInParenthesesAfterAWeekdayNamesItsDay() {
        EngagementReport r = only(extract("p", "2023-08-17", "President Joe Biden had a telephone conversation with Prime Minister "
                + "Fumio Kishida on Wednesday afternoon (Aug. 16)."));
        assertEquals(LocalDate.of(2023, 8, 16), value(r.date()));
        EngagementReport wrong = only(extract("w", "2023-08-17", "President Joe Biden had a telephone conversation with Prime Minister "
                + "Fumio Kishida on Thursday afternoon (Aug. 16)."));
        assertEquals(null, wrong.date(), "no August 16 near that day was a Thursday");
    }

    @Test
    void theTenseOfWhatIsQuotedIsNotTheEncounters() {
        DocumentExtraction x = extract("q", "2023-08-17", "“Our partnership will only grow stronger,” President Joe Biden said on "
                + "Wednesday following his telephone conversation with Prime Minister Fumio Kishida.");
        EngagementReport r = only(x);
        assertEquals("held", value(r.status()));
        EngagementReport planned = only(extract("p", "2023-08-17", "“We will hold a telephone conversation next week,” President Joe Biden "
                + "said of Prime Minister Fumio Kishida."));
        assertEquals("planned", value(planned.status()), "the quotation tells of its own engagement word");
    }

    @Test
    void aCallToSomeoneIsAPhoneCallAndABareNameHoldsTheOfficeItsTitleGivesElsewhere() {
        DocumentExtraction x = extract("c", null, """
                Kallas makes first call to prime minister of Finland
                Prime Minister Kaja Kallas thanked her neighbours for their support.
                """);
        EngagementReport r = x.engagements().get(0);
        assertEquals("phone", value(r.format()));
        assertEquals(List.of("EST head of government", "FIN head of government"), r.participants().stream()
                .map(p -> p.country() + " " + p.role()).sorted().toList(), "on an undated page, the office her title gives, not a later one");
    }

    @Test
    void spokeOnTelephoneIsACallAndTheVisitItRecallsIsNotWhereTheySpoke() {
        DocumentExtraction x = extract("t", "2020-04-09", """
                Prime Minister Narendra Modi spoke on telephone today with H.E. Moon Jae-in, President of the Republic of Korea.
                Prime Minister Modi warmly recalled his visit to the Republic of Korea last year, and expressed satisfaction at the close ties.
                """);
        EngagementReport r = x.engagements().get(0);
        assertEquals("phone", value(r.format()));
        assertEquals(LocalDate.of(2020, 4, 9), value(r.date()));
        assertEquals(null, r.location(), "the visit recalled is not where they spoke");
    }

    @Test
    void negotiationsBegunOrHeldAreAnEncounter() {
        EngagementReport r = only(extract("n", "2024-05-12", "Foreign Minister of Azerbaijan Jeyhun Bayramov and Foreign Minister "
                + "of Armenia Ararat Mirzoyan began negotiations in Geneva on Friday."));
        assertEquals(List.of("Ararat Mirzoyan", "Jeyhun Bayramov"), names(r));
        assertEquals("Geneva", value(r.location()).place());
    }

    @Test
    void aSpanishCallTakesItsDayFromWordsInsideTheTriggerAndItsFormatFromATelephoneCommunication() {
        EngagementReport r = only(extract("es", "2020-04-14", "El presidente Alberto Fernández conversó este mediodía con su par "
                + "chileno, Sebastián Piñera, sobre la agenda regional. Durante la comunicación telefónica, ambos mandatarios "
                + "destacaron el vínculo personal."));
        assertEquals(List.of("Alberto Fernández", "Sebastián Piñera"), names(r));
        assertEquals(LocalDate.parse("2020-04-14"), value(r.date()));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void spokeWithInOtherLanguagesIsACallUnlessTheSentencePlacesThem() {
        EngagementReport r = only(extract("it", "2024-01-12", "Il ministro degli Esteri Antonio Tajani ha parlato con il segretario "
                + "di Stato Antony Blinken della situazione nel Mar Rosso."));
        assertEquals(List.of("Antonio Tajani", "Antony Blinken"), names(r).stream().sorted().toList());
        assertEquals("phone", value(r.format()));
        assertEquals("phone", value(only(extract("de", "2024-01-12", "Außenministerin Annalena Baerbock sprach mit ihrem "
                + "Amtskollegen Antony Blinken über die Lage im Nahen Osten.")).format()));
    }

    @Test
    void anEarlierEncounterToldWithSeveralAdjectivesIsStillAnAside() {
        EngagementReport r = only(extract("adj", "2024-04-18", "Prime Minister Christopher Luxon met President Ferdinand Marcos Jr. "
                + "today, following their short but really constructive meeting with Prime Minister Anthony Albanese."));
        assertEquals(List.of("Christopher Luxon", "Ferdinand Marcos Jr."), names(r).stream().sorted().toList());
    }

    @Test
    void aPlaceTheNextWordsPutInAnEarlierMonthIsNotWhereTheEncounterWasHeld() {
        EngagementReport r = only(extract("past", "2024-04-18", "President Ferdinand Marcos Jr., recalling their dinner in Melbourne "
                + "last month, met Prime Minister Christopher Luxon today."));
        assertEquals(null, r.location());
    }

    @Test
    void aOneWordNameThatReportsTheStoryIsTheOutletNotAParticipant() {
        EngagementReport r = only(extract("outlet", "2024-12-27", "On December 27, Ilham Aliyev, President of the Republic of Azerbaijan, "
                + "made a phone call to Kassym-Jomart Tokayev, President of the Republic of Kazakhstan, Newsline reports."));
        assertEquals(List.of("Ilham Aliyev", "Kassym-Jomart Tokayev"), names(r).stream().sorted().toList());
    }

    @Test
    void theDayToldRightAfterTheEncounterReferredBackToIsItsDay() {
        EngagementReport r = only(extract("when", null, """
                President Kassym-Jomart Tokayev proposed Astana as a venue during a telephone conversation with President Ilham Aliyev.
                In the conversation that took place on September 9, Tokayev congratulated Aliyev on the elections.
                """));
        assertEquals(9, r.clue().month());
        assertEquals(9, r.clue().day());
        EngagementReport later = only(extract("clause", null, """
                President Kassym-Jomart Tokayev proposed Astana as a venue during a telephone conversation with President Ilham Aliyev.
                In the conversation, which recalled the treaty of September 9, Tokayev congratulated Aliyev on the elections.
                """));
        assertEquals(null, later.clue().day(), "a day in another clause is not the encounter's");
    }

    @Test
    void theNamedDialogueHeldOnADayBeforeTheSentenceOfWhoMetGivesItsDay() {
        EngagementReport r = only(extract("dialogue", "2023-03-04", """
                The Sixth Japan-Australia Foreign and Strategic Dialogue was held in Tokyo on March 3, 2023.
                Foreign Minister Yoshimasa Hayashi and Foreign Minister Penny Wong met to exchange views on regional issues.
                """));
        assertEquals(java.time.LocalDate.of(2023, 3, 3), value(r.date()), "not the day of publication");
        assertEquals(new Location("Tokyo", "JPN"), value(r.location()), "the dialogue held in Tokyo is the meeting");
        EngagementReport consultations = only(extract("consultations", "2023-03-04", """
                The fourth round of Japan-Australia consultations were held in Canberra on March 3, 2023.
                Foreign Minister Yoshimasa Hayashi and Foreign Minister Penny Wong met to exchange views on regional issues.
                """));
        assertEquals(new Location("Canberra", "AUS"), value(consultations.location()));
    }

    @Test
    void tomorrowInALineAfterAnUndatedLeadIsOfSomethingStillToCome() {
        EngagementReport r = only(extract("tomorrow", "2023-06-06", """
                Prime Minister Giorgia Meloni met President Kais Saied in Tunis.
                Tomorrow, Meloni will address the Italian Senate on migration.
                """));
        assertNotEquals(java.time.LocalDate.of(2023, 6, 7), r.date() == null ? null : r.date().value(), "not the day after the page's");
        EngagementReport yesterday = only(extract("yesterday", "2023-06-06", """
                Prime Minister Giorgia Meloni met President Kais Saied in Tunis.
                Yesterday, Meloni also spoke about migration.
                """));
        assertEquals(java.time.LocalDate.of(2023, 6, 5), value(yesterday.date()), "a day before the page's still dates the lead");
    }

    @Test
    void whoImposedWhatTheVisitComesAmidIsNoParticipant() {
        EngagementReport r = only(extract("imposed", "2025-03-28", "Defense Secretary Pete Hegseth met Defense Secretary Gilberto Teodoro "
                + "in Manila on Friday, a meeting that comes as Washington exempts the Philippines from the aid freeze imposed by US President Donald Trump."));
        assertEquals(List.of("Gilberto Teodoro", "Pete Hegseth"), names(r).stream().sorted().toList(), "'imposed by', 'comes as': of another event");
    }

    @Test
    void anEncounterInAClauseOfAnEarlierTimeWithItsSubjectNamedInFullIsAnotherOne() {
        DocumentExtraction x = extract("since", "2024-11-20", """
                Defence Minister Rajnath Singh met his Chinese counterpart, Admiral Dong Jun, in Vientiane on Wednesday.
                It is also the first meeting since Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of a summit.
                """);
        assertEquals(1, x.engagements().stream().filter(e -> e.relation().equals("reports")).count(), x.engagements().toString());
        assertEquals(List.of("Dong Jun", "Rajnath Singh"), names(x.engagements().get(0)).stream().sorted().toList());
    }

    @Test
    void aDayInAClauseOfAnEarlierTimeIsNotTheEncounters() {
        EngagementReport r = only(extract("since", "2022-07-12", "Foreign Minister Yoshimasa Hayashi and Foreign Secretary Enrique Manalo "
                + "held phone talks, their first since Manalo assumed his post after the inauguration on June 30."));
        assertEquals(null, value(r.date()), "June 30 is the day of the inauguration");
    }
}
