package org.readout.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest URL} and {@code follow FEED} against a site on loopback (allowed with the explicit flag), and their bad input. */
class WebCommandsTest {
    static final String CALL = """
            <html><head><title>Foreign Ministers' Telephone Talk</title></head><body><article>
            <h1>Foreign Ministers' Telephone Talk</h1>
            <p>On March 14, 2023, Foreign Minister Park Jin held a telephone talk with Australian Minister for Foreign Affairs Penny Wong for about 30 minutes.</p>
            <p>The two ministers agreed to strengthen cooperation.</p></article></body></html>
            """;
    static final String VISIT = """
            Foreign Minister Retno Marsudi received Indian External Affairs Minister S. Jaishankar in Jakarta on June 6, 2023.
            The two ministers discussed trade and maritime cooperation.
            """;

    @TempDir
    Path dir;
    final LocalSite site;

    WebCommandsTest() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Cli.Run readout(String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--db", dir.resolve("store.db").toString(), command));
        if (command.equals("ingest") || command.equals("follow")) all.addAll(List.of("--allow-private-addresses", "--host-delay-ms", "0"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> failures(Cli.Run run) {
        return run.err().lines().filter(l -> l.startsWith("failed: ")).toList();
    }

    @Test
    void aPageIsReadExactlyAsTheSameFileWithASidecarGivingItsUrl() throws Exception {
        site.page("/2023/03/14/call.html", "text/html; charset=utf-8", CALL);
        String url = site.url("/2023/03/14/call.html");
        Cli.Run web = Cli.run("--db", dir.resolve("web.db").toString(), "ingest", "--allow-private-addresses", url);
        assertEquals(0, web.exit(), web.err());
        assertTrue(web.out().startsWith("ingested 1 new, 0 already stored, 0 failed (1 pages)"), web.out());

        Path file = Files.writeString(Files.createDirectories(dir.resolve("saved")).resolve("call.html"), CALL);
        Files.writeString(dir.resolve("saved/call.html.meta.json"), "{\"url\": \"" + url + "\"}");
        assertEquals(0, Cli.run("--db", dir.resolve("file.db").toString(), "ingest", file.toString()).exit());

        String fromWeb = Cli.run("--db", dir.resolve("web.db").toString(), "export", "--format", "json").out();
        String fromFile = Cli.run("--db", dir.resolve("file.db").toString(), "export", "--format", "json").out();
        assertTrue(fromWeb.contains("\"url\" : \"" + url + "\"") || fromWeb.contains("\"url\":\"" + url + "\""), fromWeb);
        assertEquals(fromFile.replace(file.toString(), url).replaceAll("\"ingested_at\" ?: ?\"[^\"]*\"", ""),
                fromWeb.replaceAll("\"ingested_at\" ?: ?\"[^\"]*\"", ""));
    }

    @Test
    void pagesAndPathsMixAndAPageIngestedAgainIsNotDuplicated() throws Exception {
        site.answer("/call.html", x -> {
            x.getResponseHeaders().set("ETag", "\"1\"");
            if ("\"1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) x.sendResponseHeaders(304, -1);
            else LocalSite.send(x, 200, "text/html", CALL.getBytes());
        });
        Path visit = Files.writeString(dir.resolve("visit.txt"), VISIT);
        Cli.Run first = readout("ingest", site.url("/call.html"), visit.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("ingested 2 new, 0 already stored, 0 failed (2 files and pages)"), first.out());
        Cli.Run again = readout("ingest", site.url("/call.html"), visit.toString());
        assertTrue(again.out().startsWith("ingested 0 new, 2 already stored, 0 failed"), again.out());
        assertEquals(List.of("/robots.txt", "/call.html", "/robots.txt", "/call.html"), site.asked);
        assertTrue(readout("engagements").out().contains("Penny Wong"));
    }

    @Test
    void loopbackIsRefusedWithoutTheFlag() {
        site.page("/call.html", "text/html", CALL);
        Cli.Run run = Cli.run("--db", dir.resolve("store.db").toString(), "ingest", site.url("/call.html"));
        assertEquals(1, run.exit());
        assertEquals(List.of("failed: " + site.url("/call.html") + ": refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address"), failures(run));
        assertEquals(List.of(), site.asked);
    }

    @Test
    void eachBadPageIsOneLineAndTheRestIsIngested() {
        site.page("/call.html", "text/html", CALL).page("/report.pdf", "application/pdf", "%PDF-1.4")
                .redirect("/a", "/b").redirect("/b", "/a")
                .answer("/huge.html", x -> {
                    x.getResponseHeaders().set("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 30L << 20);
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 30; i++) out.write(chunk);
                    }
                });
        Cli.Run run = readout("ingest", site.url("/report.pdf"), site.url("/a"), site.url("/huge.html"), site.url("/call.html"));
        assertEquals(1, run.exit());
        assertEquals(List.of(
                "failed: " + site.url("/report.pdf") + ": not an HTML or text page (application/pdf)",
                "failed: " + site.url("/a") + ": redirect loop (" + site.url("/a") + " again after 2 redirects)",
                "failed: " + site.url("/huge.html") + ": too large (30 MB > 10 MB)"), failures(run));
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.out().startsWith("ingested 1 new, 0 already stored, 3 failed (4 pages)"), run.out());
    }

    @Test
    void followIngestsNewItemsOnceReportsAnItemWithoutALinkAndABrokenFeed() {
        site.page("/call.html", "text/html", CALL).page("/visit.txt", "text/plain", VISIT)
                .page("/feed.xml", "application/rss+xml", """
                        <?xml version="1.0"?><rss version="2.0"><channel><title>Press</title>
                        <item><title>Call</title><link>/call.html</link></item>
                        <item><title>Undated note</title><description>no link</description></item>
                        <item><title>Visit</title><link>/visit.txt</link></item>
                        </channel></rss>""")
                .page("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<rss><channel><item>\n</rss>");
        Cli.Run first = readout("follow", site.url("/feed.xml"), site.url("/broken.xml"));
        assertEquals(1, first.exit());
        assertTrue(first.out().contains("feed " + site.url("/feed.xml") + ": 3 items, 0 ingested before"), first.out());
        assertTrue(first.out().contains("ingested 2 new, 0 already stored, 2 failed (2 items)"), first.out());
        List<String> failed = failures(first);
        assertEquals("failed: " + site.url("/feed.xml") + " item 2 (\"Undated note\"): feed item without a link", failed.get(0));
        assertEquals("failed: " + site.url("/broken.xml") + ": broken feed: XML error at line 3: "
                + "The element type \"item\" must be terminated by the matching end-tag \"</item>\".", failed.get(1));
        assertEquals(2, failed.size());

        site.asked.clear();
        Cli.Run second = readout("follow", site.url("/feed.xml"));
        assertTrue(second.out().contains("3 items, 2 ingested before"), second.out());
        assertTrue(second.out().contains("ingested 0 new, 0 already stored, 1 failed (0 items)"), second.out());
        assertEquals(List.of("/robots.txt", "/feed.xml"), site.asked, "no item is fetched again");
        assertTrue(readout("engagements").out().contains("2 engagements"));
    }
}
