package org.readout.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a report says about when an engagement happened, when that is less than a full date:
 * a day and month without a year, a month, a weekday, or "today" relative to an unknown publication date.
 * The linker resolves it against other reports and the participants' terms of office.
 */
public record DateClue(Integer year, Integer month, Integer day, DayOfWeek weekday, boolean today,
                       LocalDate notBefore, LocalDate notAfter) {

    public static final DateClue NONE = new DateClue(null, null, null, null, false, null, null);

    public boolean admits(LocalDate d) {
        if (year != null && d.getYear() != year) return false;
        if (month != null && d.getMonthValue() != month) return false;
        if (day != null && d.getDayOfMonth() != day) return false;
        if (weekday != null && d.getDayOfWeek() != weekday) return false;
        if (notBefore != null && d.isBefore(notBefore)) return false;
        return notAfter == null || !d.isAfter(notAfter);
    }

    /**
     * The last day the clue's year, month and day admit ("October 2022": October 31, "2022": December 31); null without a
     * year, or for a month or a day the calendar does not have ("February 30, 2022" on a page).
     */
    public LocalDate lastDay() {
        if (year == null) return null;
        try {
            if (month == null) return LocalDate.of(year, 12, 31);
            YearMonth m = YearMonth.of(year, month);
            return day == null ? m.atEndOfMonth() : m.atDay(day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return year == null && month == null && day == null && weekday == null && !today;
    }

    public DateClue and(DateClue o) {
        return new DateClue(year != null ? year : o.year, month != null ? month : o.month, day != null ? day : o.day,
                weekday != null ? weekday : o.weekday, today || o.today, later(notBefore, o.notBefore),
                earlier(notAfter, o.notAfter));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
