package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InflectionTest {
    private static final Inflection BUNDLED = Inflection.load(null);

    @Test
    void regularVerbForms() {
        assertEquals(List.of("urge", "urges", "urged", "urging"), List.copyOf(BUNDLED.verbForms("urge")));
        assertEquals(List.of("agree", "agrees", "agreed", "agreeing"), List.copyOf(BUNDLED.verbForms("agree")));
        assertEquals(List.of("deny", "denies", "denied", "denying"), List.copyOf(BUNDLED.verbForms("deny")));
        assertEquals(List.of("discuss", "discusses", "discussed", "discussing"), List.copyOf(BUNDLED.verbForms("discuss")));
        assertTrue(BUNDLED.verbForms("stop").containsAll(List.of("stopped", "stopping", "stops")));
        assertTrue(BUNDLED.verbForms("visit").containsAll(List.of("visited", "visiting")));
        assertTrue(BUNDLED.verbForms("convey").containsAll(List.of("conveys", "conveyed", "conveying")));
        assertTrue(BUNDLED.verbForms("veto").containsAll(List.of("vetoes", "vetoed", "vetoing")));
        assertTrue(BUNDLED.verbForms("tie").contains("tying"));
    }

    @Test
    void irregularVerbsAndPlurals() {
        assertTrue(BUNDLED.verbForms("meet").contains("met"));
        assertTrue(BUNDLED.verbForms("seek").contains("sought"));
        assertTrue(BUNDLED.verbForms("withdraw").containsAll(List.of("withdrew", "withdrawn")));
        assertEquals("concerns", Inflection.plural("concern"));
        assertEquals("sympathies", Inflection.plural("sympathy"));
        assertEquals("crashes", Inflection.plural("crash"));
        assertEquals("days", Inflection.plural("day"));
        assertTrue(BUNDLED.anyForm("protest").containsAll(List.of("protests", "protested", "protesting")));
    }

    @Test
    void aUsersVerbsAddFormsAndAreMatched(@TempDir Path dir) throws IOException {
        assertFalse(BUNDLED.verbForms("uphold").contains("upheld"));
        Files.writeString(dir.resolve("irregular-verbs.tsv"), "uphold\tupheld\nseek\tseeked\n");
        Inflection user = Inflection.load(dir);
        assertTrue(user.verbForms("uphold").contains("upheld"));
        assertTrue(user.verbForms("seek").containsAll(List.of("sought", "seeked")), "a bundled verb keeps its forms");
        Files.writeString(dir.resolve("diplomatic-patterns.tsv"), "uphold~ * ceasefire\t057\tinvented\n");
        String sentence = "Both sides upheld the ceasefire.";
        assertEquals(List.of("057"), SpeechActLexicon.load(dir).find(sentence).stream().map(SpeechActMatch::cameo).toList());
        Files.delete(dir.resolve("irregular-verbs.tsv"));
        assertEquals(List.of(), SpeechActLexicon.load(dir).find(sentence).stream().map(SpeechActMatch::cameo).toList(),
                "without the user's verb, only 'uphold', 'upholds', 'upholded', 'upholding'");
    }

    @Test
    void aRomanceInfinitiveGivesItsThirdPersonFormsAndParticiples() {
        assertTrue(BUNDLED.conjugated("abordar").containsAll(List.of("abordar", "abordó", "abordaron", "aborda", "abordado", "abordou", "abordaram")));
        assertTrue(BUNDLED.conjugated("comprometer").containsAll(List.of("comprometió", "comprometieron", "comprometeu", "comprometido")));
        assertTrue(BUNDLED.conjugated("ribadire").containsAll(List.of("ribadito", "ribadì", "ribadirono")), "the longest ending, -ire, not -re");
        assertTrue(BUNDLED.conjugated("évoquer").containsAll(List.of("évoqué", "évoquée", "évoquèrent")));
    }

    @Test
    void aUsersEndingsAddSuffixes(@TempDir Path dir) throws IOException {
        assertFalse(BUNDLED.conjugated("abordar").contains("abordamos"));
        Files.writeString(dir.resolve("verb-endings.tsv"), "ar\tamos\tSpanish first person plural\n");
        assertTrue(Inflection.load(dir).conjugated("abordar").containsAll(List.of("abordamos", "abordó")));
    }

    @Test
    void aWordOfAScriptWithCliticsTakesThemInsteadOfEndings(@TempDir Path dir) throws IOException {
        assertTrue(BUNDLED.conjugated("شكر").containsAll(List.of("شكر", "وشكر", "شكرت", "شكرا", "وشكروا", "شكره", "فشكرها")));
        assertFalse(BUNDLED.conjugated("شكر").contains("شكري"), "a suffix the file does not give");
        assertTrue(BUNDLED.conjugated("abordar").stream().allMatch(f -> f.startsWith("abord")), "Latin words keep their endings");
        Files.writeString(dir.resolve("clitics.tsv"), "DEVANAGARI\t\tए\n");
        assertTrue(Inflection.load(dir).conjugated("देश").contains("देशए"), "a user's script and suffix");
        Files.writeString(dir.resolve("clitics.tsv"), "KLINGON\tx\ty\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inflection.load(dir));
        assertTrue(e.getMessage().contains("not a Unicode script 'KLINGON'"), e.getMessage());
    }

    @Test
    void aMalformedRowNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("irregular-verbs.tsv"), "# mine\nuphold\tup held\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inflection.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("irregular-verbs.tsv") + ":2: not a form 'up held'"), e.getMessage());
    }
}
