package org.readout.annotate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates, weekdays, relative expressions, clock times and durations in English text and
 * records what each one says. Resolution against the publication date and the tense of the
 * sentence is the extractor's job: "met on Monday" and "will meet on Monday" differ.
 */
final class TemporalTagger {
    private static final Map<String, Integer> MONTHS = loadMonths();
    /** What parts words: not a letter, nor a vowel sign or virama ("अप्रैल" is one word). */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");
    /** Month names that what parts words splits ("ต.ค.", October): looked for whole. */
    private static final List<String> SPLIT_MONTHS = MONTHS.keySet().stream().filter(m -> NON_LETTERS.matcher(m).find()).sorted().toList();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
    /**
     * The end of a month's name: a regex word boundary is not one after a name that ends in a vowel sign, which Java
     * reads as no letter ("4 जनवरी 2025", "ஜனவரி").
     */
    private static final String MONTH_END = "(?![\\p{L}\\p{M}\\p{N}_])";
    /** Month names in lower case ("31 march 2019"): read only in a full date, where "may" or "march" cannot be a verb. */
    private static final String MONTH_LOWER = "(" + String.join("|", MONTHS.keySet().stream().filter(m -> m.length() >= 3
            && Character.isUpperCase(m.charAt(0)) && !m.equals(m.toUpperCase(Locale.ROOT))).map(m -> m.toLowerCase(Locale.ROOT))
            .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
    /** Month names in the Cyrillic script in lower case ("9 августа"): after a day, always a month, with or without a year. */
    private static final String MONTH_CYRILLIC = "(" + String.join("|", MONTHS.keySet().stream().filter(m -> Character.UnicodeBlock.of(m.charAt(0))
            == Character.UnicodeBlock.CYRILLIC && Character.isUpperCase(m.charAt(0)) && !m.equals(m.toUpperCase(Locale.ROOT)))
            .map(m -> m.toLowerCase(Locale.ROOT)).distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).toList()) + ")";
    /** A letter or digit of a script that writes spaces between words (a Han or kana character may touch a word). */
    private static final String SPACED_LETTER = "[\\p{L}\\p{N}&&[^" + org.readout.knowledge.Scripts.UNSPACED_CLASS + "]]";
    private static final String ORD = "(?:st|nd|rd|th)?";
    /** After a day written before its month: an ordinal's letters, or the full stop of "1. grudnia", "3. prosince". */
    private static final String DAY_ORD = "(?:st|nd|rd|th|\\.)?";
    private static final Map<String, Integer> NUMBERS = org.readout.knowledge.NumberWords.values();
    private static final String NUMBER_WORDS = "(" + alternation(NUMBERS.keySet()) + ")";
    private static final Map<String, DayOfWeek> WEEKDAYS = loadWeekdays();
    private static final String WEEKDAY = "(" + alternation(WEEKDAYS.keySet()) + ")";
    static final TimeWords WORDS = TimeWords.load();
    /** A word that joins a day to its month or a month to its year ("5th of May", "5 de mayo de 2023"). */
    private static final String JOINING = "(?i:" + WORDS.dateJoiners() + ")\\s+";
    private static final String JOINER = "(?:" + JOINING + ")?";
    /** Lower-case month names that are also words ("may", "march"): read as months only with a year or a joining word. */
    private static final Pattern WORD_MONTH = Pattern.compile("(?i)(?:" + WORDS.wordMonths() + ")");

    /** {@code needsDigit}: the expression has a digit in every match, so a sentence without one is not searched. */
    private record Rule(Pattern pattern, Function<Matcher, TimeValue> value, boolean needsDigit, boolean needsMonth) {
    }

    /** "or" and a second day, after a first ("21 or 22"): time-words.tsv kind day-alternative. */
    private static final String EITHER_DAY = "\\s+(?i:" + WORDS.dayAlternatives() + ")\\s+(\\d{1,2})" + DAY_ORD + "\\s+";
    /** "and" and a second day, perhaps after its weekday, after a first ("9 and 10", "9 and Sunday 10"): time-words.tsv kind day-pair. */
    private static final String BOTH_DAYS = "\\s+(?i:" + WORDS.dayPairs() + ")\\s+(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})" + DAY_ORD + "\\s+";
    /** After a year: a word's end, or a case ending the scripts of India write on it ("25 ઓગસ્ટ 2023ના રોજ", on 25 August 2023). */
    private static final String YEAR_END = "(?:\\b|(?=[\\u0900-\\u0DFF]))";
    private static final String YEAR_AFTER = "(?:,?\\s+" + JOINER + "((?:19|20)\\d{2})" + YEAR_END + ")?";

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private static final List<org.readout.knowledge.Tsv.Row> ERA_ROWS = org.readout.knowledge.Tsv.load("readout/annotate/", "eras.tsv", null);
    private static final Map<String, Integer> ERAS = eras(ERA_ROWS);
    private static final String ERA = "(" + alternation(ERAS.keySet()) + ")";
    /** The ranges of years that eras.tsv says a date writes after its month without its era's name: from, to, first year. */
    private static final List<int[]> YEARS_OF_ERAS = yearsOfEras(ERA_ROWS);

    private final List<Rule> rules = List.of(
            // "26 พฤษภาคม พ.ศ. 2565", "8 - 10 กรกฎาคม 2567": a day or a span of days, a month and a year of an era (eras.tsv)
            digits("\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + MONTH + "\\s*(?:" + ERA + "\\s*)?(\\d{4})(?!\\d)", TemporalTagger::dateOfAnEra),
            // "Selasa, (2/4/2024)", "Tuesday 2/4/2024": of the two readings of a numeric date, the one its weekday names
            digits("\\b" + WEEKDAY + ",?\\s*\\(?(\\d{1,2})([/.-])(\\d{1,2})\\3((?:19|20)\\d{2})\\b\\)?",
                    m -> numericOn(WEEKDAYS.get(m.group(1)), num(m, 2), num(m, 4), num(m, 5))),
            // "21 or 22 September", "21 lub 22 września", "September 21 or 22": either of two days, so only the month
            digits("\\b(\\d{1,2})" + DAY_ORD + EITHER_DAY + JOINER + MONTH + MONTH_END + YEAR_AFTER, m -> eitherDay(m.group(3), m.group(4))),
            // "Saturday 9 and Sunday 10 August 2025", "les 9 et 10 août": two days of one span, each perhaps after its weekday
            digits("\\b(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})" + DAY_ORD + BOTH_DAYS + JOINER + MONTH + MONTH_END + YEAR_AFTER,
                    m -> bothDays(m.group(6), month(m.group(5)), num(m, 2), num(m, 4))),
            digits("\\b(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})" + DAY_ORD + BOTH_DAYS + JOINER + MONTH_LOWER + "\\b" + YEAR_AFTER,
                    m -> WORD_MONTH.matcher(m.group(5)).matches() ? null : bothDays(m.group(6), month(capitalised(m.group(5))), num(m, 2), num(m, 4))),
            // "August 9 and 10, 2025"
            digits("\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "\\s+(?i:" + WORDS.dayPairs() + ")\\s+(\\d{1,2})" + ORD + "\\b(?!:\\d)"
                    + "(?:,?\\s+((?:19|20)\\d{2})\\b)?", m -> bothDays(m.group(4), month(m.group(1)), num(m, 2), num(m, 3))),
            digits("\\b(\\d{1,2})" + DAY_ORD + EITHER_DAY + JOINER + MONTH_LOWER + "\\b" + YEAR_AFTER,
                    m -> WORD_MONTH.matcher(m.group(3)).matches() ? null : eitherDay(capitalised(m.group(3)), m.group(4))),
            digits("\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "\\s+(?i:" + WORDS.dayAlternatives() + ")\\s+(\\d{1,2})" + ORD + "\\b" + YEAR_AFTER,
                    m -> eitherDay(m.group(1), m.group(4))),
            // "2021年12月16日", "令和5年11月4日", "12月16日", "2022년 11월 3일": Chinese, Japanese and Korean dates, Japanese era years (eras.tsv)
            digits("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]", m -> date(num(m, 1), num(m, 2), num(m, 3))),
            digits(ERA + "\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日",
                    m -> date(ERAS.get(m.group(1)) + (m.group(2).equals("元") ? 0 : num(m, 2) - 1), num(m, 3), num(m, 4))),
            digits("(?<![\\d年년])(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]", m -> date(null, num(m, 1), num(m, 2))),
            // "23일", "9日": a day of the month alone, in the page's month (not beside a word of another month or of a span,
            // time-words.tsv kind not-a-day-alone; "9日間" is how long)
            digits("(?:(" + WORDS.dayAloneBlockers() + ")\\s*)?(?<![\\d年년月월~∼～-]\\s?)(\\d{1,2})\\s*[日일](?![間간째目])([^\\s，。、,.!?！？]{0,8}(?:"
                    + WORDS.dayAloneBlockers() + "))?", m -> m.group(1) != null || m.group(3) != null ? null : date(null, null, num(m, 2))),
            // "午後4時55分", "10時55分": a Japanese clock time; "約20分間": how long
            digits("(" + WORDS.partsOfDay() + ")?(\\d{1,2})時(?:(\\d{1,2})分)?", m -> cjkClock(m.group(1), num(m, 2), m.group(3))),
            digits("(\\d{1,3})分間", m -> new TimeValue.Duration(num(m, 1))),
            digits("\\bfrom\\s+" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "\\s+(?:to|until|through)\\s+(?:" + MONTH + "\\.?\\s+)?(\\d{1,2})" + ORD
                    + "(?:,?\\s+((?:19|20)\\d{2}))?\\b", m -> span(m.group(5) == null ? null : num(m, 5), month(m.group(1)), num(m, 2),
                    m.group(3) == null ? month(m.group(1)) : month(m.group(3)), num(m, 4))),
            digits("\\b(\\d{1,2})\\.?\\s*(?:-|–|to)\\s*(\\d{1,2})\\.?\\s+" + MONTH + "\\.?(?:,?\\s+((?:19|20)\\d{2}))?\\b",
                    m -> span(m.group(4) == null ? null : num(m, 4), month(m.group(3)), num(m, 1), month(m.group(3)), num(m, 2))),
            // "W dniach 13-15 marca br.", "13-15 de março", "9.–10. lokakuuta": a span of days before a month its language writes in lower case
            digits("\\b(\\d{1,2})\\.?\\s*(?:-|–)\\s*(\\d{1,2})" + DAY_ORD + "\\s+" + JOINER + MONTH_LOWER + "\\b(?:,?\\s+" + JOINER + "((?:19|20)\\d{2}))?",
                    m -> WORD_MONTH.matcher(m.group(3)).matches() ? null : span(m.group(4) == null ? null : num(m, 4), month(capitalised(m.group(3))), num(m, 1),
                            month(capitalised(m.group(3))), num(m, 2))),
            // "March 16-20", "Dec. 4–6, 2023": a month, then a first and a last day
            digits("\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "\\s*(?:-|–)\\s*(\\d{1,2})" + ORD + "(?:,?\\s+((?:19|20)\\d{2}))?\\b(?!:\\d)",
                    m -> span(m.group(4) == null ? null : num(m, 4), month(m.group(1)), num(m, 2), month(m.group(1)), num(m, 3))),
            digits("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", m -> date(num(m, 1), num(m, 2), num(m, 3))),
            // "15.fev.2024", "(22.abr.2023)", "(15.fev)": a day, a month's abbreviation and perhaps a year joined by dots
            digits("(?i)\\b(\\d{1,2})\\.(" + WORDS.dottedMonths() + ")\\.((?:19|20)\\d{2})\\b", m -> date(num(m, 3), WORDS.dottedMonth(m.group(2)), num(m, 1))),
            digits("(?i)\\((\\d{1,2})\\.(" + WORDS.dottedMonths() + ")\\.?\\)", m -> date(null, WORDS.dottedMonth(m.group(2)), num(m, 1))),
            // "Ngày 1-9", "ngày 26/6/2024": a day and a month in digits after a word that puts the day first (time-words.tsv kind day-first)
            digits("(?i)\\b(?:" + WORDS.dayFirstMarkers() + ")\\s+(\\d{1,2})([-/])(\\d{1,2})(?:\\2((?:19|20)\\d{2}))?\\b(?![-/.]\\d)",
                    m -> date(m.group(4) == null ? null : num(m, 4), num(m, 3), num(m, 1))),
            // "7.21.(수)", "7.21.(水)": a month and a day joined by dots before a weekday of one character in brackets
            digits("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.?\\s*\\([\\p{IsHangul}\\p{IsHan}]\\)", m -> date(null, num(m, 1), num(m, 2))),
            // "2025/05/23", "2024.09.16", "2022. 02. 01.", "2025/09/09/12:44": a year first is always followed by month, then day
            digits("\\b((?:19|20)\\d{2})([/.]|\\. )(\\d{1,2})\\2(\\d{1,2})\\b(?![./]\\d(?!\\d?:\\d{2}))", m -> date(num(m, 1), num(m, 3), num(m, 4))),
            // "September 25,2023": a comma without a space before a year still joins it to its day
            digits("\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "(?:,?\\s+|,(?=(?:19|20)\\d{2}\\b))(\\d{4})\\b",
                    m -> date(num(m, 3), month(m.group(1)), num(m, 2))),
            // "9 February 201712:41": a page's date line may glue the year to the time
            digits("\\b(\\d{1,2})" + DAY_ORD + "\\s+" + JOINER + MONTH + "\\.?,?\\s+" + JOINER + "(\\d{4})(?:" + YEAR_END + "|(?=(?:[01]\\d|2[0-3]):[0-5]\\d\\b))",
                    m -> date(num(m, 3), month(m.group(2)), num(m, 1))),
            digits("\\b(\\d{1,2})" + DAY_ORD + "\\s+" + JOINER + MONTH_LOWER + "\\.?,?\\s+" + JOINER + "((?:19|20)\\d{2})\\b",
                    m -> date(num(m, 3), month(capitalised(m.group(2))), num(m, 1))),
            digits("\\b" + MONTH_LOWER + "\\.?\\s+(\\d{1,2})" + ORD + ",\\s+((?:19|20)\\d{2})\\b",
                    m -> date(num(m, 3), month(capitalised(m.group(1))), num(m, 2))),
            digits("\\b(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})\\b", m -> numeric(num(m, 1), num(m, 3), num(m, 4))),
            // "14.12.2023", "05. 04. 2022": where dates are written with dots, the day comes first
            digits("\\b(\\d{1,2})\\. ?(\\d{1,2})\\. ?((?:19|20)\\d{2})\\b(?!\\.\\d)", m -> date(num(m, 3), num(m, 2), num(m, 1))),
            digits("\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "\\b(?!:\\d|\\d)", m -> date(null, month(m.group(1)), num(m, 2))),
            digits("\\b(\\d{1,2})" + DAY_ORD + "\\s+" + JOINER + MONTH + MONTH_END, m -> date(null, month(m.group(2)), num(m, 1))),
            digits("\\b(\\d{1,2})\\s+" + MONTH_CYRILLIC + "(?!\\p{L})", m -> date(null, month(capitalised(m.group(2))), num(m, 1))),
            // "5 de mayo": a month in lower case after a day and a joining word, which no verb "may" follows
            digits("\\b(\\d{1,2})" + ORD + "\\s+" + JOINING + MONTH_LOWER + "\\b",
                    m -> date(null, month(capitalised(m.group(2))), num(m, 1))),
            // "le 12 décembre", "il 12 dicembre": a day and a month that its language writes in lower case, unless the
            // month's name is also a word of another one ("5 may be", time-words.tsv kind word-month)
            digits("\\b(\\d{1,2})" + DAY_ORD + "\\s+" + MONTH_LOWER + "\\b",
                    m -> WORD_MONTH.matcher(m.group(2)).matches() ? null : date(null, month(capitalised(m.group(2))), num(m, 1))),
            digits("\\b(?:(?:" + WORDS.monthParts() + ")[- ])?" + MONTH + "\\s+((?:19|20)\\d{2})\\b", m -> date(num(m, 2), month(m.group(1)), null)),
            rule("\\b(?i:" + WORDS.beforeMonth() + "|" + WORDS.monthParts() + ")\\s+(?:(?i:" + WORDS.monthParts() + ")[- ])?" + MONTH + MONTH_END,
                    m -> date(null, month(m.group(1)), null)),
            // "в ноябре", "у листопаді": a Cyrillic month, in lower case, after a word that puts a month alone in time
            rule("(?<!\\p{L})(?i:" + WORDS.beforeMonth() + ")\\s+" + MONTH_CYRILLIC + "(?!\\p{L})(?:\\s+((?:19|20)\\d{2})(?!\\d))?",
                    m -> date(m.group(2) == null ? null : num(m, 2), month(capitalised(m.group(1))), null)),
            digits("\\b(\\d+)" + ORD + "\\s+anniversary\\s+of\\s+(?:the\\s+)?(?:signing\\s+of\\s+the\\s+)?((?:19|20)\\d{2})\\b",
                    m -> new TimeValue.Anniversary(num(m, 1), num(m, 2))),
            digits("\\b(?i:" + WORDS.beforeYear() + "|" + WORDS.monthParts() + ")[- ]((?:19|20)\\d{2})\\b", m -> date(num(m, 1), null, null)),
            // "Tuesday (10/17)", "Kamis (21/8)": in brackets after a weekday, a day and a month; the weekday stays a mention of its own
            digits("(?<=\\b" + WEEKDAY + "\\s{0,2})\\((\\d{1,2})/(\\d{1,2})\\)", m -> monthDayInBrackets(num(m, 2), num(m, 3))),
            // "this Thursday (2nd)": the weekday and, in brackets, its day of the month
            digits("\\b" + WEEKDAY + "\\s*\\((\\d{1,2})" + ORD + "\\)", TemporalTagger::weekdayOnItsDay),
            // "desta quinta-feira, 16, na residência", "na segunda-feira, 1.": the weekday and, after a comma, its day of the month alone
            digits("\\b" + WEEKDAY + ",\\s*(\\d{1,2})(?=\\s*[,;)]|\\.?\\s*$)", TemporalTagger::weekdayOnItsDay),
            // "next Monday", "lundi dernier", "el pasado lunes": a weekday that a word beside it puts after or before the publication day
            rule("(?i)\\b(" + WORDS.weekdayShifts() + ")\\s+(?-i)" + WEEKDAY + "\\b",
                    m -> new TimeValue.Weekday(WEEKDAYS.get(m.group(2)), null, WORDS.weekdayShift(m.group(1)))),
            rule("\\b" + WEEKDAY + "\\s+(?i)(" + WORDS.weekdayShifts() + ")(?!\\p{L})",
                    m -> new TimeValue.Weekday(WEEKDAYS.get(m.group(1)), null, WORDS.weekdayShift(m.group(2)))),
            // "اليوم الإثنين", "hoy lunes", "ayer domingo": a weekday beside "today" or "yesterday" names the day itself,
            // which the page's stamp (a day later where it was posted) need not be
            rule("(?i)(?<!" + SPACED_LETTER + ")(?:" + WORDS.days() + ")[,،]?\\s+(?-i)" + WEEKDAY + "\\b",
                    m -> new TimeValue.Weekday(WEEKDAYS.get(m.group(1)))),
            rule("\\b" + WEEKDAY + "\\b", m -> new TimeValue.Weekday(WEEKDAYS.get(m.group(1)))),
            // "yesterday", "вчера", "أمس", "昨日": no letter of a script written with spaces right before or after it
            rule("(?i)(?<!" + SPACED_LETTER + ")(?:" + WORDS.days() + ")(?!" + SPACED_LETTER + ")", m -> new TimeValue.RelativeDay(WORDS.dayOffset(m.group()))),
            rule("(?i)\\b(" + WORDS.shifts() + ")\\s+(" + WORDS.units() + ")\\b",
                    m -> new TimeValue.Relative(WORDS.unit(m.group(2)), WORDS.shiftOffset(m.group(1)))),
            // "11:30-12:00", "10:00 to 11:30": a 24-hour first and last time
            digits("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\s*(?:-|–|to)\\s*([01]?\\d|2[0-3]):([0-5]\\d)\\b(?!\\s*[ap]\\.?m)(?![.:]?\\d)",
                    m -> new TimeValue.ClockSpan(new TimeValue.ClockTime(num(m, 1), num(m, 2)), new TimeValue.ClockTime(num(m, 3), num(m, 4)))),
            digits("(?i)\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?", m -> clock(num(m, 1), m.group(2), m.group(3))),
            digits("\\b(\\d{1,2}):(\\d{2})\\s+(?:" + WORDS.zones() + ")\\b", m -> new TimeValue.ClockTime(num(m, 1), num(m, 2))),
            // "at 15:15", "from 09:30": a time only a 24-hour clock writes; "at 10:30" may be either half of the day
            digits("(?i)(?<=\\b(?:" + WORDS.beforeClock() + ")\\s)(0\\d|1[3-9]|2[0-3]):([0-5]\\d)\\b(?![.:]?\\d)", m -> new TimeValue.ClockTime(num(m, 1), num(m, 2))),
            rule("(?i)\\b" + NUMBER_WORDS + "\\s+(?:o'clock\\s+)?in\\s+the\\s+(" + WORDS.partsOfDay() + ")\\b",
                    m -> clock(word(m.group(1)), null, WORDS.amPm(m.group(2)))),
            rule("(?i)\\b(\\d{1,2}|an|" + NUMBER_WORDS.substring(1, NUMBER_WORDS.length() - 1) + ")[- ]hours?(?:\\s+and\\s+(?:a\\s+)?(\\d{1,2}|half)\\s*(?:minutes|an hour)?)?\\b",
                    m -> new TimeValue.Duration(60 * word(m.group(1)) + (m.group(2) == null ? 0 : m.group(2).equalsIgnoreCase("half") ? 30 : num(m, 2)))),
            digits("(?i)\\b(\\d{1,3})[- ]minutes?\\b", m -> new TimeValue.Duration(num(m, 1))),
            rule("(?i)\\b(\\d{1,2}|" + NUMBER_WORDS.substring(1, NUMBER_WORDS.length() - 1) + ")-days?\\b", m -> new TimeValue.Days(word(m.group(1)))),
            rule("(?i)\\b" + NUMBER_WORDS + "[- ]minutes?\\b", m -> new TimeValue.Duration(word(m.group(1)))));

    /**
     * The text with each digit of another script written as its ASCII digit ("٢ مايو ٢٠٢٣", "২৫ সেপ্টেম্বর ২০২৫",
     * "۱۱ فوریه"), character for character, so that the rules' {@code \\d} reads it and offsets hold.
     */
    static String asciiDigits(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (out == null) out = text.toCharArray();
                out[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return out == null ? text : new String(out);
    }

    List<TimeMention> tag(Sentence s) {
        List<TimeMention> out = new ArrayList<>();
        String text = asciiDigits(s.text());
        boolean[] taken = new boolean[text.length()];
        // "https://example.org/article/32425-2024-09-13-title": a date inside a web address is the address's, not the text's
        for (Matcher address = WEB_ADDRESS.matcher(text); address.find(); ) {
            for (int i = address.start(); i < address.end(); i++) taken[i] = true;
        }
        boolean hasDigit = text.chars().anyMatch(Character::isDigit);
        boolean hasMonth = java.util.Arrays.stream(NON_LETTERS.split(text)).anyMatch(MONTHS::containsKey)
                || SPLIT_MONTHS.stream().anyMatch(text::contains);
        for (Rule r : rules) {
            if (r.needsDigit() && !hasDigit || r.needsMonth() && !hasMonth) continue;
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) continue;
                TimeValue v;
                try {
                    v = r.value.apply(m);
                } catch (RuntimeException invalid) {
                    continue;
                }
                if (v == null) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(new TimeMention(s.index(), s.start() + m.start(), s.start() + m.end(), s.text().substring(m.start(), m.end()), v));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Rule rule(String regex, Function<Matcher, TimeValue> value) {
        return new Rule(Pattern.compile(regex), value, false, regex.contains(MONTH));
    }

    private static Rule digits(String regex, Function<Matcher, TimeValue> value) {
        return new Rule(Pattern.compile(regex), value, true, regex.contains(MONTH));
    }

    private static boolean overlaps(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return true;
        return false;
    }

    private static Integer num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    /** Either of two days of a month: the month, and the year if one follows. */
    private static TimeValue eitherDay(String month, String year) {
        return date(year == null ? null : Integer.parseInt(year), month(month), null);
    }

    /** A weekday (group 1) and its day of the month (group 2). */
    private static TimeValue weekdayOnItsDay(Matcher m) {
        return num(m, 2) < 1 || num(m, 2) > 31 ? null : new TimeValue.Weekday(WEEKDAYS.get(m.group(1)), num(m, 2));
    }

    private static TimeValue date(Integer year, Integer month, Integer day) {
        if (month != null && (month < 1 || month > 12)) return null;
        if (day != null && (day < 1 || day > 31)) return null;
        return new TimeValue.CalendarDate(year, month, day);
    }

    /**
     * "04/02/2023" keeps both readings for the evidence to settle; "30-4-2023" or "4/30/2023", where one of the two can only
     * be the day, is that date.
     */
    private static TimeValue numeric(int first, int second, int year) {
        if (first > 12 && second <= 12) return date(year, second, first);
        if (second > 12 && first <= 12) return date(year, first, second);
        if (first > 12) return null;
        return new TimeValue.NumericDate(first, second, year);
    }

    /** A numeric date beside its weekday: the reading that falls on it, else as {@link #numeric} reads it. */
    private static TimeValue numericOn(DayOfWeek weekday, int first, int second, int year) {
        TimeValue dayFirst = valid(year, second, first);
        TimeValue monthFirst = valid(year, first, second);
        boolean dayFirstFits = dayFirst != null && java.time.LocalDate.of(year, second, first).getDayOfWeek() == weekday;
        boolean monthFirstFits = monthFirst != null && java.time.LocalDate.of(year, first, second).getDayOfWeek() == weekday;
        if (dayFirstFits != monthFirstFits) return dayFirstFits ? dayFirst : monthFirst;
        return numeric(first, second, year);
    }

    /** The calendar date, or null when there is no such day. */
    private static TimeValue valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        return new TimeValue.CalendarDate(year, month, day);
    }

    /** "Tuesday (10/17)": month and day, read only when one of the two can only be the day. */
    private static TimeValue monthDayInBrackets(int first, int second) {
        if (first <= 12 && second > 12) return date(null, first, second);
        if (second <= 12 && first > 12) return date(null, second, first);
        return null;
    }

    /** The first and the last day of a span in one month ("9 and 10 August"); none when the last comes first. */
    private static TimeValue bothDays(String year, int month, int first, int last) {
        return last <= first ? null : span(year == null ? null : Integer.parseInt(year), month, first, month, last);
    }

    private static TimeValue span(Integer year, int month, int day, int endMonth, int endDay) {
        if (day < 1 || day > 31 || endDay < 1 || endDay > 31) return null;
        return new TimeValue.DateSpan(new TimeValue.CalendarDate(year, month, day), new TimeValue.CalendarDate(year, endMonth, endDay));
    }

    private static TimeValue clock(int hour, String minute, String ampm) {
        // "18:10 p.m.": a 24-hour time with a needless marker
        if (hour > 12 && hour < 24 && minute != null && ampm.equalsIgnoreCase("p")) return new TimeValue.ClockTime(hour, Integer.parseInt(minute));
        // "from 0:05 p.m.": the hour after noon (or midnight) written as 0
        if (hour == 0 && minute == null || hour > 12) return null;
        int h = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
        return new TimeValue.ClockTime(h, minute == null ? 0 : Integer.parseInt(minute));
    }

    private static TimeValue cjkClock(String half, int hour, String minute) {
        if (hour > 23 || half != null && hour > 12) return null;
        int h = half != null && WORDS.amPm(half).equals("p") && hour < 12 ? hour + 12 : hour;
        return new TimeValue.ClockTime(h, minute == null ? 0 : Integer.parseInt(minute));
    }

    /** A date matched with an era's year (group 4, the era's name, or none; group 5, the year), or null for a Gregorian year. */
    private static TimeValue dateOfAnEra(Matcher m) {
        int written = num(m, 5);
        Integer year = m.group(4) != null ? ERAS.get(m.group(4)) + written - 1 : gregorianOf(written);
        if (year == null) return null;
        int month = month(m.group(3));
        return m.group(2) == null ? date(year, month, num(m, 1)) : span(year, month, num(m, 1), month, num(m, 2));
    }

    /** The Gregorian year of a year written alone that falls in an era's range (eras.tsv), or null. */
    private static Integer gregorianOf(int written) {
        for (int[] r : YEARS_OF_ERAS) if (written >= r[0] && written <= r[1]) return r[2] + written - 1;
        return null;
    }

    /** Each era's years written alone ({@code eras.tsv}, third column: "2400-2699"), with the Gregorian year of its first year. */
    private static List<int[]> yearsOfEras(List<org.readout.knowledge.Tsv.Row> rows) {
        List<int[]> out = new ArrayList<>();
        for (org.readout.knowledge.Tsv.Row r : rows) {
            if (r.get(2).isEmpty()) continue;
            String[] range = r.get(2).split("-");
            int[] years;
            try {
                years = new int[]{Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip()), ERAS.get(r.get(0))};
            } catch (RuntimeException e) {
                throw r.error("the years an era's dates write alone are a range such as 2400-2699, not '" + r.get(2) + "'");
            }
            if (range.length != 2 || years[0] > years[1]) throw r.error("the years an era's dates write alone run from the first to the last, not '" + r.get(2) + "'");
            out.add(years);
        }
        return List.copyOf(out);
    }

    /** {@code readout/annotate/eras.tsv}: each era name to the Gregorian year of its first year. */
    private static Map<String, Integer> eras(List<org.readout.knowledge.Tsv.Row> rows) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (org.readout.knowledge.Tsv.Row r : rows) {
            try {
                out.put(r.get(0), Integer.parseInt(r.get(1)));
            } catch (NumberFormatException e) {
                throw r.error("an era's first year is a whole number, not '" + r.get(1) + "'");
            }
        }
        return Map.copyOf(out);
    }

    private static String capitalised(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Whether a word is a month's name as months.tsv writes it, or in capitals ("August", "AUGUST"). */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word);
    }

    static int month(String name) {
        Integer n = MONTHS.get(name);
        if (n == null) throw new IllegalArgumentException(name);
        return n;
    }

    /** {@code readout/annotate/months.tsv}: each name a month is written with, to its number. */
    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (org.readout.knowledge.Tsv.Row r : org.readout.knowledge.Tsv.load("readout/annotate/", "months.tsv", null)) {
            int number = Integer.parseInt(r.get(0));
            for (String name : r.get(1).split("\\|")) {
                out.put(name.strip(), number);
                out.put(name.strip().toUpperCase(Locale.ROOT), number); // date lines in capitals: "Updated: AUGUST 6, 2024"
            }
        }
        return Map.copyOf(out);
    }

    /** "an hour", "45 minutes", "forty-five minutes": the number a digit string or number word says. */
    private static int word(String w) {
        String n = w.toLowerCase(Locale.ROOT);
        if (n.matches("\\d+")) return Integer.parseInt(n);
        if (n.equals("an")) return 1;
        Integer v = NUMBERS.get(n);
        if (v == null) throw new IllegalArgumentException(w);
        return v;
    }

    /** {@code readout/annotate/weekdays.tsv}: each name a weekday is written with, to its day. */
    private static Map<String, DayOfWeek> loadWeekdays() {
        Map<String, DayOfWeek> out = new java.util.LinkedHashMap<>();
        for (org.readout.knowledge.Tsv.Row r : org.readout.knowledge.Tsv.load("readout/annotate/", "weekdays.tsv", null)) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(r.get(0)));
            for (String name : r.get(1).split("\\|")) out.put(name.strip(), day);
        }
        return Map.copyOf(out);
    }

    /** The names as a regex alternation, longest first, quoted. */
    private static String alternation(java.util.Set<String> names) {
        return String.join("|", names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).map(Pattern::quote).toList());
    }
}
