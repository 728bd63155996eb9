package org.readout.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechActMatchTest {

    static SpeechActMatch span(int tokenStart, int tokenEnd) {
        return new SpeechActMatch(0, 1, tokenStart, tokenEnd, "x", "x", "010", null, SpeechActMatch.Origin.DIPLOMATIC,
                1010, null, List.of(), 1, "");
    }

    @Test
    void overlapIsSharingATokenEitherWay() {
        assertTrue(span(2, 5).overlaps(span(4, 6)));
        assertTrue(span(4, 6).overlaps(span(2, 5)));
        assertTrue(span(2, 5).overlaps(span(3, 4)));
        assertFalse(span(2, 5).overlaps(span(5, 7)));
        assertFalse(span(5, 7).overlaps(span(2, 5)));
    }

    @Test
    void verbOnlyMarksBarePetrarchVerbs() {
        SpeechActMatch bare = new SpeechActMatch(0, 4, 0, 1, "said", "SAY [010]", "010", null, SpeechActMatch.Origin.PETRARCH,
                10, null, List.of(), 4510, "verb SAY in block EXPLAIN_VERBAL");
        SpeechActMatch pattern = new SpeechActMatch(0, 4, 0, 2, "said x", "- * X [010]", "010", null,
                SpeechActMatch.Origin.PETRARCH, 20, null, List.of(), 4511, "");
        assertTrue(bare.verbOnly());
        assertFalse(pattern.verbOnly());
        assertFalse(span(0, 1).verbOnly());
    }
}
