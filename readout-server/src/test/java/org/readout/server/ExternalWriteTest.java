package org.readout.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.FileSourceReader;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import org.readout.store.SearchIndex;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server sees what another process (the command line) ingests into the store it serves, without a restart (issue #8). */
class ExternalWriteTest {
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

    @Test
    void seesADocumentIngestedThroughAnotherConnection() throws InterruptedException {
        String call = t.callId();
        SearchIndex taken = t.server.index(); // as a search request holds it across the refresh
        assertEquals(2, t.json("/api/documents").get("total").asInt());
        assertEquals(0, t.json("/api/search?q=Diaoyu").get("total").asInt());

        try (SqliteStore other = SqliteStore.open(dir.resolve("test.db"))) {
            Ingestion.Result r = new Ingestion(new FileSourceReader(10L << 20), TestServer.pipeline(), other)
                    .ingest(List.of(TestServer.fixtures().resolve("news-2023-02-03.txt")), Ingestion.Listener.NONE);
            assertEquals(1, r.added());
        }

        long deadline = System.nanoTime() + 30_000_000_000L; // generous: the server looks every quarter second
        while (t.json("/api/documents").get("total").asInt() < 3 && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(3, t.json("/api/documents").get("total").asInt(), "the new document is listed");
        assertEquals(1, t.json("/api/search?q=Diaoyu").get("total").asInt(), "and indexed");
        assertTrue(t.server.index() != taken, "the index was rebuilt");
        assertEquals(0, taken.count("Diaoyu"), "a search that took the old index before the swap still answers from it");
        assertEquals(3, t.json("/api/engagements/" + call).get("documents").size(), "and linked");
        assertTrue(t.get("/documents/" + t.documentId("first phone call")).statusCode() == 200, "and on the pages");
    }
}
