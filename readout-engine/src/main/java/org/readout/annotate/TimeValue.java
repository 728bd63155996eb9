package org.readout.annotate;

import java.time.DayOfWeek;

/** What a temporal expression says, before it is resolved against a reference date and the verb's tense. */
public sealed interface TimeValue {

    /** A calendar date, possibly partial: "February 3, 2023", "April 1" (no year), "November 2022" (no day). */
    record CalendarDate(Integer year, Integer month, Integer day) implements TimeValue {
    }

    /** "from June 21 to 24", "21-24 June 2023": a first and a last day. */
    record DateSpan(CalendarDate start, CalendarDate end) implements TimeValue {
    }

    /** "04/02/2023": day and month order unknown until evidence decides. */
    record NumericDate(int first, int second, int year) implements TimeValue {
    }

    /**
     * "on Friday"; "this Thursday (2nd)", as some presses write, also gives the day of the month; "next Monday", "lundi
     * dernier" say which side of the publication day it falls on ({@code shift} 1 after it, -1 before it; null: the tense says).
     */
    record Weekday(DayOfWeek day, Integer dayOfMonth, Integer shift) implements TimeValue {
        public Weekday(DayOfWeek day) {
            this(day, null, null);
        }

        public Weekday(DayOfWeek day, Integer dayOfMonth) {
            this(day, dayOfMonth, null);
        }
    }

    /** "today" (0), "yesterday" (-1), "tomorrow" (+1). */
    record RelativeDay(int offset) implements TimeValue {
    }

    /** "last month" (-1), "this month" (0), "next month" (+1); unit MONTH, WEEK, WEEKEND or YEAR. */
    record Relative(Unit unit, int offset) implements TimeValue {
        public enum Unit { WEEK, WEEKEND, MONTH, YEAR }
    }

    /** "the 45th anniversary of the 1978 treaty": the year it is said in is base + ordinal. */
    record Anniversary(int ordinal, int baseYear) implements TimeValue {
        public int year() {
            return baseYear + ordinal;
        }
    }

    /** "at 10 p.m.", "commencing at 5:30 p.m.", "around eleven in the morning". */
    record ClockTime(int hour, int minute) implements TimeValue {
    }

    /** "at 11:30-12:00 (local time)": a first and a last clock time. */
    record ClockSpan(ClockTime start, ClockTime end) implements TimeValue {
        /** Minutes from start to end, or null when the end is not after the start. */
        public Integer minutes() {
            int m = end.hour() * 60 + end.minute() - start.hour() * 60 - start.minute();
            return m > 0 ? m : null;
        }
    }

    /** "for approximately 50 minutes", "a 50-minute call". */
    record Duration(int minutes) implements TimeValue {
    }

    /** "a two-day visit", "a 3-day trip": how many calendar days something lasts. */
    record Days(int count) implements TimeValue {
    }
}
