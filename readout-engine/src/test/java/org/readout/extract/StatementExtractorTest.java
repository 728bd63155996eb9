package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.assertEvidenceInCleanText;
import static org.readout.extract.Readouts.byVerb;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.on;
import static org.readout.extract.Readouts.only;

/** Issues, wordings, evidence and ids of the statements read from whole documents. */
class StatementExtractorTest {
    private static final ProcessedDocument JPN_CALL = Readouts.fixture("call-jpn.txt");
    private static final ProcessedDocument CHN_CALL = Readouts.fixture("call-chn.txt");
    private static final ProcessedDocument NEWS = Readouts.fixture("call-news.txt");
    private static final ProcessedDocument BEIJING = Readouts.fixture("meeting-beijing.txt");
    private static final ProcessedDocument BUSAN = Readouts.fixture("meeting-busan.txt");
    private static final ProcessedDocument BALI = Readouts.fixture("meeting-bali.txt");
    private static final List<ProcessedDocument> ALL = List.of(JPN_CALL, CHN_CALL, NEWS, BEIJING, BUSAN, BALI);

    @Test
    void aConcernAboutThreeIssuesIsThreeStatementsInTheOrderOfTheText() {
        List<StatementReport> concern = in(JPN_CALL, "1. Minister Hayashi expressed serious concerns");
        assertEquals(List.of("east-china-sea", "military-activities", "hong-kong"),
                concern.stream().map(s -> s.issue().id()).toList());
        assertEquals(List.of("East China Sea and the Senkaku (Diaoyu) Islands", "Military activities and build-up", "Hong Kong"),
                concern.stream().map(s -> s.issue().label()).toList());
        assertEquals(1, concern.stream().map(StatementReport::evidence).distinct().count(), "one sentence");
        assertEquals(3, concern.stream().map(StatementReport::id).distinct().count(), "one id per issue");
        for (StatementReport s : concern) {
            assertTrue(s.issue().fromTaxonomy());
            assertNull(s.wording(), "neutral words are no side's wording");
        }
        assertEquals("territory", concern.get(0).issue().category());
    }

    @Test
    void anAgreementIsOneActEvenOnTwoIssues() {
        List<StatementReport> concurred = in(JPN_CALL, "4. The two ministers concurred");
        assertEquals(1, concurred.size(), concurred.toString());
    }

    @Test
    void chinasWordingNamesTheFukushimaIssue() {
        StatementReport polluted = byVerb(CHN_CALL, "Qin Gang expressed grave concern", "expressed grave concern");
        assertEquals("fukushima-water", polluted.issue().id());
        assertEquals("nuclear-polluted water", polluted.wording());
        assertEquals("Discharge of treated water from the Fukushima Daiichi nuclear power station", polluted.issue().label());
        assertEquals("environment", polluted.issue().category());

        StatementReport contaminated = on(NEWS, "Hayashi urged China to lift", "fukushima-water");
        assertEquals("nuclear-contaminated water", contaminated.wording());
    }

    @Test
    void japansWordingNamesTheSameIssue() {
        StatementReport treated = only(JPN_CALL, "3. Minister Hayashi explained");
        assertEquals("fukushima-water", treated.issue().id());
        assertEquals("ALPS-treated water", treated.wording());
    }

    @Test
    void aWordingOfATerritoryIsKeptWithItsIssue() {
        StatementReport diaoyu = only(CHN_CALL, "Qin Gang stated China's solemn position on Diaoyu Dao");
        assertEquals("east-china-sea", diaoyu.issue().id());
        assertEquals("Diaoyu Dao and its affiliated islands", diaoyu.wording());
        assertEquals("asked the Japanese side to", diaoyu.verb());
    }

    @Test
    void anIssueTheTaxonomyLacksIsLabelledFromTheText() {
        StatementReport s = only(BALI, "Secretary Blinken raised concerns about the PRC's alignment with Russia");
        assertEquals("unclassified", s.issue().id());
        assertEquals("PRC's alignment with Russia", s.issue().label());
        assertEquals("unclassified", s.issue().category());
        assertFalse(s.issue().fromTaxonomy());
        assertNull(s.wording());
        assertEquals("ACCUSE", s.type());
        assertEquals("110", s.cameo());

        ProcessedDocument orchids = Readouts.process("bali-orchids.txt", Readouts.text("meeting-bali.txt")
                + "\nSecretary Blinken expressed concern over the handling of rare orchid exports from the region.\n");
        StatementReport o = only(orchids, "Secretary Blinken expressed concern over the handling");
        assertEquals("unclassified", o.issue().id());
        assertEquals("handling of rare orchid exports from the region", o.issue().label());
    }

    @Test
    void theCountryTheActsOwnWordsNameIsItsTargetACapitalForItsCountry() {
        ProcessedDocument d = Readouts.process("bali-pyongyang.txt", Readouts.text("meeting-bali.txt")
                + "\nSecretary Blinken called on Pyongyang to return to dialogue.\n");
        assertEquals("PRK", only(d, "Secretary Blinken called on Pyongyang").target());
    }

    /** An invented readout, written on April 5, 2023, of a meeting in Tokyo on April 3, 2023, and then {@code rest}. */
    private static ProcessedDocument tokyo(String fileName, String rest) {
        return Readouts.process(fileName, "April 5, 2023\n\nForeign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang "
                + "in Tokyo on April 3, 2023.\n" + rest);
    }

    @Test
    void actsOfAnotherDayTheSentenceNamesAreNotTheEngagements() {
        ProcessedDocument d = tokyo("tokyo-hotline.txt", "Minister Hayashi expressed serious concern over the detention of a Japanese national.\n"
                + "In talks held on January 23, 2023, the two ministers agreed to set up a defence hotline.\n");
        assertEquals("110", only(d, "Minister Hayashi expressed").cameo());
        assertTrue(Readouts.in(d, "In talks held on January 23").isEmpty());
    }

    @Test
    void anActDoneInAnEarlierEncounterNamedAfterItIsThatEncountersNotALaterPlanItTalksOf() {
        ProcessedDocument d = tokyo("tokyo-earlier.txt", "Qin renewed his invitation to Hayashi during their phone talks on February 2, 2023.\n"
                + "Minister Hayashi condemned the detention of a Japanese national in their meeting in Tokyo.\n"
                + "The two ministers agreed to hold further talks in Beijing in May 2023.\n");
        assertTrue(Readouts.in(d, "Qin renewed his invitation").isEmpty(), "the invitation was renewed in the February call");
        assertEquals("ACCUSE", only(d, "Minister Hayashi condemned").type(), "an encounter named after the act with no earlier day");
        assertEquals("AGREE", only(d, "The two ministers agreed").type(), "talks to come are what was agreed");
    }

    @Test
    void anEarlierEncounterDatedOnlyByItsMonthOrYearIsStillEarlier() {
        ProcessedDocument d = tokyo("tokyo-month.txt", "Qin renewed his invitation to Hayashi during their phone talks in October 2022.\n"
                + "Hayashi first raised the fisheries dispute in their first meeting in 2021.\n"
                + "Minister Hayashi condemned the detention of a Japanese national in their meeting in April 2023.\n");
        assertTrue(Readouts.in(d, "Qin renewed his invitation").isEmpty(), "October 2022 ends before the meeting");
        assertTrue(Readouts.in(d, "Hayashi first raised").isEmpty(), "2021 ends before the meeting");
        assertEquals("ACCUSE", only(d, "Minister Hayashi condemned").type(), "April 2023 holds the meeting's day");
    }

    @Test
    void aDayTheCalendarDoesNotHaveNamesNoEarlierEncounterAndLosesNoPage() {
        ProcessedDocument d = tokyo("tokyo-feb30.txt", "Qin renewed his invitation to Hayashi during their phone talks on February 30, 2022.\n"
                + "Minister Hayashi condemned the detention of a Japanese national.\n");
        assertEquals("ACCUSE", only(d, "Minister Hayashi condemned").type());
    }

    @Test
    void anActInAClauseOfAnEarlierTimeIsNotTheEngagements() {
        ProcessedDocument d = tokyo("tokyo-since.txt", "The meeting marks 45 years since the fisheries treaty between the two countries was signed in Tokyo.\n"
                + "A coast guard hotline opened on Friday, 16 years after the two governments first agreed on it.\n"
                + "Since that meeting, the two ministers agreed to open a hotline between the coast guards.\n");
        assertTrue(Readouts.in(d, "The meeting marks 45 years").isEmpty(), "signed 45 years ago");
        assertTrue(Readouts.in(d, "A coast guard hotline opened").isEmpty(), "agreed 16 years ago");
        assertEquals("AGREE", only(d, "Since that meeting").type(), "a comma closes the clause of the earlier time");
    }

    @Test
    void whatASideSaysToldInThePerfectIsAPositionTakenBefore() {
        ProcessedDocument d = tokyo("tokyo-perfect.txt", "Beijing, which is expanding its ties with Moscow, has criticized the fisheries pact of Japan and Korea.\n"
                + "Minister Qin criticized the fisheries pact of Japan and Korea at the meeting.\n"
                + "The two ministers have agreed to open a hotline between the coast guards.\n");
        assertTrue(Readouts.in(d, "Beijing, which is expanding").isEmpty(), "a criticism in the perfect is background");
        assertEquals("ACCUSE", only(d, "Minister Qin criticized").type());
        assertEquals("AGREE", only(d, "The two ministers have agreed").type(), "news tells the encounter's agreement in the perfect");
    }

    @Test
    void whatASideStatesItWishesToDoIsItsIntentNotActsOfItsOwn() {
        ProcessedDocument d = tokyo("tokyo-wish.txt", "The two ministers stated their wish to put the fisheries dialogue back in motion.\n");
        assertEquals(List.of("AGREE"), Readouts.in(d, "The two ministers stated").stream().map(StatementReport::type).toList(),
                "'back in motion' (PETRARCH: a proposal) is what they wish, not a second act");
    }

    @Test
    void theDayOfABackgroundOpeningPhraseIsNotTheActs() {
        ProcessedDocument d = tokyo("tokyo-background.txt", "Following the return of both ambassadors in January 2023, the two ministers agreed to resume the fisheries dialogue.\n"
                + "Building on the fisheries accord signed in Beijing, China, on February 1, 2023, the two ministers agreed to expand quotas.\n"
                + "After talks held on January 23, 2023, the two ministers agreed to set up a defence hotline.\n");
        assertEquals("AGREE", only(d, "Following the return").type());
        assertEquals("AGREE", only(d, "Building on the fisheries accord").type());
        assertTrue(Readouts.in(d, "After talks held on January 23").isEmpty(), "an opening phrase that names another encounter tells of its day");
    }

    @Test
    void courtesiesAreOneIssueOfTheirOwn() {
        ProcessedDocument d = Readouts.process("bali-thanks.txt", Readouts.text("meeting-bali.txt")
                + "\nSecretary Blinken offered congratulations on the successful summit and voiced gratitude for the hospitality.\n");
        StatementReport s = only(d, "Secretary Blinken offered congratulations");
        assertEquals("courtesy", s.issue().id());
        assertEquals("courtesy", s.issue().category());
    }

    @Test
    void aStatementWithNoIssueHasNone() {
        StatementReport s = only(CHN_CALL, "Qin Gang said that China and Japan are close neighbors");
        assertNull(s.issue());
        assertEquals("010", s.cameo());
    }

    @Test
    void evidenceIsTheCleanedSentenceAtItsOffsets() {
        for (ProcessedDocument d : ALL) {
            assertFalse(d.extraction().statements().isEmpty(), d.document().source());
            for (StatementReport s : d.extraction().statements()) {
                assertEvidenceInCleanText(d, s);
                assertEquals(d.document().id(), s.document());
                assertEquals(0, s.engagementOrdinal());
                assertTrue(d.sentences().stream().anyMatch(x -> x.start() == s.evidence().start() && x.end() == s.evidence().end()),
                        "evidence is one whole sentence: " + s.evidence());
            }
        }
        StatementReport demand = only(JPN_CALL, "2. Minister Hayashi strongly called for");
        assertEquals("2. Minister Hayashi strongly called for the prompt lifting of import restrictions on Japanese food products.",
                demand.evidence().text());
        int at = JPN_CALL.document().text().indexOf(demand.evidence().text());
        assertEquals(at, demand.evidence().start());
        assertEquals(at + demand.evidence().text().length(), demand.evidence().end());
    }

    @Test
    void theVerbIsWordsOfTheSentence() {
        for (ProcessedDocument d : ALL) {
            for (StatementReport s : d.extraction().statements()) {
                assertTrue(s.evidence().text().contains(s.verb()), s.verb() + " not in " + s.evidence().text());
                if (s.wording() != null) assertTrue(s.evidence().text().contains(s.wording()), s.toString());
            }
        }
    }

    @Test
    void idsAreUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        for (ProcessedDocument d : ALL) {
            for (StatementReport s : d.extraction().statements()) {
                assertTrue(s.id().matches("st-[0-9a-f]{12}"), s.id());
                assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            }
        }
        ProcessedDocument again = Readouts.fixture("call-jpn.txt");
        assertEquals(JPN_CALL.extraction().statements(), again.extraction().statements());
    }

    @Test
    void noEngagementNoStatements() {
        ProcessedDocument d = Readouts.process("no-engagement.txt", """
                Minister Hayashi expressed serious concerns regarding the situation in Hong Kong.

                Minister Hayashi strongly called for the prompt lifting of import restrictions on Japanese food products.
                """);
        assertTrue(d.extraction().engagements().isEmpty(), d.extraction().engagements().toString());
        assertEquals(List.of(), d.extraction().statements());
    }

    @Test
    void theDocumentsGiveTheStatementsExpectedOfThem() {
        assertEquals(7, JPN_CALL.extraction().statements().size(), JPN_CALL.extraction().statements().toString());
        assertEquals(5, CHN_CALL.extraction().statements().size(), CHN_CALL.extraction().statements().toString());
        assertEquals(4, NEWS.extraction().statements().size(), NEWS.extraction().statements().toString());
    }

    @Test
    void aRecalledSummitTakesNoStatementsAfterTheSentenceThatNamesIt() {
        ProcessedDocument d = Readouts.process("recalled-summit.txt", """
                Japan-Korea Foreign Ministers' Meeting

                On June 5, 2023, Foreign Minister Yoshimasa Hayashi held a meeting with Foreign Minister Park Jin of the Republic of Korea in Tokyo.

                Minister Hayashi said he would work closely with Minister Park, as agreed at the Japan-ROK Summit Meeting on March 16.

                Minister Hayashi expressed serious concern over North Korea's missile launches. The two ministers agreed to strengthen cooperation on supply chains.
                """);
        List<StatementReport> all = d.extraction().statements();
        assertTrue(all.stream().anyMatch(s -> s.evidence().text().contains("missile launches")), all.toString());
        for (StatementReport s : all) {
            if (s.evidence().text().contains("missile") || s.evidence().text().contains("supply chains")) {
                assertEquals(0, s.engagementOrdinal(), "said in the meeting reported, not at the summit recalled: " + s.evidence().text());
            }
        }
    }

    @Test
    void anInvitationToVisitIsAnActOfTheCallNotAMeetingOnItsDay() {
        for (String invitation : List.of("Modi invited Lula to make an early visit to India.", "Modi also invited Lula to make an early visit to India.")) {
            ProcessedDocument d = Readouts.process("invitation.txt", """
                    PM speaks with President of Brazil

                    New Delhi, 7 August 2025

                    Prime Minister Narendra Modi spoke today on the phone with President Luiz Inacio Lula da Silva of Brazil.

                    """ + invitation + "\n");
            var engagements = d.extraction().engagements();
            assertTrue(engagements.stream().noneMatch(e -> "held".equals(Docs.value(e.status())) && "in_person".equals(Docs.value(e.format()))),
                    "an invitation is no meeting held: " + engagements);
            assertTrue(engagements.stream().filter(e -> "planned".equals(Docs.value(e.status()))).allMatch(e -> e.date() == null),
                    "a visit invited to does not take the call's day: " + engagements);
            List<StatementReport> requests = d.extraction().statements().stream()
                    .filter(s -> s.evidence().text().contains("invited") && s.engagementOrdinal() == 0 && s.cameo().startsWith("02")).toList();
            assertEquals(1, requests.size(), "the invitation is an appeal made in the call: " + d.extraction().statements());
        }
    }

    @Test
    void aSentenceFullOfNamesIsNoHeadline() {
        ProcessedDocument d = Readouts.process("names.txt", """
                On November 13, 2019, Prime Minister Narendra Modi met President Jair Bolsonaro in Brasilia.

                Prime Minister Modi congratulated President Bolsonaro on Brazil's successful BRICS Presidency.

                Prime Minister Modi thanked President Bolsonaro on behalf of India for the BRICS Summit hosted by Brazil.
                """);
        List<StatementReport> all = d.extraction().statements();
        assertTrue(all.stream().anyMatch(s -> s.evidence().text().contains("congratulated") && s.engagementOrdinal() == 0
                && "051".equals(s.cameo())), "capitalised like a headline, ended like a sentence: " + all);
        assertTrue(all.stream().anyMatch(s -> s.evidence().text().contains("thanked") && s.engagementOrdinal() == 0),
                "thanks for a summit are given in this meeting: " + all);
    }

    @Test
    void aVietnameseMinisterIsCalledByHisGivenName() {
        ProcessedDocument d = Readouts.process("given-name.txt", """
                On April 14, 2022, Chinese Foreign Minister Wang Yi held a phone call with Vietnamese Foreign Minister Bui Thanh Son.
                Son congratulated China on its achievements in socio-economic development over the past year.
                """);
        assertTrue(d.extraction().statements().stream().anyMatch(s -> s.evidence().text().startsWith("Son congratulated")
                && s.speakers().size() == 1 && "VNM".equals(s.speakers().get(0).country())), d.extraction().statements().toString());
    }

    @Test
    void theWritersOwnReadingIsNoActOfEitherSide() {
        ProcessedDocument d = Readouts.process("hedged.txt", """
                On June 5, 2023, Foreign Minister Yoshimasa Hayashi held a meeting with Foreign Minister Park Jin of the Republic of Korea in Tokyo.
                In many ways, the two sides seem to agree on what the relevant issues are, but they are still talking past each other.
                The two ministers agreed to strengthen cooperation on supply chains.
                """);
        List<StatementReport> all = d.extraction().statements();
        assertTrue(all.stream().noneMatch(s -> s.evidence().text().contains("seem to agree")), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.evidence().text().contains("agreed to strengthen")), all.toString());
    }
}
