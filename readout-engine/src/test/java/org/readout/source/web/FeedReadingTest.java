package org.readout.source.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.InputRejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReadingTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Ministry press releases</title><link>https://mofa.example/</link>
              <item><title>Foreign Minister meets counterpart</title><link>/press/1.html</link></item>
              <item><title>A statement without a page</title><description>No link here.</description></item>
              <item><title>Telephone talks</title><link>/press/2.html</link></item>
              <item><title>Telephone talks again</title><link>/press/2.html</link></item>
            </channel></rss>
            """;

    final TestSite site;
    final HttpWebReader reader = new HttpWebReader(HttpWebReaderTest.LOCAL);

    FeedReadingTest() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String failure(String url) {
        return assertThrows(InputRejected.class, () -> reader.feed(url, Validators.NONE)).getMessage();
    }

    @Test
    void rssItemsComeInOrderWithAbsoluteLinksOnceEachAndAnItemWithoutALinkSaysSo() throws Exception {
        site.page("/feed.xml", "application/rss+xml", RSS);
        List<FeedItem> items = reader.feed(site.url("/feed.xml"), Validators.NONE).items();
        assertEquals(3, items.size());
        assertEquals(site.url("/press/1.html"), items.get(0).link());
        assertEquals("feed item without a link", items.get(1).problem());
        assertEquals("F item 2 (\"A statement without a page\")", items.get(1).label("F"));
        assertEquals(site.url("/press/2.html"), items.get(2).link());
        assertEquals(3, items.get(2).number());
    }

    @Test
    void atomEntriesGiveTheirAlternateLinks() throws Exception {
        site.page("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2023-05-03T10:00:00Z</updated>
                  <entry><title>Visit</title><id>urn:1</id><updated>2023-05-03T10:00:00Z</updated>
                    <link rel="alternate" href="https://news.example/visit.html"/></entry>
                </feed>
                """);
        List<FeedItem> items = reader.feed(site.url("/atom.xml"), Validators.NONE).items();
        assertEquals(List.of(new FeedItem(1, "Visit", "https://news.example/visit.html", null)), items);
    }

    @Test
    void brokenXmlIsOneClearFailureWithItsLine() {
        site.page("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>A</title>\n</channel></rss>");
        String m = failure(site.url("/broken.xml"));
        assertTrue(m.startsWith("broken feed: XML error at line 4: "), m);
        assertFalse(m.contains("\n"));
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><link>/a</link></item></channel></rss>";
        site.page("/xxe.xml", "application/rss+xml", xxe);
        assertEquals("broken feed: a DOCTYPE is not accepted", failure(site.url("/xxe.xml")));
        site.page("/xxe-sitemap.xml", "application/xml", xxe.replace("<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><link>/a</link></item></channel></rss>",
                "<urlset><url><loc>&x;</loc></url></urlset>").replace("DOCTYPE rss", "DOCTYPE urlset"));
        assertEquals("broken feed: a DOCTYPE is not accepted", failure(site.url("/xxe-sitemap.xml")));
    }

    @Test
    void anHtmlPageOrOtherXmlIsNotAFeed() {
        site.page("/index.html", "text/html", "<html><body><p>Hello<br></body></html>")
                .page("/data.xml", "application/xml", "<?xml version=\"1.0\"?><data><row/></data>");
        assertEquals("not a feed: an HTML page", failure(site.url("/index.html")));
        assertEquals("not an RSS, Atom or sitemap feed (its root element is <data>)", failure(site.url("/data.xml")));
    }

    @Test
    void aSitemapAndASitemapIndexListTheirPages() throws Exception {
        String urlset = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + site.url("/a.html?x=1&amp;y=2") + "</loc><lastmod>2023-05-03</lastmod></url><url><lastmod>2023-05-04</lastmod></url></urlset>";
        site.page("/sitemap-1.xml", "application/xml", urlset).route("/sitemap-2.xml.gz", x -> {
            byte[] gz = gzip("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/b.html") + "</loc></url></urlset>");
            x.getResponseHeaders().set("Content-Type", "application/x-gzip");
            x.sendResponseHeaders(200, gz.length);
            x.getResponseBody().write(gz);
        }).page("/sitemap.xml", "application/xml", "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-1.xml") + "</loc></sitemap><sitemap><loc>" + site.url("/sitemap-2.xml.gz") + "</loc></sitemap>"
                + "<sitemap><loc>" + site.url("/gone.xml") + "</loc></sitemap></sitemapindex>");
        List<FeedItem> items = reader.feed(site.url("/sitemap.xml"), Validators.NONE).items();
        assertEquals(site.url("/a.html?x=1&y=2"), items.get(0).link());
        assertEquals("feed item without a link", items.get(1).problem());
        assertEquals(site.url("/b.html"), items.get(2).link());
        assertEquals("sitemap " + site.url("/gone.xml") + ": HTTP 404 (not found)", items.get(3).problem());
        assertEquals(4, items.size());
    }

    @Test
    void anUnchangedFeedIsNotModified() throws Exception {
        site.route("/feed.xml", x -> {
            x.getResponseHeaders().set("ETag", "\"f1\"");
            if ("\"f1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) x.sendResponseHeaders(304, -1);
            else TestSite.send(x, 200, "application/rss+xml", RSS);
        });
        WebReader.Feed first = reader.feed(site.url("/feed.xml"), Validators.NONE);
        assertTrue(reader.feed(site.url("/feed.xml"), first.validators()).notModified());
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
