package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DuplicateFilterTest {
    private static final String A = "The two ministers met on Monday in the harbour city and agreed to meet again.";
    private static final String B = "They also discussed fishing quotas, patrol lanes and the detained crew.";

    @Test
    void repeatedBodyIsKeptOnce() {
        assertEquals(List.of("Title", A, B, "Label"), DuplicateFilter.filter(List.of("Title", A, B, "Label", A, B)));
    }

    @Test
    void repeatIgnoresCaseAndSpacing() {
        assertEquals(List.of(A), DuplicateFilter.filter(List.of(A, A.toUpperCase().replace(" ", "  "))));
    }

    @Test
    void shortLinesInsideARepeatedRunGo() {
        assertEquals(List.of(A, "Sub", B), DuplicateFilter.filter(List.of(A, "Sub", B, A, "Sub", B)));
    }

    @Test
    void shortLinesMayRepeatElsewhere() {
        assertEquals(List.of("Sub", A, "Sub", B), DuplicateFilter.filter(List.of("Sub", A, "Sub", B)));
    }

    @Test
    void distinctLinesStay() {
        assertEquals(List.of(A, B), DuplicateFilter.filter(List.of(A, B)));
        assertEquals(List.of(), DuplicateFilter.filter(List.of()));
    }
}
