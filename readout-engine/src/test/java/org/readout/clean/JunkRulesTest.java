package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunkRulesTest {
    private static final JunkRules RULES = JunkRules.load();

    @Test
    void endMarkers() {
        for (String line : List.of("Leave a Comment", "Leave a Reply", "This site uses Akismet to reduce spam.", "Sponsored Content",
                "Related pages: Japan-U.S. Rela", "Archive search Look for: Sort by date", "Discover the all new Harbour Daily app",
                "Tags: diplomacy, fishing")) {
            assertTrue(RULES.cuts(line), line);
        }
        for (String line : List.of("Copyright © 2024 Harbour Daily", "© 2023 The Gazette", "© Ada Lensworth", "Share this article")) {
            assertTrue(RULES.cutsAtEnd(line), line);
            assertFalse(RULES.cuts(line), line);
        }
    }

    @Test
    void aSitesEndMarkersEndItsPagesAlone() {
        CleaningRules rules = CleaningRules.load(null);
        JunkRules belfer = rules.at("https://www.belfercenter.org/publication/x").junk();
        JunkRules mirage = rules.at("https://www.miragenews.com/x").junk();
        for (String line : List.of("Want to Read More?", "For Academic Citation:")) {
            assertTrue(belfer.cuts(line), line);
            assertFalse(RULES.cuts(line), line);
            assertFalse(mirage.cuts(line), line);
        }
        assertTrue(mirage.cuts("/Public Release. This material comes from"));
        assertFalse(RULES.cuts("/Public Release. This material comes from"));
        assertTrue(belfer.cuts("Leave a Comment"), "and the general rules");
    }

    @Test
    void pageFurniture() {
        for (String line : List.of("ArrowArtboardCreated with Sketch.Title ChevronIcon", "Print version PRINT", "Reading Time: 1 minute or less",
                "Reading time: 4 min", "Home » today » World » Ministers meet", "Home Page > News of China", "INTERNATIONAL > Asia & Pacific",
                "Back to Press Releases", "Back to top", "Photo: Minister at the podium. AGENCY/NAME", "Facebook Twitter Email",
                "Share | Tweet | Print", "Advertisement", "5 min read", "------")) {
            assertTrue(RULES.drops(line), line);
        }
    }

    @Test
    void articleLinesAreNotJunk() {
        for (String line : List.of("February 3, 2023", "Status: 04/02/2023 3:24 p.m", "Press Releases", "Tensions in the East China Sea",
                "The ministers shared the view that they will seek to find ways to resolve issues.", "Reading the statement, he paused.",
                "Sponsored by the two governments, the survey starts in May.", "The site uses old buildings.", "Copyright law was discussed.",
                "Back to the talks, the two sides agreed on a date.", "Hayashi: China should work towards peace in Ukraine",
                "TOKYO (Kyodo) -- Japanese Foreign Minister")) {
            assertFalse(RULES.cuts(line) || RULES.drops(line) || RULES.startsList(line), line);
        }
    }

    @Test
    void listHeaders() {
        for (String line : List.of("Recommended", "Most Viewed", "In the Spotlight", "MOST READ", "\"Politics\" MOST READ",
                "Related Stories", "More from Harbour Daily", "You may also like")) {
            assertTrue(RULES.startsList(line), line);
        }
        assertFalse(RULES.startsList("Recommended reading for ministers is long."));
    }

    @Test
    void neverTitles() {
        for (String line : List.of("February 3, 2023", "3 February 2023", "2022-10-31 17:58", "04/02/2023", "20:00 JST, July 29, 2024",
                "Status: 04/02/2023", "By Marta Quill", "Press Releases", "Analysis & Opinions - The Diplomat", "The following is from:", "Monday, March 4")) {
            assertTrue(RULES.neverTitle(line), line);
        }
        assertFalse(RULES.neverTitle("Wedding Diplomacy in the Strait"));
    }

    @Test
    void backlinkTarget() {
        assertEquals(Optional.of("Japan-China Relations"), RULES.backlinkTarget("Back to Japan-China Relations"));
        assertEquals(Optional.empty(), RULES.backlinkTarget("Back to top"));
        assertEquals(Optional.empty(), RULES.backlinkTarget("Press Releases"));
    }

    @Test
    void titlePrefix() {
        assertEquals("Ministers Meet", RULES.withoutTitlePrefix("(Photo) Ministers Meet"));
        assertEquals("Ministers Meet", RULES.withoutTitlePrefix("Ministers Meet"));
    }

    @Test
    void furnitureClasses() {
        for (String names : List.of("share-bar", "social", "related-links", "most-read", "newsletter-signup", "breadcrumbs", "comments",
                "sidebar", "l-col__sidebar", "c-related-list", "o-teaser-list--trending", "article-comments", "caption", "wp-caption-text",
                "photo-credit")) {
            assertTrue(RULES.isFurnitureClass(names), names);
        }
        for (String names : List.of("article-body", "content", "shared-strait", "headline", "tagline", "paywall")) {
            assertFalse(RULES.isFurnitureClass(names), names);
        }
    }

    @Test
    void furnitureClassesAreWholeNamesNotParts() {
        // layout classes of the page's columns: the article sits in them
        for (String names : List.of("l-sidebar-fixed", "content-with-sidebar-wrp", "has-sidebar-layout", "socialite", "commentary",
                "article-body social")) {
            assertFalse(RULES.isFurnitureClass(names), names);
        }
    }

    @Test
    void unknownRuleKindIsAnError() {
        var rows = List.of(new Tsv.Row("x.tsv", 3, List.of("zap", "x")));
        assertEquals("x.tsv:3: unknown rule kind zap", assertThrows(IllegalStateException.class, () -> JunkRules.parse(rows)).getMessage());
    }
}
