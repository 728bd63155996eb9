package org.readout.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a page's head says about it: title, site name, canonical address, publication date, language. */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{10,}?)\\s+[|–—-]\\s+([^|–—-]{2,60})$");

    private HtmlMetadata() {
    }

    static SourceMeta read(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String outlet = first(meta(doc, "og:site_name"), meta(doc, "application-name"), ldText(ld, "publisher", "name"),
                nonUrl(meta(doc, "publisher")), nonUrl(meta(doc, "article:publisher")));
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline", null),
                singleH1(doc), pageTitle(doc, outlet));
        String canonical = canonical(doc);
        String url = first(canonical != null && canonical.startsWith("http") ? canonical : null, meta(doc, "og:url"), canonical);
        HtmlDates.PageDate published = HtmlDates.find(doc, ld, LocalDate.now());
        String language = language(first(doc.select("html[lang]").attr("lang"), httpEquiv(doc, "content-language"),
                meta(doc, "og:locale")));
        return new SourceMeta(url, outlet, published == null ? null : published.date(), language, title, null,
                published == null ? null : published.from());
    }

    /** Content of a {@code <meta>} by property, name or itemprop, ignoring case. */
    static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                if (e.attr(attr).equalsIgnoreCase(key)) {
                    String value = TextNormalizer.collapse(e.attr("content"));
                    if (!value.isEmpty()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element e : doc.select("meta[http-equiv][content]")) {
            if (e.attr("http-equiv").equalsIgnoreCase(key)) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return abs.isEmpty() ? link.attr("href") : abs;
    }

    private static String singleH1(Document doc) {
        var h1 = doc.select("h1");
        return h1.size() == 1 ? TextNormalizer.collapse(h1.first().text()) : null;
    }

    /** {@code <title>}, without a trailing " | Site" when the site is known. */
    private static String pageTitle(Document doc, String outlet) {
        String title = TextNormalizer.collapse(doc.title());
        var m = TITLE_SUFFIX.matcher(title);
        if (outlet != null && m.matches() && Lines.key(m.group(2)).equals(Lines.key(outlet))) {
            return m.group(1);
        }
        return title;
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        try {
            String normal = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().toLanguageTag();
            return normal.equals("und") ? null : normal;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /**
     * The article's text as the page's JSON-LD gives it ({@code articleBody}, the longest if several), one line per
     * paragraph (its own markup read as HTML when it has some); empty when there is none.
     */
    static List<String> articleBody(Document doc) {
        String longest = "";
        for (JsonNode node : jsonLd(doc)) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual() && body.asText().length() > longest.length()) {
                longest = body.asText();
            }
        }
        if (longest.isBlank()) {
            return List.of();
        }
        if (HtmlExtractor.hasTags(longest)) {
            return HtmlBlocks.of(org.jsoup.Jsoup.parseBodyFragment(longest).body());
        }
        return TextBlocks.plain(TextNormalizer.normalize(longest));
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (IOException e) {
                // a broken JSON-LD block says nothing
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static String ldText(List<JsonNode> nodes, String field, String subField) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value != null && subField != null) {
                value = value.isArray() && !value.isEmpty() ? value.get(0).get(subField) : value.get(subField);
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return TextNormalizer.collapse(value.asText());
            }
        }
        return null;
    }

    private static String nonUrl(String value) {
        return value == null || value.startsWith("http") || value.startsWith("@") ? null : value;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
