package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Tokenizer.Token::text).collect(Collectors.toList());
    }

    @Test
    void lowerCasesWordsAndKeepsOffsets() {
        String s = "Japan's Foreign Minister  URGED restraint.";
        List<Tokenizer.Token> t = Tokenizer.tokenize(s);
        assertEquals(List.of("japan's", "foreign", "minister", "urged", "restraint"), texts(s));
        assertEquals("URGED", s.substring(t.get(3).start(), t.get(3).end()));
        assertTrue(t.get(1).capitalized());
        assertFalse(t.get(3).capitalized());
        assertTrue(t.get(3).upperInitial());
    }

    @Test
    void splitsHyphensKeepsAbbreviationsAndNumbers() {
        assertEquals(List.of("a", "sit", "in", "by", "u.n.", "staff", "on", "3.5", "percent"),
                texts("a sit-in by U.N. staff on 3.5 percent"));
        assertEquals(List.of("it's", "curly"), texts("it\u2019s curly"));
        assertArrayEquals(new String[] {"air", "strike"}, Tokenizer.words("AIR_STRIKE"));
    }

    @Test
    void strongPunctuationStartsANewClauseButTitlesAndCommasDoNot() {
        List<Tokenizer.Token> t = Tokenizer.tokenize("Mr. Wang said, firmly; then (briefly) left. Done");
        assertEquals(0, t.get(0).clause()); // mr
        assertEquals(0, t.get(1).clause()); // wang: "Mr." is not a sentence end
        assertEquals(0, t.get(3).clause()); // firmly: commas do not split
        assertEquals(1, t.get(4).clause()); // then
        assertEquals(2, t.get(5).clause()); // briefly
        assertEquals(3, t.get(6).clause()); // left
        assertEquals(4, t.get(7).clause()); // done
    }

    @Test
    void theAbbreviationsAreTheSentenceSplittersOnes() {
        List<Tokenizer.Token> t = Tokenizer.tokenize("Lt. Col. Kim arrived on Jan. 5. He left");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1), t.stream().map(Tokenizer.Token::clause).toList());
    }

    @Test
    void numbersWithSeparatorsDottedAbbreviationsAndTheirEdges() {
        assertEquals(List.of("1,000.5", "u.s.a.", "e.g.", "x", "2023", "pa'anga", "a", "b"),
                texts("1,000.5 U.S.A. e.g.x 2023. pa'anga a--b"));
        assertEquals(List.of("1", "x"), texts("1,x"), "a separator needs a number after it");
    }

    @Test
    void aClauseInPiecesKeepsJoinedWordsWholeAndPunctuationApart() {
        String s = "on \u201cthe long-term R&D\u201d of U.S. firms, and/or the issue\u2019s 3.5% rise";
        List<Tokenizer.Piece> p = Tokenizer.pieces(s);
        assertEquals(List.of("on", "the", "long-term", "R&D", "of", "U.S", ".", "firms", ",", "and/or", "the", "issue\u2019s", "3.5", "%", "rise"),
                p.stream().map(Tokenizer.Piece::text).toList());
        assertEquals("r&d", p.get(3).lower());
        assertFalse(p.get(6).word());
        assertEquals(s.indexOf("long-term"), p.get(2).start());
        assertEquals(s.indexOf("long-term") + "long-term".length(), p.get(2).end());
    }

    @Test
    void eachChineseJapaneseOrKoreanCharacterIsAWord() {
        assertEquals(List.of("双", "方", "同", "意", "g20"), texts("双方同意G20"));
        assertEquals(List.of("一", "致", "し", "ま", "し", "た"), texts("一致しました"));
        assertEquals(List.of("합", "의", "했", "다", "seoul"), texts("합의했다 Seoul"));
        List<Tokenizer.Token> t = Tokenizer.tokenize("中方表示；日方同意");
        assertEquals(0, t.get(3).clause());
        assertEquals(1, t.get(4).clause(), "a full-width semicolon starts a clause");
        assertEquals(List.of("双方同意", "G20"), Tokenizer.pieces("双方同意 G20").stream().map(Tokenizer.Piece::text).toList(),
                "a clause label keeps the run whole");
    }

    @Test
    void arabicScriptLettersWrittenForOneAnotherAreOneLetter() {
        assertEquals(texts("اكد الوزير اهميه الزياره"), texts("أكد الوزير أهمية الزيارة"), "alef with hamza is alef, teh marbuta heh");
        assertEquals(texts("علي مستوي"), texts("على مستوى"), "alef maqsura is yeh");
        assertEquals(texts("يك كشور"), texts("یک کشور"), "Farsi yeh and keheh are Arabic yeh and kaf");
        assertEquals(texts("تبادله"), texts("تبادلہ"), "Urdu's heh goal is heh, as the phrase index reads it");
    }

    @Test
    void aVowelSignStaysInItsWordAndAZeroWidthNonJoinerJoins() {
        assertEquals(List.of("चर्चा", "की"), texts("चर्चा की"), "Devanagari vowel signs are marks, not breaks");
        assertEquals(List.of("گفتوگو", "کردند").size(), texts("گفت\u200cوگو کردند").size());
        assertEquals(texts("گفتوگو"), texts("گفت\u200cوگو"), "the non-joiner is no break, and no letter");
    }
}
