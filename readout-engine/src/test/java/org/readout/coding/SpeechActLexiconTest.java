package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.coding.SpeechActMatch.Origin;

class SpeechActLexiconTest {

    static SpeechActLexicon lexicon;
    static SpeechActLexicon petrarchOnly;

    @BeforeAll
    static void load() {
        EventCoder coder = EventCoder.load();
        VerbDictionary verbs = VerbDictionary.load();
        lexicon = new SpeechActLexicon(verbs, DiplomaticPatterns.load(), coder);
        petrarchOnly = new SpeechActLexicon(verbs, null, coder);
    }

    /** The only match of a sentence. */
    static SpeechActMatch single(SpeechActLexicon lex, String sentence) {
        List<SpeechActMatch> found = lex.find(sentence);
        assertEquals(1, found.size(), () -> sentence + " -> " + describe(found));
        SpeechActMatch m = found.get(0);
        assertEquals(sentence.substring(m.start(), m.end()), m.text());
        return m;
    }

    static String describe(List<SpeechActMatch> ms) {
        return ms.stream().map(m -> "[" + m.text() + "] " + m.cameo() + " " + m.origin()).collect(Collectors.joining("; "));
    }

    static List<String> codes(SpeechActLexicon lex, String sentence) {
        return lex.find(sentence).stream().map(SpeechActMatch::cameo).collect(Collectors.toList());
    }

    @Test
    void aNounPhrasePatternIsTriedAfterAnArticleOrAPossessiveAndAVerbsIsNot() {
        SpeechActLexicon lex = new SpeechActLexicon(null, DiplomaticPatterns.parse(List.of(
                "+wanton aggression\t111\tinvented noun phrase", "rebuke~\t111\tinvented verb")), EventCoder.load());
        assertEquals(List.of("111"), codes(lex, "He called it a wanton aggression"));
        assertEquals(List.of("111"), codes(lex, "He pointed to Ruritania's wanton aggression"));
        assertEquals(List.of(), codes(lex, "He answered the rebuke calmly"), "a verb's pattern after an article is a noun");
        assertEquals(List.of("111"), codes(lex, "He rebuked the envoy"));
        assertEquals("wanton aggression", single(lex, "He called it a wanton aggression").text());
    }

    @Test
    void seriousConcernIsDisapproval() {
        String s = "Minister A expressed serious concerns regarding the situation in the East China Sea";
        SpeechActMatch m = single(lexicon, s);
        assertEquals("expressed serious concerns", m.text());
        assertEquals(s.indexOf("expressed"), m.start());
        assertEquals("11", m.event().rootCode());
        assertEquals("110", m.cameo());
        assertEquals(PloverType.ACCUSE, m.event().ploverType());
        assertEquals(-2.0, m.event().goldstein());
        assertEquals(Origin.DIPLOMATIC, m.origin());
        assertEquals("express~|voice~|convey~ * concern~", m.pattern());
    }

    @Test
    void strongRequestIsADemand() {
        SpeechActMatch m = single(lexicon, "Minister A strongly called for the prompt lifting of import restrictions");
        assertTrue(m.event().isRequest());
        assertEquals("1054", m.cameo());
        assertEquals(PloverType.REQUEST, m.event().ploverType());
        assertEquals("strongly called for the prompt lifting", m.text());
    }

    @Test
    void plainAppealIsAnAppealCodedAsPloverRequest() {
        SpeechActMatch m = single(lexicon, "Japan called for the release of the detained Japanese nationals.");
        assertEquals("0253", m.cameo());
        assertTrue(m.event().isRequest());
        assertEquals(PloverType.REQUEST, m.event().ploverType());
    }

    @Test
    void concurringOnFutureActionIsAgree() {
        SpeechActMatch m = single(lexicon, "The two ministers concurred on continuing close communication");
        assertEquals(PloverType.AGREE, m.event().ploverType());
        assertEquals("03", m.event().rootCode());
    }

    @Test
    void gratitudeIsSupport() {
        SpeechActMatch m = single(lexicon, "Minister B expressed his gratitude for the rescue");
        assertEquals("051", m.cameo());
        assertEquals(PloverType.SUPPORT, m.event().ploverType());
        assertEquals("expressed his gratitude", m.text());
    }

    @Test
    void courtesiesPraiseSuggestionsAndReadinessOfReadoutsAreCoded() {
        assertEquals("051", single(lexicon, "President Oskar valued Norland's efforts in this context").cameo());
        assertEquals("051", single(lexicon, "The President warmly wished a happy birthday to the King").cameo());
        assertEquals("051", single(lexicon, "The Secretary conveyed to the President the support of his government").cameo());
        SpeechActMatch suggested = single(lexicon, "The Prime Minister suggested Norland create favourable conditions for trade");
        assertEquals(PloverType.REQUEST, suggested.event().ploverType());
        assertEquals("030", lexicon.find("They confirmed their readiness to hold a separate meeting").get(0).cameo());
        assertEquals("030", lexicon.find("The Minister expressed his keenness to enhance ties").get(0).cameo());
        assertTrue(lexicon.find("The delegation wished to visit the harbour").stream().noneMatch(m -> m.cameo().equals("051")),
                "wishing to do something is no courtesy");
    }

    @Test
    void valuingContinuedSupportDecisionsToDeepenAndAgreementWithNoSubjectAreCoded() {
        assertEquals("051", single(lexicon, "She continues to value cooperation with Norland").cameo());
        assertTrue(lexicon.find("The value of cooperation with Norland is high").stream().noneMatch(m -> m.cameo().equals("051")),
                "'value' as a noun is no praise");
        assertEquals("051", single(lexicon, "Norland would continue supporting the bid").cameo());
        assertEquals("030", single(lexicon, "The two ministers announced the decision to deepen the partnership").cameo());
        assertTrue(lexicon.find("The minister welcomed Norland's decision to deepen the partnership").stream().noneMatch(m -> m.cameo().equals("030")),
                "a decision someone else took, welcomed, is praise");
        assertEquals("030", lexicon.find("There was agreement to support the port project").get(0).cameo(), "the first act told");
    }

    @Test
    void tributesWishesReviewsReflectionsAndTopicsOfDiscussionAreCoded() {
        assertEquals("051", single(lexicon, "Minister A paid rich tributes to the King of Norland").cameo());
        assertEquals("051", single(lexicon, "The President conveyed his best wishes for the festival").cameo());
        assertEquals("051", single(lexicon, "She passed on the greetings of the Emperor").cameo());
        assertEquals("040", single(lexicon, "They reviewed the potential of the port project").cameo());
        assertEquals("040", single(lexicon, "The ministers reflected on the opportunities in shipping").cameo());
        assertEquals("040", single(lexicon, "Fisheries and the harbour were also topics of discussion").cameo());
        assertEquals("040", single(lexicon, "They reviewed the entire gamut of their bilateral cooperation").cameo());
        assertEquals("040", single(lexicon, "The two ministers identified a wide array of sectors for trade").cameo());
        assertEquals("040", single(lexicon, "The pair probed means of fostering ties").cameo());
        assertEquals("051", single(lexicon, "The leaders affirmed their continued support for a peaceful settlement").cameo());
        assertEquals("040", single(lexicon, "The conversation centered around the harbour").cameo());
        assertEquals("051", single(lexicon, "They exchanged compliments of the spring holiday").cameo());
        assertEquals("051", single(lexicon, "She highly appraised the interaction between the capitals").cameo());
    }

    @Test
    void urgingToStopIsARequest() {
        SpeechActMatch m = single(lexicon, "X urged Y to stop provocations");
        assertTrue(m.event().isRequest());
        assertEquals("025", m.cameo());
        assertEquals("urged Y to stop", m.text());
    }

    @Test
    void rejectingClaimsIsReject() {
        SpeechActMatch m = single(lexicon, "X rejected the claims");
        assertEquals(PloverType.REJECT, m.event().ploverType());
        assertEquals("120", m.cameo());
    }

    @Test
    void affirmingARejectionIsAReject() {
        SpeechActMatch m = single(lexicon, "the two presidents reiterated their categorical rejection of any forced displacement");
        assertEquals(PloverType.REJECT, m.event().ploverType());
        assertEquals("120", m.cameo());
    }

    @Test
    void exchangingViewsIsConsult() {
        SpeechActMatch m = single(lexicon, "the two ministers exchanged views on Ukraine");
        assertEquals("040", m.cameo());
        assertEquals(PloverType.CONSULT, m.event().ploverType());
    }

    @Test
    void persianHindiGreekCzechAndSwedishReadoutVerbs() {
        assertEquals(List.of("040"), codes(lexicon, "دو وزیر درباره روابط دوجانبه گفت\u200cوگو کردند."), "Persian, a word joined by a non-joiner");
        assertEquals(List.of("040"), codes(lexicon, "روابط دوجانبه مورد بحث و تبادل نظر قرار گرفت."));
        assertEquals(List.of("051"), codes(lexicon, "प्रधानमंत्री ने राष्ट्रपति का स्वागत किया।"), "Hindi, vowel signs inside the words");
        assertEquals(List.of("030"), codes(lexicon, "Οι δύο υπουργοί συμφώνησαν να ενισχύσουν τη συνεργασία."));
        assertEquals(List.of("051", "040"), codes(lexicon, "Premiér poděkoval za podporu a ministři hovořili o spolupráci."));
        assertEquals(List.of("111"), codes(lexicon, "Ministern fördömde attacken."));
    }

    @Test
    void readoutPhrasings() {
        assertEquals(List.of("114", "020"), codes(lexicon,
                "Mr. Wang lodged solemn representations and urged Japan to be cautious in words and deeds."));
        assertEquals(List.of("010", "111"), codes(lexicon,
                "The Secretary underscored the importance of the alliance and condemned Russia's attack."));
        assertEquals(List.of("030"), codes(lexicon, "The two leaders shared the view to further strengthen cooperation."));
        assertEquals(List.of("019"), codes(lexicon, "They shared the view that the situation remains serious."));
        assertEquals(List.of("110", "111"), codes(lexicon, "China firmly opposes and strongly deplores the move."));
        assertEquals(List.of("100"), codes(lexicon, "Minister Hayashi strongly requested the Chinese side to respond."));
        assertEquals(List.of("020"), codes(lexicon, "Minister Hayashi made requests based on the agreement."));
        assertEquals(List.of("010"), codes(lexicon, "The Prime Minister stated the importance of dialogue."));
        assertEquals(List.of("042"), codes(lexicon, "Foreign Minister Kamikawa paid a courtesy call on Prime Minister Lee."));
        assertEquals(List.of("041"), codes(lexicon, "The two leaders held a telephone talk on Monday."));
        assertEquals(List.of("018"), codes(lexicon, "The Minister expressed his condolences to the victims."));
        assertEquals(List.of("057"), codes(lexicon, "The two sides signed a memorandum on maritime cooperation."));
        assertEquals(List.of("130"), codes(lexicon, "Beijing warned of countermeasures."));
        assertEquals(List.of("110", "020"), codes(lexicon,
                "China is gravely concerned about the developments and asks the relevant country to act prudently."));
        assertEquals(List.of("030"), codes(lexicon,
                "The two ministers confirmed that they would continue close coordination toward the summit."));
        assertEquals(List.of("114", "114"), codes(lexicon, "Tokyo summoned the Chinese ambassador to protest the intrusion."));
        assertEquals(List.of("016"), codes(lexicon, "North Korea denied any involvement in the cyberattack."));
    }

    @Test
    void severalActsInOneSentenceComeInOrder() {
        List<SpeechActMatch> ms = lexicon.find("The minister welcomed the agreement but expressed concern about the delays.");
        assertEquals(List.of("051", "110"), ms.stream().map(SpeechActMatch::cameo).collect(Collectors.toList()));
        assertTrue(ms.get(0).end() < ms.get(1).start());
    }

    @Test
    void diplomaticPatternsBeatPetrarchAndLongerBeatShorter() {
        String s = "Minister A expressed serious concerns regarding the situation";
        List<SpeechActMatch> all = lexicon.findAll(s);
        assertTrue(all.stream().anyMatch(m -> m.origin() == Origin.PETRARCH && m.cameo().equals("110")), describe(all));
        assertEquals(Origin.DIPLOMATIC, all.get(0).origin());
        assertTrue(all.get(0).priority() > all.get(all.size() - 1).priority());
        assertEquals(List.of("110"), codes(lexicon, s));

        List<SpeechActMatch> strong = lexicon.findAll("Japan strongly called for restraint.");
        assertTrue(strong.stream().anyMatch(m -> m.cameo().equals("020")));
        assertEquals(List.of("100"), codes(lexicon, "Japan strongly called for restraint."));
    }

    @Test
    void aPatternCodedNullIsNoActAndKeepsPetrarchsPatternsOffItsWords() {
        SpeechActLexicon plain = new SpeechActLexicon(VerbDictionary.load(), DiplomaticPatterns.parse(List.of()), EventCoder.load());
        String s = "The envoys took part in the ceremony";
        assertEquals(List.of("030"), codes(plain, s), "PETRARCH's TAKE PART");
        SpeechActLexicon nulled = new SpeechActLexicon(VerbDictionary.load(), DiplomaticPatterns.parse(List.of(
                "took part\t---\tinvented: taking part is the encounter itself")), EventCoder.load());
        assertEquals(List.of(), codes(nulled, s));
        assertThrows(IllegalArgumentException.class, () -> DiplomaticPatterns.parse(List.of("took part\t--\tnot a code")));
    }

    @Test
    void exposesTheTokenSpanForNegationChecks() {
        String s = "Japan did not agree with the proposal.";
        SpeechActMatch m = single(lexicon, s);
        List<SpeechActLexicon.Token> tokens = SpeechActLexicon.tokens(s);
        assertEquals("agree", tokens.get(m.tokenStart()).text());
        assertEquals("not", tokens.get(m.tokenStart() - 1).text());
        assertEquals(m.start(), tokens.get(m.tokenStart()).start());
        assertEquals(m.end(), tokens.get(m.tokenEnd() - 1).end());
    }

    @Test
    void petrarchPatternsCodeWhatTheDiplomaticOnesDoNot() {
        SpeechActMatch condemn = single(petrarchOnly, "The government condemned the bombing.");
        assertEquals("111", condemn.cameo());
        assertEquals(Origin.PETRARCH, condemn.origin());
        assertEquals("condemned the bombing", condemn.text()); // pattern "- * BOMBING [111]" of block BLAME
        assertFalse(condemn.verbOnly());
        SpeechActMatch bare = single(petrarchOnly, "The government condemned the remarks.");
        assertEquals("111", bare.cameo()); // verb line "CONDEMN [111]"
        assertTrue(bare.verbOnly());

        SpeechActMatch complaint = single(lexicon, "Japan filed a complaint with the WTO.");
        assertEquals("114", complaint.cameo());
        assertEquals(Origin.PETRARCH, complaint.origin());
        assertEquals("filed a complaint", complaint.text());
        assertFalse(complaint.verbOnly());
    }

    @Test
    void petrarchPairedCodesAndMarkers() {
        SpeechActMatch visit = single(petrarchOnly, "The president visited Tokyo.");
        assertEquals("042", visit.cameo());
        assertEquals("043", visit.reciprocalCameo());

        SpeechActMatch claim = single(lexicon, "Japan filed a claim against China over the islands.");
        assertEquals("115", claim.cameo());
        assertEquals(1, claim.markers().size());
        SpeechActMatch.Marker target = claim.markers().get(0);
        assertEquals("+", target.symbol());
        assertEquals("China", "Japan filed a claim against China over the islands.".substring(target.start(), target.end()));

        SpeechActMatch court = single(petrarchOnly, "The activist appeared before a court.");
        assertNull(court.cameo());
        assertEquals("173", court.reciprocalCameo());
        assertNull(court.event());
    }

    @Test
    void nullCodedPetrarchPatternsBlockWeakerMatches() {
        assertTrue(petrarchOnly.findAll("The prime minister called a cabinet meeting.").stream()
                .anyMatch(m -> "041".equals(m.cameo())), "the bare verb CALL codes 041");
        assertEquals(List.of(), petrarchOnly.find("The prime minister called a cabinet meeting."));
    }

    @Test
    void wordsReadAsNounsAreNotTriedAsPetrarchVerbs() {
        assertEquals(List.of("051"), codes(lexicon, "The United States welcomed the decision."));
        assertEquals(List.of(), codes(petrarchOnly, "at the request of the Japanese side"));
        assertFalse(codes(lexicon, "Japan called for the release of detained nationals.").contains("0841"));
    }

    @Test
    void emptyAndUnrelatedSentences() {
        assertEquals(List.of(), lexicon.find(""));
        assertEquals(List.of(), lexicon.find("The weather in Tokyo was mild."));
        assertTrue(lexicon.patternCount(Origin.DIPLOMATIC) >= 150);
        assertTrue(lexicon.patternCount(Origin.PETRARCH) >= 4600);
    }

    @Test
    void aUsersNounMarkersKeepAVerbFormAfterThemANoun(@TempDir Path dir) throws IOException {
        String sentence = "She raised various protests.";
        assertEquals(List.of("140"), codes(SpeechActLexicon.bundled(), sentence));
        Files.writeString(dir.resolve("noun-markers.tsv"), "determiner\tvarious\n");
        assertEquals(List.of(), codes(SpeechActLexicon.load(dir), sentence));
        assertEquals(List.of(), codes(SpeechActLexicon.load(dir), "She raised serious protests."), "the bundled words stay");
    }
}
