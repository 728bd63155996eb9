package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextBlocksTest {
    @Test
    void plainTextKeepsEachLineAndDropsBlankOnes() {
        assertEquals(List.of("Title", "1. First item.", "Body text here."),
                TextBlocks.plain("  Title  \n\n\n   1.  First   item.\n \nBody text here.\n"));
    }

    @Test
    void aLineBrokenOffMidSentenceIsJoinedToTheRestOfItAcrossBlankLines() {
        assertEquals(List.of("Ministers Meet Again", "Both ministers discussed the challenges facing the region.",
                        "They stressed the wish for a stable, prosperous and secure strait.", "Attendees", "Harbour Daily"),
                TextBlocks.plain("Ministers Meet Again\n\nBoth ministers discussed the\n\nchallenges facing the region.\n\n"
                        + "They stressed the wish for a stable,\n\nprosperous and secure strait.\n\nAttendees\n\nHarbour Daily\n"));
    }

    @Test
    void hardWrappedPlainTextIsJoinedIntoParagraphs() {
        String text = "Ministers Meet Again\n\n"
                + "The foreign ministers of Norland and Sudmark met on Monday in\n"
                + "the harbour city and agreed to reopen talks on fishing quotas\n"
                + "after a pause of almost two years.\n\n"
                + "Officials said the first round would be held in September and\n"
                + "that both sides would exchange draft texts before then.\n\n"
                + "- quotas for the spring season\n"
                + "- patrol lanes in the strait\n";
        assertEquals(List.of("Ministers Meet Again",
                "The foreign ministers of Norland and Sudmark met on Monday in the harbour city and agreed to reopen talks on fishing quotas after a pause of almost two years.",
                "Officials said the first round would be held in September and that both sides would exchange draft texts before then.",
                "- quotas for the spring season", "- patrol lanes in the strait"), TextBlocks.plain(text));
    }

    @Test
    void shortLinesInHardWrappedTextStandAlone() {
        String text = "Talks Resume\n"
                + "The foreign ministers of Norland and Sudmark met on Monday in\n"
                + "the harbour city and agreed to reopen talks on fishing quotas\n"
                + "soon.\n\n"
                + "Officials said the first round would be held in September and\n"
                + "that both sides would exchange draft texts before then.\n"
                + "Leave a Comment\n"
                + "This site uses Akismet.\n";
        assertEquals(List.of("Talks Resume",
                "The foreign ministers of Norland and Sudmark met on Monday in the harbour city and agreed to reopen talks on fishing quotas soon.",
                "Officials said the first round would be held in September and that both sides would exchange draft texts before then.",
                "Leave a Comment", "This site uses Akismet."), TextBlocks.plain(text));
    }

    @Test
    void scrapedLinesAreNotJoined() {
        String longLine = "The ministers met on Monday. ".repeat(5);
        assertEquals(List.of("Title", longLine.strip(), "Short line", longLine.strip()),
                TextBlocks.plain("Title\n" + longLine + "\nShort line\n" + longLine + "\n"));
        assertEquals(List.of("A headline", "Kicker", "Body sentence one.", "Body sentence two."),
                TextBlocks.plain("A headline\n\nKicker\n\nBody sentence one.\n\nBody sentence two.\n"));
    }

    @Test
    void markdownJoinsSoftWrappedParagraphs() {
        assertEquals(List.of("One paragraph over two lines.", "Second."), TextBlocks.markdown("One paragraph\nover two lines.\n\nSecond."));
    }

    @Test
    void markdownHeadingsStandAlone() {
        assertEquals(List.of("Title", "Text right under it.", "Sub"), TextBlocks.markdown("# Title #\nText right under it.\n### Sub"));
    }

    @Test
    void setextHeadings() {
        assertEquals(List.of("Title", "Text."), TextBlocks.markdown("Title\n=====\nText."));
    }

    @Test
    void listItemsLoseBulletsButKeepNumbers() {
        assertEquals(List.of("Intro:", "first", "second", "1. numbered", "2) also"),
                TextBlocks.markdown("Intro:\n- first\n* second\n1. numbered\n2) also"));
    }

    @Test
    void quotesRulesFencesCommentsAndLinkDefinitionsGo() {
        assertEquals(List.of("\"Quoted,\" she said.", "code line", "After."),
                TextBlocks.markdown("> \"Quoted,\" she said.\n\n---\n```java\ncode line\n```\n<!-- note -->\n[ref]: https://x.example\nAfter."));
    }

    @Test
    void aWireStoryWrappedWithoutBlankLinesIsJoined() {
        String text = """
                HARBOUR CITY Aug 9 The foreign ministers of the two
                neighbours will meet in the capital on Tuesday to discuss
                fishing quotas and the detained crew members, the ministry
                said. The talks follow a week of exchanges between them.
                """;
        assertEquals(List.of("HARBOUR CITY Aug 9 The foreign ministers of the two neighbours will meet in the capital on Tuesday "
                + "to discuss fishing quotas and the detained crew members, the ministry said. The talks follow a week of exchanges between them."),
                TextBlocks.plain(text));
    }

    @Test
    void linesThatEndTheirSentencesStayLines() {
        String text = "The two ministers met on Monday in the harbour city.\nThey agreed to meet again in the spring season.\n"
                + "Fishing quotas were discussed at length by both sides.\n";
        assertEquals(3, TextBlocks.plain(text).size());
    }
}
