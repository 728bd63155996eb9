package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.readout.knowledge.Cues;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateStampTest {
    private static final DateStamp STAMPS = new DateStamp(Cues.load(null));

    @Test
    void aLabelledIsoStampBecomesItsOwnLine() {
        assertEquals(List.of("date 2023-03-06", "At the invitation of the President, the Prime Minister will visit.", "Second."),
                STAMPS.split(List.of("date 2023-03-06 At the invitation of the President, the Prime Minister will visit.", "Second.")));
    }

    @Test
    void writtenDatesAndOtherLabelsToo() {
        assertEquals(List.of("Published: 4 April 2023", "The ministers met."), STAMPS.split(List.of("Published: 4 April 2023 The ministers met.")));
        assertEquals(List.of("March 6, 2023", "The ministers met."), STAMPS.split(List.of("March 6, 2023 The ministers met.")));
    }

    @Test
    void aLabelGluedToItsDateIsPartedFromItOutsideProse() {
        assertEquals(List.of("Harbour Mint Updated 22 Jan 2026, 10:14 PM IST", "The ministers met."),
                STAMPS.split(List.of("Harbour Mint Updated22 Jan 2026, 10:14 PM IST", "The ministers met.")));
        List<String> prose = List.of("The figures were updated2 times in a week, the ministers said when they met in the harbour city.");
        assertEquals(prose, STAMPS.split(prose), "prose is left as written");
    }

    @Test
    void aSentenceThatOpensWithADateIsLeftWhole() {
        List<String> lines = List.of("2023-03-06 was the day the ministers met.", "On 6 March 2023 they met.");
        assertEquals(lines, STAMPS.split(lines));
    }

    @Test
    void aDateLineAloneIsLeftAlone() {
        assertEquals(List.of("date 2023-03-06"), STAMPS.split(List.of("date 2023-03-06")));
    }
}
