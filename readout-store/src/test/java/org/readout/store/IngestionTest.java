package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.Cleaner;
import org.readout.clean.DefaultCleaner;
import org.readout.extract.EngagementExtractor;
import org.readout.link.Linker;
import org.readout.knowledge.KnowledgeBase;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestionTest {
    @TempDir
    Path dir;

    @Test
    void aBatchGoesOnPastABadFileAndAnInterruptedOneIsCompletedByARerun() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "On May 2, 2023, Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo.\n");
        Files.write(in.resolve("2.txt"), new byte[0]);
        Files.writeString(in.resolve("3.txt"), "Japanese Foreign Minister Yoshimasa Hayashi and Qin Gang met in Tokyo on May 2, 2023, officials said.\n");
        Pipeline pipeline = Readout.bundled().pipeline();
        List<String> failed = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            Ingestion.Result r = new Ingestion(new FileSourceReader(), pipeline, store).ingest(List.of(in), new Ingestion.Listener() {
                @Override
                public void failed(Ingestion.Failure f) {
                    failed.add(f.oneLine());
                }
            });
            assertEquals(2, r.added());
            assertEquals(1, r.failures().size());
            assertEquals(List.of(in.resolve("2.txt") + ": empty file"), failed);
            assertEquals(1, store.engagements(EngagementFilter.ALL).size());
        }
        Path interrupted = dir.resolve("i.db");
        try (SqliteStore store = SqliteStore.open(interrupted)) {
            store.addDocument(pipeline.process(new FileSourceReader().read(in.resolve("1.txt"))));
            assertTrue(store.linksStale(), "documents written, linking not yet done: as if the run stopped here");
        }
        try (SqliteStore store = SqliteStore.open(interrupted)) {
            Ingestion.Result r = new Ingestion(new FileSourceReader(), pipeline, store).ingest(List.of(in.resolve("1.txt"), in.resolve("3.txt")), Ingestion.Listener.NONE);
            assertEquals(1, r.added());
            assertEquals(1, r.duplicates());
            assertFalse(store.linksStale());
            assertEquals(2, store.engagements(EngagementFilter.ALL).get(0).documents().size());
        }
    }

    @Test
    void aFileStoredBeforeIsRecognisedFromItsBytesWithoutProcessingIt() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "On May 2, 2023, Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo.\n");
        KnowledgeBase kb = KnowledgeBase.bundled();
        int[] cleaned = {0};
        Cleaner counting = raw -> {
            cleaned[0]++;
            return new DefaultCleaner().clean(raw);
        };
        Pipeline pipeline = new Pipeline(counting, new KnowledgeAnnotator(kb), new EngagementExtractor(kb), new Linker(kb));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            Ingestion ingestion = new Ingestion(new FileSourceReader(), pipeline, store);
            assertEquals(1, ingestion.ingest(List.of(in), Ingestion.Listener.NONE).added());
            assertEquals(1, cleaned[0]);
            List<String> ids = new ArrayList<>();
            Ingestion.Result again = ingestion.ingest(List.of(in), new Ingestion.Listener() {
                @Override
                public void done(String source, Ingestion.Stored stored) {
                    ids.add(stored.document());
                }
            });
            assertEquals(1, again.duplicates());
            assertEquals(1, cleaned[0], "the second time, the file is known from its bytes and not processed");
            assertEquals(List.of(store.documents().get(0).summary().id()), ids);
        }
    }

    @Test
    void anErrorInOneFileIsThatFilesFailureAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("1-deep.txt"), "Foreign Minister Penny Wong met Foreign Minister Park Jin in Seoul on May 3, 2024.\n");
        Files.writeString(in.resolve("2.txt"), "Foreign Minister Penny Wong met Foreign Minister Park Jin in Seoul on May 3, 2024, officials said.\n");
        DefaultCleaner cleaner = new DefaultCleaner();
        Pipeline pipeline = new Pipeline(KnowledgeBase.bundled(), raw -> {
            if (raw.fileName().contains("deep")) throw new StackOverflowError();
            return cleaner.clean(raw);
        });
        List<String> failed = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            Ingestion.Result r = new Ingestion(new FileSourceReader(), pipeline, store).ingest(List.of(in), new Ingestion.Listener() {
                @Override
                public void failed(Ingestion.Failure f) {
                    failed.add(f.oneLine());
                }
            });
            assertEquals(1, r.added());
            assertEquals(List.of(in.resolve("1-deep.txt") + ": internal error: java.lang.StackOverflowError"), failed);
        }
    }

    @Test
    void aFailureIsOneLineWhateverItsFileIsCalled() {
        assertEquals("in/a\\nfailed: b.txt: empty file", new Ingestion.Failure("in/a\nfailed: b.txt", "empty file").oneLine());
    }
}
