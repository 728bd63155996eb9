package org.readout.source.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpWebReaderTest {
    static final String HTML = "<html><head><title>Readout</title></head><body><p>The ministers met in Tokyo.</p></body></html>";
    static final WebOptions LOCAL = WebOptions.defaults(10 << 20).withAddresses(AddressGuard.any()).withHostInterval(Duration.ZERO);

    final TestSite site;

    HttpWebReaderTest() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String failure(WebOptions options, String url) {
        return assertThrows(InputRejected.class, () -> new HttpWebReader(options).page(url, Validators.NONE)).getMessage();
    }

    @Test
    void aPageComesWithItsAddressHeadersAndFetchTimeAndTheUserAgentNamesReadout() throws Exception {
        site.page("/news/2023/05/talks.html", "text/html; charset=utf-8", HTML);
        WebReader.Page page = new HttpWebReader(LOCAL).page(site.url("/news/2023/05/talks.html"), Validators.NONE);
        RawDocument raw = page.raw();
        assertEquals(site.url("/news/2023/05/talks.html"), raw.source());
        assertEquals(site.url("/news/2023/05/talks.html"), raw.meta().url());
        assertEquals("talks.html", raw.fileName());
        assertEquals(HTML, new String(raw.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", raw.meta().fetched().headers().get("content-type"));
        assertEquals(200, raw.meta().fetched().status());
        assertTrue(raw.meta().fetched().at().isAfter(java.time.Instant.now().minusSeconds(60)));
        assertEquals(List.of("/robots.txt", "/news/2023/05/talks.html"), site.paths());
        assertTrue(site.requests.get(1).header("User-Agent").startsWith("Readout/"), site.requests.get(1).header("User-Agent"));
    }

    @Test
    void loopbackIsRefusedBeforeAnyRequestUnlessAllowed() {
        site.page("/a.html", "text/html", HTML);
        String m = failure(LOCAL.withAddresses(AddressGuard.publicOnly()), site.url("/a.html"));
        assertEquals("refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address", m);
        assertEquals(List.of(), site.paths());
    }

    @Test
    void everyRedirectIsCheckedBeforeItIsFollowed() {
        AddressGuard onlyThisSite = new AddressGuard(a -> a.getHostAddress().equals("127.0.0.1"));
        site.redirect("/a.html", site.url("/b.html").replace("127.0.0.1", "127.0.0.2"));
        String m = failure(LOCAL.withAddresses(onlyThisSite), site.url("/a.html"));
        assertEquals("refused to fetch from 127.0.0.2: 127.0.0.2 is a loopback address", m);
        assertEquals(List.of("/robots.txt", "/a.html"), site.paths());
    }

    /** A name server for the invented host {@code rebinding.test}: each lookup gives the next answer, the last one repeated. */
    private static AddressGuard.Lookup answers(String... addresses) {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        return host -> {
            if (!host.equals("rebinding.test")) throw new java.net.UnknownHostException(host);
            return new InetAddress[]{InetAddress.getByName(addresses[Math.min(asked.getAndIncrement(), addresses.length - 1)])};
        };
    }

    @Test
    void theClientConnectsOnlyToTheAnswerItChecked() throws Exception {
        site.page("/a.html", "text/html", HTML);
        String url = site.url("/a.html").replace("127.0.0.1", "rebinding.test");
        AddressGuard loopbackOnly = new AddressGuard(a -> a.getHostAddress().equals("127.0.0.1"), answers("127.0.0.1"));
        RawDocument raw = new HttpWebReader(LOCAL.withAddresses(loopbackOnly)).page(url, Validators.NONE).raw();
        assertEquals(HTML, new String(raw.bytes(), java.nio.charset.StandardCharsets.UTF_8), "no other name lookup than the guard's");
        assertEquals(List.of("/robots.txt", "/a.html"), site.paths());

        AddressGuard rebound = new AddressGuard(a -> AddressGuard.kind(a) == null || a.getHostAddress().equals("127.0.0.1"),
                answers("127.0.0.1", "10.0.0.1"));
        String m = failure(LOCAL.withAddresses(rebound), url);
        assertEquals("refused to fetch from rebinding.test: 10.0.0.1 is a private address", m,
                "a second answer, given when the client connects, is checked too");
        assertEquals(List.of("/robots.txt", "/a.html"), site.paths(), "nothing more reached the site");
    }

    @Test
    void redirectsAreFollowedByHandAndTheDocumentKeepsWhereTheyEnded() throws Exception {
        site.redirect("/old", "/new/page.html").page("/new/page.html", "text/html", HTML);
        RawDocument raw = new HttpWebReader(LOCAL).page(site.url("/old"), Validators.NONE).raw();
        assertEquals(site.url("/old"), raw.source());
        assertEquals(site.url("/new/page.html"), raw.meta().url());
        assertEquals(site.url("/old"), raw.meta().fetched().requested());
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsFail() {
        site.redirect("/a", "/b").redirect("/b", "/a");
        assertEquals("redirect loop (" + site.url("/a") + " again after 2 redirects)", failure(LOCAL, site.url("/a")));
        for (int i = 0; i < 8; i++) site.redirect("/r" + i, "/r" + (i + 1));
        assertEquals("too many redirects (more than 5)", failure(LOCAL, site.url("/r0")));
    }

    @Test
    void aThirtyMegabytePageIsRefusedByItsLengthOrWhileReading() {
        site.route("/big.html", x -> bigBody(x, true)).route("/chunked.html", x -> bigBody(x, false));
        assertEquals("too large (30 MB > 10 MB)", failure(LOCAL, site.url("/big.html")));
        assertEquals("too large (more than 10 MB)", failure(LOCAL, site.url("/chunked.html")));
    }

    private static void bigBody(com.sun.net.httpserver.HttpExchange x, boolean declared) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, declared ? 30L << 20 : 0);
        byte[] chunk = "<p>padding</p>\n".repeat(4096).getBytes();
        try (OutputStream out = x.getResponseBody()) {
            for (long sent = 0; sent < 30L << 20; sent += chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, (30L << 20) - sent));
        }
    }

    @Test
    void aPageThatIsNotHtmlOrTextIsRefusedByItsTypeOrItsBytes() {
        site.page("/report.pdf", "application/pdf", "%PDF-1.4 ...").page("/empty.html", "text/html", "  \n")
                .route("/blob", x -> {
                    x.sendResponseHeaders(200, 4);
                    x.getResponseBody().write(new byte[]{0, 1, 2, 3});
                });
        assertEquals("not an HTML or text page (application/pdf)", failure(LOCAL, site.url("/report.pdf")));
        assertEquals("empty page", failure(LOCAL, site.url("/empty.html")));
        assertEquals("binary content, not text", failure(LOCAL, site.url("/blob")));
        assertEquals("HTTP 404 (not found)", failure(LOCAL, site.url("/missing.html")));
        site.redirect("/moved.html", "/missing.html");
        assertEquals("HTTP 404 (not found) from " + site.url("/missing.html"), failure(LOCAL, site.url("/moved.html")));
    }

    @Test
    void robotsTxtIsHonouredAndReadOncePerSite() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .page("/private/a.html", "text/html", HTML).page("/public/a.html", "text/html", HTML);
        HttpWebReader reader = new HttpWebReader(LOCAL);
        InputRejected e = assertThrows(InputRejected.class, () -> reader.page(site.url("/private/a.html"), Validators.NONE));
        assertEquals("disallowed by the robots.txt of 127.0.0.1", e.getMessage());
        reader.page(site.url("/public/a.html"), Validators.NONE);
        assertEquals(List.of("/robots.txt", "/public/a.html"), site.paths());
    }

    @Test
    void aRobotsTxtThatFailsWithAServerErrorStopsTheFetch() {
        site.route("/robots.txt", x -> TestSite.send(x, 503, "text/plain", "down")).page("/a.html", "text/html", HTML);
        assertEquals("not fetched: the robots.txt of 127.0.0.1 answered HTTP 503", failure(LOCAL, site.url("/a.html")));
        assertEquals(List.of("/robots.txt"), site.paths());
    }

    @Test
    void requestsToOneHostArriveAtLeastTheIntervalApartAndCrawlDelayLengthensIt() throws Exception {
        for (String p : List.of("/1.html", "/2.html", "/3.html")) site.page(p, "text/html", HTML);
        HttpWebReader reader = new HttpWebReader(LOCAL.withHostInterval(Duration.ofMillis(150)));
        for (String p : List.of("/1.html", "/2.html", "/3.html")) reader.page(site.url(p), Validators.NONE);
        assertEquals(4, site.requests.size());
        assertGapsAtLeast(site.requests, Duration.ofMillis(150));

        try (TestSite slow = new TestSite()) {
            slow.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n").page("/1.html", "text/html", HTML).page("/2.html", "text/html", HTML);
            HttpWebReader r = new HttpWebReader(LOCAL);
            r.page(slow.url("/1.html"), Validators.NONE);
            r.page(slow.url("/2.html"), Validators.NONE);
            assertGapsAtLeast(slow.requests.subList(1, 3), Duration.ofMillis(300));
        }
    }

    /** Measured where the requests arrived, at the site: each at least {@code gap} after the one before. */
    private static void assertGapsAtLeast(List<TestSite.Request> requests, Duration gap) {
        for (int i = 1; i < requests.size(); i++) {
            long apart = requests.get(i).nanos() - requests.get(i - 1).nanos();
            assertTrue(apart >= gap.toNanos(), "request " + i + " came " + apart / 1_000_000 + " ms after the one before");
        }
    }

    @Test
    void aConditionalGetSendsTheValidatorsAndANotModifiedAnswerHasNoPage() throws Exception {
        site.route("/a.html", x -> {
            x.getResponseHeaders().set("ETag", "\"v1\"");
            x.getResponseHeaders().set("Last-Modified", "Wed, 03 May 2023 10:00:00 GMT");
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) x.sendResponseHeaders(304, -1);
            else TestSite.send(x, 200, "text/html", HTML);
        });
        HttpWebReader reader = new HttpWebReader(LOCAL);
        WebReader.Page first = reader.page(site.url("/a.html"), Validators.NONE);
        assertFalse(first.notModified());
        assertEquals(new Validators("\"v1\"", "Wed, 03 May 2023 10:00:00 GMT"), first.validators());
        WebReader.Page second = reader.page(site.url("/a.html"), first.validators());
        assertTrue(second.notModified());
        assertNull(second.raw());
        TestSite.Request conditional = site.requests.get(2);
        assertEquals("\"v1\"", conditional.header("If-None-Match"));
        assertEquals("Wed, 03 May 2023 10:00:00 GMT", conditional.header("If-Modified-Since"));
    }

    @Test
    void aPageThatStopsComingIsCutOffAtTheReadTimeout() {
        site.route("/slow.html", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write("<p>start".getBytes());
            x.getResponseBody().flush();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals("the answer was still coming after 1 s; cut off", failure(LOCAL.withRead(Duration.ofSeconds(1)), site.url("/slow.html")));
    }

    @Test
    void addressesThatAreNotWebPagesAreRefused() {
        assertEquals("not an http or https address: ftp://example.org/a", failure(LOCAL, "ftp://example.org/a"));
        assertEquals("not a valid web address", failure(LOCAL, "http://exa mple.org/<>"));
        assertEquals("an address with a user name or password is not fetched", failure(LOCAL, "http://user:pw@" + InetAddress.getLoopbackAddress().getHostAddress() + "/"));
    }

    @Test
    void aFileNameFollowsTheContentType() {
        assertEquals("index.html", HttpWebReader.fileName(java.net.URI.create("http://x/"), "text/html"));
        assertEquals("a.html", HttpWebReader.fileName(java.net.URI.create("http://x/a.htm"), "text/html"));
        assertEquals("notes.txt", HttpWebReader.fileName(java.net.URI.create("http://x/notes"), "text/plain"));
        assertEquals("press.php.html", HttpWebReader.fileName(java.net.URI.create("http://x/press.php?id=1"), "application/xhtml+xml"));
        assertEquals("readme.md", HttpWebReader.fileName(java.net.URI.create("http://x/readme.md"), null));
    }
}
