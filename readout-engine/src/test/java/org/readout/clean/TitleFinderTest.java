package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleFinderTest {
    private static final TitleFinder FINDER = new TitleFinder(JunkRules.load());
    private static final String PROSE = "The two ministers met on Monday in the harbour city and agreed to meet again soon.";

    private static String find(String... lines) {
        return FINDER.find(List.of(lines), List.of(lines));
    }

    @Test
    void sectionLabelAboveTheHeadlineIsSkipped() {
        assertEquals("Norland-Sudmark Foreign Ministers’ Telephone Talk", find("Press Releases", "Norland-Sudmark Foreign Ministers’ Telephone Talk", "March 9, 2024", PROSE));
    }

    @Test
    void backlinkNamesASectionLabel() {
        assertEquals("Ministers Hold Talks in the Capital", find("Norland-Sudmark Relations Today", "Ministers Hold Talks in the Capital", PROSE, "Back to Norland-Sudmark Relations Today"));
    }

    @Test
    void titleCaseHeadlineBeatsSentenceCaseCaption() {
        assertEquals("Norland-Sudmark Foreign Ministers' Meeting",
                find("Norland Relations", "June 1, 2024", "Minister Holm shakes hands with his counterpart", "(Photo) Norland-Sudmark Foreign Ministers' Meeting", PROSE));
    }

    @Test
    void sentenceCaseHeadlineAfterKicker() {
        assertEquals("Norland minister to visit Sudmark for talks", find("International relations", "Norland minister to visit Sudmark for talks", "Holm likely to raise patrols", PROSE));
    }

    @Test
    void breadcrumbsStampsAndBylinesAreSkipped() {
        assertEquals("Ministers convene in the harbour city", find("Home » World » Ministers convene", "Ministers convene in the harbour city", "Status: 04/02/2023 3:24 p.m", PROSE));
        assertEquals("Talks resume after two years", find("By Marta Quill", "Talks resume after two years", PROSE));
        assertEquals("Talks Resume After Two Years", find("Reading Time: 1 minute", "Talks Resume After Two Years", PROSE));
    }

    @Test
    void sectionHeaderWithOutletIsSkipped() {
        assertEquals("Norland and Sudmark Trade Barbs", find("Analysis & Opinions - The Strait Review", "Norland and Sudmark Trade Barbs", PROSE));
    }

    @Test
    void noHeadlineAboveProseIsNull() {
        assertNull(find(PROSE, "Later Line"));
        assertNull(find("The following is to be attributed to the Spokesperson:", PROSE));
        assertNull(find("February 3, 2023", PROSE));
    }

    @Test
    void aLoneOneWordLineIsNoTitle() {
        assertNull(find("Politics", PROSE));
    }

    @Test
    void titleIsTheOnlyLine() {
        assertEquals("Scholz Welcomes Tusk", find("Scholz Welcomes Tusk"));
    }
}
