package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads and deletions: the token, the size limit, per-file results, relinking and the search index after each change. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        Path f = TestServer.fixtures();
        t = new TestServer(dir, List.of(f.resolve("jpn-mofa-2023-02-02.txt"), f.resolve("chn-fmprc-2023-02-02.txt")));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static final String BOUNDARY = "----readout-test-7d1f";

    static byte[] multipart(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file" + i++ + "\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static HttpResponse<String> upload(Map<String, byte[]> files, String token) {
        return upload(t, files, token);
    }

    static HttpResponse<String> upload(TestServer t, Map<String, byte[]> files, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(files)));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return t.send(b.build());
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(TestServer.fixtures().resolve(name));
    }

    static Map<String, byte[]> news() throws IOException {
        return Map.of("news-2023-02-03.txt", fixture("news-2023-02-03.txt"));
    }

    @Test
    @Order(1)
    void uploadWithoutTokenIs401AndWithAWrongOneIs403() throws IOException {
        HttpResponse<String> none = upload(news(), null);
        assertEquals(401, none.statusCode());
        ApiTest.assertJsonError(none);
        HttpResponse<String> wrong = upload(news(), "not-the-token");
        assertEquals(403, wrong.statusCode());
        ApiTest.assertJsonError(wrong);
        assertEquals(2, t.json("/api/documents").get("total").asInt(), "nothing was added");
    }

    @Test
    @Order(2)
    void uploadWithTokenIngestsRelinksAndIndexes() throws IOException {
        assertEquals(0, t.json("/api/search?q=Diaoyu").get("total").asInt());
        String call = t.callId();
        assertEquals(2, t.json("/api/engagements/" + call).get("documents").size());

        Map<String, byte[]> files = new LinkedHashMap<>(news());
        files.put("../../etc/evil.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        files.put("orphan.meta.json", "{}".getBytes(StandardCharsets.US_ASCII));
        files.put("empty.txt", new byte[0]);
        HttpResponse<String> r = upload(files, TestServer.TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = TestServer.parse(r.body());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode f : body.get("files")) byName.put(f.get("name").asText(), f);
        assertEquals("added", byName.get("news-2023-02-03.txt").get("result").asText(), r.body());
        assertEquals("failed", byName.get("evil.pdf").get("result").asText(), "the name is cleaned, never used as a path");
        assertEquals("failed", byName.get("orphan.meta.json").get("result").asText());
        assertEquals("failed", byName.get("empty.txt").get("result").asText());
        assertTrue(byName.get("empty.txt").get("reason").asText().contains("empty"), r.body());
        assertEquals(1, body.get("summary").get("added").asInt());
        assertEquals(3, body.get("summary").get("failed").asInt());

        assertEquals(t.callId(), call, "the engagement id does not depend on ingestion order");
        assertEquals(3, t.json("/api/engagements/" + call).get("documents").size(), "relinked");
        assertEquals(1, t.json("/api/search?q=Diaoyu").get("total").asInt(), "indexed");
        JsonNode status = t.json("/api/ingest/status");
        assertFalse(status.get("running").asBoolean());
        assertEquals(2, status.get("files_done").asInt(), "the news and the empty file");
        assertEquals(1, status.get("last").get("added").asInt());
        assertTrue(t.json("/api/documents/" + t.documentId("first phone call")).get("source").asText().startsWith("upload:news-2023-02-03.txt"));
    }

    @Test
    @Order(3)
    void uploadingAgainChangesNothingAndSidecarsGoWithTheirDocument() throws IOException {
        HttpResponse<String> again = upload(news(), TestServer.TOKEN);
        assertEquals("already stored", TestServer.parse(again.body()).get("files").get(0).get("result").asText(), again.body());
        Map<String, byte[]> withSidecar = new LinkedHashMap<>();
        withSidecar.put("memo.txt", ("Talks memo\n\nThe Japanese foreign ministry said on Friday that the Senkaku situation was discussed at length "
                + "during a long internal meeting of officials.\n").getBytes(StandardCharsets.UTF_8));
        withSidecar.put("memo.txt.meta.json", "{\"outlet\": \"Test Wire\", \"published\": \"2023-02-10\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = upload(withSidecar, TestServer.TOKEN);
        JsonNode f = TestServer.parse(r.body()).get("files").get(0);
        assertEquals("added", f.get("result").asText(), r.body());
        JsonNode doc = t.json("/api/documents/" + f.get("document").asText());
        assertEquals("2023-02-10", doc.get("published").asText(), doc.toString());
    }

    @Test
    @Order(4)
    void oversizeUploadIs413() throws IOException {
        // Announces 11 MB and sends none of it: the server must answer 413 from the headers alone.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", t.server.port())) {
            socket.setSoTimeout(20_000);
            String head = "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.TOKEN
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + (11 << 20)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("{\"error\":"), response);
        }
        // A chunked body without a length is cut off by the multipart limits.
        byte[] big = new byte[(10 << 20) + 4096];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .timeout(java.time.Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(multipart(Map.of("big.txt", big))))).build());
        assertEquals(413, r.statusCode(), r.body());
        ApiTest.assertJsonError(r);
        assertEquals(4, t.json("/api/documents").get("total").asInt(), "nothing added");
    }

    @Test
    @Order(5)
    void deleteNeedsTheTokenThenRemovesTheDocumentAndRelinks() {
        String news = t.documentId("first phone call");
        String call = t.callId();
        HttpRequest.Builder del = HttpRequest.newBuilder(URI.create(t.base + "/api/documents/" + news)).DELETE();
        assertEquals(401, t.send(del.build()).statusCode());
        assertEquals(403, t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents/" + news)).DELETE()
                .header("Authorization", "Bearer nope").build()).statusCode());
        assertEquals(3, t.json("/api/engagements/" + call).get("documents").size());

        HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents/" + news)).DELETE()
                .header("Authorization", "Bearer " + TestServer.TOKEN).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(404, t.get("/api/documents/" + news).statusCode());
        assertEquals(2, t.json("/api/engagements/" + call).get("documents").size(), "relinked without it");
        for (JsonNode st : t.json("/api/engagements/" + call).get("statements")) assertFalse(st.get("document").asText().equals(news));
        assertEquals(0, t.json("/api/search?q=Diaoyu").get("total").asInt(), "unindexed");
        assertEquals(0, TestServer.parse(t.get("/api/export?format=json").body()).get("documents").findValues("id").stream()
                .filter(n -> n.asText().equals(news)).count());

        HttpResponse<String> again = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents/" + news)).DELETE()
                .header("Authorization", "Bearer " + TestServer.TOKEN).build());
        assertEquals(404, again.statusCode());
        ApiTest.assertJsonError(again);
        assertEquals(400, t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents/..%2Fx")).DELETE()
                .header("Authorization", "Bearer " + TestServer.TOKEN).build()).statusCode());
    }
}
