package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Document text is untrusted: the fixture with a script, an onerror image and javascript: links renders as text on every page. */
class InjectionTest {
    @TempDir
    static Path dir;
    static TestServer t;
    static String engagement;
    static String document;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of(TestServer.fixtures()));
        engagement = t.json("/api/engagements?person=Park").get("items").get(0).get("id").asText();
        document = t.documentId("Foreign Ministers' Meeting in Tokyo");
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/?country=KOR", "/engagements/" + engagement, "/documents/" + document,
                "/documents", "/search?q=alert", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/upload"));
        return pages;
    }

    @Test
    void everyPageShowsTheMarkupAsEscapedText() {
        for (String page : List.of("/", "/engagements/" + engagement, "/documents/" + document, "/search?q=alert")) {
            HttpResponse<String> r = t.get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page + " shows the script as text");
        }
        String doc = t.get("/documents/" + document).body();
        assertTrue(doc.contains("&lt;img src=x onerror=alert(1)&gt;"), "the image tag as text");
        assertTrue(doc.contains("javascript:alert(3)"), "the link as text");
    }

    @Test
    void noPageCarriesScriptsEventHandlersOrJavascriptLinksFromDocuments() {
        for (String page : pages()) {
            HttpResponse<String> r = t.get(page);
            assertEquals(200, r.statusCode(), page);
            String body = r.body();
            assertFalse(body.contains("<script>alert"), page);
            assertFalse(body.toLowerCase().contains("<img src=x"), page);
            assertSafeMarkup(page, body);
            assertTrue(body.contains("<script src=\"/static/app.js\"></script>"), page);
            assertEquals(ReadoutServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), page);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), page);
        }
    }

    @Test
    void queryEchoedIntoTheSearchBoxIsEscaped() {
        String body = t.get("/search?q=%22%3E%3Cscript%3Ealert(9)%3C%2Fscript%3E").body();
        assertFalse(body.contains("<script>alert(9)"));
        assertTrue(body.contains("&quot;&gt;&lt;script&gt;alert(9)"));
        assertSafeMarkup("search", body);
        String filters = t.get("/?person=%22%3E%3Csvg%20onload%3Dalert(1)%3E").body();
        assertFalse(filters.contains("<svg onload"));
        assertSafeMarkup("filters", filters);
    }

    /** Parsed as a browser would: no element with an event handler, no javascript: URL, no script but app.js, no img. */
    static void assertSafeMarkup(String page, String body) {
        Document html = Jsoup.parse(body);
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), page + ": event handler " + a + " on <" + e.tagName() + ">");
                assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": " + a);
            }
        }
        assertEquals(1, html.select("script").size(), page + ": only /static/app.js");
        assertEquals("/static/app.js", html.select("script").attr("src"));
        assertTrue(html.select("img, iframe, object, embed").isEmpty(), page);
    }

    @Test
    void theApiReturnsTheTextAsDataNotMarkup() {
        JsonNode d = t.json("/api/documents/" + document);
        assertTrue(d.get("text").asText().contains("<script>alert(1)</script>"), "the API keeps the text as it is: JSON, not HTML");
        HttpResponse<String> r = t.get("/api/documents/" + document);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void htmlEscaping() {
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;", Html.esc("<a href=\"x\" onclick='y'>&`"));
        assertEquals("", Html.esc(null));
        assertEquals("plain", Html.esc("plain"));
        assertEquals("ab", Html.esc("a\u0000b"));
    }
}
