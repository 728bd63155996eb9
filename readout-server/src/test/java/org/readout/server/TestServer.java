package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.readout.Readout;
import org.readout.compare.Comparer;
import org.readout.pipeline.Json;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;
import org.readout.source.SourceReader;
import org.readout.source.web.WebReader;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A server on a free loopback port over a fresh store holding the given documents (the fixtures by default). */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-5f2a";
    private static Pipeline pipeline;

    final ReadoutServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = Readout.bundled().pipeline();
        return pipeline;
    }

    static Path fixtures() {
        try {
            return Path.of(TestServer.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Comparer comparer() {
        return Readout.bundled().comparer();
    }

    TestServer(Path dir, List<Path> documents) {
        this(dir, documents, ReadoutServer.Options.defaults().withPort(0).withToken(TOKEN));
    }

    TestServer(Path dir, List<Path> documents, ReadoutServer.Options options) {
        this(dir, documents, options, new FileSourceReader(10L << 20));
    }

    TestServer(Path dir, List<Path> documents, ReadoutServer.Options options, SourceReader reader) {
        this(dir, documents, options, reader, null);
    }

    /** An empty store, the web read with {@code web} (null: the server's own reader, public addresses only). */
    TestServer(Path dir, WebReader web) {
        this(dir, List.of(), ReadoutServer.Options.defaults().withPort(0).withToken(TOKEN), new FileSourceReader(10L << 20), web);
    }

    private TestServer(Path dir, List<Path> documents, ReadoutServer.Options options, SourceReader reader, WebReader web) {
        SqliteStore store = SqliteStore.open(dir.resolve("test.db"));
        if (!documents.isEmpty()) new Ingestion(reader, pipeline(), store).ingest(documents, Ingestion.Listener.NONE);
        server = (web == null ? new ReadoutServer(store, pipeline(), reader, comparer(), options)
                : new ReadoutServer(store, pipeline(), reader, web, comparer(), options)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The id of the 2 February 2023 Hayashi–Qin call. */
    String callId() {
        JsonNode items = json("/api/engagements?person=Qin&from=2023-02-02&to=2023-02-02").get("items");
        if (items.size() != 1) throw new AssertionError("expected one call on 2023-02-02, got " + items);
        return items.get(0).get("id").asText();
    }

    /** The id of the document whose title contains this. */
    String documentId(String titlePart) {
        for (JsonNode d : json("/api/documents?limit=500").get("items")) {
            if (d.path("title").asText().contains(titlePart)) return d.get("id").asText();
        }
        throw new AssertionError("no document titled like " + titlePart);
    }

    @Override
    public void close() {
        server.close();
    }
}
