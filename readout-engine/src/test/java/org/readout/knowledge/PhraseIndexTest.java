package org.readout.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseIndexTest {

    private static PhraseIndex<String> index(Object... phraseValueCapitalised) {
        PhraseIndex<String> index = new PhraseIndex<>();
        for (int i = 0; i < phraseValueCapitalised.length; i += 3) {
            index.add((String) phraseValueCapitalised[i], (String) phraseValueCapitalised[i + 1],
                    (Boolean) phraseValueCapitalised[i + 2]);
        }
        return index;
    }

    private static List<String> values(List<PhraseIndex.Match<String>> matches) {
        return matches.stream().map(PhraseIndex.Match::value).toList();
    }

    @Test
    void aSpaceOfThePhraseMatchesARunOfSpacesOrALineBreak() {
        PhraseIndex<String> idx = index("spoke with", "talk", false, "Prime Minister", "title", false);
        List<PhraseIndex.Match<String>> m = idx.find("She spoke    with the Prime\nMinister.");
        assertEquals(List.of("spoke    with", "Prime\nMinister"), m.stream().map(PhraseIndex.Match::text).toList());
        assertTrue(idx.find("She spokewith him.").isEmpty());
    }

    @Test
    void aWordMarkedOpenMatchesWithAnEndingInAnyScript() {
        PhraseIndex<String> idx = index("vidarn*", "met", false, "talde* med", "talk", false, "கடித்*", "spoke", false);
        assertEquals(List.of("vidarnova", "vidarnu"), idx.find("Ola vidarnova Kari, vidarnu Per.").stream().map(PhraseIndex.Match::text).toList());
        assertEquals(List.of("talk"), values(idx.find("Han taldeste   med henne.")));
        assertEquals(List.of("கடித்தார்"), idx.find("அவர் கடித்தார்.").stream().map(PhraseIndex.Match::text).toList());
        assertTrue(idx.find("Ola vidar Kari; vidarnovaskiet; unvidarnova.").isEmpty(), "the stem whole, at most six more letters, from a word's start");
        assertTrue(idx.find("Han talde med henne.").size() == 1, "no ending at all is a form too");
        PhraseIndex<String> withHangul = index("vidarn*", "met", false, "회담", "talk", false, "Россия", "RUS", true);
        assertEquals(List.of("talk", "RUS"), values(withHangul.find("어제 회담을 했다. Россией")), "a script's own endings are still read beside open words");
    }

    @Test
    void thaiIsReadInsideARunOfLettersButNotUpToAMarkOfTheLetterAfter() {
        PhraseIndex<String> idx = index("ซาโนะ", "sano", false, "หารือทางโทรศัพท์", "phone", false, "กาน", "kan", false);
        assertEquals(List.of("sano", "phone", "kan"), values(idx.find("นายซาโนะหารือทางโทรศัพท์กับนายกานพบ")));
        assertTrue(idx.find("นายกานีพบ").isEmpty(), "'กาน' is not in 'กานี': the vowel sign is written on the letter before it");
    }

    @Test
    void aThaiOrArabicNameIsAlsoReadClosedUp() {
        assertEquals("ซาโนะคิตะ", Scripts.closedUp("ซาโนะ คิตะ"));
        assertEquals("شہبازشریف", Scripts.closedUp("شہباز شریف"));
        assertEquals("Sano Kita", Scripts.closedUp("Sano Kita"));
    }

    @Test
    void persianAndUrduLettersReadAsTheirArabicForms() {
        PhraseIndex<String> idx = index("محمد بن زايد", "mbz", false, "ملك", "king", false);
        assertEquals(List.of("mbz", "king"), values(idx.find("صدر محمد بن زاید سے ملک")));
    }

    @Test
    void anOpenWordNeedsItsKeyLetters() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> index("ab*", "x", false));
    }

    @Test
    void findsSinglePhraseWithOffsets() {
        PhraseIndex<String> idx = index("Japan", "JPN", true);
        String text = "Talks with Japan ended.";
        List<PhraseIndex.Match<String>> m = idx.find(text);
        assertEquals(1, m.size());
        assertEquals(11, m.get(0).start());
        assertEquals(16, m.get(0).end());
        assertEquals("Japan", m.get(0).text());
        assertEquals("JPN", m.get(0).value());
        assertEquals(text.substring(m.get(0).start(), m.get(0).end()), m.get(0).text());
    }

    @Test
    void anAcronymMatchesOnlyAsWritten() {
        PhraseIndex<String> idx = index("FM", "foreign minister", false, "foreign minister", "foreign minister", false);
        assertEquals(List.of("foreign minister", "foreign minister"), values(idx.find("The FM met the Foreign Minister.")));
        assertTrue(idx.find("on 98.4 fm and Fm radio").isEmpty());
    }

    @Test
    void emptyIndexFindsNothing() {
        assertTrue(new PhraseIndex<String>().find("Japan and China").isEmpty());
    }

    @Test
    void emptyTextFindsNothing() {
        assertTrue(index("Japan", "JPN", true).find("").isEmpty());
    }

    @Test
    void blankPhraseIsIgnored() {
        PhraseIndex<String> idx = index("   ", "blank", false, "", "empty", false);
        assertTrue(idx.find("   some text ").isEmpty());
    }

    @Test
    void longestMatchWins() {
        PhraseIndex<String> idx = index("South Korea", "name", true, "South Korean", "adjective", true,
                "South", "direction", true);
        List<PhraseIndex.Match<String>> m = idx.find("The South Korean minister");
        assertEquals(List.of("adjective"), values(m));
        assertEquals("South Korean", m.get(0).text());
    }

    @Test
    void longestMatchWinsRegardlessOfInsertionOrder() {
        PhraseIndex<String> a = index("prime minister", "short", false, "prime minister of japan", "long", false);
        PhraseIndex<String> b = index("prime minister of japan", "long", false, "prime minister", "short", false);
        String text = "the Prime Minister of Japan said";
        assertEquals(List.of("long"), values(a.find(text)));
        assertEquals(List.of("long"), values(b.find(text)));
    }

    @Test
    void shorterPhraseUsedWhenLongerDoesNotFit() {
        PhraseIndex<String> idx = index("prime minister", "short", false, "prime minister of japan", "long", false);
        List<PhraseIndex.Match<String>> m = idx.find("the Prime Minister of Jamaica said");
        assertEquals(List.of("short"), values(m));
        assertEquals("Prime Minister", m.get(0).text());
    }

    @Test
    void matchesDoNotOverlap() {
        PhraseIndex<String> idx = index("foreign minister", "title", false, "minister", "short", false);
        List<PhraseIndex.Match<String>> m = idx.find("Foreign Minister and minister");
        assertEquals(List.of("title", "short"), values(m));
        assertEquals(0, m.get(0).start());
        assertEquals(21, m.get(1).start());
    }

    @Test
    void matchesAreLeftToRight() {
        PhraseIndex<String> idx = index("China", "CHN", true, "Japan", "JPN", true);
        assertEquals(List.of("JPN", "CHN", "JPN"), values(idx.find("Japan, China and Japan again")));
    }

    @Test
    void doesNotMatchInsideAWordAtTheStart() {
        PhraseIndex<String> idx = index("Jiang", "x", true);
        assertTrue(idx.find("Xinjiang officials").isEmpty());
    }

    @Test
    void doesNotMatchInsideAWordAtTheEnd() {
        PhraseIndex<String> idx = index("China", "CHN", true);
        assertTrue(idx.find("Chinas and Chinatown").isEmpty());
    }

    @Test
    void punctuationIsAWordBoundary() {
        PhraseIndex<String> idx = index("Japan", "JPN", true, "China", "CHN", true);
        assertEquals(List.of("JPN", "CHN"), values(idx.find("the Japan-China summit")));
        assertEquals(List.of("JPN", "CHN"), values(idx.find("(Japan)/China.")));
    }

    @Test
    void phraseAtVeryStartAndEndOfText() {
        PhraseIndex<String> idx = index("Seoul", "KOR", true);
        assertEquals(2, idx.find("Seoul to Seoul").size());
        assertEquals(9, idx.find("Seoul to Seoul").get(1).start());
        assertEquals(14, idx.find("Seoul to Seoul").get(1).end());
    }

    @Test
    void phraseEndingInPunctuationMayBeFollowedByLetters() {
        PhraseIndex<String> idx = index("U.S.", "USA", true);
        List<PhraseIndex.Match<String>> m = idx.find("the U.S.-Japan alliance");
        assertEquals(1, m.size());
        assertEquals("U.S.", m.get(0).text());
    }

    @Test
    void digitsAreWordCharacters() {
        PhraseIndex<String> idx = index("G7", "group", true);
        assertEquals(1, idx.find("the G7 summit").size());
        assertTrue(idx.find("the G77 summit").isEmpty());
    }

    @Test
    void caseIsFoldedForNonCapitalisedPhrases() {
        PhraseIndex<String> idx = index("Foreign Minister", "title", false);
        assertEquals(1, idx.find("the foreign minister").size());
        assertEquals(1, idx.find("the FOREIGN MINISTER").size());
        assertEquals(1, idx.find("the Foreign Minister").size());
    }

    @Test
    void capitalisedPhraseNeedsCapitalInText() {
        PhraseIndex<String> idx = index("Nice", "FRA", true);
        assertTrue(idx.find("a nice day").isEmpty());
        assertEquals(1, idx.find("talks in Nice").size());
        assertEquals(1, idx.find("TALKS IN NICE").size());
    }

    @Test
    void capitalisedFlagOnlyChecksTheFirstLetter() {
        PhraseIndex<String> idx = index("Wang Yi", "wang-yi", true);
        assertEquals(1, idx.find("Wang yi").size());
        assertTrue(idx.find("wang Yi").isEmpty());
    }

    @Test
    void aCapitalisedPhraseStartingWithADigitMatches() {
        PhraseIndex<String> idx = index("12th Harbour Summit", "hs-12", true);
        assertEquals(List.of("hs-12"), values(idx.find("on the margins of the 12th Harbour Summit in Velmora")));
    }

    @Test
    void lowerCaseTextFallsBackToUncapitalisedEntry() {
        PhraseIndex<String> idx = index("Wang", "name", true, "wang", "word", false);
        assertEquals(List.of("word"), values(idx.find("wang")));
        assertEquals(List.of("name"), values(idx.find("Wang")));
    }

    @Test
    void accentedTextMatchesUnaccentedPhrase() {
        PhraseIndex<String> idx = index("Alberto Fernandez", "af", true);
        List<PhraseIndex.Match<String>> m = idx.find("President Alberto Fernández met");
        assertEquals(1, m.size());
        assertEquals("Alberto Fernández", m.get(0).text());
    }

    @Test
    void unaccentedTextMatchesAccentedPhrase() {
        PhraseIndex<String> idx = index("Fernández", "af", true);
        assertEquals("Fernandez", idx.find("said Fernandez.").get(0).text());
        assertEquals("Fernández", idx.find("said Fernández.").get(0).text());
    }

    @Test
    void macronsAreFolded() {
        PhraseIndex<String> idx = index("Taro Kono", "kono", true);
        assertEquals("Tarō Kōno", idx.find("Mr. Tarō Kōno arrived").get(0).text());
    }

    @Test
    void capitalAccentedLetterCountsAsCapital() {
        PhraseIndex<String> idx = index("Elysee Palace", "venue", true);
        assertEquals(1, idx.find("at the Élysée Palace").size());
        assertTrue(idx.find("at the élysée palace").isEmpty());
    }

    @Test
    void curlyApostropheInTextMatchesStraightPhrase() {
        PhraseIndex<String> idx = index("People's Republic of China", "CHN", true);
        List<PhraseIndex.Match<String>> m = idx.find("the People’s Republic of China");
        assertEquals(1, m.size());
        assertEquals("People’s Republic of China", m.get(0).text());
    }

    @Test
    void straightApostropheInTextMatchesCurlyPhrase() {
        PhraseIndex<String> idx = index("Côte d’Ivoire", "CIV", true);
        assertEquals(1, idx.find("in Cote d'Ivoire").size());
    }

    @Test
    void leftSingleQuoteAndModifierApostropheAreFolded() {
        PhraseIndex<String> idx = index("People's Republic", "x", true);
        assertEquals(1, idx.find("People‘s Republic").size());
        assertEquals(1, idx.find("Peopleʼs Republic").size());
    }

    @Test
    void dashesAreFolded() {
        PhraseIndex<String> idx = index("Japan-China", "pair", true);
        assertEquals(1, idx.find("the Japan–China summit").size());
        assertEquals(1, idx.find("the Japan—China summit").size());
        assertEquals(1, idx.find("the Japan‑China summit").size());
    }

    @Test
    void noBreakSpaceIsFolded() {
        PhraseIndex<String> idx = index("prime minister", "title", false);
        assertEquals("Prime\u00a0Minister", idx.find("the Prime\u00a0Minister said").get(0).text());
    }

    @Test
    void foldSameLengthKeepsLength() {
        String s = "Fernández’s “Élysée” talks — Kōno";
        assertEquals(s.length(), PhraseIndex.foldSameLength(s).length());
    }

    @Test
    void foldSameLengthLowersStripsAccentsAndStraightensPunctuation() {
        assertEquals("fernandez's \"elysee\" talks - kono", PhraseIndex.foldSameLength("Fernández’s “Élysée” talks — Kōno"));
    }

    @Test
    void foldSameLengthLeavesAsciiPunctuationAlone() {
        assertEquals("u.s. (a/b) 12:30, x;y!", PhraseIndex.foldSameLength("U.S. (A/B) 12:30, X;Y!"));
    }

    @Test
    void findWithPrecomputedFoldGivesSameResult() {
        PhraseIndex<String> idx = index("Qin Gang", "qin", true, "China", "CHN", true);
        String text = "Mr. Qin Gang of China";
        assertEquals(idx.find(text), idx.find(text, PhraseIndex.foldSameLength(text)));
    }

    @Test
    void samePhraseTwiceKeepsFirstValueOnTie() {
        PhraseIndex<String> idx = index("Kono", "first", true, "Kono", "second", true);
        assertEquals(List.of("first"), values(idx.find("Kono")));
    }

    @Test
    void phraseIsStrippedBeforeIndexing() {
        PhraseIndex<String> idx = index("  Tokyo  ", "JPN", true);
        List<PhraseIndex.Match<String>> m = idx.find("in Tokyo today");
        assertEquals(1, m.size());
        assertEquals("Tokyo", m.get(0).text());
    }

    @Test
    void repeatedWordsAreAllFound() {
        PhraseIndex<String> idx = index("met", "m", false);
        assertEquals(3, idx.find("met, met and met").size());
    }

    @Test
    void isWordCharCoversLettersAndDigitsOnly() {
        assertTrue(PhraseIndex.isWordChar('a'));
        assertTrue(PhraseIndex.isWordChar('É'));
        assertTrue(PhraseIndex.isWordChar('7'));
        assertTrue(PhraseIndex.isWordChar('王'));
        assertEquals(false, PhraseIndex.isWordChar('-'));
        assertEquals(false, PhraseIndex.isWordChar('\''));
        assertEquals(false, PhraseIndex.isWordChar(' '));
    }

    @Test
    void inAScriptWithoutSpacesEveryCharacterStartsAWord() {
        PhraseIndex<String> idx = index("所罗门群岛", "SLB", true, "外长", "foreign minister", false, "通电话", "phone", false,
                "Nice", "FRA", true);
        assertEquals(List.of("SLB", "foreign minister", "phone"), values(idx.find("王毅同所罗门群岛外长马内莱通电话。")));
        assertTrue(idx.find("Venice and Nicest").isEmpty(), "letters of a spaced script still need a boundary");
    }

    @Test
    void aCyrillicWordMatchesInItsInflectedForms() {
        PhraseIndex<String> idx = index("Алжир", "DZA", true, "Россия", "RUS", true, "министр иностранных дел", "foreign minister", false,
                "Мали", "MLI", true, "Иран", "IRN", true);
        assertEquals(List.of("foreign minister", "RUS", "DZA", "IRN"),
                values(idx.find("с министром иностранных дел России и Президентом Алжира, а также с Ираном")));
        assertTrue(idx.find("Малый бизнес и Малийский").isEmpty(), "a short stem takes no ending");
        assertTrue(idx.find("Алжирскими властями").isEmpty(), "an ending of more than three letters is another word");
    }

    @Test
    void anArabicWordMatchesAfterAProcliticAndTheArticleAndWithEndings() {
        PhraseIndex<String> idx = index("الجزائر", "DZA", true, "روسيا", "RUS", true, "وزير الخارجية", "foreign minister", false);
        assertEquals(List.of("foreign minister", "RUS", "DZA"), values(idx.find("ووزير الخارجية الروسي مع نظيره الجزائري")));
        assertEquals(List.of("DZA", "RUS"), values(idx.find("بين الجزائر وروسيا")));
        assertTrue(idx.find("الجزائريين والجزائريات").isEmpty(), "an ending of more than two letters is another word");
    }

    @Test
    void anArabicWordAfterTheFirstTakesTheArticleToo() {
        PhraseIndex<String> idx = index("اتصال هاتفي", "phone", false);
        assertEquals(List.of("phone"), values(idx.find("بحث الوزيران خلال الاتصال الهاتفي العلاقات")));
        assertEquals(List.of("phone"), values(idx.find("أجرى الوزير اتصالا هاتفيا")));
        assertTrue(idx.find("بحث الوزيران الاتصال والهاتفي").isEmpty(), "a proclitic before the second word is another phrase");
    }

    @Test
    void anArabicEndingIsMadeOfTheLettersEndingsAreMadeOf() {
        PhraseIndex<String> idx = index("الهند", "IND", true);
        assertEquals(List.of("IND", "IND"), values(idx.find("بين الهند والهندية")));
        assertTrue(idx.find("كلية الهندسة").isEmpty(), "'-سة' is no ending: engineering is another word");
    }

    @Test
    void aDevanagariWordIsWholeWithItsVowelSignsAndTakesEndings() {
        PhraseIndex<String> idx = index("रूस", "RUS", true, "जपान", "JPN", true, "राष्ट्रपति", "head of state", false, "मो", "x", false);
        assertEquals(List.of("RUS", "head of state", "JPN"), values(idx.find("रूसी संघ के राष्ट्रपति और जपानचे मोदी")),
                "'मो' is not a word of 'मोदी'");
    }

    @Test
    void aHangulWordTakesItsParticlesAndIsNotFoldedToItsFirstLetters() {
        PhraseIndex<String> idx = index("미국", "USA", true, "외교부 장관", "foreign minister", false, "명령", "x", false);
        assertEquals(List.of("foreign minister", "USA"), values(idx.find("박진 외교부 장관은 미국과의 관계를")));
        assertTrue(idx.find("맥락을 이해하기").isEmpty(), "'맥락' and '명령' share only their first letters");
    }
}
