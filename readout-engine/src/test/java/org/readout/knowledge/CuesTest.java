package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cues.tsv} is read as every knowledge file is: the bundled rows, then a user's, or a user's alone after {@code # replace}. */
class CuesTest {
    @TempDir
    Path dir;

    @Test
    void aUsersRowsExtendTheBundledOnes() throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "hedge\tpurportedly\nother-encounter\tin the wake of\n");
        Cues bundled = Cues.load(null);
        Cues user = Cues.load(dir);
        assertFalse(bundled.hedged().matcher("the two sides purportedly ").find());
        assertTrue(user.hedged().matcher("the two sides purportedly ").find());
        assertTrue(user.hedged().matcher("the two sides seem to ").find(), "the bundled hedges stay");
        assertTrue(user.otherEncounter().matcher("in the wake of the  ").find());
        assertTrue(KnowledgeBase.load(dir).cues().hedged().matcher("purportedly ").find(), "the knowledge base holds the user's cues");
    }

    @Test
    void theNewsAgenciesAreThoseOfOutletsTsvAUsersToo() throws IOException {
        assertTrue(Cues.load(null).wireTag().matcher("New Delhi, March 10 (IANS) The ministers met.").find());
        assertTrue(Cues.load(null).photoCredit().matcher("The ministers in Tokyo, May 5, 2023. Jiji Press").find(), "an agency of outlets.tsv");
        assertFalse(Cues.load(null).wireTag().matcher("Minsk, March 10 (Belta) The ministers met.").find());
        Files.writeString(dir.resolve("outlets.tsv"), "name\tagency\tBelTA\t\\bBelTA\\b\n");
        assertTrue(Cues.load(dir).wireTag().matcher("Minsk, March 10 (Belta) The ministers met.").find(), "case-insensitive, as outlets are");
    }

    @Test
    void aUsersAgencyThatIsNoRegexIsAnErrorWithItsLine() throws IOException {
        Files.writeString(dir.resolve("outlets.tsv"), "# mine\nname\tagency\tBelTA\t\\b(BelTA\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("outlets.tsv") + ":2: a news agency's pattern that is no regex"), e.getMessage());
    }

    /** The bundled cues with these rows of a user's {@code cues.tsv}. */
    private Cues usersCues(String rows) throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), rows);
        return Cues.load(dir);
    }

    @Test
    void theFirstPersonAndTheDefiniteArticleAreWordsOfTheFile() throws IOException {
        Cues bundled = Cues.load(null);
        assertTrue(bundled.firstPerson().matcher("Our talks were useful.").find());
        assertFalse(bundled.firstPerson().matcher("Their talks were useful in ourselves' weather.").find());
        assertTrue(bundled.definiteArticleEnding().matcher("and The ").find());
        Cues user = usersCues("first-person\tnous\ndefinite-article\tle\n");
        assertTrue(user.firstPerson().matcher("Nous avons parlé.").find(), "a user's first person, capitalised too");
        assertTrue(user.definiteArticleEnding().matcher("a dit le ").find());
    }

    @Test
    void aReplacingFileMustGiveEveryKind() throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), Tsv.REPLACE_MARKER + "\nhedge\tpurportedly\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Cues.load(dir));
        assertTrue(e.getMessage().contains("cues.tsv has no '"), e.getMessage());
    }

    @Test
    void anUnknownKindIsAnErrorWithItsLine() throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "# mine\nhegde\tpurportedly\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("cues.tsv") + ":2: no such kind of cue 'hegde'"), e.getMessage());
    }

    @Test
    void anAuxiliarySaysWhereItIsRead() throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "auxiliary\tgot\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.load(dir));
        assertTrue(e.getMessage().contains(":1: an auxiliary needs where it is read"), e.getMessage());
        Files.writeString(dir.resolve("cues.tsv"), "auxiliary\tgot\tbefore|beside\n");
        assertThrows(IllegalArgumentException.class, () -> Cues.load(dir));
    }

    @Test
    void theHonorificsKeepTheirCaseAndAUsersAreAdded() throws IOException {
        java.util.regex.Pattern bundled = java.util.regex.Pattern.compile("^(?:" + Cues.load(null).honorifics() + ")$");
        assertTrue(bundled.matcher("H.E.").matches());
        assertTrue(bundled.matcher("Mrs.").matches());
        assertFalse(bundled.matcher("mr.").matches(), "case-sensitive");
        assertFalse(bundled.matcher("Amb.").matches());
        Files.writeString(dir.resolve("cues.tsv"), "honorific\tAmb.\n");
        assertTrue(java.util.regex.Pattern.compile("^(?:" + Cues.load(dir).honorifics() + ")$").matcher("Amb.").matches());
    }

    @Test
    void theDeterminersAreDataEverywhereTheyAreRead() throws IOException {
        Cues bundled = Cues.load(null);
        assertTrue(bundled.determinerGap().matcher(" another ").matches());
        assertTrue(bundled.otherEncounter().matcher("building on their meeting ").find());
        assertFalse(bundled.determinerGap().matcher(" yonder ").matches());
        Cues user = usersCues("determiner\tyonder\n");
        assertTrue(user.determinerGap().matcher(" yonder ").matches(), "between a word and the one it takes");
        assertTrue(user.otherEncounter().matcher("building on yonder meeting ").find(), "before another encounter");
        assertTrue(user.objectBefore().matcher("met with yonder Premier ").find(), "before an object");
    }

    @Test
    void thePronounsAndWhomTheyStandForAreData() throws IOException {
        Cues bundled = Cues.load(null);
        assertTrue(bundled.speakerPronoun().matcher("as He said").find());
        assertFalse(bundled.speakerPronoun().matcher("they said").find(), "several are never the one speaker named before");
        assertFalse(bundled.speakerPronoun().matcher("i.e. the talks").find(), "'I' keeps its case");
        assertTrue(bundled.opensOnAPersonalPronoun().matcher("They met on Monday").find());
        assertFalse(bundled.opensOnAPersonalPronoun().matcher("Theirs was a meeting").find());
        assertEquals("f", bundled.genderOf("She"));
        assertEquals(null, bundled.genderOf("we"));
        assertTrue(bundled.isSelf("I"), "the one speaking");
        assertEquals(null, bundled.genderOf("I"), "either a man or a woman");
        assertFalse(bundled.isSelf("we"));
        Files.writeString(dir.resolve("cues.tsv"), "pronoun\tel\tm\n");
        Cues user = Cues.load(dir);
        assertTrue(user.speakerPronoun().matcher("como El dijo").find());
        assertTrue(user.opensOnAPersonalPronoun().matcher("El dijo").find());
        assertEquals("m", user.genderOf("el"));
        assertTrue(bundled.personPronounEnding().matcher("the talks. She ").find(), "one woman");
        assertFalse(bundled.personPronounEnding().matcher("the talks. They ").find(), "several are not one person");
        assertTrue(user.personPronounEnding().matcher("y luego el ").find(), "a user's pronoun for one man");
        Files.writeString(dir.resolve("cues.tsv"), "pronoun\tel\tmale\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.load(dir));
        assertTrue(e.getMessage().contains("a pronoun's third column is m, f, plural, self or empty"), e.getMessage());
    }

    @Test
    void aReplacingFileWhosePronounsHaveNoGenderNorSingularStillLoads() throws IOException {
        StringBuilder file = new StringBuilder(Tsv.REPLACE_MARKER + "\n");
        String bundled = new String(CuesTest.class.getClassLoader().getResourceAsStream("readout/extract/cues.tsv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String line : bundled.split("\n")) {
            if (!line.startsWith("#") && !line.startsWith("pronoun\t") && !line.isBlank()) file.append(line).append('\n');
        }
        file.append("pronoun\tthey\tplural\n");
        Files.writeString(dir.resolve("cues.tsv"), file.toString());
        Cues user = Cues.load(dir);
        assertFalse(user.speakerPronoun().matcher("as he said").find(), "no pronoun stands for one speaker");
        assertFalse(user.personPronounEnding().matcher("the talks. He ").find());
        assertTrue(user.opensOnAPersonalPronoun().matcher("They met").find());
    }

    @Test
    void aCountOfThoseWhoMetIsAWordOrAFewDigitsNeverANumberTooLongToRead() {
        Cues cues = KnowledgeBase.bundled().cues();
        assertEquals(java.util.Set.of(4), cues.countedSides("The four leaders discussed trade.", p -> false));
        assertEquals(java.util.Set.of(3), cues.countedSides("The 3 leaders discussed trade.", p -> false));
        assertEquals(java.util.Set.of(), cues.countedSides("The 12345678901 leaders discussed trade.", p -> false));
    }
}
