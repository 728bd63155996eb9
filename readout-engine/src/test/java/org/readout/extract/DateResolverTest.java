package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.TimeValue;
import org.readout.annotate.TimeValue.CalendarDate;
import org.readout.annotate.TimeValue.Relative;
import org.readout.annotate.TimeValue.RelativeDay;
import org.readout.annotate.TimeValue.Weekday;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateResolverTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static LocalDate resolve(TimeValue v, String anchor, Tense tense) {
        return DateResolver.resolve(v, anchor == null ? null : d(anchor), tense);
    }

    @Test
    void aRelativeWeekIsTheDaysOfThatWeek() {
        DateClue next = DateResolver.clue(new Relative(Relative.Unit.WEEK, 1), d("2024-03-14"), Tense.FUTURE);
        assertEquals(d("2024-03-18"), next.notBefore());
        assertEquals(d("2024-03-24"), next.notAfter());
        DateClue weekend = DateResolver.clue(new Relative(Relative.Unit.WEEKEND, 0), d("2024-03-14"), Tense.FUTURE);
        assertEquals(d("2024-03-16"), weekend.notBefore());
        assertEquals(d("2024-03-17"), weekend.notAfter());
        DateClue last = DateResolver.clue(new Relative(Relative.Unit.WEEK, -1), d("2024-03-14"), Tense.PAST);
        assertEquals(d("2024-03-04"), last.notBefore());
        assertEquals(d("2024-03-14"), last.notAfter());
        assertEquals(DateClue.NONE, DateResolver.clue(new Relative(Relative.Unit.WEEK, 1), null, Tense.FUTURE));
    }

    @Test
    void aWeekdayWithItsDayOfTheMonthIsTheNearOneThatFallsOnThatDay() {
        // the anchor is a Friday, 3 March 2028
        assertEquals(d("2028-03-02"), resolve(new Weekday(DayOfWeek.THURSDAY, 2), "2028-03-03", Tense.PAST));
        assertEquals(d("2028-03-09"), resolve(new Weekday(DayOfWeek.THURSDAY, 9), "2028-03-03", Tense.PAST), "said of the coming one");
        assertNull(resolve(new Weekday(DayOfWeek.THURSDAY, 16), "2028-03-03", Tense.PAST), "the text and the anchor disagree");
        assertEquals(d("2028-03-02"), resolve(new Weekday(DayOfWeek.THURSDAY), "2028-03-03", Tense.PAST));
    }

    @Test
    void aDayWithoutAYearTakesTheYearItsWeekdayFallsIn() {
        assertEquals(d("2025-12-19"), DateResolver.inTheYearOfItsWeekday(d("2024-12-19"), DayOfWeek.FRIDAY));
        assertEquals(d("2024-12-19"), DateResolver.inTheYearOfItsWeekday(d("2025-12-19"), DayOfWeek.THURSDAY));
        assertEquals(d("2025-12-19"), DateResolver.inTheYearOfItsWeekday(d("2025-12-19"), DayOfWeek.FRIDAY));
        assertNull(DateResolver.inTheYearOfItsWeekday(d("2025-12-19"), DayOfWeek.MONDAY));
    }

    // --- full dates need no anchor

    @Test
    void aSpanOfDaysWithoutYearIsAClueToItsMonthOnly() {
        TimeValue.DateSpan visit = new TimeValue.DateSpan(new TimeValue.CalendarDate(null, 6, 2), new TimeValue.CalendarDate(null, 6, 5));
        DateClue clue = DateResolver.clue(visit, null, Tense.FUTURE);
        assertEquals(6, clue.month());
        assertNull(clue.day(), "its first day is not the day of a meeting another sentence puts on a weekday");
        DateClue oneDay = DateResolver.clue(new TimeValue.CalendarDate(null, 6, 2), null, Tense.FUTURE);
        assertEquals(2, oneDay.day());
    }

    @Test
    void fullDateIgnoresAnchorAndTense() {
        CalendarDate v = new CalendarDate(2023, 2, 3);
        assertEquals(d("2023-02-03"), resolve(v, null, Tense.NONE));
        assertEquals(d("2023-02-03"), resolve(v, "2030-01-01", Tense.FUTURE));
        assertEquals(d("2023-02-03"), resolve(v, "2000-01-01", Tense.PAST));
    }

    @Test
    void impossibleFullDateIsNull() {
        assertNull(resolve(new CalendarDate(2023, 2, 30), null, Tense.PAST));
        assertNull(resolve(new CalendarDate(2023, 2, 29), "2023-03-01", Tense.PAST));
    }

    @Test
    void leapDayIsADate() {
        assertEquals(d("2024-02-29"), resolve(new CalendarDate(2024, 2, 29), null, Tense.NONE));
    }

    @Test
    void monthWithoutDayIsNotADate() {
        assertNull(resolve(new CalendarDate(2022, 11, null), "2022-12-01", Tense.PAST));
        assertNull(resolve(new CalendarDate(null, 11, null), "2022-12-01", Tense.PAST));
    }

    @Test
    void yearOnlyIsNotADate() {
        assertNull(resolve(new CalendarDate(2019, null, null), "2022-12-01", Tense.PAST));
    }

    // --- "on April 1": the last one in a past sentence, the next one in a future sentence

    @Test
    void yearlessDateInThePast() {
        assertEquals(d("2022-04-01"), resolve(new CalendarDate(null, 4, 1), "2023-03-30", Tense.PAST));
    }

    @Test
    void yearlessDateInTheFuture() {
        assertEquals(d("2023-04-01"), resolve(new CalendarDate(null, 4, 1), "2023-03-30", Tense.FUTURE));
    }

    @Test
    void yearlessDateWithoutTenseIsPast() {
        assertEquals(d("2022-04-01"), resolve(new CalendarDate(null, 4, 1), "2023-03-30", Tense.NONE));
        assertEquals(d("2023-03-28"), resolve(new CalendarDate(null, 3, 28), "2023-03-30", Tense.NONE));
    }

    @Test
    void yearlessPastDateEarlierInTheYear() {
        assertEquals(d("2023-03-02"), resolve(new CalendarDate(null, 3, 2), "2023-03-30", Tense.PAST));
    }

    @Test
    void yearlessFutureDateLaterInTheYear() {
        assertEquals(d("2023-11-16"), resolve(new CalendarDate(null, 11, 16), "2023-11-13", Tense.FUTURE));
    }

    @Test
    void pastDateAcrossTheYearBoundary() {
        assertEquals(d("2022-12-28"), resolve(new CalendarDate(null, 12, 28), "2023-01-03", Tense.PAST));
    }

    @Test
    void futureDateAcrossTheYearBoundary() {
        assertEquals(d("2023-01-10"), resolve(new CalendarDate(null, 1, 10), "2022-12-20", Tense.FUTURE));
    }

    @Test
    void futureDateEarlierInTheYearIsNextYear() {
        assertEquals(d("2024-03-01"), resolve(new CalendarDate(null, 3, 1), "2023-03-30", Tense.FUTURE));
    }

    @Test
    void pastDateOneDayAfterAnchorStaysInTheYear() {
        assertEquals(d("2023-03-31"), resolve(new CalendarDate(null, 3, 31), "2023-03-30", Tense.PAST));
    }

    @Test
    void pastDateTwoDaysAfterAnchorIsLastYear() {
        assertEquals(d("2022-04-01"), resolve(new CalendarDate(null, 4, 1), "2023-03-30", Tense.PAST));
    }

    @Test
    void futureDateOneDayBeforeAnchorStaysInTheYear() {
        assertEquals(d("2023-03-29"), resolve(new CalendarDate(null, 3, 29), "2023-03-30", Tense.FUTURE));
    }

    @Test
    void futureDateTwoDaysBeforeAnchorIsNextYear() {
        assertEquals(d("2024-03-28"), resolve(new CalendarDate(null, 3, 28), "2023-03-30", Tense.FUTURE));
    }

    @Test
    void yearlessDateOnTheAnchorDay() {
        assertEquals(d("2023-03-30"), resolve(new CalendarDate(null, 3, 30), "2023-03-30", Tense.PAST));
        assertEquals(d("2023-03-30"), resolve(new CalendarDate(null, 3, 30), "2023-03-30", Tense.FUTURE));
    }

    @Test
    void yearlessDateWithoutAnchorIsNull() {
        assertNull(resolve(new CalendarDate(null, 4, 1), null, Tense.PAST));
    }

    @Test
    void impossibleYearlessDateIsNull() {
        assertNull(resolve(new CalendarDate(null, 4, 31), "2023-05-10", Tense.PAST));
    }

    // --- weekdays: "met on Monday" on or before the anchor, "will meet on Monday" after it

    @Test
    void pastWeekdayIsOnOrBeforeAnchor() {
        // 2023-04-05 is a Wednesday
        assertEquals(d("2023-04-03"), resolve(new Weekday(DayOfWeek.MONDAY), "2023-04-05", Tense.PAST));
    }

    @Test
    void pastWeekdayOnTheAnchorDayIsTheAnchor() {
        assertEquals(d("2023-04-05"), resolve(new Weekday(DayOfWeek.WEDNESDAY), "2023-04-05", Tense.PAST));
    }

    @Test
    void pastWeekdayTheDayAfterTheAnchorIsLastWeek() {
        assertEquals(d("2023-03-30"), resolve(new Weekday(DayOfWeek.THURSDAY), "2023-04-05", Tense.PAST));
    }

    @Test
    void futureWeekdayIsAfterAnchor() {
        assertEquals(d("2023-04-10"), resolve(new Weekday(DayOfWeek.MONDAY), "2023-04-05", Tense.FUTURE));
        assertEquals(d("2023-04-06"), resolve(new Weekday(DayOfWeek.THURSDAY), "2023-04-05", Tense.FUTURE));
    }

    @Test
    void futureWeekdayOnTheAnchorDayIsThatDay() {
        // wires name the day of the week even for the day they are written ("plans to meet Zelensky in Odesa on Wednesday")
        assertEquals(d("2023-04-05"), resolve(new Weekday(DayOfWeek.WEDNESDAY), "2023-04-05", Tense.FUTURE));
    }

    @Test
    void aShiftedWeekdayFallsOnItsSideOfTheAnchorWhateverTheTense() {
        // 2023-04-05 is a Wednesday: "next Wednesday" is a week on, "last Wednesday" a week back, "next Monday" the 10th
        assertEquals(d("2023-04-10"), resolve(new Weekday(DayOfWeek.MONDAY, null, 1), "2023-04-05", Tense.PAST));
        assertEquals(d("2023-04-12"), resolve(new Weekday(DayOfWeek.WEDNESDAY, null, 1), "2023-04-05", Tense.NONE));
        assertEquals(d("2023-03-29"), resolve(new Weekday(DayOfWeek.WEDNESDAY, null, -1), "2023-04-05", Tense.FUTURE));
        assertEquals(d("2023-04-03"), resolve(new Weekday(DayOfWeek.MONDAY, null, -1), "2023-04-05", Tense.FUTURE));
    }

    @Test
    void weekdayWithoutTenseIsPast() {
        assertEquals(d("2023-04-03"), resolve(new Weekday(DayOfWeek.MONDAY), "2023-04-05", Tense.NONE));
    }

    @Test
    void weekdayAcrossTheYearBoundary() {
        // 2023-01-02 is a Monday
        assertEquals(d("2022-12-30"), resolve(new Weekday(DayOfWeek.FRIDAY), "2023-01-02", Tense.PAST));
        assertEquals(d("2023-01-06"), resolve(new Weekday(DayOfWeek.FRIDAY), "2023-01-02", Tense.FUTURE));
    }

    @Test
    void weekdayWithoutAnchorIsNull() {
        assertNull(resolve(new Weekday(DayOfWeek.MONDAY), null, Tense.PAST));
    }

    @Test
    void weekdayHelperDirectly() {
        assertEquals(d("2023-04-03"), DateResolver.weekday(DayOfWeek.MONDAY, d("2023-04-03"), Tense.PAST));
        assertEquals(d("2023-04-03"), DateResolver.weekday(DayOfWeek.MONDAY, d("2023-04-03"), Tense.FUTURE));
        assertEquals(d("2023-04-10"), DateResolver.weekday(DayOfWeek.MONDAY, d("2023-04-04"), Tense.FUTURE));
    }

    // --- relative days

    @Test
    void todayIsTheAnchor() {
        assertEquals(d("2023-12-14"), resolve(new RelativeDay(0), "2023-12-14", Tense.PAST));
        assertEquals(d("2023-12-14"), resolve(new RelativeDay(0), "2023-12-14", Tense.FUTURE));
    }

    @Test
    void yesterdayAndTomorrow() {
        assertEquals(d("2022-12-31"), resolve(new RelativeDay(-1), "2023-01-01", Tense.PAST));
        assertEquals(d("2023-01-01"), resolve(new RelativeDay(1), "2022-12-31", Tense.FUTURE));
    }

    @Test
    void todayWithoutAnchorIsNull() {
        assertNull(resolve(new RelativeDay(0), null, Tense.PAST));
    }

    @Test
    void otherValuesAreNotDates() {
        assertNull(resolve(new Relative(Relative.Unit.MONTH, -1), "2023-04-05", Tense.PAST));
        assertNull(resolve(new TimeValue.ClockTime(10, 0), "2023-04-05", Tense.PAST));
        assertNull(resolve(new TimeValue.Duration(50), "2023-04-05", Tense.PAST));
        assertNull(resolve(new TimeValue.NumericDate(4, 2, 2023), "2023-04-05", Tense.PAST));
        assertNull(resolve(new TimeValue.Anniversary(45, 1978), "2023-04-05", Tense.PAST));
    }

    // --- clues

    private static DateClue clue(TimeValue v, String anchor, Tense tense) {
        return DateResolver.clue(v, anchor == null ? null : d(anchor), tense);
    }

    @Test
    void clueOfDayWithoutYearAndAnchor() {
        assertEquals(new DateClue(null, 3, 10, null, false, null, null), clue(new CalendarDate(null, 3, 10), null, Tense.PAST));
    }

    @Test
    void clueOfMonthInThePastGetsTheYear() {
        assertEquals(new DateClue(2022, 12, null, null, false, null, null),
                clue(new CalendarDate(null, 12, null), "2023-01-05", Tense.PAST));
    }

    @Test
    void clueOfMonthInTheFutureGetsTheYear() {
        assertEquals(new DateClue(2024, 1, null, null, false, null, null),
                clue(new CalendarDate(null, 1, null), "2023-12-20", Tense.FUTURE));
    }

    @Test
    void clueOfTheAnchorsMonth() {
        assertEquals(new DateClue(2023, 5, null, null, false, null, null),
                clue(new CalendarDate(null, 5, null), "2023-05-20", Tense.PAST));
        assertEquals(new DateClue(2023, 5, null, null, false, null, null),
                clue(new CalendarDate(null, 5, null), "2023-05-20", Tense.FUTURE));
    }

    @Test
    void clueOfMonthAndYear() {
        assertEquals(new DateClue(2022, 11, null, null, false, null, null),
                clue(new CalendarDate(2022, 11, null), "2023-05-20", Tense.PAST));
    }

    @Test
    void clueOfWeekday() {
        assertEquals(new DateClue(null, null, null, DayOfWeek.FRIDAY, false, null, null),
                clue(new Weekday(DayOfWeek.FRIDAY), null, Tense.PAST));
    }

    @Test
    void clueOfToday() {
        DateClue c = clue(new RelativeDay(0), null, Tense.PAST);
        assertEquals(true, c.today());
        assertEquals(false, c.isEmpty());
    }

    @Test
    void yesterdayWithoutAnchorGivesNoClue() {
        assertEquals(DateClue.NONE, clue(new RelativeDay(-1), null, Tense.PAST));
    }

    @Test
    void clueOfLastMonth() {
        assertEquals(new DateClue(2022, 12, null, null, false, null, null),
                clue(new Relative(Relative.Unit.MONTH, -1), "2023-01-15", Tense.PAST));
        assertEquals(new DateClue(2023, 2, null, null, false, null, null),
                clue(new Relative(Relative.Unit.MONTH, 1), "2023-01-15", Tense.FUTURE));
    }

    @Test
    void relativePeriodWithoutAnchorGivesNoClue() {
        assertEquals(DateClue.NONE, clue(new Relative(Relative.Unit.WEEK, -1), null, Tense.PAST));
        assertEquals(DateClue.NONE, clue(new Relative(Relative.Unit.MONTH, -1), null, Tense.PAST));
    }

    @Test
    void clockAndDurationGiveNoClue() {
        assertEquals(DateClue.NONE, clue(new TimeValue.ClockTime(9, 0), "2023-01-15", Tense.PAST));
        assertEquals(DateClue.NONE, clue(new TimeValue.Duration(9), "2023-01-15", Tense.PAST));
    }

    @Test
    void safeRejectsImpossibleDates() {
        assertNull(DateResolver.safe(2023, 2, 29));
        assertNull(DateResolver.safe(2023, 13, 1));
        assertEquals(d("2024-02-29"), DateResolver.safe(2024, 2, 29));
    }

    @Test
    void aDayOfTheMonthAloneIsTheNearestSuchDayOnTheSideItsTenseSays() {
        assertEquals(d("2025-08-23"), resolve(new org.readout.annotate.TimeValue.CalendarDate(null, null, 23), "2025-08-25", Tense.PAST));
        assertEquals(d("2025-07-28"), resolve(new org.readout.annotate.TimeValue.CalendarDate(null, null, 28), "2025-08-25", Tense.PAST), "still to come this month: last month's");
        assertEquals(d("2025-09-30"), resolve(new org.readout.annotate.TimeValue.CalendarDate(null, null, 30), "2025-09-26", Tense.FUTURE));
        assertEquals(d("2025-03-31"), resolve(new org.readout.annotate.TimeValue.CalendarDate(null, null, 31), "2025-04-10", Tense.PAST), "April has no 31st");
        assertNull(resolve(new org.readout.annotate.TimeValue.CalendarDate(null, null, 23), null, Tense.PAST));
    }
}
