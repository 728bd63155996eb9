package org.readout.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them, in any of the languages whose month names {@code dates.tsv} lists: {@code 2023-03-14}
 * (with a time and zone: the day as written), {@code 20230314}, {@code 14.03.2023}, {@code 14/03/2023},
 * {@code 14 | 03 | 2023}, {@code 14. März 2023}, {@code March 14th, 2023}, {@code 14 de marzo de 2023},
 * {@code 2023年3月14日}. Dots, dashes and bars put the day first ({@code 14.3.23} too); a day-month order with slashes that the numbers do not settle
 * ({@code 03/04/2023}) is read as the caller's {@link Order} says, or not at all.
 * Only days from {@value #FIRST_YEAR} to {@code latest} are dates of a page.
 */
final class DateText {
    static final int FIRST_YEAR = 1995;

    /** Which comes first in a numeric date whose day and month could be either. */
    enum Order { DAY_FIRST, MONTH_FIRST, UNKNOWN }

    /** A date and where it was written in the text. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\.?(?![\\p{L}])";
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern YMD = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([-/.])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern DAY_NAME = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|of\\s+)?" + MONTH
            + "\\s*,?\\s*(?:de\\s+|del\\s+)?" + YEAR, FLAGS);
    private static final Pattern NAME_DAY = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*" + YEAR, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,/-])(\\d{1,2})([./-]|\\s?\\|\\s?)(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d])(?!\\.\\d)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\D|$)");

    private DateText() {
    }

    /** The date an attribute gives ({@code content}, {@code datetime}): ISO or compact at its start, else the first date in it. */
    static LocalDate value(String value, Order order, LocalDate latest) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Matcher compact = COMPACT.matcher(v);
        if (compact.find()) return valid(num(compact, 1), num(compact, 2), num(compact, 3), latest);
        Found f = first(v, order, latest);
        return f == null ? null : f.date();
    }

    /** The first full date the text writes, or null. */
    static Found first(String text, Order order, LocalDate latest) {
        List<Found> all = all(text, order, latest);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every full date the text writes, in order. */
    static List<Found> all(String text, Order order, LocalDate latest) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.chars().noneMatch(Character::isDigit)) return out;
        boolean[] taken = new boolean[text.length()];
        Matcher m = YMD.matcher(text);
        while (m.find()) add(out, taken, m, valid(num(m, 1), num(m, 3), num(m, 4), latest));
        m = CJK.matcher(text);
        while (m.find()) add(out, taken, m, valid(num(m, 1), num(m, 2), num(m, 3), latest));
        m = DAY_NAME.matcher(text);
        while (m.find()) add(out, taken, m, valid(num(m, 3), month(m.group(2)), num(m, 1), latest));
        m = NAME_DAY.matcher(text);
        while (m.find()) add(out, taken, m, valid(num(m, 3), month(m.group(1)), num(m, 2), latest));
        m = NUMERIC.matcher(text);
        while (m.find()) add(out, taken, m, numeric(m, order, latest));
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static LocalDate numeric(Matcher m, Order order, LocalDate latest) {
        int a = num(m, 1), b = num(m, 3);
        String y = m.group(4);
        boolean slashes = m.group(2).equals("/");
        if (y.length() == 2 && !m.group(2).equals(".")) return null;
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        LocalDate dayFirst = valid(year, b, a, latest);
        LocalDate monthFirst = valid(year, a, b, latest);
        // dots and dashes are written day first; slashes either way
        if (!slashes || monthFirst == null) return dayFirst;
        if (dayFirst == null || dayFirst.equals(monthFirst)) return monthFirst;
        return switch (order) {
            case DAY_FIRST -> dayFirst;
            case MONTH_FIRST -> monthFirst;
            case UNKNOWN -> null;
        };
    }

    private static void add(List<Found> out, boolean[] taken, Matcher m, LocalDate date) {
        if (date == null) return;
        for (int i = m.start(); i < m.end(); i++) if (taken[i]) return;
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        out.add(new Found(date, m.start(), m.end()));
    }

    private static LocalDate valid(int year, int month, int day, LocalDate latest) {
        if (year < FIRST_YEAR) return null;
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return latest != null && d.isAfter(latest) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** {@code month} rows of {@code dates.tsv}: each name, lower case, to its month's number. */
    private static Map<String, Integer> months() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read("dates.tsv")) {
            if (!r.cell(0).equals("month")) continue;
            int n;
            try {
                n = Integer.parseInt(r.cell(1));
            } catch (NumberFormatException e) {
                throw r.error("a month's number, not " + r.cell(1));
            }
            if (n < 1 || n > 12) throw r.error("a month's number, not " + n);
            for (String name : r.cell(2).split("\\|")) {
                if (!name.isBlank()) out.put(name.strip().toLowerCase(Locale.ROOT), n);
            }
        }
        return out;
    }
}
