package org.readout.extract;

import org.readout.annotate.TimeValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Turns a temporal expression into a date, or a clue, against the publication date and the tense:
 * "met on Monday" is the Monday on or before the publication date, "will meet on Monday" the one after;
 * "on April 1" in a past sentence is the last April 1 not after it, in a future sentence the next one.
 */
final class DateResolver {
    private DateResolver() {
    }

    /** A full date, or null when the expression does not fix one day. */
    static LocalDate resolve(TimeValue v, LocalDate anchor, Tense tense) {
        if (v instanceof TimeValue.DateSpan span) return resolve(span.start(), anchor, tense);
        if (v instanceof TimeValue.CalendarDate c && c.month() != null && c.day() != null) {
            if (c.year() != null) return safe(c.year(), c.month(), c.day());
            return anchor == null ? null : yearless(c.month(), c.day(), anchor, tense);
        }
        if (anchor == null) return null;
        if (v instanceof TimeValue.CalendarDate c && c.year() == null && c.month() == null && c.day() != null) return dayOfMonth(c.day(), anchor, tense);
        if (v instanceof TimeValue.Weekday w) return weekday(w, anchor, tense);
        if (v instanceof TimeValue.RelativeDay r) return anchor.plusDays(r.offset());
        return null;
    }

    /** "today", "yesterday", "on Thursday": a day counted from the publication day, not named in the calendar. */
    static boolean readFromPublication(TimeValue v) {
        return v instanceof TimeValue.RelativeDay || v instanceof TimeValue.Weekday w && w.dayOfMonth() == null;
    }

    /** "23일" written on the 25th: the 23rd of the anchor's month, or of the month before if that day is still to come (the next one ahead for the future). */
    private static LocalDate dayOfMonth(int day, LocalDate anchor, Tense tense) {
        YearMonth month = YearMonth.from(anchor);
        for (int i = 0; i < 2; i++) {
            YearMonth m = tense == Tense.FUTURE ? month.plusMonths(i) : month.minusMonths(i);
            if (day > m.lengthOfMonth()) continue;
            LocalDate d = m.atDay(day);
            if (tense == Tense.FUTURE ? !d.isBefore(anchor) : !d.isAfter(anchor)) return d;
        }
        return null;
    }

    /** The last day of a span, in the year its first day resolved to. */
    static LocalDate resolveEnd(TimeValue v, LocalDate start) {
        if (!(v instanceof TimeValue.DateSpan span) || start == null) return null;
        LocalDate end = safe(start.getYear(), span.end().month(), span.end().day());
        if (end != null && end.isBefore(start)) end = end.plusYears(1);
        return end != null && end.isAfter(start) ? end : null;
    }

    /** The last day an expression resolved to {@code start} covers: the end of its span ("June 2-5"), else that day. */
    static LocalDate lastDay(TimeValue v, LocalDate start) {
        LocalDate end = resolveEnd(v, start);
        return end != null ? end : start;
    }

    /** What the expression says when it does not fix a day: a month, a day without year, a weekday, "today". */
    static DateClue clue(TimeValue v, LocalDate anchor, Tense tense) {
        // "June 2-5" with no year: the month it falls in; its first day is not the day another sentence's weekday names
        if (v instanceof TimeValue.DateSpan days && days.start().year() == null && days.start().day() != null
                && !days.start().equals(days.end())) {
            TimeValue.CalendarDate first = days.start();
            return clue(new TimeValue.CalendarDate(null, first.month(), null), anchor, tense);
        }
        if (v instanceof TimeValue.DateSpan span) return clue(span.start(), anchor, tense);
        if (v instanceof TimeValue.CalendarDate c) {
            if (c.year() == null && c.month() != null && anchor != null) {
                YearMonth ym = YearMonth.of(anchor.getYear(), c.month());
                if (tense != Tense.FUTURE && ym.isAfter(YearMonth.from(anchor))) ym = ym.minusYears(1);
                if (tense == Tense.FUTURE && ym.isBefore(YearMonth.from(anchor))) ym = ym.plusYears(1);
                return new DateClue(ym.getYear(), c.month(), c.day(), null, false, null, null);
            }
            return new DateClue(c.year(), c.month(), c.day(), null, false, null, null);
        }
        if (v instanceof TimeValue.Weekday w) return new DateClue(null, null, w.dayOfMonth(), w.day(), false, null, null);
        if (v instanceof TimeValue.RelativeDay r && r.offset() == 0) return new DateClue(null, null, null, null, true, null, null);
        if (v instanceof TimeValue.Relative r && anchor != null && r.unit() == TimeValue.Relative.Unit.MONTH) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(r.offset());
            return new DateClue(ym.getYear(), ym.getMonthValue(), null, null, false, null, null);
        }
        if (v instanceof TimeValue.Relative r && anchor != null && r.unit() != TimeValue.Relative.Unit.YEAR) return weekClue(r, anchor);
        return DateClue.NONE;
    }

    /**
     * "next week", "this weekend", "last week": the days of that week (Monday to Sunday) counted from the
     * anchor's; a past week reaches up to the anchor, as "the past week" also means the seven days before it.
     */
    private static DateClue weekClue(TimeValue.Relative r, LocalDate anchor) {
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(r.offset());
        LocalDate from = r.unit() == TimeValue.Relative.Unit.WEEKEND ? monday.plusDays(5) : monday;
        LocalDate to = r.offset() < 0 ? anchor : monday.plusDays(6);
        return new DateClue(null, null, null, null, false, from, to);
    }

    /**
     * A weekday that also gives its day of the month ("this Thursday (2nd)") is the one of the two nearest the anchor, the
     * tense's first, that falls on that day; null when neither does, as the text and the anchor then disagree.
     */
    private static LocalDate weekday(TimeValue.Weekday w, LocalDate anchor, Tense tense) {
        // "next Monday" is the first Monday after the publication day, "last Monday" the last one before it
        if (w.shift() != null) return anchor.with(w.shift() > 0 ? TemporalAdjusters.next(w.day()) : TemporalAdjusters.previous(w.day()));
        LocalDate d = weekday(w.day(), anchor, tense);
        if (w.dayOfMonth() == null || d.getDayOfMonth() == w.dayOfMonth()) return d;
        LocalDate other = weekday(w.day(), anchor, tense == Tense.FUTURE ? Tense.PAST : Tense.FUTURE);
        return other.getDayOfMonth() == w.dayOfMonth() ? other : null;
    }

    /**
     * "On Friday, December 19" with no year: the day the tense gave if it falls on that weekday, else the same day a year
     * later or earlier that does (the tense was misread: "may meet" is not past); null when neither does.
     */
    static LocalDate inTheYearOfItsWeekday(LocalDate day, DayOfWeek weekday) {
        if (day.getDayOfWeek() == weekday) return day;
        for (LocalDate other : List.of(day.plusYears(1), day.minusYears(1))) {
            if (other.getDayOfWeek() == weekday && other.getDayOfMonth() == day.getDayOfMonth()) return other;
        }
        return null;
    }

    static LocalDate weekday(DayOfWeek day, LocalDate anchor, Tense tense) {
        return tense == Tense.FUTURE
                ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    private static LocalDate yearless(int month, int day, LocalDate anchor, Tense tense) {
        LocalDate d = safe(anchor.getYear(), month, day);
        if (d == null && month == 2 && day == 29) {
            int step = tense == Tense.FUTURE ? 1 : -1;
            for (int y = anchor.getYear() + step; d == null && Math.abs(y - anchor.getYear()) <= 4; y += step) d = safe(y, 2, 29);
            return d;
        }
        if (d == null) return null;
        if (tense == Tense.FUTURE && d.isBefore(anchor.minusDays(1))) d = d.plusYears(1);
        if (tense != Tense.FUTURE && d.isAfter(anchor.plusDays(1))) d = d.minusYears(1);
        return d;
    }

    /** The day of that month and day in {@code year}, or else in the year before, that {@code fits}; null when neither does. */
    static LocalDate inYearOrTheOneBefore(int month, int day, int year, java.util.function.Predicate<LocalDate> fits) {
        for (int y = year; y >= year - 1; y--) {
            LocalDate d = safe(y, month, day);
            if (d != null && fits.test(d)) return d;
        }
        return null;
    }

    /** That day of {@code month}, or else of the month before, that {@code fits}; null when neither does. */
    static LocalDate inMonthOrTheOneBefore(int day, YearMonth month, java.util.function.Predicate<LocalDate> fits) {
        for (YearMonth ym : List.of(month, month.minusMonths(1))) {
            LocalDate d = ym.isValidDay(day) ? ym.atDay(day) : null;
            if (d != null && fits.test(d)) return d;
        }
        return null;
    }

    static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
