package org.readout.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.link.LinkedCorpus;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two writers on one store file, interleaved deterministically: nobody's documents are lost, nobody fails on a lock. */
class ConcurrentWritersTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void pipeline() {
        pipeline = Readout.bundled().pipeline();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aRelinkOvertakenByAnotherWriterDoesNotDropItsDocuments() throws Exception {
        Path x = file("x.txt", "On May 2, 2023, Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo. "
                + "Hayashi expressed serious concern over the situation in the East China Sea.\n");
        Path y = file("y.txt", "On June 5, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Korean Foreign Minister Park Jin. "
                + "The two ministers agreed to strengthen cooperation on North Korea.\n");
        Path db = dir.resolve("s.db");
        try (SqliteStore first = SqliteStore.open(db); SqliteStore second = SqliteStore.open(db)) {
            first.addDocument(pipeline.process(new FileSourceReader().read(x)));
            boolean[] interleaved = {false};
            first.relink(inputs -> {
                LinkedCorpus stale = pipeline.link(inputs);
                if (!interleaved[0]) {
                    interleaved[0] = true;
                    // The other writer adds Y and relinks completely between this relink's read and its write.
                    new Ingestion(new FileSourceReader(), pipeline, second).ingest(List.of(y), Ingestion.Listener.NONE);
                }
                return stale;
            });
            assertTrue(interleaved[0]);
            assertFalse(first.linksStale());
            assertEquals(2, first.engagements(EngagementFilter.ALL).size(), "Y's engagement survives X's late relink");
            assertEquals(2, first.documents().size(), "both documents are linked");
            assertTrue(first.corpus().statements().stream().anyMatch(s -> s.report().document().equals(first.documents().stream()
                    .filter(d -> d.summary().source().endsWith("y.txt")).findFirst().orElseThrow().summary().id())),
                    "Y's statements are in the linked view");
        }
    }

    @Test
    void openingAndReadingDoNotFailWhileAnotherProcessWrites() throws Exception {
        Path db = dir.resolve("s.db");
        SqliteStore.open(db).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            other.createStatement().execute("UPDATE meta SET value = value WHERE key = 'links_stale'");
            try (SqliteStore s = SqliteStore.open(db)) {
                assertEquals(0, s.engagements(EngagementFilter.ALL).size());
                assertEquals(0, s.documentCount());
            }
            other.createStatement().execute("COMMIT");
        }
    }

    @Test
    void aWriterWaitsForAnotherProcessToFinish() throws Exception {
        Path db = dir.resolve("s.db");
        Path x = file("x.txt", "On May 2, 2023, Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo.\n");
        SqliteStore.open(db).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            other.createStatement().execute("UPDATE meta SET value = value WHERE key = 'links_stale'");
            CompletableFuture<Ingestion.Result> ingest = CompletableFuture.supplyAsync(() -> {
                try (SqliteStore s = SqliteStore.open(db)) {
                    return new Ingestion(new FileSourceReader(), pipeline, s).ingest(List.of(x), Ingestion.Listener.NONE);
                }
            });
            Thread.sleep(300);
            assertFalse(ingest.isDone(), "the new store waits for the lock instead of failing");
            other.createStatement().execute("COMMIT");
            Ingestion.Result r = ingest.get(60, TimeUnit.SECONDS);
            assertEquals(1, r.added());
            assertEquals(List.of(), r.failures());
        }
    }

    @Test
    void aWriterThatWaitsTooLongGetsAClearMessage() throws Exception {
        Path db = dir.resolve("s.db");
        SqliteStore.open(db).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             SqliteStore s = SqliteStore.open(db, Duration.ofMillis(200))) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            StoreException e = assertThrows(StoreException.class, () -> s.deleteDocument("0000000000000000"));
            assertTrue(e.getMessage().contains("busy: another process has been writing to it"), e.getMessage());
            other.createStatement().execute("ROLLBACK");
            assertFalse(s.deleteDocument("0000000000000000"), "usable again once the other writer is done");
        }
    }

    @Test
    void aStoreCreatedWhileAnotherProcessHoldsTheNewFileWaitsForIt() throws Exception {
        Path db = dir.resolve("s.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            other.createStatement().execute("CREATE TABLE IF NOT EXISTS held(x)");
            CompletableFuture<Integer> open = CompletableFuture.supplyAsync(() -> {
                try (SqliteStore s = SqliteStore.open(db)) {
                    return s.documentCount();
                }
            });
            Thread.sleep(300);
            assertFalse(open.isDone(), "opening waits for the file instead of failing");
            other.createStatement().execute("COMMIT");
            assertEquals(0, open.get(60, TimeUnit.SECONDS));
        }
    }
}
