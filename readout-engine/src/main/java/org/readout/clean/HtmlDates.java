package org.readout.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an HTML page says it was published, and where it says so, read from the whole page before its article is taken
 * out. In order of trust: a {@code <meta>} that names the publication ({@code article:published_time}, Dublin Core,
 * Parse.ly, Sailthru, {@code itemprop=datePublished}...); JSON-LD {@code datePublished} of the article (in
 * {@code @graph} too), else of another object; an element marked as the publication time ({@code <time pubdate>},
 * {@code itemprop=datePublished}, {@code time.entry-date}); a short element whose class names a date line
 * ({@code class="post-date"}); a date after a publication label ("Published on 12 May 2024", "Veröffentlicht am"); the
 * date line by the headline; a publication key in a script's data; a {@code <meta>} that gives a date without saying of
 * what; the first {@code <time datetime>}; the day in the image's address; a date in the title. A date-time in UTC gives
 * way to the day shown by the headline when that is the day next to it. Only when none of these gives a day: the day
 * the page was last changed, by its metadata, a marked element or a label ("Updated: ..."), which a page changed once
 * shares with its publication. Dates of other pages (related articles, comments, navigation) and of the moment the
 * page is read are not the page's. The names and words are the rules of {@code readout/clean/dates.tsv}; the day in
 * the page's address, which comes before all of these, is the extractor's ({@code PublicationDater}).
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

    private final Document doc;
    private final List<JsonNode> jsonLd;
    private final LocalDate latest;
    private final DateText.Order order;
    private final Element headline;
    private final Element article;
    private Map<Element, Integer> places;
    private String bodyText;

    private HtmlDates(Document doc, List<JsonNode> jsonLd, LocalDate latest) {
        this.doc = doc;
        this.jsonLd = jsonLd;
        this.latest = latest;
        this.order = order(doc);
        this.headline = headline(doc);
        this.article = headline == null ? null : headline.closest("article, main");
    }

    /** The page's publication date, or null when it says none. */
    static PageDate find(Document doc, List<JsonNode> jsonLd, LocalDate latest) {
        return new HtmlDates(doc, jsonLd, latest).find();
    }

    private PageDate find() {
        PageDate structured = firstOf(metaDate(RULES.metaPublished), jsonLdDate(RULES.jsonPublished));
        if (structured != null && UTC.matcher(structured.from()).find()) {
            // a time in UTC may fall on another day than the publisher's: the day the page shows, if next to it, is theirs
            PageDate shown = firstOf(underHeadline(), labelled(RULES.labelPublished));
            if (shown != null && Math.abs(shown.date().toEpochDay() - structured.date().toEpochDay()) == 1) return shown;
        }
        PageDate found = firstOf(
                structured,
                marked(RULES.timePublished, false),
                dateLine(),
                labelled(RULES.labelPublished),
                underHeadline(),
                scriptDate(),
                metaDate(RULES.metaDate),
                anyTime(),
                imageDate(),
                titleDate());
        if (found != null) return found;
        return firstOf(
                metaDate(RULES.metaModified),
                jsonLdDate(RULES.jsonModified),
                marked(RULES.timeModified, true),
                labelled(RULES.labelModified));
    }

    private static PageDate firstOf(PageDate... dates) {
        for (PageDate d : dates) if (d != null) return d;
        return null;
    }

    /** The first meta by the rules' order of names, then by its place in the page. */
    private PageDate metaDate(List<String> names) {
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
    private PageDate jsonLdDate(List<String> fields) {
        for (boolean ofArticle : new boolean[] {true, false}) {
            for (JsonNode node : jsonLd) {
                if (ofArticle != isArticle(node)) continue;
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
    private PageDate marked(List<String> selectors, boolean change) {
        if (article != null) {
            PageDate inArticle = markedIn(article, selectors, change);
            if (inArticle != null) return inArticle;
        }
        return markedIn(doc, selectors, change);
    }

    private PageDate markedIn(Element scope, List<String> selectors, boolean change) {
        for (Element e : scope.select(String.join(", ", selectors))) {
            if (e.normalName().equals("meta") || elsewhere(e, change)) continue;
            for (String attr : new String[] {"datetime", "content", "title"}) {
                LocalDate d = DateText.value(e.attr(attr), MARKUP, latest);
                if (d != null) return new PageDate(d, "marked " + describe(e) + " " + attr + ": " + clip(e.attr(attr)));
            }
            Text text = text(e);
            if (text.whole()) {
                DateText.Found f = DateText.first(text.text(), order, latest);
                if (f != null) return new PageDate(f.date(), "marked " + describe(e) + ": " + clip(text.text()));
            }
        }
        return null;
    }

    /**
     * The first short element whose class or id names a date line, with a date not labelled as a change: in the
     * article that holds the headline ({@code <article>}, {@code <main>}), else anywhere.
     */
    private PageDate dateLine() {
        if (doc.body() == null) return null;
        if (article != null) {
            PageDate inArticle = dateLineIn(article);
            if (inArticle != null) return inArticle;
        }
        return dateLineIn(doc.body());
    }

    private PageDate dateLineIn(Element scope) {
        for (Element e : scope.select("[class], [id]")) {
            if (!RULES.dateClass.matcher(names(e)).find() || elsewhere(e, false)) continue;
            Text text = text(e);
            if (!text.whole() || text.text().isEmpty()) continue;
            for (DateText.Found f : DateText.all(text.text(), order, latest)) {
                if (RULES.notOwnBefore.matcher(text.text().substring(0, f.start())).find()) continue;
                return new PageDate(f.date(), "class " + describe(e) + ": " + clip(text.text()));
            }
        }
        return null;
    }

    /** A date right after a label in the page's text ("Published on 12 May 2024"). */
    private PageDate labelled(Pattern labels) {
        if (doc.body() == null) return null;
        if (bodyText == null) bodyText = doc.body().text();
        String text = bodyText;
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

    /**
     * What may stand between a label and its date: punctuation, a {@code label-gap} word ("on", "am"), a weekday, a clock time
     * and its {@code clock-suffix} ("p.m.", "Uhr").
     */
    private static final Pattern LABEL_GAP = Pattern.compile("[\\s:,.|–—-]*(?:(?:" + RULES.labelGap() + ")\\s+)?(?:\\p{L}{2,12}\\.?,?\\s+)?"
            + "(?:\\d{1,2}[:.]\\d{2}\\s*(?:" + RULES.clockSuffix() + ")?[\\s,|–—-]*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "MT-208: Acidente... / 22/11/2020 - 06:29": the page's date line by its headline. The headline is the {@code <h1>}
     * that the page's title names (else the first in its article, else the first); the date line is a short line among
     * the first few from the headline on, not a sentence, that carries a full date not labelled as a change, or a
     * paragraph that opens with its dateline; or a short line just above it that opens with a date or is one
     * ("21.01.2022 / Jahresbericht").
     */
    private PageDate underHeadline() {
        if (headline == null) return null;
        var all = doc.body().getAllElements();
        int at = all.indexOf(headline);
        for (int i = at, blocks = 0; i < all.size() && blocks < HEAD_BLOCKS; i++) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) continue;
            blocks++;
            if (elsewhere(e, false)) continue;
            Text text = text(e);
            String line = text.text();
            if (!text.whole()) {
                // "Karlsruhe, (12.11.2021). Traditionell gedenken...": a paragraph that opens with its dateline
                DateText.Found f = DateText.first(line.substring(0, Math.min(line.length(), DATELINE_REACH)), order, latest);
                if (f != null && WORD.matcher(line.substring(0, f.start())).results().count() <= 3
                        && !line.substring(0, f.start()).contains(". ")) {
                    return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(line));
                }
                continue;
            }
            if (prose(line)) continue;
            for (DateText.Found f : DateText.all(line, order, latest)) {
                if (RULES.notOwnBefore.matcher(line.substring(0, f.start())).find()) continue;
                return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(line));
            }
        }
        for (int i = at - 1, blocks = 0; i >= 0 && blocks < ABOVE_BLOCKS; i--) {
            Element e = all.get(i);
            if (e.ownText().isBlank()) continue;
            blocks++;
            Text text = text(e);
            if (!text.whole() || elsewhere(e, false)) continue;
            String line = text.text();
            DateText.Found f = DateText.first(line, order, latest);
            if (f != null && (WORD.matcher(line.substring(0, f.start())).results().count() == 0
                    || WORD.matcher(line.substring(0, f.start()) + " " + line.substring(f.end())).results().count() <= 3)) {
                return new PageDate(f.date(), "headline " + describe(e) + ": " + clip(line));
            }
        }
        return null;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int PROSE_WORDS = 5;
    private static final int HEAD_BLOCKS = 6;
    private static final int ABOVE_BLOCKS = 2;
    private static final int DATELINE_REACH = 60;

    /** "They last met on 2 February 2023 in Harbourtown.": a sentence of the article, not a date line. */
    private static boolean prose(String line) {
        return line.matches(".*[.!?][\"”’)]?$") && WORD.matcher(line).results().count() >= PROSE_WORDS;
    }

    /** The {@code <h1>} whose text the page's title gives, else the first in its article, else the first. */
    static Element headline(Document doc) {
        if (doc.body() == null) return null;
        var h1s = doc.body().select("h1");
        if (h1s.isEmpty()) return null;
        Element og = doc.selectFirst("meta[property=og:title][content]");
        String title = Lines.key(og != null ? og.attr("content") : doc.title());
        for (Element h : h1s) {
            Text text = text(h, TITLE_CHARS);
            String key = Lines.key(text.text());
            if (text.whole() && key.length() >= 10 && title.contains(key)) return h;
        }
        for (Element h : h1s) if (h.closest("article, main") != null) return h;
        return h1s.first();
    }

    private static final int TITLE_CHARS = 400;

    /** {@code "publishedDate":"2016-11-04T20:37:27Z"}: the first key of the rules in a script of the page that gives a date. */
    private PageDate scriptDate() {
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
    private PageDate imageDate() {
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
    private PageDate titleDate() {
        String title = TextNormalizer.collapse(doc.title());
        if (title.length() > TITLE_CHARS) title = title.substring(0, TITLE_CHARS);
        DateText.Found f = DateText.first(title, order, latest);
        return f == null ? null : new PageDate(f.date(), "title: " + clip(title));
    }

    /** The first {@code <time datetime>} of the page that is not another page's. */
    private PageDate anyTime() {
        for (Element e : doc.select("time[datetime]")) {
            if (elsewhere(e, false)) continue;
            LocalDate d = DateText.value(e.attr("datetime"), MARKUP, latest);
            if (d != null) return new PageDate(d, "time datetime: " + clip(e.attr("datetime")));
        }
        return null;
    }

    private static final int OTHER = 1;
    private static final int CHANGE = 2;

    /**
     * Whether the element, or one around it, holds other pages' dates or comments, or is navigation, or (unless a
     * change's date is wanted) holds the date of a change. The classes of {@code body} say what kind of page it is, not
     * where on it. Worked out for the whole page once, top down, so that deep pages cost no more than others.
     */
    private boolean elsewhere(Element e, boolean changeWanted) {
        if (places == null) places = places(doc);
        int flags = places.getOrDefault(e, 0);
        return (flags & OTHER) != 0 || !changeWanted && (flags & CHANGE) != 0;
    }

    private static Map<Element, Integer> places(Document doc) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        Deque<Integer> inherited = new ArrayDeque<>();
        int[] articles = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (e.normalName().equals("article")) articles[0]++;
                int flags = inherited.isEmpty() ? 0 : inherited.peek();
                if (!e.normalName().equals("body") && !e.normalName().equals("html")) flags |= own(e, articles[0] > 0);
                out.put(e, flags);
                inherited.push(flags);
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                inherited.pop();
                if (e.normalName().equals("article")) articles[0]--;
            }
        }, doc);
        return out;
    }

    private static int own(Element e, boolean inArticle) {
        if (e.normalName().equals("nav") || e.normalName().equals("aside") && !inArticle) return OTHER;
        if (!e.hasAttr("class") && !e.hasAttr("id")) return 0;
        String[] words = WORDS.split(names(e));
        if (startsAny(words, RULES.notDateClass)) return OTHER;
        if (startsAny(words, RULES.changedClass) && !startsAny(words, RULES.publishedClass)) return CHANGE;
        return 0;
    }

    private static boolean startsAny(String[] words, List<String> starts) {
        for (String word : words) {
            for (String start : starts) if (word.startsWith(start)) return true;
        }
        return false;
    }

    private static final Pattern WORDS = Pattern.compile("[\\s_-]+");

    /** An element's text, collapsed: {@code whole} when it is a short line; else its start only. */
    private record Text(String text, boolean whole) {
    }

    private static Text text(Element e) {
        return text(e, MAX_LINE);
    }

    /**
     * The element's text as far as {@code limit} characters, read without going through more than {@value #MAX_NODES}
     * nodes: a short line is whole; a long one, or one spread over many elements, is only begun.
     */
    private static Text text(Element e, int limit) {
        StringBuilder out = new StringBuilder();
        int[] nodes = {0};
        boolean[] cut = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_NODES || out.length() > 2 * limit) {
                    cut[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) out.append(t.text());
                else if (node instanceof Element x && (x.isBlock() || x.normalName().equals("br")) && out.length() > 0) out.append(' ');
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element x && x.isBlock()) out.append(' ');
                return FilterResult.CONTINUE;
            }
        }, e);
        String text = TextNormalizer.collapse(out.toString());
        return new Text(text, !cut[0] && text.length() <= limit);
    }

    private static final int MAX_NODES = 200;

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
                         List<String> publishedClass, Pattern labelPublished, Pattern labelModified, Pattern notOwnBefore,
                         String labelGap, String clockSuffix) {
        private static final List<String> KINDS = List.of("meta-published", "meta-date", "meta-modified", "jsonld-published",
                "jsonld-modified", "jsonld-article", "script-published", "time-published", "time-modified", "date-class",
                "date-class-not", "date-class-changed", "date-class-published", "label-published", "label-modified", "label-now",
                "label-gap", "clock-suffix");

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
                    label(rows.get("label-published")), label(rows.get("label-modified")), label(changeOrNow),
                    quoted(rows.get("label-gap")), quoted(longestFirst(rows.get("clock-suffix"))));
        }

        private static List<String> longestFirst(List<String> values) {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort((a, b) -> b.length() - a.length());
            return sorted;
        }

        private static List<String> lower(List<String> values) {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        }

        private static String quoted(List<String> values) {
            return String.join("|", values.stream().map(Pattern::quote).toList());
        }

        /** Any of the labels, the longest first, as whole words with any space between them. */
        private static Pattern label(List<String> labels) {
            String words = String.join("|", longestFirst(labels).stream().map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q")).toList());
            return Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", Tsv.pattern("").flags());
        }
    }
}
