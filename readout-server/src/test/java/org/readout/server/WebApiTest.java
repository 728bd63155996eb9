package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.web.AddressGuard;
import org.readout.source.web.HttpWebReader;
import org.readout.source.web.WebOptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server fetches pages and feeds for a request with the write token, and never from loopback, private or link-local addresses. */
class WebApiTest {
    static final String CALL = "<html><body><article><h1>Telephone talk</h1><p>On March 14, 2023, Foreign Minister Park Jin held a telephone talk "
            + "with Australian Minister for Foreign Affairs Penny Wong.</p></article></body></html>";
    static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Press</title>"
            + "<item><title>Call</title><link>/call.html</link></item><item><title>No page</title></item></channel></rss>";

    @TempDir
    Path dir;
    final LocalSite site;

    WebApiTest() throws IOException {
        site = new LocalSite();
        site.page("/call.html", "text/html", CALL).page("/feed.xml", "application/rss+xml", FEED);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** The server as it runs: its own web reader, public addresses only. */
    private TestServer publicOnly() {
        return new TestServer(dir, (org.readout.source.web.WebReader) null);
    }

    static HttpResponse<String> post(TestServer t, String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return t.send(b.build());
    }

    @Test
    void withoutTheWriteTokenNothingIsFetched() {
        try (TestServer t = publicOnly()) {
            assertEquals(401, post(t, "/api/documents", "{\"url\": \"" + site.url("/call.html") + "\"}", null).statusCode());
            assertEquals(403, post(t, "/api/follow", "{\"url\": \"" + site.url("/feed.xml") + "\"}", "wrong").statusCode());
            assertEquals(List.of(), site.asked);
        }
    }

    @Test
    void loopbackAddressesAreRefusedBeforeAnyRequestByNumberAndByName() {
        try (TestServer t = publicOnly()) {
            String byName = site.url("/call.html").replace("127.0.0.1", "localhost");
            HttpResponse<String> r = post(t, "/api/documents", "{\"urls\": [\"" + site.url("/call.html") + "\", \"" + byName + "\", "
                    + "\"http://169.254.169.254/latest/meta-data/\", \"http://10.0.0.1/\", \"file:///etc/passwd\"]}", TestServer.TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode files = TestServer.parse(r.body()).get("files");
            assertEquals("refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address", files.get(0).get("reason").asText());
            assertTrue(files.get(1).get("reason").asText().startsWith("refused to fetch from localhost: "), files.get(1).toString());
            assertEquals("refused to fetch from 169.254.169.254: 169.254.169.254 is a link-local address", files.get(2).get("reason").asText());
            assertEquals("refused to fetch from 10.0.0.1: 10.0.0.1 is a private address", files.get(3).get("reason").asText());
            assertEquals("not an http or https address: file:///etc/passwd", files.get(4).get("reason").asText());
            assertEquals(5, TestServer.parse(r.body()).get("summary").get("failed").asInt());

            HttpResponse<String> f = post(t, "/api/follow", "{\"url\": \"" + site.url("/feed.xml") + "\"}", TestServer.TOKEN);
            assertEquals(200, f.statusCode(), f.body());
            assertEquals("refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address",
                    TestServer.parse(f.body()).get("files").get(0).get("reason").asText());
            assertEquals(List.of(), site.asked, "no request reached the site");
        }
    }

    @Test
    void aPageAndAFeedAreIngestedWithTheTokenAndAFeedFollowedAgainAddsNothing() {
        HttpWebReader local = new HttpWebReader(WebOptions.defaults(10L << 20).withAddresses(AddressGuard.any()).withHostInterval(Duration.ZERO));
        try (TestServer t = new TestServer(dir, local)) {
            HttpResponse<String> r = post(t, "/api/documents", "{\"url\": \"" + site.url("/call.html") + "\"}", TestServer.TOKEN);
            JsonNode page = TestServer.parse(r.body());
            assertEquals("added", page.get("files").get(0).get("result").asText(), r.body());
            assertEquals(site.url("/call.html"), page.get("files").get(0).get("name").asText());

            JsonNode first = TestServer.parse(post(t, "/api/follow", "{\"url\": \"" + site.url("/feed.xml") + "\", \"limit\": 5}", TestServer.TOKEN).body());
            assertEquals(2, first.get("feed").get("items").asInt(), first.toString());
            assertEquals(site.url("/feed.xml") + " item 2 (\"No page\")", first.get("files").get(0).get("name").asText());
            assertEquals("feed item without a link", first.get("files").get(0).get("reason").asText());
            assertEquals("already stored", first.get("files").get(1).get("result").asText(), first.toString());

            site.asked.clear();
            JsonNode second = TestServer.parse(post(t, "/api/follow", "{\"url\": \"" + site.url("/feed.xml") + "\"}", TestServer.TOKEN).body());
            assertEquals(1, second.get("feed").get("ingested_before").asInt(), second.toString());
            assertEquals(0, second.get("summary").get("added").asInt());
            assertEquals(List.of("/feed.xml"), site.asked, "robots.txt is kept an hour, and no item is fetched again");
            assertEquals(1, t.json("/api/documents").get("total").asInt());
            assertFalse(t.json("/api/engagements").get("items").isEmpty());
        }
    }

    @Test
    void aUrlFieldInTheUploadFormIsFetchedBesideTheFiles() throws IOException {
        HttpWebReader local = new HttpWebReader(WebOptions.defaults(10L << 20).withAddresses(AddressGuard.any()).withHostInterval(Duration.ZERO));
        try (TestServer t = new TestServer(dir, local)) {
            String b = WriteApiTest.BOUNDARY;
            String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n" + site.url("/call.html") + "\r\n"
                    + "--" + b + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"news-2023-02-03.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n" + new String(WriteApiTest.fixture("news-2023-02-03.txt"), java.nio.charset.StandardCharsets.UTF_8)
                    + "\r\n--" + b + "--\r\n";
            HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=" + b).header("Authorization", "Bearer " + TestServer.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            JsonNode files = TestServer.parse(r.body()).get("files");
            assertEquals(2, files.size(), r.body());
            assertEquals("news-2023-02-03.txt", files.get(0).get("name").asText());
            assertEquals(site.url("/call.html"), files.get(1).get("name").asText());
            assertEquals(2, TestServer.parse(r.body()).get("summary").get("added").asInt(), r.body());
        }
    }

    @Test
    void aBadRequestBodyIsAClearError() {
        try (TestServer t = publicOnly()) {
            HttpResponse<String> r = post(t, "/api/follow", "{\"limit\": 3}", TestServer.TOKEN);
            assertEquals(400, r.statusCode());
            assertEquals("url: the feed's address is required", TestServer.parse(r.body()).get("error").asText());
            assertEquals(400, post(t, "/api/documents", "not json", TestServer.TOKEN).statusCode());
            assertEquals(400, post(t, "/api/documents", "{}", TestServer.TOKEN).statusCode());
        }
    }
}
