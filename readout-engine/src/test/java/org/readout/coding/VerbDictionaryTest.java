package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.coding.VerbDictionary.Issue;
import org.readout.coding.VerbDictionary.Marker;
import org.readout.coding.VerbDictionary.MarkerKind;
import org.readout.coding.VerbDictionary.NounPhrase;
import org.readout.coding.VerbDictionary.PatternCode;
import org.readout.coding.VerbDictionary.PrepPhrase;
import org.readout.coding.VerbDictionary.SynsetRef;
import org.readout.coding.VerbDictionary.VerbPattern;
import org.readout.coding.VerbDictionary.Word;

class VerbDictionaryTest {

    static VerbDictionary dict;

    @BeforeAll
    static void load() {
        dict = VerbDictionary.load();
    }

    /** The pattern of a block whose text (between '-' and the code) is {@code body}, last definition. */
    static VerbPattern pattern(String block, String body) {
        VerbPattern found = null;
        for (VerbPattern p : dict.block(block).orElseThrow().patterns())
            if (VerbDictionary.body(p).equals(body)) found = p;
        if (found == null) throw new AssertionError("no pattern '" + body + "' in " + block);
        return found;
    }

    @Test
    void loadsTheShippedDictionaryAsShipped() {
        VerbDictionary.Stats s = dict.stats();
        assertTrue(s.synonymSets() >= 40, "synonym sets " + s.synonymSets());
        assertTrue(s.synonymMembers() >= 550, "synonym members " + s.synonymMembers());
        assertTrue(s.blocks() >= 390, "blocks " + s.blocks());
        assertTrue(s.verbs() >= 1800, "verbs " + s.verbs());
        assertTrue(s.compoundVerbs() >= 120, "compound verbs " + s.compoundVerbs());
        assertTrue(s.verbForms() >= 7000, "verb forms " + s.verbForms());
        assertTrue(s.patterns() >= 4600, "patterns " + s.patterns());
        assertTrue(s.pairedCodePatterns() >= 400, "paired codes " + s.pairedCodePatterns());
        assertTrue(s.nullPatterns() >= 150, "null patterns " + s.nullPatterns());
        assertTrue(s.prepPhrasePatterns() >= 1000);
        assertTrue(s.nounPhrasePatterns() >= 600);
        assertEquals(8, s.transformations());
        assertEquals(17, s.markerPatterns().get("$"));
        assertEquals(70, s.markerPatterns().get("+"));
        assertEquals(28, s.markerPatterns().get("^"));
        assertEquals(1, s.markerPatterns().get("%"));
        assertEquals(286, s.duplicatePatterns());
        assertEquals(131, s.conflictingDuplicates());
        assertEquals(4668, s.patterns() + 6); // 2 malformed + 4 with undefined synonym sets skipped
    }

    @Test
    void reportsEveryDefectOfTheShippedFile() {
        List<String> issues = dict.issues().stream().filter(i -> i.kind() != Issue.Kind.UNSUPPORTED)
                .map(i -> i.line() + " " + i.kind()).collect(Collectors.toList());
        assertEquals(List.of("2374 MALFORMED_PATTERN", "2406 UNDEFINED_SYNSET", "3887 UNDEFINED_SYNSET",
                "5787 REPAIRED_CODE", "7606 MALFORMED_PATTERN", "8443 UNDEFINED_SYNSET", "8444 UNDEFINED_SYNSET"), issues);
        assertEquals(8, dict.issues().stream().filter(i -> i.kind() == Issue.Kind.UNSUPPORTED).count());
        assertEquals("080", pattern("SUPPORT", "* DOWN (FROM)").code().primary());
    }

    @Test
    void knownPatternsResolveToTheirCodes() {
        assertEquals("0213", pattern("ASK", "* EXTRADITION").code().primary());
        assertEquals("018", pattern("EXPLAIN_VERBAL", "* CONDOLENCES").code().primary());
        assertEquals("051", pattern("EXPLAIN_VERBAL", "* GRATITUDE").code().primary());
        assertEquals("0256", pattern("ASK", "* WITHDRAWAL").code().primary());
        assertEquals("020", pattern("CALL", "* (FOR)").code().primary());
        assertEquals("019", pattern("EMPHASIZE", "* COOPERATION").code().primary());
        assertEquals("114", pattern("FILE", "* COMPLAINT").code().primary());
        // duplicates: PETRARCH 2 keeps the later definition
        assertEquals("1043", pattern("FILE", "* APPEAL").code().primary());
    }

    @Test
    void parsesPatternStructure() {
        VerbPattern p = pattern("CALL", "* (FOR)");
        assertTrue(p.before().isEmpty());
        assertEquals(List.of(new PrepPhrase("FOR", List.of())), p.after());

        VerbPattern np = pattern("ACCELERATE", "* {ARMS SHIPMENT}");
        NounPhrase phrase = assertInstanceOf(NounPhrase.class, np.after().get(0));
        assertEquals(new Word("SHIPMENT"), phrase.head());
        assertEquals("072", np.code().primary());

        VerbPattern pre = pattern("ACCELERATE", "&MILITARY *");
        assertEquals(List.of(new SynsetRef("&MILITARY")), pre.before());
        assertTrue(pre.after().isEmpty());

        VerbPattern markers = pattern("MOVE", "$ * (AS &NEGOTIATOR) (IN TALK) (WITH +)");
        assertEquals(List.of(new Marker(MarkerKind.SOURCE)), markers.before());
        assertEquals(new PrepPhrase("AS", List.of(new SynsetRef("&NEGOTIATOR"))), markers.after().get(0));
        assertEquals(new PrepPhrase("WITH", List.of(new Marker(MarkerKind.TARGET))), markers.after().get(2));

        VerbPattern nested = pattern("ADD", "* (TO {BANNED PARTIES}) $");
        PrepPhrase to = assertInstanceOf(PrepPhrase.class, nested.after().get(0));
        assertEquals("TO", to.preposition());
        assertEquals(new NounPhrase(List.of(new Word("BANNED"), new Word("PARTIES"))), to.objects().get(0));
        assertEquals(new Marker(MarkerKind.SOURCE), nested.after().get(1));
    }

    @Test
    void readsPairedAndNullCodes() {
        PatternCode visit = pattern("ACCELERATE", "* (TO)").code();
        assertEquals("042", visit.primary());
        assertEquals("043", visit.reciprocal());
        assertTrue(visit.paired());

        PatternCode court = pattern("APPEAR", "* (BEFORE COURT)").code();
        assertNull(court.primary());
        assertEquals("173", court.reciprocal());
        assertFalse(court.isNull());

        PatternCode none = pattern("CALL", "* {CABINET MEETING}").code();
        assertTrue(none.isNull());

        assertNull(PatternCode.parse("12x"));
        assertEquals("0841", PatternCode.parse("0841:0841").reciprocal());
    }

    @Test
    void readsVerbsWithTheirForms() {
        VerbDictionary.VerbBlock ask = dict.block("ASK").orElseThrow();
        VerbDictionary.Verb askFor = ask.verbs().stream().filter(v -> v.entry().equals("+ASK_FOR")).findFirst().orElseThrow();
        assertEquals(List.of("ask for", "asked for", "asking for", "asks for"), askFor.forms());
        assertEquals("020", ask.codeOf(askFor));

        VerbDictionary.Verb say = dict.verbs("said").get(0);
        assertEquals("SAY", say.entry());
        assertEquals("EXPLAIN_VERBAL", say.block());
        assertTrue(say.forms().containsAll(List.of("say", "says", "said", "saying")));
        assertFalse(say.forms().contains("sayed"), "irregular forms listed in {...} replace the regular ones");

        VerbDictionary.Verb condemn = dict.verbs("condemned").get(0);
        assertEquals("111", condemn.code());

        assertTrue(dict.verbs("hurried").stream().anyMatch(v -> v.entry().equals("HURRY")));
        assertTrue(dict.verbs("scrapped").stream().anyMatch(v -> v.entry().equals("SCRAP")), "';' comment removed");
        assertEquals("---", dict.block("ACCELERATE").orElseThrow().code());
        assertEquals("041:041", dict.block("CALL").orElseThrow().code());
    }

    @Test
    void expandsSynonymSets() {
        VerbDictionary.SynonymSet currency = dict.synonymSets().get("&CURRENCY");
        List<String> phrases = currency.phrases();
        assertTrue(phrases.contains("dollar"));
        assertTrue(phrases.contains("dollars"));
        assertTrue(phrases.contains("cash"));
        assertFalse(phrases.contains("cashes"), "a member ending in '_' gets no plural");
        VerbDictionary.SynonymSet aux = dict.synonymSets().get("&AUXVERB1_");
        assertFalse(aux.pluralize());
        assertEquals(List.of("was", "were", "been"), aux.phrases());
        assertTrue(dict.synonymSets().get("&LEADER").phrases().contains("prime ministers"));
    }

    @Test
    void keepsTransformationsVerbatim() {
        assertEquals(8, dict.transformations().size());
        assertEquals("~ a (a b ATTACK) SAY = a b 015", dict.transformations().get(0).text());
    }

    @Test
    void parsesSmallDictionaries() {
        List<String> lines = new ArrayList<>(List.of(
                "&TOWN", "+CITY", "+VILLAGE_", "",
                "####### VERB PATTERNS #######",
                "--- GRANT [070] ---",
                "GRANT",
                "GIVE {GAVE GIVEN GIVING } # comment",
                "+HAND_OVER",
                "- * &TOWN (TO +) [0842]  # a comment",
                "- * (TO) [---]",
                "- * BROKEN (PHRASE [070]",
                "- * &UNDEFINED [070]"));
        VerbDictionary d = VerbDictionary.parse(lines);
        assertEquals(1, d.blocks().size());
        assertEquals(2, d.patterns().size());
        assertEquals(List.of("city", "cities", "village"), d.synonymSets().get("&TOWN").phrases());
        assertEquals(List.of("give", "gave", "given", "giving"), d.verbs("gave").get(0).forms());
        assertTrue(d.verbs("handed over").size() == 1);
        assertTrue(d.verbs("grants").size() == 1);
        assertEquals(2, d.issues().size());
        assertEquals("a comment", d.patterns().get(0).comment());
    }
}
