package org.readout.extract;

import org.readout.annotate.TimeExpressions;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a page's address carries, as crawlers read it: {@code /2020/09/11/},
 * {@code news/2023-03-16-...}, {@code 20241215-227926}, {@code utm_content=20200913},
 * {@code pm-call-with-president-x-25-october-2022}. An address with two different days gives none.
 */
final class UrlDates {
    /**
     * {@code 2023-03-16}, {@code 2023_03_16}: a day written in one piece, with one separator; {@code /2020/09/11/},
     * {@code /2022-04/15/}: folders of year and month, and day, the day a folder of its own or written with two digits
     * ({@code /2023/10/3-fragen-an} is a month's folder and a title).
     */
    private static final Pattern SEPARATED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:([_.-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?!\\d)"
            + "|[/-](0?[1-9]|1[0-2])/((?:0[1-9]|[12]\\d|3[01])(?=[/.?#_-]|$)|[1-9](?=[/.?#_]|$)))");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** {@code view.php?ud=20151228001138}, {@code na20230617133854092092430}: a timestamp, a day and at least six more digits. */
    private static final Pattern STAMP = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{6,}(?!\\d)");
    /** {@code /2024/0717/}: a year's folder, then month and day in one; {@code /202406/14canada.html}: year and month, then the day. */
    private static final Pattern YEAR_THEN_DAY = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
    private static final Pattern MONTH_THEN_DAY = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_+/.=?&]+");
    private static final int FIRST_YEAR = 1995;
    /** {@code /2024/09/}, {@code /2023-05/}, {@code /202506/}: folders of year and month. */
    private static final Pattern MONTH_FOLDERS = Pattern.compile("/((?:19|20)\\d{2})(?:/(0?[1-9]|1[0-2])|-?(0[1-9]|1[0-2]))/");
    /** {@code https://web.archive.org/web/20130307194448/http://example.org/2008/05/title}: an address kept inside another. */
    private static final Pattern EMBEDDED = Pattern.compile("(?i)^[a-z]+://[^/]+/.*?/(https?:/{1,2}[^/].*)$");

    private UrlDates() {
    }

    /** The one day the address names, or null. */
    static LocalDate find(String url, LocalDate today) {
        if (url == null) return null;
        url = own(url);
        String path = path(url);
        Set<LocalDate> days = new LinkedHashSet<>();
        for (Pattern p : new Pattern[]{SEPARATED, COMPACT, STAMP, YEAR_THEN_DAY, MONTH_THEN_DAY}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                if (p == SEPARATED && m.group(5) != null) {
                    add(days, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), today);
                } else if (p == SEPARATED) {
                    add(days, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), today);
                } else {
                    add(days, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), today);
                }
            }
        }
        for (TimeMention t : TimeExpressions.find(capitalised(WORD_SEPARATORS.matcher(path).replaceAll(" ")))) {
            if (t.value() instanceof TimeValue.CalendarDate c && c.year() != null && c.month() != null && c.day() != null) {
                add(days, c.year(), c.month(), c.day(), today);
            }
        }
        YearMonth folders = month(url, today);
        // "/2019/11/22112019-fmv-japan": a day written day, month and year in the month's own folders
        if (folders != null) {
            Matcher m = Pattern.compile(String.format("(?<!\\d)(0[1-9]|[12]\\d|3[01])%02d%d(?!\\d)", folders.getMonthValue(), folders.getYear())).matcher(path);
            while (m.find()) add(days, folders.getYear(), folders.getMonthValue(), Integer.parseInt(m.group(1)), today);
        }
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /** {@code events/talks-with-president-1702296195}: ten digits that may be seconds since 1970 (2001 to 2033), or an article's number. */
    private static final Pattern EPOCH_SECONDS = Pattern.compile("(?<!\\d)(1\\d{9})(?!\\d)");

    /**
     * The day (UTC) of the one ten-digit number in the address's path read as seconds since 1970, or null: as often an
     * article's number as a time, so the caller confirms it with the text.
     */
    static LocalDate epochDay(String url, LocalDate today) {
        if (url == null) return null;
        Matcher m = EPOCH_SECONDS.matcher(path(own(url)));
        Set<LocalDate> days = new LinkedHashSet<>();
        while (m.find()) {
            LocalDate d = Instant.ofEpochSecond(Long.parseLong(m.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
            if (!d.isAfter(today.plusDays(1))) days.add(d);
        }
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /** The one month whose folders the address is in ({@code /2024/09/chancellor-visits/}, {@code /noticia/2023-05/}, {@code /xwzx/202506/}), or null. */
    static YearMonth month(String url, LocalDate today) {
        if (url == null) return null;
        Matcher m = MONTH_FOLDERS.matcher(path(own(url)));
        Set<YearMonth> months = new LinkedHashSet<>();
        while (m.find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)));
            if (ym.getYear() >= FIRST_YEAR && !ym.atDay(1).isAfter(today)) months.add(ym);
        }
        return months.size() == 1 ? months.iterator().next() : null;
    }

    /**
     * The page's own address: a web archive's or a proxy's address holds it after its own path, and the archive's
     * timestamp is when the page was captured, not published.
     */
    private static String own(String url) {
        Matcher m = EMBEDDED.matcher(url);
        return m.matches() ? m.group(1) : url;
    }

    /** The address without its scheme and host: what follows the host is the publisher's, and may carry a day. */
    private static String path(String url) {
        return url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    }

    /** Slugs are lower case; month names are read as they are written in prose. */
    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(i == 0 || words.charAt(i - 1) == ' ' ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static void add(Set<LocalDate> days, int year, int month, int day, LocalDate today) {
        LocalDate d = DateResolver.safe(year, month, day);
        if (d != null && year >= FIRST_YEAR && !d.isAfter(today.plusDays(1))) days.add(d);
    }
}
