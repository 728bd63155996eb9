package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.countries;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.process;

/** Sentence shapes of readouts that once gave the wrong speaker, code or target, each in an invented text. */
class ReadoutShapesTest {
    private static final ProcessedDocument CALL = process("shapes-call.txt", """
            Japan-U.S. Foreign Ministers' Telephone Talk
            March 3, 2022
            On March 3, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States.
            1. Foreign Minister Hayashi, pointing to recent incidents involving personnel of the U.S. Forces in Japan, pressed the U.S. side hard to enforce strict discipline among its personnel.
            2. On North Korea, Minister Hayashi said that its repeated ballistic missile launches threaten the peace and stability of Japan and of the region.
            3. Secretary Blinken condemned the launches and underscored that the U.S. commitment to the defense of Japan remains ironclad.
            4. The ministers agreed to keep working closely together, as agreed by the two leaders at the Japan-U.S. Summit Meeting in January.
            """);

    private static final ProcessedDocument PLAN = process("shapes-plan.txt", """
            Kamikawa to visit Canberra
            TOKYO, June 14, 2024 -- Japanese Foreign Minister Yoko Kamikawa intends to visit Canberra next week for talks with her Australian counterpart Penny Wong, the ministry said on Friday.
            Kamikawa said she would raise the security situation in the East China Sea during the visit.
            """);

    private static final ProcessedDocument VISIT = process("shapes-visit.txt", """
            Chancellor receives Polish Prime Minister
            Berlin, 12 February 2024 - Federal Chancellor Olaf Scholz received Polish Prime Minister Donald Tusk at the Chancellery in Berlin today.
            Scholz called any weakening of the alliance's mutual defence commitment irresponsible and dangerous for all of Europe.
            He said that Russia's war against Ukraine is a threat to peace across the continent.
            """);

    @Test
    void whoPressesIsTheSubjectBeforeTheParticipleNotTheForcesItMentions() {
        List<StatementReport> got = in(CALL, "1. Foreign Minister Hayashi, pointing");
        assertFalse(got.isEmpty(), "a statement is read");
        for (StatementReport s : got) assertEquals(Set.of("JPN"), countries(s), "the pressed side is not a speaker: " + got);
        assertTrue(got.stream().anyMatch(s -> "REQUEST".equals(s.type()) && s.cameo().startsWith("10") && "USA".equals(s.target())));
    }

    @Test
    void activitiesThatThreatenThePeaceAreAnAccusationOfTheirAuthor() {
        List<StatementReport> got = in(CALL, "2. On North Korea");
        assertTrue(got.stream().anyMatch(s -> "ACCUSE".equals(s.type()) && "PRK".equals(s.target())
                && countries(s).equals(Set.of("JPN"))), "accuses North Korea: " + got);
        assertTrue(got.stream().noneMatch(s -> "THREATEN".equals(s.type())), "nobody threatens anyone: " + got);
    }

    @Test
    void anIroncladCommitmentIsSupportBesideTheCondemnation() {
        List<StatementReport> got = in(CALL, "3. Secretary Blinken condemned");
        assertTrue(got.stream().anyMatch(s -> "ACCUSE".equals(s.type())), got.toString());
        assertTrue(got.stream().anyMatch(s -> "SUPPORT".equals(s.type()) && "JPN".equals(s.target())
                && countries(s).equals(Set.of("USA"))), "supports Japan: " + got);
    }

    @Test
    void anAgreementNowIsKeptWhenTheSentenceEndsByRecallingASummit() {
        List<StatementReport> got = in(CALL, "4. The ministers agreed");
        assertEquals(1, got.size(), got.toString());
        assertEquals("AGREE", got.get(0).type());
        assertEquals(Set.of("JPN", "USA"), countries(got.get(0)));
    }

    @Test
    void anAnnouncedVisitIsTheVisitorsActOfConsulting() {
        List<StatementReport> got = in(PLAN, "TOKYO, June 14, 2024");
        assertTrue(got.stream().anyMatch(s -> "CONSULT".equals(s.type()) && countries(s).equals(Set.of("JPN"))
                && "AUS".equals(s.target())), got.toString());
    }

    @Test
    void callingSomethingIrresponsibleIsCriticism() {
        List<StatementReport> got = in(VISIT, "Scholz called any weakening");
        assertTrue(got.stream().anyMatch(s -> "ACCUSE".equals(s.type()) && "111".equals(s.cameo())), got.toString());
    }

    @Test
    void aThreatToPeaceAccusesTheCountryNamedAsItsAuthor() {
        List<StatementReport> got = in(VISIT, "He said that Russia");
        assertTrue(got.stream().anyMatch(s -> "ACCUSE".equals(s.type()) && "RUS".equals(s.target())
                && countries(s).equals(Set.of("DEU"))), got.toString());
    }

    private static final ProcessedDocument PAIR = process("shapes-pair.txt", """
            Seoul, March 16, 2023 - President Yoon Suk Yeol held a summit with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.
            President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday to resume regular visits between the two leaders.
            Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Yoshimasa Hayashi on March 16 by phone.
            The Secretary and the Foreign Minister reaffirmed their commitment to the complete denuclearization of North Korea.
            Foreign Minister Yoshimasa Hayashi and Secretary of State Antony Blinken agreed to keep coordinating closely on Ukraine.
            """);

    @Test
    void aNameAfterItsTitleIsOneSpeakerSoTwoJoinedByAndSpeakTogether() {
        List<StatementReport> got = in(PAIR, "President Yoon Suk Yeol and Japanese");
        assertFalse(got.isEmpty());
        for (StatementReport s : got) assertEquals(Set.of("JPN", "KOR"), countries(s), got.toString());
    }

    @Test
    void twoHoldersOfOneOfficeJoinedByAndAreBothSides() {
        List<StatementReport> got = in(PAIR, "The Secretary and the Foreign Minister");
        assertFalse(got.isEmpty());
        for (StatementReport s : got) assertEquals(Set.of("JPN", "USA"), countries(s), got.toString());
    }

    @Test
    void aNameAfterATitleWithOfIsNoObjectOfThatOf() {
        List<StatementReport> got = in(PAIR, "Foreign Minister Yoshimasa Hayashi and Secretary of State");
        assertFalse(got.isEmpty());
        for (StatementReport s : got) assertEquals(Set.of("JPN", "USA"), countries(s), got.toString());
    }
}
