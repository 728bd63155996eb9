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
}
