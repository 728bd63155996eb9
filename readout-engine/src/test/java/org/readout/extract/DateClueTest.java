package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateClueTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DateClue dayMonth(int month, int day) {
        return new DateClue(null, month, day, null, false, null, null);
    }

    private static DateClue weekday(DayOfWeek w) {
        return new DateClue(null, null, null, w, false, null, null);
    }

    @Test
    void noneIsEmptyAndAdmitsEveryDay() {
        assertTrue(DateClue.NONE.isEmpty());
        assertTrue(DateClue.NONE.admits(d("1999-01-01")));
        assertTrue(DateClue.NONE.admits(d("2030-12-31")));
    }

    @Test
    void dayAndMonthAdmitThatDayInAnyYear() {
        DateClue c = dayMonth(3, 10);
        assertTrue(c.admits(d("2023-03-10")));
        assertTrue(c.admits(d("2024-03-10")));
        assertFalse(c.admits(d("2023-03-11")));
        assertFalse(c.admits(d("2023-04-10")));
    }

    @Test
    void yearRestricts() {
        DateClue c = new DateClue(2022, 12, null, null, false, null, null);
        assertTrue(c.admits(d("2022-12-01")));
        assertTrue(c.admits(d("2022-12-31")));
        assertFalse(c.admits(d("2023-12-01")));
        assertFalse(c.admits(d("2022-11-30")));
    }

    @Test
    void weekdayRestricts() {
        DateClue c = weekday(DayOfWeek.FRIDAY);
        assertTrue(c.admits(d("2023-03-10")));
        assertFalse(c.admits(d("2023-03-11")));
    }

    @Test
    void boundsAreInclusive() {
        DateClue c = new DateClue(null, null, null, null, false, d("2023-03-01"), d("2023-03-31"));
        assertTrue(c.admits(d("2023-03-01")));
        assertTrue(c.admits(d("2023-03-31")));
        assertFalse(c.admits(d("2023-02-28")));
        assertFalse(c.admits(d("2023-04-01")));
    }

    @Test
    void boundsAloneAreEmpty() {
        assertTrue(new DateClue(null, null, null, null, false, d("2023-03-01"), d("2023-03-31")).isEmpty());
    }

    @Test
    void todayIsNotEmptyButAdmitsEveryDay() {
        DateClue c = new DateClue(null, null, null, null, true, null, null);
        assertFalse(c.isEmpty());
        assertTrue(c.admits(d("2023-05-20")));
    }

    @Test
    void eachFieldAloneMakesItNonEmpty() {
        assertFalse(new DateClue(2023, null, null, null, false, null, null).isEmpty());
        assertFalse(new DateClue(null, 3, null, null, false, null, null).isEmpty());
        assertFalse(new DateClue(null, null, 3, null, false, null, null).isEmpty());
        assertFalse(weekday(DayOfWeek.MONDAY).isEmpty());
    }

    @Test
    void andCombinesDayMonthAndWeekday() {
        DateClue c = dayMonth(3, 10).and(weekday(DayOfWeek.FRIDAY));
        assertEquals(new DateClue(null, 3, 10, DayOfWeek.FRIDAY, false, null, null), c);
        assertTrue(c.admits(d("2023-03-10")));
        assertFalse(c.admits(d("2024-03-10")), "10 March 2024 is a Sunday");
    }

    @Test
    void andKeepsTheFirstValueOnConflict() {
        DateClue c = dayMonth(3, 10).and(dayMonth(4, 11));
        assertEquals(dayMonth(3, 10), c);
    }

    @Test
    void andNarrowsBounds() {
        DateClue a = new DateClue(null, null, null, null, false, d("2023-01-01"), d("2023-12-31"));
        DateClue b = new DateClue(null, null, null, null, false, d("2023-03-01"), d("2024-06-30"));
        DateClue c = a.and(b);
        assertEquals(d("2023-03-01"), c.notBefore());
        assertEquals(d("2023-12-31"), c.notAfter());
        assertEquals(c, b.and(a));
    }

    @Test
    void andWithOneSidedBounds() {
        DateClue a = new DateClue(null, null, null, null, false, d("2023-01-01"), null);
        DateClue b = new DateClue(null, null, null, null, false, null, d("2023-12-31"));
        DateClue c = a.and(b);
        assertEquals(d("2023-01-01"), c.notBefore());
        assertEquals(d("2023-12-31"), c.notAfter());
    }

    @Test
    void andOrsToday() {
        DateClue today = new DateClue(null, null, null, null, true, null, null);
        assertTrue(today.and(DateClue.NONE).today());
        assertTrue(DateClue.NONE.and(today).today());
        assertFalse(DateClue.NONE.and(DateClue.NONE).today());
    }

    @Test
    void andWithNoneIsIdentity() {
        DateClue c = new DateClue(2023, 3, 10, DayOfWeek.FRIDAY, false, d("2023-01-01"), d("2023-12-31"));
        assertEquals(c, c.and(DateClue.NONE));
        assertEquals(c, DateClue.NONE.and(c));
    }
}
