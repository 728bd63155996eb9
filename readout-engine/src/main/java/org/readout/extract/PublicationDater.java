package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.annotate.TimeExpressions;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;
import org.readout.clean.DocumentKind;
import org.readout.knowledge.Cues;
import org.readout.knowledge.Lexicon;
import org.readout.knowledge.Person;
import org.readout.source.SourceMeta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date: given in metadata (by the user; or by the page's markup, where the day in the page's address
 * comes first); or stated in the text (a date line under the headline,
 * "Status: 04/02/2023 3:24 p.m", a dateline "BEIJING, Oct 31 (Reuters)"); or inferred from what the
 * text says of time: an anniversary fixes the year, past and future references to weekdays and
 * dates bound the day. An ambiguous numeric date keeps both readings for the linker to choose from.
 */
final class PublicationDater {
    private final Cues cues;

    PublicationDater(Cues cues) {
        this.cues = cues;
        this.monthStamp = Pattern.compile("(?im)^[ \\t]*(?:" + cues.publishedLabels() + ")[ \\t]*:?[ \\t]*" + YEAR_AND_MONTH + "(?![-/.]?\\d)");
    }

    /** A stamp's year and month ("2023-05", "2023/05"), each a group. */
    private static final String YEAR_AND_MONTH = "((?:19|20)\\d{2})[-/.](0[1-9]|1[0-2])";
    private static final int HEAD_SENTENCES = 8;
    private static final int MAX_HEAD_SENTENCES = 20;
    private static final int PROSE_WORDS = 5;
    private static final String FIELD_SEPARATOR = "|[]\u2022\u00b7";
    private static final Pattern LEFTOVER_WORD = Pattern.compile("[\\p{L}]{3,}");
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]+,\\s*$");
    /**
     * "Istanbul/Athens, ", "CAIRO – ", "New Delhi (ANI): ", "New Delhi | ", "JOHANNESBURG, South Africa, ", "Ciudad de México, ",
     * "Qingdao [China], ": a place (and
     * its region or country), then a separator, right before the date.
     */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^\\s*(?:[-–—•]\\s*)?\\p{Lu}[\\p{L}.'’-]*(?:[\\s/]+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}){0,2}"
            + "(?:\\s*\\[[^\\]]{1,30}\\])?(?:\\s*\\([^)]{1,30}\\))?\\s*(?:,|–|—|-{1,2}|:|\\|)\\s*$");

    /**
     * "BEIJING, Oct 31 (Reuters) –", "Istanbul/Athens, 7 December 2023 (dpa) -": the date of a dateline
     * is the day of writing, not of what is reported. A dateline in mixed case must name a known place.
     */
    /** "date 2023-05 The President received ...": a publication label and a year and month alone, opening the page. */
    private final Pattern monthStamp;

    /** The month a label at the page's start stamps it with, where it gives no day ("date 2023-05"); else null. */
    java.time.YearMonth stampedMonth(AnnotatedDocument doc) {
        String text = doc.document().text();
        Matcher m = monthStamp.matcher(text.substring(0, Math.min(text.length(), MONTH_STAMP_REACH)));
        if (!m.find()) return null;
        java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return month.isAfter(java.time.YearMonth.now()) ? null : month;
    }

    /** How far into the page a month stamp may stand (after a headline line, or blank lines). */
    private static final int MONTH_STAMP_REACH = 200;

    static boolean isDateline(AnnotatedDocument doc, TimeMention t) {
        Sentence s = doc.sentences().get(t.sentence());
        String prefix = doc.document().text().substring(afterADateStamp(doc, s, t), t.start());
        if (DATELINE.matcher(prefix).matches()) return true;
        if (!PLACE_LINE.matcher(prefix).matches()) return false;
        for (Mention m : doc.mentionsIn(t.sentence())) {
            if ((m.type() == MentionType.PLACE || m.type() == MentionType.COUNTRY) && m.end() <= t.start()) return true;
        }
        return prefix.strip().replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase);
    }

    /**
     * "Published 2025-06-27 Qingdao [China], June 27:", "date 2022-04 Ciudad de México, 5 de abril (Agency).–": a dateline
     * may follow a full date stamp on its line, or a month stamp that opens it.
     */
    private static int afterADateStamp(AnnotatedDocument doc, Sentence s, TimeMention t) {
        int from = s.start();
        for (TimeMention m : doc.timesIn(s.index())) {
            if (m.end() <= t.start() && m.value() instanceof TimeValue.CalendarDate c && c.year() != null && c.month() != null
                    && c.day() != null) from = Math.max(from, m.end());
        }
        String text = doc.document().text();
        int line = Math.max(from, text.lastIndexOf('\n', t.start() - 1) + 1);
        Matcher stamp = LINE_OPENING_MONTH_STAMP.matcher(text).region(line, t.start());
        return stamp.lookingAt() ? stamp.end() : from;
    }

    /** A word of label ("date", "Published:") and a year and month, opening a line. */
    private static final Pattern LINE_OPENING_MONTH_STAMP = Pattern.compile("[ \\t]*\\p{L}+[ \\t]*:?[ \\t]*" + YEAR_AND_MONTH + "[ \\t]+");

    private static final int MAX_WINDOW_DAYS = 7;
    /** How far apart two writings of one moment's date may be, in two time zones. */
    private static final int TIME_ZONE_DAYS = 1;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("[:|–—-]\\s*$");

    /** "PM call with President Trump: 11 May 2018": a full date that ends the first line after a separator. */
    private static boolean closesTheTitle(AnnotatedDocument doc, Sentence s, TimeMention t) {
        if (s.index() != 0) return false;
        String text = doc.document().text();
        return TITLE_SEPARATOR.matcher(text.substring(s.start(), t.start())).find()
                && text.substring(t.end(), s.end()).strip().replaceAll("[.)]", "").isEmpty();
    }

    /** "Published: 12 May 2024 | The ministers met...": a date right after a publication label that opens the line. */
    boolean labelled(AnnotatedDocument doc, Sentence s, TimeMention t) {
        return cues.publishedLabel().matcher(lineBefore(doc, s, t)).matches();
    }

    /** "2 min read Last Updated : Jun 04 2025 | 2:42 PM IST": a publication label right before the date, in a line that is not prose. */
    private boolean labelledInALineOfFields(AnnotatedDocument doc, Sentence s, TimeMention t) {
        return !isProse(s) && cues.publishedLabelEnding().matcher(lineBefore(doc, s, t)).find();
    }

    /** "Today: December 17, 2025" above an article: the day the page was read, not the day it was written. */
    private boolean dayOfReading(AnnotatedDocument doc, Sentence s, TimeMention t) {
        return cues.nowLabel().matcher(lineBefore(doc, s, t)).matches();
    }

    private static String lineBefore(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String text = doc.document().text();
        int lineStart = text.lastIndexOf('\n', t.start() - 1) + 1;
        return text.substring(Math.max(lineStart, s.start()), t.start());
    }

    PublishedDate date(AnnotatedDocument doc) {
        SourceMeta meta = doc.document().meta() == null ? SourceMeta.EMPTY : doc.document().meta();
        LocalDate inAddress = UrlDates.find(meta.url(), LocalDate.now());
        if (meta.published() != null && meta.publishedFrom() == null) return new PublishedDate(meta.published(), "given", null, List.of());
        if (meta.published() != null) {
            // a page's own markup: the day in its address, fixed when it was first published and in the publisher's own
            // time zone, comes before a date-time its metadata may give in another zone or rewrite on an update
            String id = doc.document().id();
            if (inAddress != null) return fromTheAddress(doc, inAddress, meta.url());
            return new PublishedDate(meta.published(), "given", new Evidence(id, -1, -1, meta.publishedFrom()), List.of());
        }
        List<PublishedDate> stated = stated(doc, inAddress);
        for (PublishedDate p : stated) if (p.date() != null && p.date().equals(inAddress)) return p;
        // "2018年6月4日 星期一" (a site's banner) above "2025-06-20" under an address in the folder /202506/: the day in the address's month
        YearMonth folder = inAddress == null ? UrlDates.month(meta.url(), LocalDate.now()) : null;
        if (folder != null) for (PublishedDate p : stated) if (p.date() != null && YearMonth.from(p.date()).equals(folder)) return p;
        PublishedDate first = stated.isEmpty() ? null : stated.get(0);
        if (first != null && first.date() != null && !someoneInOffice(doc, first.date())) first = oneInTheirTerms(doc, stated, first);
        if (first != null && first.date() != null) {
            PublishedDate told = laterDateline(doc, stated, first);
            // "2023/01/07/" above a release of "令和5年1月5日": a page that reposts a release is published on its own day;
            // the release's day stays the day of its text (dayOfTheText). A government's own page is the release, whatever
            // day its address was made ("t20230219_" over a release of 17 February), and a wire's dateline stays its day
            boolean reposted = doc.document().kind() != DocumentKind.OFFICIAL && !onADateline(doc, told);
            if (reposted && inAddress != null && told.date().isBefore(inAddress) && !told.date().isBefore(inAddress.minusDays(RELEASE_DAYS_BEFORE))) {
                return fromTheAddress(doc, inAddress, meta.url());
            }
            return told;
        }
        if (inAddress != null) {
            return fromTheAddress(doc, inAddress, meta.url());
        }
        LocalDate stamp = UrlDates.epochDay(meta.url(), LocalDate.now());
        if (stamp != null && (first == null || first.date() == null) && toldDaysBefore(doc, stamp)) {
            return fromTheAddress(doc, stamp, meta.url());
        }
        if (first != null) return first;
        PublishedDate cited = cited(doc);
        if (cited != null) return cited;
        return inferred(doc);
    }

    /** A day the page's address gives, with the address as its evidence. */
    private static PublishedDate fromTheAddress(AnnotatedDocument doc, LocalDate day, String url) {
        return new PublishedDate(day, "given", new Evidence(doc.document().id(), -1, -1, url), List.of());
    }

    /** "Lisbon, Dec. 30 (Wire) - ": a wire's dateline gives the day of its story, which the page carrying it keeps. */
    private static boolean onADateline(AnnotatedDocument doc, PublishedDate p) {
        if (p.evidence() == null || p.evidence().start() < 0) return false;
        return doc.timesIn(doc.sentenceAt(p.evidence().start())).stream().anyMatch(t -> isDateline(doc, t));
    }

    /** How many days before an address's time a day the text gives without its year confirms that time. */
    private static final int STAMP_CONFIRMED_WITHIN = 7;

    /**
     * "held talks with Kenyan President William Ruto on 10 December" under an address ending {@code -1702296195}
     * (11 December 2023): a day and month the text gives, on or a few days before the day the number reads as, tell that
     * the number is a time and not an article's.
     */
    private static boolean toldDaysBefore(AnnotatedDocument doc, LocalDate stamp) {
        for (TimeMention t : doc.times()) {
            if (!(t.value() instanceof TimeValue.CalendarDate c) || c.year() != null || c.month() == null || c.day() == null) continue;
            for (int year = stamp.getYear() - 1; year <= stamp.getYear(); year++) {
                LocalDate d = DateResolver.safe(year, c.month(), c.day());
                if (d != null && !d.isAfter(stamp) && !d.isBefore(stamp.minusDays(STAMP_CONFIRMED_WITHIN))) return true;
            }
        }
        return false;
    }

    /**
     * Every date the head of the document states as its own, those under a publication label first, then in order. A
     * page may show the day it was viewed above the article's own dateline: a label, or the address where it has a
     * day, tells which is which.
     */
    private List<PublishedDate> stated(AnnotatedDocument doc, LocalDate inAddress) {
        List<PublishedDate> out = new ArrayList<>();
        List<PublishedDate> labelled = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        int head = headSize(sentences);
        for (int i = 0; i < Math.min(Math.max(head, MAX_HEAD_SENTENCES), sentences.size()); i++) {
            for (TimeMention t : doc.timesIn(i)) {
                // "Synopsis ... Key Takeaways ... / London, May 9 (Wire) External Affairs Minister ...": below a site's summary
                // in prose, a dateline that opens its line still starts the story
                if (i >= head && !opensALineAsADateline(doc, sentences.get(i), t)) continue;
                PublishedDate p = stated(doc, sentences.get(i), t, inAddress);
                if (p == null) continue;
                (p.date() != null && labelled(doc, sentences.get(i), t) ? labelled : out).add(p);
            }
        }
        labelled.addAll(out);
        return labelled;
    }

    private static boolean opensALineAsADateline(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String text = doc.document().text();
        return (s.start() == 0 || text.charAt(s.start() - 1) == '\n') && isDateline(doc, t);
    }

    private PublishedDate stated(AnnotatedDocument doc, Sentence s, TimeMention t, LocalDate inAddress) {
        if (dayOfReading(doc, s, t)) return null;
        boolean dateOnlyLine = isMostlyDate(s, doc.timesIn(s.index()));
        Evidence ev = Evidence.of(doc, s);
        if (t.value() instanceof TimeValue.CalendarDate c && c.year() != null && c.month() != null
                && c.day() != null && (dateOnlyLine || isDateline(doc, t) || closesTheTitle(doc, s, t) || labelled(doc, s, t)
                || labelledInALineOfFields(doc, s, t) || opensAShortLine(doc, s, t) || aFieldOfItsOwn(doc, s, t) || stampedWithAClock(doc, s, t))) {
            return new PublishedDate(DateResolver.safe(c.year(), c.month(), c.day()), "text", ev, List.of());
        }
        if (t.value() instanceof TimeValue.NumericDate n && dateOnlyLine) {
            List<LocalDate> readings = readings(n);
            if (readings.size() == 1) return new PublishedDate(readings.get(0), "text", ev, List.of());
            if (readings.size() == 2) {
                LocalDate settled = settle(doc, s, readings);
                if (settled != null) return new PublishedDate(settled, "text", ev, List.of());
                return new PublishedDate(null, null, ev, readings);
            }
        }
        if (t.value() instanceof TimeValue.CalendarDate c && c.year() == null && c.day() != null && isDateline(doc, t)) {
            // "Gyeongju, South Korea, Oct. 31 (Jiji Press)" on a page whose address has a day in the week after: its year
            LocalDate near = nearAddress(c.month(), c.day(), inAddress);
            if (near != null) return new PublishedDate(near, "text", ev, List.of());
            // "date 2023-02" above "ROMA, 16 FEB - ...": the page's month stamp gives its dateline the year
            java.time.YearMonth stamped = stampedMonth(doc);
            LocalDate inStamped = stamped == null ? null : DateResolver.safe(stamped.getYear(), c.month(), c.day());
            if (inStamped != null && java.time.YearMonth.from(inStamped).equals(stamped)) return new PublishedDate(inStamped, "text", ev, List.of());
            Integer year = latestYear(doc);
            LocalDate inLatestYear = year == null ? null : DateResolver.safe(year, c.month(), c.day());
            // "MOSCOW, January 19" over "the agreements reached at the meeting ... held on February 17, 2016": a page is not
            // written before a day it tells of as past, so its dateline falls in the year after
            LocalDate latestPast = latestPastDay(doc);
            if (inLatestYear != null && latestPast != null && inLatestYear.isBefore(latestPast) && latestPast.getYear() == year) {
                inLatestYear = DateResolver.safe(year + 1, c.month(), c.day());
            }
            if (inLatestYear != null && someoneInOffice(doc, inLatestYear)) return new PublishedDate(inLatestYear, "text", ev, List.of());
            LocalDate byTerms = yearFromOffices(doc, c.month(), c.day());
            if (byTerms != null) return new PublishedDate(byTerms, "inferred", ev, List.of());
            // "Warschau, 1. August (Hibya)" naming a minister in office two years running: each is a reading, which the
            // encounter the page is linked to settles
            List<LocalDate> readings = daysInTheirTerms(doc, c.month(), c.day());
            if (readings.size() > 1 && readings.size() <= MAX_READINGS) return new PublishedDate(null, null, ev, readings);
        }
        return null;
    }

    /**
     * "date 2015-04-10" stamped above "Sept. 21, 2017 / Secretary of Defense Jim Mattis met ...": a stated day on which no
     * one the page names in full held office gives way to another the page states on which one did, if there is one.
     */
    private static PublishedDate oneInTheirTerms(AnnotatedDocument doc, List<PublishedDate> stated, PublishedDate first) {
        for (PublishedDate p : stated) if (p != first && p.date() != null && someoneInOffice(doc, p.date())) return p;
        return first;
    }

    /**
     * "2019-10-17" above "Durban, Oct 19 (IANS) ...": a report is not published before the day its dateline was written,
     * so a dateline's day a few days after the date line above it is the publication's (one day after may be the same
     * moment in another time zone: "November 16, 2023 — 04:03 pm EST" above "TOKYO, Nov 17 (Reuters)").
     */
    private static PublishedDate laterDateline(AnnotatedDocument doc, List<PublishedDate> stated, PublishedDate first) {
        LocalDate from = first.date().plusDays(TIME_ZONE_DAYS + 1);
        LocalDate to = first.date().plusDays(MAX_WINDOW_DAYS);
        for (PublishedDate p : stated) {
            if (p == first || p.date() == null || p.date().isBefore(from) || p.date().isAfter(to)) continue;
            if (p.evidence() == null || p.evidence().start() < 0) continue;
            int sentence = doc.sentenceAt(p.evidence().start());
            for (TimeMention t : doc.timesIn(sentence)) if (isDateline(doc, t)) return p;
        }
        return first;
    }

    /** The day and month in the week up to the address's day (or the day after it, time zones), in its year or the one before. */
    private static LocalDate nearAddress(int month, int day, LocalDate inAddress) {
        if (inAddress == null) return null;
        return DateResolver.inYearOrTheOneBefore(month, day, inAddress.getYear(),
                d -> !d.isAfter(inAddress.plusDays(1)) && !d.isBefore(inAddress.minusDays(MAX_WINDOW_DAYS)));
    }

    /** The date of the page's own citation line, which the cleaner kept aside from the article text. */
    private static PublishedDate cited(AnnotatedDocument doc) {
        String citation = doc.document().citation();
        if (citation == null) return null;
        List<TimeMention> times = TimeExpressions.find(citation);
        for (int i = times.size() - 1; i >= 0; i--) {
            if (times.get(i).value() instanceof TimeValue.CalendarDate c && c.year() != null && c.month() != null && c.day() != null) {
                Evidence ev = new Evidence(doc.document().id(), -1, -1, citation);
                return new PublishedDate(DateResolver.safe(c.year(), c.month(), c.day()), "text", ev, List.of());
            }
        }
        return null;
    }

    private static final int SHORT_LINE_WORDS = 12;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]*");

    /** A sentence of the article's prose: it ends with a full stop and has a few words. */
    private static boolean isProse(Sentence s) {
        String text = s.text().strip();
        return text.endsWith(".") && text.split("\\s+").length >= PROSE_WORDS;
    }

    /** The first sentences, and any more up to the first sentence of prose (a page may open with lines of its site's furniture). */
    private static int headSize(List<Sentence> sentences) {
        int n = Math.min(sentences.size(), MAX_HEAD_SENTENCES);
        for (int i = 0; i < n; i++) {
            if (isProse(sentences.get(i))) return Math.max(HEAD_SENTENCES, i + 1);
        }
        return Math.max(HEAD_SENTENCES, n);
    }

    /** How many days before the page's own date a release it republishes may be dated. */
    private static final int RELEASE_DAYS_BEFORE = 3;

    /**
     * The day "today" and "on Monday" of the article are read from: the page's date, or, where the page republishes a
     * release whose own date line stands alone right above its first sentence of prose ("Tuesday, 16 April 2024 ... Press
     * Release: New Zealand Government ... 15 April 2024 / Prime Minister Luxon today paid tribute"), the release's date,
     * if it is at most a few days earlier.
     */
    LocalDate dayOfTheText(AnnotatedDocument doc, LocalDate published) {
        if (published == null) return null;
        List<Sentence> sentences = doc.sentences();
        LocalDate line = null;
        for (int i = 0; i < Math.min(headSize(sentences), sentences.size()); i++) {
            Sentence s = sentences.get(i);
            if (isProse(s)) break;
            List<TimeMention> times = doc.timesIn(s.index());
            if (times.size() == 1 && times.get(0).value() instanceof TimeValue.CalendarDate c && c.year() != null && c.month() != null
                    && c.day() != null && s.text().strip().length() - times.get(0).text().length() <= 1) {
                LocalDate day = DateResolver.safe(c.year(), c.month(), c.day());
                if (day != null) line = day;
            }
        }
        if (line == null) line = datelineDay(doc, published);
        boolean aFewDaysBefore = line != null && line.isBefore(published) && !line.isBefore(published.minusDays(RELEASE_DAYS_BEFORE));
        return aFewDaysBefore ? line : published;
    }

    /**
     * "date 2021-02-24" above "OTTAWA, ON, Feb. 23, 2021 /CNW/ - The Prime Minister ... today met": a story is written on its
     * dateline's day, and its "today" is that day, whichever later day the page that carries it is stamped with.
     */
    private static LocalDate datelineDay(AnnotatedDocument doc, LocalDate published) {
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < Math.min(headSize(sentences), sentences.size()); i++) {
            for (TimeMention t : doc.timesIn(i)) {
                if (!(t.value() instanceof TimeValue.CalendarDate c) || c.month() == null || c.day() == null || !isDateline(doc, t)) continue;
                return DateResolver.resolve(c, published, Tense.PAST);
            }
        }
        return null;
    }

    /** "[ 249 words|2024.11.23|English ]": a full date that is a field of its own in a line of fields. */
    private static boolean aFieldOfItsOwn(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String all = doc.document().text();
        int before = t.start();
        while (before > s.start() && Character.isWhitespace(all.charAt(before - 1))) before--;
        int after = t.end();
        int end = s.start() + s.text().length();
        while (after < end && Character.isWhitespace(all.charAt(after))) after++;
        boolean opens = before > s.start() && FIELD_SEPARATOR.indexOf(all.charAt(before - 1)) >= 0;
        boolean closes = after < end && FIELD_SEPARATOR.indexOf(all.charAt(after)) >= 0;
        return opens && closes;
    }

    private static final Pattern BEFORE_CLOCK = Pattern.compile("[\\s,|/-]*(?:at\\s+)?");

    /** "Staff Correspondent Diplomacy 2024-08-16, 10:39pm": a full date with its clock time, on a short line that is not prose. */
    private static boolean stampedWithAClock(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String all = doc.document().text();
        boolean clockNext = doc.timesIn(s.index()).stream().anyMatch(c -> c.value() instanceof TimeValue.ClockTime && c.start() >= t.end()
                && BEFORE_CLOCK.matcher(all.substring(t.end(), c.start())).matches());
        String text = s.text().strip();
        return clockNext && text.split("\\s+").length <= SHORT_LINE_WORDS && !text.endsWith(".");
    }

    /**
     * "Tuesday, August 29, 2017, 3:25 p.m. Ministry of Foreign Affairs": a full date opening a short line
     * (after its weekday, if any) that is not prose: it does not end in a full stop, or ends in a clock time.
     */
    private static boolean opensAShortLine(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String all = doc.document().text();
        int from = s.start();
        for (TimeMention w : doc.timesIn(s.index())) {
            if (w.value() instanceof TimeValue.Weekday && w.end() <= t.start() && all.substring(s.start(), w.start()).isBlank()) from = w.end();
        }
        if (!SEPARATORS.matcher(all.substring(from, t.start())).matches()) return false;
        String text = s.text().strip();
        int end = s.start() + s.text().stripTrailing().length();
        boolean endsWithClock = doc.timesIn(s.index()).stream().anyMatch(c -> c.value() instanceof TimeValue.ClockTime && c.end() >= end);
        boolean prose = text.endsWith(".") && !endsWithClock;
        return text.split("\\s+").length <= SHORT_LINE_WORDS && !prose;
    }

    private boolean isMostlyDate(Sentence s, List<TimeMention> times) {
        String rest = s.text();
        for (TimeMention t : times) {
            rest = rest.replace(t.text(), " ");
        }
        rest = cues.dateLineWord().matcher(rest).replaceAll(" ");
        return LEFTOVER_WORD.matcher(rest).results().count() <= 1;
    }

    /**
     * "08/05/2021 10:21 PM EDT" over a text that says "the evening of August 5": the reading the
     * text itself names (month and day without a year), else the one a month-first time zone ("EDT", cues.tsv) implies.
     */
    private LocalDate settle(AnnotatedDocument doc, Sentence line, List<LocalDate> readings) {
        List<LocalDate> named = new ArrayList<>();
        for (TimeMention t : doc.times()) {
            if (t.value() instanceof TimeValue.CalendarDate c && c.year() == null && c.month() != null && c.day() != null) {
                for (LocalDate r : readings) if (r.getMonthValue() == c.month() && r.getDayOfMonth() == c.day() && !named.contains(r)) named.add(r);
            }
        }
        if (named.size() == 1) return named.get(0);
        if (cues.monthFirstZone().matcher(line.text()).find()) return readings.get(0);
        return null;
    }

    static List<LocalDate> readings(TimeValue.NumericDate n) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate monthFirst = DateResolver.safe(n.year(), n.first(), n.second());
        LocalDate dayFirst = DateResolver.safe(n.year(), n.second(), n.first());
        if (monthFirst != null) out.add(monthFirst);
        if (dayFirst != null && !dayFirst.equals(monthFirst)) out.add(dayFirst);
        return out;
    }

    /**
     * "New Delhi, June 4: Prime Minister Narendra Modi on Thursday held a virtual summit with ... Scott
     * Morrison": the year in which everyone the document names in full held an office on that day, and,
     * when several are, the one year in which the day falls on the weekday the text gives.
     */
    private static LocalDate yearFromOffices(AnnotatedDocument doc, int month, int day) {
        if (NamedInFull.in(doc).size() < 2) return null;
        List<LocalDate> possible = daysInTheirTerms(doc, month, day);
        if (possible.size() == 1) return possible.get(0);
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (TimeMention t : doc.times()) {
            if (t.value() instanceof TimeValue.Weekday w && tenseOf(doc, t, w) != Tense.FUTURE) weekdays.add(w.day());
        }
        if (weekdays.size() != 1) return null;
        List<LocalDate> onWeekday = possible.stream().filter(d -> weekdays.contains(d.getDayOfWeek())).toList();
        return onWeekday.size() == 1 ? onWeekday.get(0) : null;
    }

    /** How many readings of a day without its year a page may keep for the encounter it is linked to to settle. */
    private static final int MAX_READINGS = 3;

    /** That day of the month in each year, up to today, on which everyone the document names in full held an office (none if it names no one). */
    private static List<LocalDate> daysInTheirTerms(AnnotatedDocument doc, int month, int day) {
        Set<Person> people = NamedInFull.in(doc);
        List<LocalDate> possible = new ArrayList<>();
        if (people.isEmpty()) return possible;
        for (int y = FIRST_TERM_YEAR; y <= LocalDate.now().getYear(); y++) {
            LocalDate d = DateResolver.safe(y, month, day);
            if (d != null && !d.isAfter(LocalDate.now()) && people.stream().allMatch(p -> p.termOn(d).isPresent())) possible.add(d);
        }
        return possible;
    }

    /**
     * "VIETNAM, January 30 - ... Vietnamese President Võ Văn Thưởng" on a page whose latest full date is of 1976: a year in
     * which no one the page names in full held an office is not the year it was written in (true when it names no one).
     */
    private static boolean someoneInOffice(AnnotatedDocument doc, LocalDate day) {
        Set<Person> people = NamedInFull.in(doc);
        // "16 September 1975" on a transcript of Prime Minister Marape (in office from 2019): a page does not name as its own
        // people someone who first took office decades after the day it would have been written
        LocalDate latestFirstDay = day.plusYears(YEARS_BEFORE_OFFICE);
        if (people.stream().map(PublicationDater::firstTermStart).anyMatch(d -> d != null && d.isAfter(latestFirstDay))) return false;
        return people.isEmpty() || people.stream().anyMatch(p -> p.termOn(day).isPresent());
    }

    /** How long before someone first takes office a page may still name them. */
    private static final int YEARS_BEFORE_OFFICE = 10;

    private static LocalDate firstTermStart(Person p) {
        return p.terms().stream().map(Person.Term::start).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The first year whose terms of office the knowledge base may tell apart. */
    static final int FIRST_TERM_YEAR = 1990;

    /** The latest full date the document tells of in a sentence not about the future, or null. */
    private static LocalDate latestPastDay(AnnotatedDocument doc) {
        LocalDate latest = null;
        for (TimeMention t : doc.times()) {
            if (!(t.value() instanceof TimeValue.CalendarDate c) || c.year() == null || c.month() == null || c.day() == null) continue;
            if (tenseAround(doc, t) != Tense.PAST) continue;
            LocalDate d = DateResolver.safe(c.year(), c.month(), c.day());
            if (d != null && (latest == null || d.isAfter(latest))) latest = d;
        }
        return latest;
    }

    /** The latest year of a full date the document writes, or null. */
    static Integer latestYear(AnnotatedDocument doc) {
        Integer y = null;
        for (TimeMention t : doc.times()) {
            // "21.Oct.2025" on a line of its own: the stamp of a listed article beside the text, not a date the text writes
            if (aloneOnItsLine(doc, t)) continue;
            if (t.value() instanceof TimeValue.CalendarDate c && c.year() != null && c.day() != null) {
                y = y == null ? c.year() : Math.max(y, c.year());
            }
        }
        return y;
    }

    private static boolean aloneOnItsLine(AnnotatedDocument doc, TimeMention t) {
        String text = doc.document().text();
        int from = text.lastIndexOf('\n', t.start() - 1) + 1;
        int to = text.indexOf('\n', t.end());
        String line = text.substring(from, to < 0 ? text.length() : to);
        return line.replace(t.text(), "").chars().noneMatch(Character::isLetter);
    }

    /**
     * With a year fixed by an anniversary ("this year's 45th anniversary of the 1978 treaty"), the day
     * is bounded by the weekdays the text places in the past and the dates it places in the future; the
     * latest day that satisfies all of them (a report comes just before what it announces) is taken
     * when they leave a window of at most a week.
     */
    private PublishedDate inferred(AnnotatedDocument doc) {
        Integer year = null;
        Evidence yearEvidence = null;
        for (TimeMention t : doc.times()) {
            if (t.value() instanceof TimeValue.Anniversary a) {
                year = a.year();
                Sentence s = doc.sentences().get(t.sentence());
                yearEvidence = Evidence.of(doc, s);
                break;
            }
        }
        if (year == null) return PublishedDate.UNKNOWN;
        LocalDate lo = LocalDate.of(year, 1, 1);
        LocalDate hi = LocalDate.of(year, 12, 31);
        List<DayOfWeek> pastWeekdays = new ArrayList<>();
        for (TimeMention t : doc.times()) {
            Tense tense = tenseAround(doc, t);
            if (t.value() instanceof TimeValue.CalendarDate c && c.month() != null && c.day() != null && c.year() == null) {
                LocalDate d = DateResolver.safe(year, c.month(), c.day());
                if (d == null) continue;
                if (tense == Tense.FUTURE && d.isBefore(hi)) hi = d.minusDays(1);
                if (tense == Tense.PAST && d.isAfter(lo)) lo = d;
            } else if (t.value() instanceof TimeValue.Relative r && r.unit() == TimeValue.Relative.Unit.WEEKEND
                    && r.offset() == 0 && tense == Tense.FUTURE) {
                pastWeekdays.add(null);
            } else if (t.value() instanceof TimeValue.Weekday w && tenseOf(doc, t, w) == Tense.PAST) {
                pastWeekdays.add(w.day());
            }
        }
        if (hi.isBefore(lo) || hi.toEpochDay() - lo.toEpochDay() > 366) return PublishedDate.UNKNOWN;
        LocalDate found = null;
        for (LocalDate d = hi; found == null && !d.isBefore(lo) && !d.isBefore(hi.minusDays(MAX_WINDOW_DAYS)); d = d.minusDays(1)) {
            if (satisfies(d, pastWeekdays, hi)) found = d;
        }
        if (found == null || (hi.toEpochDay() - lo.toEpochDay() > MAX_WINDOW_DAYS && pastWeekdays.isEmpty())) {
            return PublishedDate.UNKNOWN;
        }
        return new PublishedDate(found, "inferred", yearEvidence, List.of());
    }

    private static boolean satisfies(LocalDate d, List<DayOfWeek> pastWeekdays, LocalDate hi) {
        for (DayOfWeek w : pastWeekdays) {
            if (w == null) {
                LocalDate saturday = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                if (hi.isAfter(saturday.plusDays(1))) return false;
                continue;
            }
            LocalDate last = d.with(TemporalAdjusters.previousOrSame(w));
            if (d.toEpochDay() - last.toEpochDay() > 6) return false;
        }
        return true;
    }

    /** "next Monday" is to come and "last Monday" past, whatever the tense around them. */
    private static Tense tenseOf(AnnotatedDocument doc, TimeMention t, TimeValue.Weekday w) {
        if (w.shift() != null) return w.shift() > 0 ? Tense.FUTURE : Tense.PAST;
        return tenseAround(doc, t);
    }

    static Tense tenseAround(AnnotatedDocument doc, TimeMention t) {
        Mention nearest = null;
        for (Mention m : doc.mentionsIn(t.sentence(), MentionType.CUE)) {
            String status = m.as(Lexicon.Cue.class).status();
            if (status.equals("sameday")) continue;
            if (status.equals("report")) {
                if (m.end() <= t.start() && t.start() - m.end() <= 5) return Tense.PAST;
                continue;
            }
            if (nearest == null || Math.abs(m.start() - t.start()) < Math.abs(nearest.start() - t.start())) nearest = m;
        }
        if (nearest == null) return Tense.NONE;
        Lexicon.Cue cue = nearest.as(Lexicon.Cue.class);
        return cue.toCome() ? Tense.FUTURE : cue.status().equals("unreal") ? Tense.UNREAL : Tense.PAST;
    }
}
