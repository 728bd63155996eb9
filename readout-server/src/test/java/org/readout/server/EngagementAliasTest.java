package org.readout.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.store.SqliteStore;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bookmark to an engagement whose id a later relink replaced still opens it (issue #8). */
class EngagementAliasTest {
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
    void anOldIdResolvesToItsSuccessor() throws InterruptedException {
        String old = t.callId();
        try (SqliteStore other = SqliteStore.open(dir.resolve("test.db"))) {
            // Another process relinks, and the encounter comes out under another id (as when it learns a participant).
            other.relinkAll(inputs -> {
                LinkedCorpus c = TestServer.pipeline().link(inputs);
                List<Engagement> renamed = c.engagements().stream().map(e -> !e.id().equals(old) ? e
                        : new Engagement("eng-0000000000aa", e.status(), e.format(), e.setting(), e.date(), e.dateEnd(), e.localTime(),
                        e.durationMinutes(), e.location(), e.host(), e.occasion(), e.participants(), e.documents(), e.evidence(), e.reports()))
                        .toList();
                return new LinkedCorpus(c.documents(), renamed, List.of());
            });
        }
        long deadline = System.nanoTime() + 30_000_000_000L; // generous: the server looks every quarter second
        while (t.get("/api/engagements/eng-0000000000aa").statusCode() != 200 && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals("eng-0000000000aa", t.json("/api/engagements/" + old).get("engagement").get("id").asText());
        assertEquals(200, t.get("/engagements/" + old).statusCode());
    }
}
