package org.readout.annotate;

import org.junit.jupiter.api.Test;
import org.readout.annotate.TimeValue.ClockTime;
import org.readout.annotate.TimeValue.Relative;
import org.readout.annotate.TimeValue.Relative.Unit;
import org.readout.annotate.TimeValue.RelativeDay;
import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.annotate.TemporalTaggerTest.only;
import static org.readout.annotate.TemporalTaggerTest.tag;

/** The words of {@code readout/annotate/time-words.tsv}, as the temporal tagger reads them, with the tagger test's helpers. */
class TimeWordsTest {
    @Test
    void everyDayNamedFromThePublicationDay() {
        Map<String, Integer> days = Map.of("today", 0, "tonight", 0, "this morning", 0, "this afternoon", 0,
                "this evening", 0, "earlier today", 0, "later today", 0, "yesterday", -1, "tomorrow", 1);
        days.forEach((words, offset) -> assertEquals(new RelativeDay(offset), only("They spoke " + words + ".", words), words));
        assertEquals(new RelativeDay(0), only("They spoke earlier  Today.", "earlier  Today"), "any case, any spaces");
    }

    @Test
    void everyShiftOfEveryUnit() {
        Map<String, Integer> shifts = Map.of("last", -1, "past", -1, "this", 0, "next", 1, "coming", 1);
        Map<String, Unit> units = Map.of("week", Unit.WEEK, "weekend", Unit.WEEKEND, "month", Unit.MONTH, "year", Unit.YEAR);
        shifts.forEach((shift, offset) -> units.forEach((unit, u) -> assertEquals(new Relative(u, offset),
                only("They meet " + shift + " " + unit + ".", shift + " " + unit))));
    }

    @Test
    void aWordBesideAWeekdaySaysWhichSideOfThePublicationDayItFallsOn() {
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY, null, 1), only("The envoys meet next Monday.", "next Monday"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY, null, 1),
                only("Os enviados reúnem-se na próxima segunda-feira.", "próxima segunda-feira"), "before the weekday");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY, null, -1),
                only("Les émissaires se sont vus lundi dernier.", "lundi dernier"), "after it");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.FRIDAY, null, -1),
                only("Посланники встретились в прошлую пятницу.", "прошлую пятницу"), "in Cyrillic");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY), only("The envoys met on Monday, last of all the French.", "Monday"),
                "a comma parts them");
    }

    @Test
    void eitherOfTwoDaysGivesTheMonthOnly() {
        assertEquals(new TimeValue.CalendarDate(null, 9, null), only("The visit may come on 21 or 22 September.", "21 or 22 September"));
        assertEquals(new TimeValue.CalendarDate(2027, 9, null), only("Wizyta odbędzie się 21 lub 22 września 2027.", "21 lub 22 września 2027"));
        assertEquals(new TimeValue.CalendarDate(null, 9, null), only("The talks are set for September 21 or 22.", "September 21 or 22"));
        assertTrue(tag("Talks set for 21 or 22 may be moved.").stream().noneMatch(t -> t.value() instanceof TimeValue.CalendarDate c && c.month() != null),
                "'may' there is a verb");
    }

    @Test
    void twoDaysJoinedByAndAreTheFirstAndTheLastOfASpan() {
        TimeValue nineToTen = new TimeValue.DateSpan(new TimeValue.CalendarDate(2031, 5, 9), new TimeValue.CalendarDate(2031, 5, 10));
        assertEquals(nineToTen, only("The forum meets on Friday 9 and Saturday 10 May 2031.", "Friday 9 and Saturday 10 May 2031"));
        assertEquals(nineToTen, only("Le forum se réunit les 9 et 10 mai 2031.", "9 et 10 mai 2031"));
        assertEquals(nineToTen, only("The forum meets on May 9 and 10, 2031.", "May 9 and 10, 2031"));
        assertEquals(new TimeValue.DateSpan(new TimeValue.CalendarDate(null, 5, 9), new TimeValue.CalendarDate(null, 5, 10)),
                only("El foro se reúne el 9 y 10 de mayo.", "9 y 10 de mayo"));
        assertTrue(tag("Between 12 and 3 May the envoys met.").stream().noneMatch(t -> t.value() instanceof TimeValue.DateSpan),
                "a last day before the first is no span");
    }

    @Test
    void partsOfTheDayAndTimeZones() {
        assertEquals(new ClockTime(7, 0), only("They spoke at seven in the morning.", "seven in the morning"));
        assertEquals(new ClockTime(15, 0), only("They spoke at three in the afternoon.", "three in the afternoon"));
        assertEquals(new ClockTime(19, 0), only("They spoke at seven in the evening.", "seven in the evening"));
        for (String zone : List.of("JST", "KST", "CST", "GMT", "UTC", "CET", "local time")) {
            assertEquals(new ClockTime(10, 30), only("The call began at 10:30 " + zone + ".", "10:30 " + zone), zone);
        }
        assertTrue(tag("The call began at 10:30 jst.").isEmpty(), "zones keep their case");
    }

    @Test
    void theWordsBeforeAMonthOrAYearAlone() {
        for (String before : List.of("in", "since", "by", "until", "from", "for", "during", "of", "early", "mid", "late")) {
            assertEquals(new TimeValue.CalendarDate(null, 5, null), only("Talks held " + before + " May.", before + " May"), before);
        }
        assertTrue(tag("Talks may May resume.").isEmpty(), "'May' alone is no date");
        for (String before : List.of("in", "since", "of", "from", "until", "by", "early", "mid", "late")) {
            assertEquals(new TimeValue.CalendarDate(2019, null, null), only("Ties improved " + before + " 2019.", before + " 2019"), before);
        }
        assertEquals(new TimeValue.CalendarDate(2024, 6, null), only("Talks are due by late June 2024.", "late June 2024"));
    }

    @Test
    void aRowWithAWrongValueIsAnErrorWithItsLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> words("day\tovermorrow\ttwo")).getMessage()
                .startsWith("test:1: a day needs a whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> words("unit\tfortnight\tFORTNIGHT")).getMessage()
                .contains("a unit is WEEK, WEEKEND, MONTH or YEAR"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> words("part-of-day\tnight\tlate")).getMessage()
                .contains("am or pm"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> words("season\tspring")).getMessage()
                .contains("no such kind of time word 'season'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> words("weekday-shift\tanon\t2")).getMessage()
                .contains("1 (the next such day) or -1"));
    }

    private static TimeWords words(String... lines) {
        List<Tsv.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) rows.add(new Tsv.Row("test", i + 1, lines[i].split("\t", -1)));
        return TimeWords.of(rows);
    }
}
