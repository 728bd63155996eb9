package org.readout.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(KnowledgeAnnotator.abbreviations(), KnowledgeAnnotator.sentenceOpeners());

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    private static void assertOffsets(String text, List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertTrue(s.start() < s.end());
            if (i > 0) assertTrue(sentences.get(i - 1).end() <= s.start());
        }
    }

    @Test
    void twoPlainSentences() {
        assertEquals(List.of("The ministers met in Tokyo.", "They agreed to meet again."),
                texts("The ministers met in Tokyo. They agreed to meet again."));
    }

    @Test
    void aDayWithItsFullStopBeforeItsMonthEndsNoSentence() {
        assertEquals(List.of("Ruritz, 1. August (Agentur) – Der Minister traf sich am 1. August mit Berg.", "Sie sprachen lange."),
                texts("Ruritz, 1. August (Agentur) – Der Minister traf sich am 1. August mit Berg. Sie sprachen lange."));
    }

    @Test
    void aClockTimeBeforeACommaAndANameEndsNoSentence() {
        String text = "On March 15, commencing at 10 a.m., Jean Dupont, Foreign Minister of Ruritania, held a telephone talk "
                + "with Anna Berg. The overview of the talk is as follows.";
        assertEquals(List.of("On March 15, commencing at 10 a.m., Jean Dupont, Foreign Minister of Ruritania, held a telephone talk "
                + "with Anna Berg.", "The overview of the talk is as follows."), texts(text));
        assertOffsets(text, SPLITTER.split(text));
    }

    @Test
    void aSentenceNeverEndsWithAComma() {
        assertEquals(List.of("Karl Brandt Jr., President of Freedonia, will visit Sylvania.", "He arrives today."),
                texts("Karl Brandt Jr., President of Freedonia, will visit Sylvania. He arrives today."));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertTrue(SPLITTER.split("").isEmpty());
        assertTrue(SPLITTER.split("\n\n  \n").isEmpty());
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "Japan-China Foreign Ministers' Telephone Talk\nApril 2, 2023\n\n"
                + "On April 2, H.E. Mr. Qin Gang spoke with Mr. Hayashi. The overview is as follows.\n";
        List<Sentence> sentences = SPLITTER.split(text);
        assertEquals(4, sentences.size());
        assertOffsets(text, sentences);
    }

    @Test
    void headlineIsItsOwnSentence() {
        assertEquals(List.of("Foreign Minister Hayashi Visits China", "Mr. Hayashi arrived in Beijing on Sunday."),
                texts("Foreign Minister Hayashi Visits China\nMr. Hayashi arrived in Beijing on Sunday."));
    }

    @Test
    void headlineWithoutFullStopIsNotGluedToTheNextLine() {
        List<String> s = texts("Japan, China hold talks\nthe ministers met for three hours.");
        assertEquals(List.of("Japan, China hold talks", "the ministers met for three hours."), s);
    }

    @Test
    void dateLineUnderHeadlineIsItsOwnSentence() {
        assertEquals(List.of("Japan-China Summit Meeting", "November 17, 2023", "The leaders met."),
                texts("Japan-China Summit Meeting\nNovember 17, 2023\nThe leaders met."));
    }

    @Test
    void listItemsAreSeparateSentences() {
        assertEquals(List.of("1. At the outset, the ministers welcomed the talks.", "2. The two ministers concurred."),
                texts("1. At the outset, the ministers welcomed the talks.\n2. The two ministers concurred."));
    }

    @Test
    void carriageReturnsAreNotPartOfSentences() {
        String text = "First line here.\r\nSecond line here.\r\n";
        List<Sentence> s = SPLITTER.split(text);
        assertEquals(List.of("First line here.", "Second line here."), s.stream().map(Sentence::text).toList());
        assertOffsets(text, s);
    }

    @Test
    void leadingAndTrailingSpacesAreTrimmed() {
        String text = "   The ministers met.   ";
        Sentence s = SPLITTER.split(text).get(0);
        assertEquals(3, s.start());
        assertEquals(21, s.end());
        assertEquals("The ministers met.", s.text());
    }

    @Test
    void honorificHEIsNotASentenceEnd() {
        assertEquals(List.of("Minister Hayashi met H.E. Mr. Wang Yi, State Councilor and Foreign Minister of China."),
                texts("Minister Hayashi met H.E. Mr. Wang Yi, State Councilor and Foreign Minister of China."));
    }

    @Test
    void misterIsNotASentenceEnd() {
        assertEquals(1, texts("The minister spoke with Mr. Qin Gang on Sunday.").size());
        assertEquals(1, texts("The minister spoke with Ms. Penny Wong and Mrs. Smith on Sunday.").size());
    }

    @Test
    void theHonourableIsNotASentenceEnd() {
        String text = "Minister Velt held a meeting with the Hon. Mara Oskin, MP, Prime Minister of Norland. "
                + "The Rt. Hon. Piet Amsel joined them.";
        assertEquals(List.of("Minister Velt held a meeting with the Hon. Mara Oskin, MP, Prime Minister of Norland.",
                "The Rt. Hon. Piet Amsel joined them."), texts(text));
    }

    @Test
    void aParenthesisLeftOpenEndsNoSentence() {
        assertEquals(List.of("On May 3, commencing at 9:00p.m.(Tokyo Time) for 15 minutes, Minister Velt held a telephone talk."),
                texts("On May 3, commencing at 9:00p.m.(Tokyo Time) for 15 minutes, Minister Velt held a telephone talk."));
    }

    @Test
    void juniorIsNotASentenceEnd() {
        assertEquals(1, texts("His Excellency Arturo Pena Jr. will make a State Visit to Norland at the invitation of its President.").size());
    }

    @Test
    void monthAbbreviationIsNotASentenceEnd() {
        assertEquals(List.of("The accord of Jan. 28, 2018 was cited by both sides."),
                texts("The accord of Jan. 28, 2018 was cited by both sides."));
    }

    @Test
    void monthAbbreviationsAtSentenceStart() {
        assertEquals(List.of("On Jan. 5, the minister met H.E. Mr. Wang Yi in Beijing.", "He left at 10 a.m. on Friday."),
                texts("On Jan. 5, the minister met H.E. Mr. Wang Yi in Beijing. He left at 10 a.m. on Friday."));
    }

    @Test
    void clockAbbreviationInsideSentence() {
        assertEquals(1, texts("The call began at 10 a.m. Tokyo time and lasted an hour.").size());
        assertEquals(1, texts("The talks, which began at 5:30 p.m. Beijing time, lasted three hours.").size());
    }

    @Test
    void usInitialismIsNotASentenceEnd() {
        assertEquals(List.of("U.S. Secretary of State Antony Blinken spoke with Mr. Wang by phone.",
                        "The two sides agreed to stay in touch."),
                texts("U.S. Secretary of State Antony Blinken spoke with Mr. Wang by phone. The two sides agreed to stay in touch."));
    }

    @Test
    void anInitialismEndsASentenceWhenAWordThatOpensOneFollows() {
        assertEquals(List.of("We confirmed close cooperation with the U.S.", "I then called on the Prime Minister."),
                texts("We confirmed close cooperation with the U.S. I then called on the Prime Minister."));
        assertEquals(1, texts("The minister met U.S. President Carter and the U.N. Secretary-General.").size());
    }

    @Test
    void usInitialismInsideSentence() {
        assertEquals(1, texts("The U.S. and Japan agreed to hold talks.").size());
    }

    @Test
    void lowerCaseContinuationIsJoined() {
        List<String> s = texts("Minister Kono met with Mr. Yang Jiechi, a member of the Political Bureau. they discussed trade.");
        assertEquals(1, s.size());
        assertTrue(s.get(0).endsWith("they discussed trade."));
    }

    @Test
    void upperCaseStartStaysASentence() {
        assertEquals(2, texts("Minister Kono met Mr. Yang. They discussed trade.").size());
    }

    @Test
    void joinedSentenceKeepsExactOffsets() {
        String text = "Intro line\nOn Jan. 5, H.E. Mr. Wang Yi met Mr. Kono. they spoke. Then they left.";
        List<Sentence> s = SPLITTER.split(text);
        assertOffsets(text, s);
        assertEquals("On Jan. 5, H.E. Mr. Wang Yi met Mr. Kono. they spoke.", s.get(1).text());
        assertEquals("Then they left.", s.get(2).text());
    }

    @Test
    void withoutAbbreviationsTheModelAloneDecides() {
        SentenceSplitter bare = new SentenceSplitter(Set.of());
        String text = "The minister met Mr. Qin Gang. They talked.";
        assertOffsets(text, bare.split(text));
        assertEquals("They talked.", bare.split(text).get(bare.split(text).size() - 1).text());
    }

    @Test
    void sentenceContains() {
        Sentence s = new Sentence(0, 10, 20, "0123456789");
        assertTrue(s.contains(10));
        assertTrue(s.contains(19));
        assertTrue(!s.contains(20));
        assertTrue(!s.contains(9));
    }

    @Test
    void aPageWithoutFullStopsIsCutAtSpacesIntoBoundedPieces() {
        String text = "Short opening sentence. " + "The ministers of Norland and Sudmark talked about fishing quotas and ".repeat(100)
                + "harbour fees\nA second line.";
        SentenceSplitter.Split split = SPLITTER.splitBounded(text);
        List<Sentence> sentences = split.sentences();
        assertOffsets(text, sentences);
        assertEquals(1, split.cut());
        assertEquals("Short opening sentence.", sentences.get(0).text());
        assertEquals("A second line.", sentences.get(sentences.size() - 1).text());
        List<Sentence> pieces = sentences.subList(1, sentences.size() - 1);
        assertEquals(4, pieces.size(), "6,900 characters in pieces of at most 2,000");
        for (Sentence piece : pieces) {
            assertTrue(piece.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS, piece.text());
            assertTrue(text.charAt(piece.end()) == ' ' || text.charAt(piece.end()) == '\n', "cut at a space");
        }
        assertEquals(text.substring(pieces.get(0).start(), pieces.get(3).end()).replaceAll("\\s+", ""),
                String.join("", pieces.stream().map(Sentence::text).toList()).replaceAll("\\s+", ""), "no text lost");
    }

    @Test
    void militaryRanksAreAbbreviations() {
        assertEquals(1, texts("The minister met Lt. Col. Kim Min-jun and Pres. Yoon in Seoul.").size());
    }

    @Test
    void aChineseFullStopEndsASentenceAndAWrappedLineDoesNot() {
        String text = "王毅同外长通电话。双方就两国关系和共同关心的国际和地区问题\n交换了意见。\n2021年12月16日\n中方表示。";
        assertEquals(List.of("王毅同外长通电话。", "双方就两国关系和共同关心的国际和地区问题\n交换了意见。", "2021年12月16日", "中方表示。"),
                texts(text), "a short line, as a date's, is its own");
        assertOffsets(text, SPLITTER.split(text));
    }
}
