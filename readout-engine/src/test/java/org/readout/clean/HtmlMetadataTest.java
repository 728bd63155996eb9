package org.readout.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.readout.source.SourceMeta;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlMetadataTest {
    private static SourceMeta read(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://site.example/x/"));
    }

    @Test
    void openGraph() {
        SourceMeta meta = read("<meta property='og:title' content='Talks Resume'><meta property='og:site_name' content='Harbour Daily'>"
                + "<meta property='og:url' content='https://site.example/talks'><meta property='article:published_time' content='2024-03-08T22:00:00-05:00'>"
                + "<meta property='og:locale' content='en_US'>", "");
        assertEquals(new SourceMeta("https://site.example/talks", "Harbour Daily", LocalDate.of(2024, 3, 8), "en-US", "Talks Resume",
                null, "meta article:published_time: 2024-03-08T22:00:00-05:00"), meta);
    }

    @Test
    void canonicalIsResolvedAndWinsOverOgUrl() {
        assertEquals("https://site.example/x/canon", read("<link rel='canonical' href='canon'><meta property='og:url' content='https://other.example/'>", "").url());
    }

    @Test
    void titleFallsBackToSingleH1ThenTitleWithoutSiteSuffix() {
        assertEquals("The Headline", read("<title>Page | Site</title>", "<h1>The Headline</h1>").title());
        assertEquals("Envoys Agree on Talks", read("<title>Envoys Agree on Talks | Harbour Daily</title><meta property='og:site_name' content='Harbour Daily'>",
                "<h1>a</h1><h1>b</h1>").title());
        assertEquals("Envoys Agree on Talks - Other", read("<title>Envoys Agree on Talks - Other</title>", "").title());
    }

    @Test
    void jsonLd() {
        SourceMeta meta = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"LD Headline\",\"datePublished\":\"2022-10-31T17:58:00+08:00\",\"publisher\":{\"name\":\"LD Outlet\"}}]}</script>", "");
        assertEquals("LD Headline", meta.title());
        assertEquals("LD Outlet", meta.outlet());
        assertEquals(LocalDate.of(2022, 10, 31), meta.published());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        assertNull(read("<script type='application/ld+json'>{ not json</script>", "").title());
    }

    @Test
    void otherDateMetaAndTimeElements() {
        assertEquals(LocalDate.of(2021, 5, 4), read("<meta name='date' content='2021-05-04 10:00:00'>", "").published());
        assertEquals(LocalDate.of(2021, 5, 4), read("", "<article><time datetime='2021-05-04T10:00'>May 4</time></article>").published());
        assertEquals(LocalDate.of(2021, 5, 4), read("<meta name='date' content='May 4, 2021'>", "").published(), "a day in words");
        assertNull(read("<meta name='date' content='May 2021'>", "").published(), "a month is no day");
    }

    @Test
    void publisherThatIsAUrlIsNoOutlet() {
        assertNull(read("<meta property='article:publisher' content='https://facebook.com/site'>", "").outlet());
        assertEquals("Harbour Daily", read("<meta name='application-name' content='Harbour Daily'>", "").outlet());
    }

    @Test
    void language() {
        assertEquals("de", HtmlMetadata.read(Jsoup.parse("<html lang='de'><body></body></html>")).language());
        assertNull(HtmlMetadata.read(Jsoup.parse("<html lang='!!'><body></body></html>")).language());
        assertEquals("fr", read("<meta http-equiv='Content-Language' content='fr'>", "").language());
    }

    @Test
    void nothingKnownIsEmpty() {
        assertEquals(SourceMeta.EMPTY, read("", "<p>text</p>"));
    }

    @Test
    void articleBodyFromJsonLdOneLinePerParagraph() {
        String plain = "<html><head><script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"The ministers met on Monday.\\n\\nThey agreed to meet again in May.\"}]}</script></head><body></body></html>";
        assertEquals(java.util.List.of("The ministers met on Monday.", "They agreed to meet again in May."), HtmlMetadata.articleBody(Jsoup.parse(plain)));
        String marked = "<html><head><script type='application/ld+json'>{\"articleBody\": \"<p>The ministers met.</p><p>They agreed.</p>\"}</script>"
                + "</head><body></body></html>";
        assertEquals(java.util.List.of("The ministers met.", "They agreed."), HtmlMetadata.articleBody(Jsoup.parse(marked)));
        assertEquals(java.util.List.of(), HtmlMetadata.articleBody(Jsoup.parse("<html><body><p>x</p></body></html>")));
    }
}
