package org.readout.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.annotate.Sentence;
import org.readout.link.Engagement;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteStoreTest {
    private static Pipeline pipeline;
    private static ProcessedDocument call;
    private static ProcessedDocument otherReport;

    @TempDir
    Path dir;

    @BeforeAll
    static void process() throws Exception {
        pipeline = Readout.bundled().pipeline();
        call = doc("a.txt", """
                Foreign Ministers' Telephone Talk

                January 10, 2023

                On January 10, Foreign Minister Yoshimasa Hayashi held a telephone talk with Chinese Foreign Minister Qin Gang for about 40 minutes.
                """);
        otherReport = doc("b.txt", """
                BEIJING, Jan 10 (Wire) -- Chinese Foreign Minister Qin Gang and Japanese Foreign Minister Yoshimasa Hayashi held a phone call on January 10, 2023, the ministry said.
                """);
    }

    private static ProcessedDocument doc(String name, String text) throws Exception {
        return pipeline.process(new RawDocument("/in/" + name, name, text.getBytes(StandardCharsets.UTF_8), SourceMeta.EMPTY));
    }

    @Test
    void createsTheFileOnFirstUseAndReopens() {
        Path file = dir.resolve("sub/dir/store.db");
        try (SqliteStore s = SqliteStore.open(file)) {
            assertEquals(0, s.documentCount());
        }
        assertTrue(Files.exists(file));
        try (SqliteStore s = SqliteStore.open(file)) {
            assertEquals(0, s.documentCount());
            assertFalse(s.linksStale());
        }
    }

    @Test
    void addingTheSameDocumentTwiceChangesNothing() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            assertTrue(s.addDocument(call));
            assertFalse(s.addDocument(call));
            assertEquals(1, s.documentCount());
            assertTrue(s.hasDocument(call.document().id()));
            assertEquals(call.document().text(), s.documentText(call.document().id()).orElseThrow());
        }
    }

    @Test
    void aDocumentThatFailsHalfwayLeavesNothingBehind() {
        List<Sentence> broken = new ArrayList<>(call.sentences());
        broken.add(broken.get(0));
        ProcessedDocument bad = new ProcessedDocument(call.document(), broken, call.extraction(), call.extractedBy());
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            assertThrows(StoreException.class, () -> s.addDocument(bad));
            assertEquals(0, s.documentCount());
            assertFalse(s.linksStale());
            assertTrue(s.addDocument(call), "the store is still usable");
        }
    }

    @Test
    void linksAreStaleUntilRebuiltAndSurviveAReopen() {
        Path file = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(file)) {
            s.addDocument(call);
            s.addDocument(otherReport);
            assertTrue(s.linksStale());
            s.relink(pipeline::link);
            assertFalse(s.linksStale());
        }
        try (SqliteStore s = SqliteStore.open(file)) {
            List<Engagement> all = s.engagements(EngagementFilter.ALL);
            assertEquals(1, all.size());
            Engagement e = all.get(0);
            assertEquals(LocalDate.of(2023, 1, 10), e.date());
            assertEquals(2, e.documents().size());
            assertEquals(e, s.engagement(e.id().substring(0, 8)).orElseThrow(), "a unique prefix finds it");
            assertEquals(2, s.documents().size());
            assertTrue(s.document(call.document().id()).orElseThrow().engagements().get(0).id().equals(e.id()));
        }
    }

    @Test
    void filtersWorkInSql() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            s.addDocument(call);
            s.relink(pipeline::link);
            assertEquals(1, s.engagements(new EngagementFilter(List.of("jpn", "CHN"), null, null, null)).size());
            assertEquals(0, s.engagements(new EngagementFilter(List.of("USA"), null, null, null)).size());
            assertEquals(1, s.engagements(new EngagementFilter(List.of(), "hayashi", null, null)).size());
            assertEquals(0, s.engagements(new EngagementFilter(List.of(), null, LocalDate.of(2023, 1, 11), null)).size());
            assertEquals(1, s.engagements(new EngagementFilter(List.of(), null, null, LocalDate.of(2023, 1, 10))).size());
        }
    }

    @Test
    void aReaderSeesCommittedDataWhileAWriterIsOpen() {
        Path file = dir.resolve("s.db");
        try (SqliteStore writer = SqliteStore.open(file); SqliteStore reader = SqliteStore.open(file)) {
            writer.addDocument(call);
            assertEquals(1, reader.documentCount());
        }
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedClearly() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "plain text, not a database ".repeat(50));
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains("notes.db"), e.getMessage());
        assertTrue(e.getMessage().contains("not a"), e.getMessage());
    }
}
