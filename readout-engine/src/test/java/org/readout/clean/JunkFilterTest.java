package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunkFilterTest {
    private static final JunkFilter FILTER = new JunkFilter(JunkRules.load());
    private static final String P1 = "The two ministers met on Monday in the harbour city and agreed to meet again soon.";
    private static final String P2 = "They also discussed fishing quotas, patrol lanes and the detained crew members.";

    private static List<String> kept(String... lines) {
        return FILTER.filter(List.of(lines)).kept();
    }

    @Test
    void cutMarkerAfterProseEndsTheArticle() {
        assertEquals(List.of("Title Here", P1), kept("Title Here", P1, "Leave a Comment", P2, "More text"));
    }

    @Test
    void cutMarkerBeforeProseDropsOnlyItself() {
        assertEquals(List.of("Title Here", P1), kept("Sponsored Content", "Title Here", P1));
    }

    @Test
    void furnitureIsDroppedAnywhere() {
        assertEquals(List.of("Title Here", P1, P2), kept("Reading Time: 1 minute", "Title Here", P1, "Print version PRINT", P2));
    }

    @Test
    void listHeaderTakesItsHeadlinesWithIt() {
        assertEquals(List.of(P1, P2), kept(P1, "Recommended", "- Other Story One", "Other Story Two", "-", "Other Story Three", P2));
    }

    @Test
    void bulletOnlyLinesGo() {
        assertEquals(List.of(P1), kept(P1, "-", "•"));
    }

    @Test
    void titleRunAfterProseGoes() {
        assertEquals(List.of("Headline Here", "Kicker Line", "Another Label", P1, P2),
                kept("Headline Here", "Kicker Line", "Another Label", P1, "Link One Here", "Link Two Here", "Link Three?", P2));
    }

    @Test
    void aDateAloneInARunOfTitlesStaysAsThePagesDate() {
        assertEquals(List.of(P1, "14.12.2023", P2), kept(P1, "Back", "Minister's further talks with counterparts", "14.12.2023", P2));
    }

    @Test
    void aDateAloneWithItsTimeInWhatAListHeaderRunsIntoStaysAsThePagesDate() {
        assertEquals(List.of("21.09.2023 | 22:01 |", P1, P2),
                kept("Recommended", "Harbour talks begin on quotas", "21.09.2023 | 22:01 |", "Harbour talks begin on quotas", P1, P2));
        assertEquals(List.of(P1, P2), kept("Recommended", "Harbour talks begin on quotas", "21.09.2023 talks", P1, P2),
                "a date with more than a clock time after it is a headline");
    }

    @Test
    void shortRunsAndSubheadingsStay() {
        assertEquals(List.of(P1, "Subheading", P2, "Another Sub", "Second Sub", P1),
                kept(P1, "Subheading", P2, "Another Sub", "Second Sub", P1));
    }

    @Test
    void runIntroducedByColonStays() {
        assertEquals(List.of(P1, "The agenda has three items:", "Quotas", "Patrols", "Science"),
                kept(P1, "The agenda has three items:", "Quotas", "Patrols", "Science"));
    }

    @Test
    void headReachesTwoLinesPastTheFirstProse() {
        var result = FILTER.filter(List.of("Home » World", "Title Here", P1, "DATELINE (Wire) -- more", P2, "Later"));
        assertEquals(List.of("Home » World", "Title Here", P1, "DATELINE (Wire) -- more", P2), result.head());
    }

    @Test
    void boilerplateHoldsDroppedLinesAndTheStartOfTheTail() {
        var result = FILTER.filter(List.of("Print version PRINT", P1, "Leave a Comment", "Available via The Review.", "a", "b", "c", "d", "e", "f", "g"));
        assertEquals(List.of("Print version PRINT", "Leave a Comment", "Available via The Review.", "a", "b", "c", "d", "e", "f"), result.boilerplate());
        assertTrue(result.kept().equals(List.of(P1)));
    }

    @Test
    void listsAreNotBoilerplate() {
        var result = FILTER.filter(List.of(P1, "Most Viewed", "The Other Outlet Story"));
        assertEquals(List.of(), result.boilerplate());
    }

    @Test
    void aPhotoCaptionGoesAndTheArticleStays() {
        String caption = "The two ministers shake hands after their talks in the capital on Tuesday, Dec. 20, 2016. (AP Photo/Jo Smith)";
        assertEquals(List.of(P1, P2), kept(caption, P1, P2));
        assertEquals(List.of(P1, P2), kept(P1, "Leaders at the summit venue. (Photo: Ministry of Foreign Affairs)", P2));
    }

    @Test
    void aCreditBeginningWithTheCopyrightSignInsideTheArticleIsNoEnd() {
        String credit = "© Ada Lensworth The two ministers at the harbour office before their talks.";
        String p3 = "Both ministers said the next round of talks would be held in the autumn, in the other capital.";
        assertEquals(List.of(P1, P2, p3), kept(P1, credit, P2, p3));
        assertEquals(List.of(P1, P2, p3), kept(P1, "© Ada Lensworth", P2, p3));
    }

    @Test
    void theCopyrightLineAtTheEndStillEndsTheArticle() {
        assertEquals(List.of(P1, P2), kept(P1, P2, "© 2023 The Harbour Gazette. All rights reserved.", "Privacy", "Terms",
                "This material may not be published, broadcast or redistributed without the written permission of the owners."));
        var result = FILTER.filter(List.of(P1, "© Ada Lensworth", P2));
        assertEquals(List.of(P1), result.kept());
        assertTrue(result.boilerplate().contains("© Ada Lensworth"));
    }

    @Test
    void aShareButtonInsideTheArticleIsNoEndButOneAtItsEndIs() {
        String p3 = "Both ministers said the next round of talks would be held in the autumn, in the other capital.";
        assertEquals(List.of(P1, P2, p3), kept(P1, "• Share", P2, p3));
        assertEquals(List.of(P1, P2), kept(P1, P2, "Share", "Related: ministers meet again"));
    }
}
