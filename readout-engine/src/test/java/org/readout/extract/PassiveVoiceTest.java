package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.knowledge.Cues;
import org.readout.pipeline.ProcessedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.only;

/** Acts told in the passive, on an invented readout: who does them. */
class PassiveVoiceTest {
    private static final Cues CUES = Cues.load(null);
    private static final ProcessedDocument TALKS = Readouts.process("passive.txt", """
            Presidents hold talks in Tashkent

            On 5 March 2024, President Shavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev in Tashkent.
            Issues of a strategic partnership between Uzbekistan and Kazakhstan were considered.
            Also discussed were humanitarian issues regarding the situation in Afghanistan.
            Special attention was paid to the issue of water management.
            Special attention was given to transport corridors to the sea.
            The sides discussed the prospects of the railway project.
            They also mulled over how to attract investment into the textile industry.
            Tokayev was briefed by Mirziyoyev on the new investment law.
            Mirziyoyev was invited to visit Astana.
            Mirziyoyev briefed his counterpart on the outcome of his visit to China.
            """);

    private static List<String> speakers(StatementReport s) {
        return s.speakers().stream().map(Speaker::country).sorted().toList();
    }

    @Test
    void anAgentlessPassiveIsDoneByBothSides() {
        for (String start : List.of("Issues of a strategic partnership", "Also discussed were", "Special attention was paid",
                "Special attention was given", "The sides discussed", "They also mulled over")) {
            StatementReport s = only(TALKS, start);
            assertEquals(List.of("KAZ", "UZB"), speakers(s), start);
            assertEquals("CONSULT", s.type(), start);
        }
    }

    @Test
    void theOneNamedAfterByDoesTheAct() {
        StatementReport s = only(TALKS, "Tokayev was briefed by Mirziyoyev");
        assertEquals(List.of("UZB"), speakers(s));
        assertEquals("KAZ", s.target());
        assertEquals("CONSULT", s.type());
    }

    @Test
    void aPersonAsTheSubjectOfAnAgentlessPassiveReceivesTheActFromTheOtherSide() {
        StatementReport s = only(TALKS, "Mirziyoyev was invited");
        assertEquals(List.of("KAZ"), speakers(s));
        assertEquals("UZB", s.target());
    }

    @Test
    void theActiveVoiceIsUnchanged() {
        StatementReport s = only(TALKS, "Mirziyoyev briefed his counterpart");
        assertEquals(List.of("UZB"), speakers(s));
        assertEquals("KAZ", s.target());
    }

    @Test
    void voiceIsReadFromTheWordsAroundTheAct() {
        String discussed = "Regional issues were also discussed.";
        assertTrue(Passive.of(CUES, discussed, discussed.indexOf("discussed"), discussed.indexOf(".")) != null);
        String briefed = "Tokayev was briefed by Mirziyoyev on trade.";
        assertEquals(briefed.indexOf("Mirziyoyev"), Passive.of(CUES, briefed, briefed.indexOf("briefed"), briefed.indexOf(" by")).agentFrom());
        String active = "Tokayev discussed trade.";
        assertNull(Passive.of(CUES, active, active.indexOf("discussed"), active.indexOf(" trade")));
        String held = "Talks were held.";
        assertTrue(Passive.of(CUES, held, held.indexOf("held"), held.indexOf(".")) != null, "an irregular participle of cues.tsv");
    }

    @Test
    void aUsersParticipleReadsThePassive(@TempDir Path dir) throws IOException {
        String sought = "Closer cooperation was sought.";
        int start = sought.indexOf("sought");
        assertNull(Passive.of(CUES, sought, start, sought.indexOf(".")));
        Files.writeString(dir.resolve("cues.tsv"), "participle\tsought\n");
        assertTrue(Passive.of(Cues.load(dir), sought, start, sought.indexOf(".")) != null);
    }

    @Test
    void theAuxiliariesOfCuesTsvAreReadWhereTheirRowsSay(@TempDir Path dir) throws IOException {
        String after = "Also discussed were trade issues.";
        int at = after.indexOf("discussed");
        int end = at + "discussed".length();
        assertTrue(Passive.of(CUES, after, at, end) != null, "'were' after the participle");
        String present = "Also discussed are trade issues.";
        assertNull(Passive.of(CUES, present, at, end), "'are' is read before a participle and inside an act, not after one");
        String got = "Closer cooperation got discussed.";
        int gotAt = got.indexOf("discussed");
        assertNull(Passive.of(CUES, got, gotAt, got.indexOf(".")));
        Files.writeString(dir.resolve("cues.tsv"), "auxiliary\tgot\tbefore\nauxiliary-adverb\tagain\n");
        Cues mine = Cues.load(dir);
        assertTrue(Passive.of(mine, got, gotAt, got.indexOf(".")) != null, "a user's auxiliary");
        String again = "Trade was again discussed.";
        assertNull(Passive.of(CUES, again, again.indexOf("discussed"), again.indexOf(".")));
        assertTrue(Passive.of(mine, again, again.indexOf("discussed"), again.indexOf(".")) != null, "a user's word between");
    }
}
