package org.readout.clean;

import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.readout.source.SourceMeta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.regex.Pattern;

/** The article of an HTML page, as lines, and the page's own metadata. */
final class HtmlExtractor {
    private static final String CODE = "script, style, noscript, template, svg, canvas, iframe, object, embed";
    private static final String FURNITURE = "button, input, select, textarea, nav, aside, footer, menu, dialog, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    private static final Pattern HTML_START = Pattern.compile("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/?][^>]*>");

    /**
     * Elements nested deeper than this are flattened before Readability4J, whose recursion would overflow the stack
     * on a page of thousands of nested elements: the element at this depth keeps its text, one paragraph per line.
     */
    static final int MAX_DEPTH = 512;
    /** What Readability leaves in the article it found, where it would weigh them again and perhaps drop them. */
    private static final Set<String> KEPT_BLOCKS = Set.of("table", "ul", "ol");
    /** Fewer words than this from Readability is almost nothing: the fallbacks are tried. */
    static final int ALMOST_NOTHING = 50;
    /** This many lines of links in a row are a list of links. */
    static final int LINK_RUN = 3;

    private final JunkRules rules;

    HtmlExtractor(JunkRules rules) {
        this.rules = rules;
    }

    record Page(List<String> lines, SourceMeta meta, List<String> warnings) {
    }

    /** A text file that is in fact an HTML page: it starts like one. */
    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > 2048 ? text.substring(0, 2048) : text).find();
    }

    /** Whether a file named .html holds any markup at all; some hold plain text, whose lines would be lost as HTML. */
    static boolean hasTags(String text) {
        return TAG.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find();
    }

    Page extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        SourceMeta meta = HtmlMetadata.read(doc);
        List<String> articleBody = HtmlMetadata.articleBody(doc);
        prune(doc);
        List<String> warnings = flattenDeep(doc) ? List.of("HTML nested deeper than " + MAX_DEPTH + " elements flattened") : List.of();
        List<String> lines = withoutLinkRuns(readability(doc, baseUri));
        if (Lines.words(lines) < ALMOST_NOTHING) {
            lines = fallback(doc, lines, articleBody);
        }
        return new Page(withoutTitle(lines, meta.title()), meta, warnings);
    }

    /** Replaces what each element at {@link #MAX_DEPTH} holds by one paragraph per line of its text; whether any was. */
    static boolean flattenDeep(Document doc) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) deep.add(e);
        }, doc);
        for (Element e : deep) {
            List<String> lines = HtmlBlocks.of(e);
            e.empty();
            lines.forEach(line -> e.appendElement("p").text(line));
        }
        return !deep.isEmpty();
    }

    /**
     * Removes scripts, navigation, sharing bars and the like, but never a part that holds the article or its headline,
     * nor one that holds most of the page's paragraph text, whatever its tag or class says.
     */
    private void prune(Document doc) {
        doc.select(CODE).remove();
        if (doc.body() == null) {
            return;
        }
        int pageProse = prose(doc.body());
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.body().select(FURNITURE)) {
            if (!holdsMostProse(e, pageProse)) furniture.add(e);
        }
        for (Element header : doc.body().select("header")) {
            if (header.closest("article") == null && header.selectFirst("h1") == null && !holdsMostProse(header, pageProse)) {
                furniture.add(header);
            }
        }
        for (Element form : doc.body().select("form")) {
            // some sites wrap the whole page in one form
            if (form.selectFirst("article, main, h1, p") == null) {
                furniture.add(form);
            }
        }
        for (Element e : doc.body().select("[class], [id]")) {
            if (hasFurnitureName(e) && e.selectFirst("article, main, h1") == null && !e.is("article, main, body")
                    && !holdsMostProse(e, pageProse)) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    /** One of its class names or its id, each taken whole, names page furniture. */
    private boolean hasFurnitureName(Element e) {
        if (!e.id().isEmpty() && rules.isFurnitureClass(e.id().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String name : e.classNames()) {
            if (rules.isFurnitureClass(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** More than half of the page's paragraph text is inside this element: it holds the article, or wraps it. */
    static boolean holdsMostProse(Element e, int pageProse) {
        return pageProse > 0 && prose(e) * 2 > pageProse;
    }

    /** The characters of paragraph text ({@code <p>}) in an element. */
    static int prose(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static List<HtmlBlocks.Block> readability(Document doc, String baseUri) {
        try {
            Element content = readabilityKeepingTables(baseUri == null ? "" : baseUri, doc.clone()).parse().getArticleContent();
            return content == null ? List.of() : HtmlBlocks.blocks(content);
        } catch (RuntimeException e) {
            // Readability gives up on some odd pages; the fallback below still finds their text
            return List.of();
        }
    }

    /**
     * Readability4J as it comes, except that the tables and lists inside the article it found are not weighed again
     * and dropped for having few commas or many images: a table of results or a list of dates is the article's own.
     * Lists of links among them go afterwards ({@link #withoutLinkRuns}).
     */
    private static Readability4JExtended readabilityKeepingTables(String uri, Document doc) {
        RegExUtilExtended regEx = DefaultReadability.REGEX;
        ReadabilityOptions options = new ReadabilityOptions();
        ArticleGrabberExtended grabber = new ArticleGrabberExtended(options, regEx) {
            @Override
            protected void cleanConditionally(Element e, String tag, ArticleGrabberOptions grabberOptions) {
                if (!KEPT_BLOCKS.contains(tag)) {
                    super.cleanConditionally(e, tag, grabberOptions);
                }
            }
        };
        return new Readability4JExtended(uri, doc, options, regEx, new Preprocessor(regEx), new MetadataParser(regEx), grabber,
                new PostprocessorExtended());
    }

    /** Readability4J's own patterns, as its default construction makes them. */
    private static final class DefaultReadability extends Readability4JExtended {
        static final RegExUtilExtended REGEX = (RegExUtilExtended) new DefaultReadability().getRegEx();

        private DefaultReadability() {
            super("", new Document(""));
        }
    }

    /**
     * When Readability found almost nothing (the headline alone, a caption), the first of these that holds at least
     * twice as many words: the {@code <article>} holding the most paragraph text, {@code <main>}, the JSON-LD
     * {@code articleBody}, the densest block of paragraphs, the whole body.
     */
    static List<String> fallback(Document doc, List<String> found, List<String> articleBody) {
        if (doc.body() == null) {
            return found;
        }
        List<Supplier<List<String>>> chain = List.of(
                () -> blocksOf(mostProse(doc.select("article"))),
                () -> blocksOf(mostProse(doc.select("main, [role=main]"))),
                () -> articleBody,
                () -> blocksOf(densest(doc.body())),
                () -> blocksOf(doc.body()));
        int words = Lines.words(found);
        for (Supplier<List<String>> candidate : chain) {
            List<String> lines = candidate.get();
            if (Lines.words(lines) >= 2 * Math.max(words, 1)) {
                return lines;
            }
        }
        return found;
    }

    private static List<String> blocksOf(Element e) {
        return e == null ? List.of() : withoutLinkRuns(HtmlBlocks.blocks(e));
    }

    private static Element mostProse(List<Element> elements) {
        Element best = null;
        int most = 0;
        for (Element e : elements) {
            int prose = prose(e);
            if (prose > most) {
                best = e;
                most = prose;
            }
        }
        return best;
    }

    /** The element whose own paragraphs ({@code <p>} children) hold the most text. */
    static Element densest(Element root) {
        Map<Element, Integer> own = new HashMap<>();
        for (Element p : root.select("p")) {
            Element parent = p.parent();
            if (parent != null) own.merge(parent, p.text().length(), Integer::sum);
        }
        return own.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Runs of {@value #LINK_RUN} or more lines that are each mostly the text of links are lists of links to other pages
     * (menus, headlines of other articles); short lines that are not links (a table's rows, a list of dates, the items
     * of a recipe) are the article's own and stay.
     */
    static List<String> withoutLinkRuns(List<HtmlBlocks.Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            while (end < blocks.size() && blocks.get(end).isLink()) {
                end++;
            }
            if (end - i >= LINK_RUN) {
                i = end;
            } else {
                out.add(blocks.get(i).text());
                i++;
            }
        }
        return out;
    }

    /**
     * The headline is the document's title, a field of its own, not a line of its text: where the article repeats it
     * above its first paragraph of prose, that line goes.
     */
    static List<String> withoutTitle(List<String> lines, String title) {
        if (title == null) {
            return lines;
        }
        String key = Lines.key(title);
        List<String> out = new ArrayList<>(lines.size());
        boolean prose = false;
        for (String line : lines) {
            if (prose || !Lines.key(line).equals(key)) {
                out.add(line);
            }
            prose |= Lines.isProse(line);
        }
        return out;
    }
}
