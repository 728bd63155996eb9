package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.readout.pipeline.ExtractedBy;
import org.readout.source.FileSourceReader;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/reprocess} over a store an older engine wrote: the write token, the selections, the answer. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReprocessApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("call.txt"), """
                On January 10, 2023, Foreign Minister Yoshimasa Hayashi held a telephone talk with Chinese Foreign Minister Qin Gang.
                Minister Hayashi expressed serious concern about the situation in the East China Sea.
                """);
        Files.writeString(in.resolve("meeting.txt"), "Foreign Minister Penny Wong met Foreign Minister Park Jin in Seoul on May 3, 2024.\n");
        try (SqliteStore store = SqliteStore.open(dir.resolve("test.db"))) {
            var older = TestServer.pipeline().stampedAs(new ExtractedBy("0.0.9+e1", "0123456789abcdef"));
            new Ingestion(new FileSourceReader(), older, store).ingest(List.of(in), Ingestion.Listener.NONE);
        }
        t = new TestServer(dir, List.of());
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static HttpResponse<String> post(String query, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base + "/api/reprocess" + query)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) b.header("Authorization", "Bearer " + token);
        return t.send(b.build());
    }

    @Test
    @Order(1)
    void withoutTheTokenNothingIsReadAgain() {
        HttpResponse<String> none = post("", null);
        assertEquals(401, none.statusCode());
        ApiTest.assertJsonError(none);
        HttpResponse<String> wrong = post("?all=true", "not-the-token");
        assertEquals(403, wrong.statusCode());
        ApiTest.assertJsonError(wrong);
        assertEquals("idle", t.json("/api/ingest/status").get("phase").asText());
        assertTrue(t.json("/api/ingest/status").get("last").isNull(), "no run was started");
    }

    @Test
    @Order(2)
    void wrongSelectionsAreBadRequests() {
        assertEquals(400, post("?all=true&since=0.1", TestServer.TOKEN).statusCode());
        assertEquals(400, post("?all=yes", TestServer.TOKEN).statusCode());
        assertEquals(400, post("?id=../etc", TestServer.TOKEN).statusCode());
    }

    @Test
    @Order(3)
    void withTheTokenTheDocumentsAnOlderEngineReadAreReadAgain() {
        HttpResponse<String> r = post("", TestServer.TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = TestServer.parse(r.body());
        assertEquals(2, body.get("reprocessed").asInt(), r.body());
        assertEquals(0, body.get("up_to_date").asInt());
        assertEquals(0, body.get("failures").size());
        assertEquals(2, body.get("engagements").get("unchanged").asInt(), "the same engine but for its stamp reads the same: " + r.body());
        assertEquals(2, t.json("/api/ingest/status").get("last").get("reprocessed").asInt());

        JsonNode again = TestServer.parse(post("", TestServer.TOKEN).body());
        assertEquals(0, again.get("reprocessed").asInt());
        assertEquals(2, again.get("up_to_date").asInt());

        String id = t.json("/api/documents").get("items").get(0).get("id").asText();
        JsonNode one = TestServer.parse(post("?id=" + id, TestServer.TOKEN).body());
        assertEquals(1, one.get("reprocessed").asInt());
        assertEquals(2, TestServer.parse(post("?all=true", TestServer.TOKEN).body()).get("reprocessed").asInt());
        assertEquals(2, t.json("/api/engagements").get("total").asInt());
    }

    @Test
    @Order(4)
    void theOpenApiDescriptionHasIt() {
        assertTrue(t.json("/api/openapi.json").get("paths").get("/api/reprocess").has("post"));
    }
}
