package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.row;
import static org.readout.compare.Built.rowIds;
import static org.readout.compare.Built.said;

/** Statements on no issue of the taxonomy are listed apart, each with its clause; courtesies make one row, last. */
class UnclassifiedAndCourtesiesTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument CHN = Built.chnReadout();
    static final String CONGRATULATED = "1. At the outset, Minister Qin Gang introduced himself and Minister Hayashi congratulated "
            + "Minister Qin for assuming the position of Minister of Foreign Affairs.";
    static final String CONCERN = "Minister Hayashi expressed serious concerns regarding the situation in Hong Kong.";

    @Test
    void noIssueUnclassifiedAndATextLabelAreNeverARow() {
        String sameView = "Minister Qin expressed the same view.";
        String briefed = "Qin Gang briefed Hayashi on China's recent domestic situation, and Hayashi explained his plans.";
        Comparison c = compare(List.of(JPN, CHN),
                said(JPN, 0, CONGRATULATED, "congratulated", "JPN", "SUPPORT", "text:assuming-the-position-of-minister"),
                said(JPN, 200, sameView, "expressed the same view", "CHN", "AGREE", null),
                said(CHN, 0, briefed, "briefed", "CHN", null, "unclassified"),
                said(JPN, 300, CONCERN, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"));
        assertEquals(List.of("hong-kong"), rowIds(c));
        List<Cell> jpn = c.unclassified().get(0);
        assertEquals(List.of("congratulated", "expressed the same view"), jpn.stream().map(Cell::verb).toList());
        assertEquals("1. At the outset, Minister Qin Gang introduced himself and Minister Hayashi congratulated Minister Qin for "
                + "assuming the position of Minister of Foreign Affairs.", jpn.get(0).quote().text(), "the act's clause, whole here");
        assertEquals("text:assuming-the-position-of-minister", jpn.get(0).issue().id());
        assertNull(jpn.get(1).issue());
        assertNull(jpn.get(1).words(), "no issue words to quote");
        Cell briefing = c.unclassified().get(1).get(0);
        assertEquals("Qin Gang briefed Hayashi on China's recent domestic situation", briefing.quote().text(),
                "the act's own clause, not the next one");
    }

    @Test
    void courtesiesAreOneRowAfterTheIssuesAndTakeNoPlace() {
        String thanks = "Minister Qin expressed his gratitude for the Japanese search and rescue activities.";
        Comparison c = compare(List.of(JPN, CHN),
                said(JPN, 0, CONGRATULATED, "congratulated", "JPN", "SUPPORT", "courtesy"),
                said(JPN, 150, thanks, "expressed his gratitude", "CHN", "SUPPORT", "courtesy"),
                said(JPN, 300, CONCERN, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"),
                said(CHN, 0, "Qin Gang congratulated Hayashi on his birthday.", "congratulated", "CHN", "SUPPORT", "courtesy"));
        assertEquals(List.of("hong-kong", "courtesy"), rowIds(c), "the courtesies come first in the text, last in the comparison");
        Row courtesies = row(c, "courtesy");
        assertTrue(courtesies.courtesies());
        assertEquals("Courtesies", courtesies.label());
        assertEquals(2, courtesies.cells().get(0).size());
        assertEquals(1, courtesies.cells().get(1).size());
        assertEquals(List.of(0, 0), courtesies.order(), "no place among the issues");
        assertEquals(List.of(1, 0), row(c, "hong-kong").order(), "Hong Kong is Japan's first issue, the courtesies aside");
        assertEquals(List.of(1, 0), c.issues());
        assertTrue(c.summary().bothSides().isEmpty() && c.summary().oneSide().size() == 1, "courtesies are not summarised");
        assertTrue(c.unclassified().stream().allMatch(List::isEmpty));
    }
}
