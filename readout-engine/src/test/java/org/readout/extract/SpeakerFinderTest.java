package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.BLINKEN;
import static org.readout.extract.Readouts.HAYASHI;
import static org.readout.extract.Readouts.KAMIKAWA;
import static org.readout.extract.Readouts.QIN;
import static org.readout.extract.Readouts.WANG;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.on;
import static org.readout.extract.Readouts.only;

/** Who speaks: a named participant, both sides, a side, a pronoun, a colon line, a quotation, clauses and compounds. */
class SpeakerFinderTest {
    private static final ProcessedDocument JPN_CALL = Readouts.fixture("call-jpn.txt");
    private static final ProcessedDocument NEWS = Readouts.fixture("call-news.txt");
    private static final ProcessedDocument BEIJING = Readouts.fixture("meeting-beijing.txt");
    private static final ProcessedDocument BUSAN = Readouts.fixture("meeting-busan.txt");
    private static final ProcessedDocument BALI = Readouts.fixture("meeting-bali.txt");

    @Test
    void aTranscriptsSpeakerLinesGiveTheFloorAndAReporterTakesIt() {
        ProcessedDocument d = Readouts.process("transcript.txt", """
                Press Conference by Foreign Minister Hayashi
                Thursday, April 6, 2023, 4:10 p.m. Tokyo
                Mr. Yoshimasa Hayashi, Minister for Foreign Affairs: Today I held a telephone talk with Foreign Minister Qin Gang. \
                I expressed serious concern about the detention of a Japanese national.
                Reporter: Did you discuss the East China Sea?
                Minister Hayashi: Yes.
                I stressed the importance of peace and stability across the Taiwan Strait.
                Reporter: Thank you. I welcomed the new consulate last week.
                """);
        assertEquals(List.of(HAYASHI), only(d, "I expressed serious concern").speakers(), "a speaker line may give an office after the name");
        assertEquals(List.of(HAYASHI), only(d, "I stressed the importance").speakers(), "a short line gives him the floor again");
        assertEquals(List.of(), in(d, "I welcomed the new consulate"), "the reporter's 'I' is no side's");
    }

    @Test
    void heAfterASideNamedByItsCountryIsThatSidesOneParticipantWhenTheGenderFits() {
        ProcessedDocument d = Readouts.process("dinner.txt", "On December 1, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting "
                + "with H.E. Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt.\n"
                + "  1. Prime Minister Kishida stated that while Japan had welcomed the pause in fighting, it is regrettable that the fighting "
                + "has resumed.\n"
                + "He also stated that all parties must comply with international law.");
        StatementReport stated = only(d, "He also stated");
        assertEquals(List.of("JPN"), stated.speakers().stream().map(Speaker::country).toList());
    }

    @Test
    void aNamedParticipantSpeaksAloneTowardsTheOtherSide() {
        List<StatementReport> concern = in(JPN_CALL, "1. Minister Hayashi expressed serious concerns");
        assertEquals(3, concern.size(), concern.toString());
        for (StatementReport s : concern) {
            assertEquals(List.of(HAYASHI), s.speakers());
            assertEquals("CHN", s.target());
        }
    }

    @Test
    void aBareOfficeBothSidesHoldIsTheOneOfTheSideTheDocumentNamesBare() {
        ProcessedDocument d = Readouts.process("pm-pm.txt", Readouts.PM_MEETS_PM + "Prime Minister congratulated Prime Minister Starmer "
                + "on his assumption of office.\nThe Prime Minister welcomed the progress of trade talks.");
        StatementReport congratulated = only(d, "Prime Minister congratulated");
        assertEquals(List.of("IND"), congratulated.speakers().stream().map(Speaker::country).toList());
        assertEquals("GBR", congratulated.target());
        assertEquals(List.of("IND"), only(d, "The Prime Minister welcomed").speakers().stream().map(Speaker::country).toList());
    }

    @Test
    void aPronounAfterTheSentenceOfTheEncounterIsTheOneWhoHeldIt() {
        ProcessedDocument d = Readouts.process("holder.txt", "Leaders meet\n\nPrime Minister Anthony Albanese on March 3, 2024 met "
                + "his Malaysian counterpart Anwar Ibrahim in Melbourne.\n\nHe called on Malaysia to expand the scholarship programme.");
        StatementReport called = only(d, "He called on");
        assertEquals(List.of("AUS"), called.speakers().stream().map(Speaker::country).toList());
        assertEquals("MYS", called.target());
    }

    @Test
    void aPronounJoinedToANameIsTheOneNamedBeforeItInItsSentence() {
        ProcessedDocument d = Readouts.process("he-and.txt", "Leaders meet\n\nPrime Minister Anthony Albanese on March 3, 2024 met "
                + "his Malaysian counterpart Anwar Ibrahim in Melbourne.\n\nAnwar said he and Albanese had discussed the scholarship programme.");
        StatementReport discussed = in(d, "Anwar said he and Albanese had discussed").stream().filter(st -> "040".equals(st.cameo()))
                .findFirst().orElseThrow();
        assertEquals(Set.of("AUS", "MYS"), Set.copyOf(discussed.speakers().stream().map(Speaker::country).toList()),
                "'he' is Anwar, not the one who spoke last before this sentence");
    }

    @Test
    void twoOfficesEachOfItsCountryJoinedByAndAreBothSides() {
        String met = "Leaders meet\n\nPrime Minister Anthony Albanese on March 3, 2024 met his Malaysian counterpart Anwar Ibrahim in Melbourne.\n\n";
        ProcessedDocument d = Readouts.process("offices.txt", met
                + "The Prime Minister of Australia and the Prime Minister of Malaysia agreed to expand the scholarship programme.");
        assertEquals(Set.of("AUS", "MYS"), Set.copyOf(only(d, "The Prime Minister of Australia and").speakers().stream().map(Speaker::country).toList()));
        ProcessedDocument one = Readouts.process("one-office.txt", met
                + "The Prime Ministers of Australia and Malaysia agreed to expand the scholarship programme.");
        assertEquals(Set.of("AUS", "MYS"), Set.copyOf(only(one, "The Prime Ministers of Australia").speakers().stream().map(Speaker::country).toList()),
                "one office of two countries is still both sides");
    }

    @Test
    void aTitleAndFamilyNameIsTheParticipant() {
        StatementReport s = only(BALI, "Secretary Blinken raised concerns");
        assertEquals(List.of(BLINKEN), s.speakers());
        assertEquals("CHN", s.target());
    }

    /** A meeting of someone the knowledge base does not know ("Mara Quillfeather"), then what the text says of it. */
    private static ProcessedDocument withUnknownDeputy(String name, String after) {
        return Readouts.process(name, "Meeting\n\nDeputy Secretary of State Mara Quillfeather met with Lithuanian Foreign Minister "
                + "Gabrielius Landsbergis in Washington on 9 May 2022. " + after + "\n");
    }

    @Test
    void theShortOfAnOfficeTheTextGaveSomeoneTheKnowledgeBaseLacksIsThem() {
        ProcessedDocument d = withUnknownDeputy("deputy.txt", "The Deputy Secretary underscored U.S. solidarity with Lithuania.");
        StatementReport s = only(d, "The Deputy Secretary underscored");
        assertEquals(List.of("Mara Quillfeather"), s.speakers().stream().map(Speaker::name).toList(), "the office written before her name");
        assertEquals("USA", s.speakers().get(0).country());
        assertEquals("LTU", s.target());
    }

    @Test
    void theFamilyNameOfSomeoneTheKnowledgeBaseLacksIsThemAndNotAsAnObject() {
        ProcessedDocument d = withUnknownDeputy("family.txt", "Quillfeather praised Lithuania's support for Ukraine. "
                + "Landsbergis thanked Quillfeather for the visit.");
        assertEquals(List.of("Mara Quillfeather"), only(d, "Quillfeather praised").speakers().stream().map(Speaker::name).toList());
        assertEquals(List.of("LTU"), only(d, "Landsbergis thanked").speakers().stream().map(Speaker::country).toList(),
                "the one thanked is no speaker");
    }

    @Test
    void theTwoMinistersAreBothSidesWithoutATarget() {
        StatementReport s = only(JPN_CALL, "4. The two ministers concurred");
        assertEquals(Set.of(QIN, HAYASHI), Set.copyOf(s.speakers()));
        assertEquals(2, s.speakers().size());
        assertNull(s.target());
    }

    @Test
    void theChineseSideIsASideWithoutAName() {
        List<StatementReport> urged = in(BEIJING, "The Chinese side urged Japan to stop");
        assertFalse(urged.isEmpty());
        for (StatementReport s : urged) {
            assertEquals(List.of(new Speaker(null, "CHN", null)), s.speakers());
            assertEquals("JPN", s.target());
        }
    }

    @Test
    void shePointsBackToTheWomanNamedBefore() {
        StatementReport s = only(BUSAN, "She called for the immediate release");
        assertEquals(List.of(KAMIKAWA), s.speakers());
        assertEquals("CHN", s.target());
        assertEquals("detained-nationals", s.issue().id());
    }

    @Test
    void heCannotBeAWomanTheKnowledgeBaseKnows() {
        ProcessedDocument d = Readouts.process("busan-he.txt", """
                Press Releases

                Japan-China Foreign Ministers' Meeting

                November 25, 2023

                On November 25, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China, in Busan.

                Minister Kamikawa stated that Japan and China share responsibility for peace in the region.

                He called for the immediate release of the Japanese national detained in Beijing.
                """);
        assertEquals(List.of(KAMIKAWA), only(d, "Minister Kamikawa stated").speakers());
        assertEquals(List.of(), in(d, "He called for"), "'he' must not be Kamikawa");
    }

    @Test
    void aNameAndAColonSpeakForTheLineAndItsFirstPerson() {
        StatementReport colon = only(BUSAN, "Wang: I would like to work with Japan");
        assertEquals(List.of(WANG), colon.speakers());
        assertEquals("JPN", colon.target());
        assertEquals("AGREE", colon.type());

        StatementReport next = only(BUSAN, "I hope that Japan will handle the Taiwan question");
        assertEquals(List.of(WANG), next.speakers());
        assertEquals("JPN", next.target());
        assertEquals("REQUEST", next.type());
        assertEquals("taiwan", next.issue().id());
        assertEquals("Taiwan question", next.wording());
    }

    @Test
    void aQuotationIsAttributedToTheNameAfterIt() {
        StatementReport s = only(NEWS, "\"It is extremely regrettable");
        assertEquals(List.of(QIN), s.speakers());
        assertEquals("JPN", s.target());
        assertEquals("ACCUSE", s.type());
        assertEquals("extremely regrettable", s.verb());
    }

    @Test
    void whileSplitsASentenceIntoTwoSpeakers() {
        String sentence = "Hayashi urged China to lift its import restrictions";
        assertEquals(2, in(NEWS, sentence).size(), in(NEWS, sentence).toString());

        StatementReport hayashi = on(NEWS, sentence, "food-import-restrictions");
        assertEquals(List.of(HAYASHI), hayashi.speakers());
        assertEquals("CHN", hayashi.target());
        assertEquals("urged China to lift", hayashi.verb());

        StatementReport qin = on(NEWS, sentence, "fukushima-water");
        assertEquals(List.of(QIN), qin.speakers());
        assertEquals("JPN", qin.target());
        assertEquals("called on Japan to halt", qin.verb());
        assertEquals(hayashi.evidence(), qin.evidence());
    }

    @Test
    void aCompoundSubjectSpeaksTogether() {
        StatementReport s = only(BEIJING, "Hayashi and Qin pledged");
        assertEquals(List.of(HAYASHI, QIN), s.speakers());
        assertNull(s.target());
        assertEquals("AGREE", s.type());
    }

    @Test
    void aSentenceWithoutSpeakerOrActGivesNothing() {
        assertTrue(in(JPN_CALL, "On February 22, commencing at 5:00 p.m.").isEmpty(),
                "the sentence that reports the call itself holds no statement");
        assertTrue(in(NEWS, "Japan, China foreign ministers spar").isEmpty(), "the headline holds no statement");
    }

    @Test
    void aTitleInsideTheNameTheKnowledgeBaseKnowsIsThatPersonsOffice() {
        ProcessedDocument d = Readouts.process("king.txt", "President Emmanuel Macron spoke by telephone with King Abdullah II of Jordan "
                + "on Saturday, 4 June 2022.\nKing Abdullah II praised President Macron for his re-election.\n"
                + "President Macron restated his full support for Jordan.\nHe welcomed the new association council.");
        assertEquals(List.of("JOR"), only(d, "King Abdullah II praised").speakers().stream().map(Speaker::country).toList());
        assertEquals(List.of("FRA"), only(d, "He welcomed").speakers().stream().map(Speaker::country).toList());
    }
}
