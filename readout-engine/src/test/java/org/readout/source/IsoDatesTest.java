package org.readout.source;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IsoDatesTest {
    @Test
    void date() {
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull("2023-02-03"));
    }

    @Test
    void dateTimeKeepsTheStatedDay() {
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull("2023-02-03T23:30:00+09:00"));
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull("2023-02-03T23:30:00-0500"));
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull("2023-02-03T01:00:00Z"));
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull("2023-02-03T01:00:00.123Z"));
        assertEquals(LocalDate.of(2023, 2, 3), IsoDates.parseOrNull(" 2023-02-03T01:00 "));
    }

    @Test
    void otherFormsAreNull() {
        assertNull(IsoDates.parseOrNull(null));
        assertNull(IsoDates.parseOrNull(""));
        assertNull(IsoDates.parseOrNull("Feb 3, 2023"));
        assertNull(IsoDates.parseOrNull("2023-02-30"));
        assertNull(IsoDates.parseOrNull("03/02/2023"));
    }
}
