package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiplomaticPatternsTest {
    private static final Inflection INFLECTION = Inflection.load(null);

    static List<String> forms(String word) {
        List<String> out = new ArrayList<>();
        for (String[] s : DiplomaticPatterns.alternatives(word, INFLECTION)) out.add(String.join(" ", s));
        return out;
    }

    @Test
    void shippedFileLoadsWithinTheIntendedSize() {
        DiplomaticPatterns d = DiplomaticPatterns.load();
        assertTrue(d.size() >= 150 && d.size() <= 800, "patterns: " + d.size() + " (rows for fourteen languages)");
        assertEquals("express~|voice~|convey~ * concern~", d.patterns().get(0).pattern());
        assertEquals("110", d.patterns().get(0).cameo());
    }

    @Test
    void everyCodeIsAValid11b3Code() {
        EventCoder coder = EventCoder.load();
        Set<String> bad = new TreeSet<>();
        for (DiplomaticPatterns.DiplomaticPattern p : DiplomaticPatterns.load().patterns())
            if (!p.codesNothing() && coder.find(p.cameo()).isEmpty()) bad.add(p.line() + ":" + p.cameo());
        assertEquals(Set.of(), bad);
    }

    @Test
    void coversTheSpeechActFamiliesOfReadouts() {
        EventCoder coder = EventCoder.load();
        Set<String> roots = new TreeSet<>();
        Set<PloverType> types = new TreeSet<>();
        for (DiplomaticPatterns.DiplomaticPattern p : DiplomaticPatterns.load().patterns()) {
            if (p.codesNothing()) continue;
            EventCode c = coder.code(p.cameo());
            roots.add(c.rootCode());
            if (c.ploverType() != null) types.add(c.ploverType());
        }
        assertTrue(roots.containsAll(Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13")), roots.toString());
        assertTrue(types.containsAll(Set.of(PloverType.AGREE, PloverType.CONSULT, PloverType.SUPPORT, PloverType.REQUEST,
                PloverType.ACCUSE, PloverType.REJECT, PloverType.THREATEN)), types.toString());
    }

    @Test
    void tildeMeansAnyRegularInflection() {
        assertEquals(List.of("express", "expresses", "expressed", "expressing"), forms("express~"));
        assertTrue(forms("concern~").containsAll(List.of("concern", "concerns")));
        assertTrue(forms("hold~").contains("held"));
        assertTrue(forms("concur~").containsAll(List.of("concurred", "concurring", "concurs")));
        assertTrue(forms("apply~").containsAll(List.of("applies", "applied", "applying")));
        assertEquals(List.of("requested", "requesting"), forms("requested|requesting"));
        assertEquals(List.of("follow up"), forms("follow-up"));
    }

    @Test
    void rejectsMalformedRows() {
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("* urge~\t020\tx")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("urge~ *\t020\tx")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("urge~ * * to\t020\tx")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("Urge~\t020\tx")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("urge~\t20x\tx")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("urge~")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("ur~ge\t020")));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("urge~\t020", "urge~\t025")));
        DiplomaticPatterns ok = DiplomaticPatterns.parse(List.of("# comment", "", "urge~ * to\t020"));
        assertEquals(1, ok.size());
        assertEquals("", ok.patterns().get(0).note());
        assertEquals(List.of("urge~", "*", "to"), ok.patterns().get(0).words());
        assertEquals(3, ok.patterns().get(0).line());
    }

    @Test
    void aUsersFileAddsPatternsAndRecodesShippedOnes(@TempDir Path dir) throws IOException {
        String first = DiplomaticPatterns.load().patterns().get(0).pattern();
        Files.writeString(dir.resolve("diplomatic-patterns.tsv"), "frown~ upon\t111\tinvented\n" + first + "\t112\n");
        DiplomaticPatterns user = DiplomaticPatterns.load(dir);
        assertEquals(DiplomaticPatterns.load().size() + 1, user.size());
        assertEquals("112", user.patterns().get(0).cameo(), "the shipped pattern keeps its place with the user's code");
        assertEquals("frown~ upon", user.patterns().get(user.size() - 1).pattern());
        SpeechActLexicon lexicon = SpeechActLexicon.load(dir);
        assertEquals(List.of("111"), lexicon.find("The minister frowned upon the launch.").stream().map(SpeechActMatch::cameo).toList());
        assertEquals(List.of(), SpeechActLexicon.bundled().find("The minister frowned upon the launch.").stream()
                .filter(m -> "111".equals(m.cameo())).toList());
    }

    @Test
    void aUsersMalformedRowNamesItsFileAndADuplicateInOneFileIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("diplomatic-patterns.tsv"), "frown~ upon\t111\nFrown~\t111\n");
        String message = assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.load(dir)).getMessage();
        assertTrue(message.startsWith(dir.resolve("diplomatic-patterns.tsv") + ":2: patterns are lower case"), message);
        Files.writeString(dir.resolve("diplomatic-patterns.tsv"), "frown~ upon\t111\nfrown~ upon\t112\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.load(dir)).getMessage().contains("duplicate pattern"));
    }

    @Test
    void commitmentsCourtesiesAndProposalsWordedAsThePressOfManyCountriesWordsThem() {
        String[][] sentenceAndCode = {
                {"The presidents committed themselves to deepening the ties.", "030"},
                {"He conveyed Norland's commitment to a constructive partnership.", "030"},
                {"She expressed her interest in cooperation in sports.", "030"},
                {"He proposed expanding cooperation to new areas.", "030"},
                {"The two ministers exchanged felicitations over the new year.", "051"},
                {"He gave his warmest birthday greetings to the president.", "051"},
                {"The minister advised that such rhetoric is best avoided.", "020"},
                {"She shared with him her expectation that trade will grow.", "020"},
                {"The leaders reviewed topical developments in the region.", "040"},
                {"They positively assessed the outcomes of the consultations.", "051"},
                {"They signed a joint cooperation framework.", "057"},
                {"Three memoranda of understanding were signed on culture.", "057"}};
        assertEachCoded(sentenceAndCode);
    }

    @Test
    void talksConcernsAndExchangesAsNewsRetellsThem() {
        String[][] sentenceAndCode = {
                {"They spoke about cooperation between the two countries.", "040"},
                {"The two leaders confirmed that they have grave concerns over the situation in the delta.", "110"},
                {"The two ministers had exchanges in regard to the fisheries dispute.", "040"},
                {"The President restated his commitment to the strategic partnership.", "030"},
                {"The minister restated her full support for the island nation.", "051"},
                {"The meeting also covered significant regional issues.", "040"},
                {"During the call they also addressed the war on the border.", "040"},
                {"The presidents made a decision to continue new contacts.", "030"},
                {"The minister shared his appreciation for the deployment of the engineers.", "051"}};
        assertEachCoded(sentenceAndCode);
        assertFalse(SpeechActLexicon.bundled().find("They will continue working closely to address shared challenges.").stream()
                .map(SpeechActMatch::cameo).toList().contains("040"), "to address challenges is to tackle them, not to talk of them");
        assertEquals(List.of("010"), SpeechActLexicon.bundled().find("She spoke of the need to reform the council.").stream()
                .map(SpeechActMatch::cameo).toList(), "speaking of a need is a statement, not a talk");
    }

    /** Each sentence's acts include the code beside it. */
    private static void assertEachCoded(String[][] sentenceAndCode) {
        for (String[] sc : sentenceAndCode) {
            List<String> codes = SpeechActLexicon.bundled().find(sc[0]).stream().map(SpeechActMatch::cameo).toList();
            assertTrue(codes.contains(sc[1]), sc[0] + " -> " + codes);
        }
    }

    @Test
    void withoutAUsersFileTheSharedLexiconIsUsed(@TempDir Path dir) {
        assertSame(SpeechActLexicon.bundled(), SpeechActLexicon.load(dir));
    }
}
