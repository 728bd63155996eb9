package org.readout.annotate;

import org.readout.annotate.TimeValue.Relative.Unit;
import org.readout.knowledge.Tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code readout/annotate/time-words.tsv} that the temporal tagger reads around dates and times: days
 * named from the publication day, shifts and units ("last week"), parts of the day, time zones, and the words before
 * a month, a year or a 24-hour time alone. Each kind as a regex alternation (longest first, quoted), and what each word says.
 */
record TimeWords(String days, String shifts, String units, String partsOfDay, String zones, String monthParts,
                 String beforeMonth, String beforeYear, String beforeClock, String dateJoiners, String beforeWeekday, String wordMonths, String dayAloneBlockers, String dottedMonths, String weekdayShifts, String dayAlternatives, String dayPairs, String dayFirstMarkers, Map<String, Integer> dayOffsets, Map<String, Integer> shiftOffsets,
                 Map<String, Unit> unitOf, Map<String, Boolean> afternoon, Map<String, Integer> dottedMonthNumbers, Map<String, Integer> weekdayShiftOffsets) {
    static final String FILE = "time-words.tsv";
    private static final Set<String> KINDS = Set.of("day", "shift", "unit", "part-of-day", "zone", "month-part",
            "before-month", "before-year", "before-clock", "date-joiner", "before-weekday", "word-month", "not-a-day-alone", "dotted-month", "weekday-shift", "day-alternative", "day-pair", "day-first");

    static TimeWords load() {
        return of(Tsv.load("readout/annotate/", FILE, null));
    }

    static TimeWords of(List<Tsv.Row> rows) {
        Map<String, Integer> days = new HashMap<>();
        Map<String, Integer> shifts = new HashMap<>();
        Map<String, Unit> units = new HashMap<>();
        Map<String, Boolean> afternoon = new HashMap<>();
        Map<String, Integer> dotted = new HashMap<>();
        Map<String, Integer> weekdayShifts = new HashMap<>();
        for (Tsv.Row r : rows) {
            String kind = r.get(0);
            if (!KINDS.contains(kind)) throw r.error("no such kind of time word '" + kind + "'");
            String phrase = key(r.get(1));
            switch (kind) {
                case "day" -> days.put(phrase, number(r));
                case "shift" -> shifts.put(phrase, number(r));
                case "unit" -> units.put(phrase, unit(r));
                case "part-of-day" -> afternoon.put(phrase, afternoon(r));
                case "dotted-month" -> dotted.put(phrase, month(r));
                case "weekday-shift" -> weekdayShifts.put(phrase, side(r));
                default -> { }
            }
        }
        return new TimeWords(words(rows, "day"), words(rows, "shift"), words(rows, "unit"), words(rows, "part-of-day"),
                Tsv.alternation(rows, "zone", false), words(rows, "month-part"), words(rows, "before-month"),
                words(rows, "before-year"), words(rows, "before-clock"), words(rows, "date-joiner"), words(rows, "before-weekday"), words(rows, "word-month"), words(rows, "not-a-day-alone"), words(rows, "dotted-month"), words(rows, "weekday-shift"), words(rows, "day-alternative"), words(rows, "day-pair"), words(rows, "day-first"),
                Map.copyOf(days), Map.copyOf(shifts), Map.copyOf(units), Map.copyOf(afternoon), Map.copyOf(dotted), Map.copyOf(weekdayShifts));
    }

    /** "yesterday", "earlier  today": how many days after the publication day. */
    int dayOffset(String words) {
        return dayOffsets.get(key(words));
    }

    /** "fev" of "15.fev.2024": the month's number. */
    int dottedMonth(String word) {
        return dottedMonthNumbers.get(key(word));
    }

    private static int month(Tsv.Row r) {
        int n = number(r);
        if (n < 1 || n > 12) throw r.error("a dotted-month needs the month's number, 1 to 12, not " + n);
        return n;
    }

    /** "next" (1), "dernier" (-1): on which side of the publication day the weekday beside it falls. */
    int weekdayShift(String word) {
        return weekdayShiftOffsets.get(key(word));
    }

    private static int side(Tsv.Row r) {
        int n = number(r);
        if (n != 1 && n != -1) throw r.error("a weekday-shift is 1 (the next such day) or -1 (the last one), not " + n);
        return n;
    }

    /** "last", "next": which one of a unit. */
    int shiftOffset(String word) {
        return shiftOffsets.get(key(word));
    }

    Unit unit(String word) {
        return unitOf.get(key(word));
    }

    /** "evening": {@code p} (after noon), "morning": {@code a}, as a clock time's marker. */
    String amPm(String word) {
        return afternoon.get(key(word)) ? "p" : "a";
    }

    private static int number(Tsv.Row r) {
        try {
            return Integer.parseInt(r.get(2));
        } catch (NumberFormatException e) {
            throw r.error("a " + r.get(0) + " needs a whole number of days or units in the third column, not '" + r.get(2) + "'");
        }
    }

    private static Unit unit(Tsv.Row r) {
        try {
            return Unit.valueOf(r.get(2));
        } catch (IllegalArgumentException e) {
            throw r.error("a unit is WEEK, WEEKEND, MONTH or YEAR, not '" + r.get(2) + "'");
        }
    }

    private static boolean afternoon(Tsv.Row r) {
        return switch (r.get(2)) {
            case "am" -> false;
            case "pm" -> true;
            default -> throw r.error("a part of the day is am or pm, not '" + r.get(2) + "'");
        };
    }

    private static String words(List<Tsv.Row> rows, String kind) {
        return Tsv.alternation(rows, kind, true);
    }

    /** Lower case, single spaces: how a phrase of the file and its match in a text are compared. */
    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
