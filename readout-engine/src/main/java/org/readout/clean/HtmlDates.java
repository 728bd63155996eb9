package org.readout.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an HTML page says it was published, and where it says so, read from the whole page before its article is taken
 * out. In order of trust: a {@code <meta>} that names the publication ({@code article:published_time}, Dublin Core,
 * Parse.ly, Sailthru, {@code itemprop=datePublished}...); JSON-LD {@code datePublished} of the article (in
 * {@code @graph} too), else of another object; an element marked as the publication time ({@code <time pubdate>},
 * {@code itemprop=datePublished}, {@code time.entry-date}); the page's date line, a short element whose class names a
 * date ({@code class="post-date"}); a date after a publication label ("Published on 12 May 2024", "Veröffentlicht
 * am"); the first {@code <time datetime>}. Only when none of these gives a day: the day the page was last changed, by
 * its metadata or a label ("Updated: ..."), which a page changed once is likely to share with its publication. The
 * names and words are the rules of {@code readout/clean/dates.tsv}.
 */
final class HtmlDates {
    /** The day and what gave it, as {@code SOURCE: VALUE} ("meta article:published_time: 2023-03-14T09:00:00Z"). */
    record PageDate(LocalDate date, String from) {
    }

    private static final int MAX_LINE = 120;
    /** Numeric dates that markup writes with slashes ("11/01/2023 12:43:42") are machine-made in the American order. */
    private static final DateText.Order MARKUP = DateText.Order.MONTH_FIRST;
    private static final int LABEL_REACH = 30;
    /** A date-time in UTC at the end of a source ("2023-11-09T03:28:35+00:00", "...Z"). */
    private static final Pattern UTC = Pattern.compile("T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00|GMT|UTC)$");
    private static final Rules RULES = Rules.load();

    private HtmlDates() {
    }

    /** The page's publication date, or null when it says none. */
    static PageDate find(Document doc, List<JsonNode> jsonLd, LocalDate latest) {
        DateText.Order order = order(doc);
        PageDate structured = firstOf(
                metaDate(doc, RULES.metaPublished, order, latest),
                jsonLdDate(jsonLd, RULES.jsonPublished, order, latest));
        if (structured != null && UTC.matcher(structured.from()).find()) {
            // a time in UTC may fall on another day than the publisher's: the day the page shows, if next to it, is theirs
            PageDate shown = firstOf(underHeadline(doc, order, latest), labelled(doc, RULES.labelPublished, order, latest));
            if (shown != null && Math.abs(shown.date().toEpochDay() - structured.date().toEpochDay()) == 1) return shown;
        }
        PageDate found = firstOf(
                structured,
                marked(doc, RULES.timePublished, false, order, latest),
                dateLine(doc, order, latest),
                labelled(doc, RULES.labelPublished, order, latest),
                underHeadline(doc, order, latest),
                scriptDate(doc, latest),
                metaDate(doc, RULES.metaDate, order, latest),
                anyTime(doc, order, latest),
                imageDate(doc, latest),
                titleDate(doc, order, latest));
        if (found != null) return found;
        return firstOf(
                metaDate(doc, RULES.metaModified, order, latest),
                jsonLdDate(jsonLd, RULES.jsonModified, order, latest),
                marked(doc, RULES.timeModified, true, order, latest),
                labelled(doc, RULES.labelModified, order, latest));
    }

    private static PageDate firstOf(PageDate... dates) {
        for (PageDate d : dates) if (d != null) return d;
        return null;
    }

    /** The first meta by the rules' order of names, then by its place in the page. */
    private static PageDate metaDate(Document doc, List<String> names, DateText.Order order, LocalDate latest) {
        PageDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : doc.select("meta[content]")) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                int rank = key.isEmpty() ? -1 : names.indexOf(key);
                if (rank < 0 || rank >= bestRank) continue;
                LocalDate d = DateText.value(e.attr("content"), MARKUP, latest);
                if (d != null) {
                    best = new PageDate(d, "meta " + e.attr(attr).strip() + ": " + clip(e.attr("content")));
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** The article's own object first, then any other. */
    private static PageDate jsonLdDate(List<JsonNode> nodes, List<String> fields, DateText.Order order, LocalDate latest) {
        for (boolean article : new boolean[] {true, false}) {
            for (JsonNode node : nodes) {
                if (article != isArticle(node)) continue;
                for (String field : fields) {
                    JsonNode v = node.get(field);
                    if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
                    if (v == null || !v.isTextual()) continue;
                    LocalDate d = DateText.value(v.asText(), MARKUP, latest);
                    if (d != null) return new PageDate(d, "JSON-LD " + field + ": " + clip(v.asText()));
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (t.isTextual() && RULES.articleTypes.contains(t.asText())) return true;
            return false;
        }
        return type.isTextual() && RULES.articleTypes.contains(type.asText());
    }

    /**
     * An element marked as the publication time (or a change's): its datetime, content or title, else its text; in the
     * article that holds the headline, else anywhere.
     */
    private static PageDate marked(Document doc, List<String> selectors, boolean changed, DateText.Order order, LocalDate latest) {
        Element article = article(doc);
        if (article != null) {
            PageDate inArticle = markedIn(article, selectors, changed, order, latest);
            if (inArticle != null) return inArticle;
        }
        return markedIn(doc, selectors, changed, order, latest);
    }

    private static PageDate markedIn(Element scope, List<String> selectors, boolean changed, DateText.Order order, LocalDate latest) {
        for (Element e : scope.select(String.join(", ", selectors))) {
            if (e.is("meta") || elsewhere(e, changed)) continue;
            for (String attr : new String[] {"datetime", "content", "title"}) {
                LocalDate d = DateText.value(e.attr(attr), MARKUP, latest);
                if (d != null) return new PageDate(d, "marked " + describe(e) + " " + attr + ": " + clip(e.attr(attr)));
            }
            String text = TextNormalizer.collapse(e.text());
            if (text.length() <= MAX_LINE) {
                DateText.Found f = DateText.first(text, order, latest);
                if (f != null) return new PageDate(f.date(), "marked " + describe(e) + ": " + clip(text));
            }
        }
        return null;
    }

    /**
     * The first short element whose class or id names a date line, with a date not labelled as a change: in the
     * article that holds the headline ({@code <article>}, {@code <main>}), else anywhere.
     */
    private static PageDate dateLine(Document doc, DateText.Order order, LocalDate latest) {
        if (doc.body() == null) return null;
        Element article = article(doc);
        if (article != null) {
            PageDate inArticle = dateLineIn(article, order, latest);
            if (inArticle != null) return inArticle;
        }
        return dateLineIn(doc.body(), order, latest);
    }

    private static PageDate dateLineIn(Element scope, DateText.Order order, LocalDate latest) {
        for (Element e : scope.select("[class], [id]")) {
            String names = names(e);
            if (!RULES.dateClass.matcher(names).find() || elsewhere(e, false)) continue;
            String text = TextNormalizer.collapse(e.text());
            if (text.isEmpty() || text.length() > MAX_LINE) continue;
            for (DateText.Found f : DateText.all(text, order, latest)) {
                if (RULES.notOwnBefore.matcher(text.substring(0, f.start())).find()) continue;
                return new PageDate(f.date(), "class " + describe(e) + ": " + clip(text));
            }
        }
        return null;
    }

    /** A date right after a label in the page's text ("Published on 12 May 2024"). */
    private static PageDate labelled(Document doc, Pattern labels, DateText.Order order, LocalDate latest) {
        if (doc.body() == null) return null;
        String text = doc.body().text();
        Matcher m = labels.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_REACH + 20));
            DateText.Found f = DateText.first(after, order, latest);
            if (f != null && f.start() <= LABEL_REACH && LABEL_GAP.matcher(after.substring(0, f.start())).matches()) {
                return new PageDate(f.date(), "label: " + clip(m.group() + after.substring(0, f.end())));
            }
        }
        return null;
    }

    /** What may stand between a label and its date: punctuation, "on", "am", a weekday, a clock time. */
    private static final Pattern LABEL_GAP = Pattern.compile("[\\s:,.|–—-]*(?:(?:on|am|le|el|il|op|den)\\s+)?(?:\\p{L}{2,12}\\.?,?\\s+)?"
            + "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|uhr|h)?[\\s,|–—-]*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "MT-208: Acidente... / 22/11/2020 - 06:29": the page's date line by its headline. The headline is the {@code <h1>}
     * that the page's title names (else the first in its article, else the first); the date line is a short line among
     * the first few from the headline on, not a sentence, that carries a full date not labelled as a change, or a
     * paragraph that opens with its dateline; or a short line just above it that opens with a date or is one
     * ("21.01.2022 / Jahresbericht").
     */
    private static PageDate underHeadline(Document doc, DateText.Order order, LocalDate latest) {
        Element h1 = headline(doc);
        if (h1 == null) return null;
        var all = doc.body().getAllElements();
        int at = all.indexOf(h1);
        for (int i = at, blocks = 0; i < all.size() && blocks < HEAD_BLOCKS; i++) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) continue;
            blocks++;
            String text = TextNormalizer.collapse(e.text());
            if (elsewhere(e, false)) continue;
            if (text.length() > MAX_LINE) {
                // "Karlsruhe, (12.11.2021). Traditionell gedenken...": a paragraph that opens with its dateline
                DateText.Found f = DateText.first(text.substring(0, DATELINE_REACH), order, latest);
                if (f != null && WORD.matcher(text.substring(0, f.start())).results().count() <= 3
                        && !text.substring(0, f.start()).contains(". ")) {
                    return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(text));
                }
                continue;
            }
            if (prose(text)) continue;
            for (DateText.Found f : DateText.all(text, order, latest)) {
                if (RULES.notOwnBefore.matcher(text.substring(0, f.start())).find()) continue;
                return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(text));
            }
        }
        for (int i = at - 1, blocks = 0; i >= 0 && blocks < ABOVE_BLOCKS; i--) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) continue;
            blocks++;
            String text = TextNormalizer.collapse(e.text());
            DateText.Found f = DateText.first(text, order, latest);
            if (f != null && !elsewhere(e, false) && text.length() <= MAX_LINE && (WORD.matcher(text.substring(0, f.start())).results().count() == 0
                    || WORD.matcher(text.substring(0, f.start()) + " " + text.substring(f.end())).results().count() <= 3)) {
                return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(text));
            }
        }
        return null;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int PROSE_WORDS = 5;

    /** "They last met on 2 February 2023 in Harbourtown.": a sentence of the article, not a date line. */
    private static boolean prose(String line) {
        return line.matches(".*[.!?][\"”’)]?$") && WORD.matcher(line).results().count() >= PROSE_WORDS;
    }
    private static final int ABOVE_BLOCKS = 2;
    private static final int DATELINE_REACH = 60;

    /** The {@code <article>} or {@code <main>} that holds the headline, or null. */
    private static Element article(Document doc) {
        Element h1 = headline(doc);
        return h1 == null ? null : h1.closest("article, main");
    }

    /** The {@code <h1>} whose text the page's title gives, else the first in its article, else the first. */
    static Element headline(Document doc) {
        if (doc.body() == null) return null;
        var h1s = doc.body().select("h1");
        if (h1s.isEmpty()) return null;
        Element og = doc.selectFirst("meta[property=og:title][content]");
        String title = Lines.key(og != null ? og.attr("content") : doc.title());
        for (Element h : h1s) {
            String key = Lines.key(h.text());
            if (key.length() >= 10 && title.contains(key)) return h;
        }
        for (Element h : h1s) if (h.closest("article, main") != null) return h;
        return h1s.first();
    }

    private static final int HEAD_BLOCKS = 6;

    /** {@code "publishedDate":"2016-11-04T20:37:27Z"}: the first key of the rules in a script of the page that gives a date. */
    private static PageDate scriptDate(Document doc, LocalDate latest) {
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() < 20) continue;
            Matcher m = RULES.scriptPublished.matcher(data);
            while (m.find()) {
                LocalDate d = DateText.value(m.group(2), MARKUP, latest);
                if (d != null) return new PageDate(d, "script " + m.group(1) + ": " + clip(m.group(2)));
            }
        }
        return null;
    }

    /** The day in the address of the page's image ({@code og:image}), which is stored when the article is written. */
    private static PageDate imageDate(Document doc, LocalDate latest) {
        for (Element e : doc.select("meta[property=og:image][content], meta[name=og:image][content]")) {
            Matcher m = PATH_DATE.matcher(e.attr("content"));
            if (m.find()) {
                LocalDate d = DateText.value(m.group(1) + "-" + m.group(2) + "-" + m.group(3), MARKUP, latest);
                if (d != null) return new PageDate(d, "image address: " + clip(e.attr("content")));
            }
        }
        return null;
    }

    private static final Pattern PATH_DATE = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    /** "08.11.2021 | Online-Fachtag...": a full date in the page's title. */
    private static PageDate titleDate(Document doc, DateText.Order order, LocalDate latest) {
        String title = TextNormalizer.collapse(doc.title());
        DateText.Found f = DateText.first(title, order, latest);
        return f == null ? null : new PageDate(f.date(), "title: " + clip(title));
    }

    /** The first {@code <time datetime>} of the page that is not another page's. */
    private static PageDate anyTime(Document doc, DateText.Order order, LocalDate latest) {
        for (Element e : doc.select("time[datetime]")) {
            if (elsewhere(e, false)) continue;
            LocalDate d = DateText.value(e.attr("datetime"), MARKUP, latest);
            if (d != null) return new PageDate(d, "time datetime: " + clip(e.attr("datetime")));
        }
        return null;
    }

    /**
     * Whether the element, or one around it, holds other pages' dates or comments, or is navigation (the classes of
     * {@code body} say what kind of page it is, not where on it).
     */
    private static boolean elsewhere(Element e, boolean changeWanted) {
        for (Element a = e; a != null && !a.is("body, html"); a = a.parent()) {
            if (a.is("nav") || a.is("aside") && a.closest("article") == null) return true;
            if (!a.hasAttr("class") && !a.hasAttr("id")) continue;
            String[] words = WORDS.split(names(a));
            if (startsAny(words, RULES.notDateClass)) return true;
            if (!changeWanted && startsAny(words, RULES.changedClass) && !startsAny(words, RULES.publishedClass)) return true;
        }
        return false;
    }

    private static boolean startsAny(String[] words, List<String> starts) {
        for (String word : words) {
            for (String start : starts) if (word.startsWith(start)) return true;
        }
        return false;
    }

    private static final Pattern WORDS = Pattern.compile("[\\s_-]+");

    private static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    private static String describe(Element e) {
        StringBuilder s = new StringBuilder(e.tagName());
        if (e.hasAttr("itemprop")) s.append("[itemprop=").append(e.attr("itemprop")).append(']');
        if (e.hasAttr("pubdate")) s.append("[pubdate]");
        if (!e.className().isBlank()) s.append('.').append(e.className().strip().replaceAll("\\s+", "."));
        else if (!e.id().isBlank()) s.append('#').append(e.id().strip());
        return s.toString();
    }

    /**
     * How the page writes numeric dates whose day and month could be either: month first in American English,
     * day first in other English and in other languages; not known for English of no country.
     */
    static DateText.Order order(Document doc) {
        String lang = "";
        for (String tag : new String[] {doc.select("html[lang]").attr("lang"), doc.select("html[xml:lang]").attr("xml:lang"),
                HtmlMetadata.meta(doc, "og:locale")}) {
            if (tag != null && !tag.isBlank()) {
                lang = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
                break;
            }
        }
        if (lang.isEmpty()) return DateText.Order.UNKNOWN;
        if (lang.equals("en-us")) return DateText.Order.MONTH_FIRST;
        if (lang.equals("en")) return DateText.Order.UNKNOWN;
        return DateText.Order.DAY_FIRST;
    }

    private static String clip(String s) {
        String c = TextNormalizer.collapse(s);
        return c.length() > 80 ? c.substring(0, 80) + "…" : c;
    }

    /** The rules of {@code dates.tsv}, but the month names, which {@link DateText} reads. */
    private record Rules(List<String> metaPublished, List<String> metaDate, List<String> metaModified, List<String> jsonPublished,
                         List<String> jsonModified, List<String> articleTypes, Pattern scriptPublished, List<String> timePublished,
                         List<String> timeModified, Pattern dateClass, List<String> notDateClass, List<String> changedClass,
                         List<String> publishedClass, Pattern labelPublished, Pattern labelModified, Pattern notOwnBefore) {
        private static final List<String> KINDS = List.of("meta-published", "meta-date", "meta-modified", "jsonld-published",
                "jsonld-modified", "jsonld-article", "script-published", "time-published", "time-modified", "date-class",
                "date-class-not", "date-class-changed", "date-class-published", "label-published", "label-modified", "label-now");

        static Rules load() {
            java.util.Map<String, List<String>> rows = new java.util.HashMap<>();
            for (String kind : KINDS) rows.put(kind, new ArrayList<>());
            for (Tsv.Row r : Tsv.read("dates.tsv")) {
                if (r.cell(0).equals("month")) continue;
                List<String> values = rows.get(r.cell(0));
                if (values == null) throw r.error("unknown kind " + r.cell(0));
                values.add(r.cell(1).strip());
            }
            List<String> changeOrNow = new ArrayList<>(rows.get("label-modified"));
            changeOrNow.addAll(rows.get("label-now"));
            return new Rules(lower(rows.get("meta-published")), lower(rows.get("meta-date")), lower(rows.get("meta-modified")),
                    rows.get("jsonld-published"), rows.get("jsonld-modified"), rows.get("jsonld-article"),
                    Pattern.compile("\\\\?\"(" + quoted(rows.get("script-published")) + ")\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{6,40})"),
                    rows.get("time-published"), rows.get("time-modified"),
                    Pattern.compile(quoted(lower(rows.get("date-class")))), lower(rows.get("date-class-not")),
                    lower(rows.get("date-class-changed")), lower(rows.get("date-class-published")),
                    label(rows.get("label-published")), label(rows.get("label-modified")), label(changeOrNow));
        }

        private static List<String> lower(List<String> values) {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        }

        private static String quoted(List<String> values) {
            return String.join("|", values.stream().map(Pattern::quote).toList());
        }

        /** Any of the labels, the longest first, as whole words with any space between them. */
        private static Pattern label(List<String> labels) {
            List<String> sorted = new ArrayList<>(labels);
            sorted.sort((a, b) -> b.length() - a.length());
            String words = String.join("|", sorted.stream().map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q")).toList());
            return Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", Tsv.pattern("").flags());
        }
    }
}
