package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.clean.DefaultCleaner;
import org.readout.knowledge.KnowledgeBase;
import org.readout.link.Engagement;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;
import org.readout.source.InputRejected;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReprocessingTest {
    @TempDir
    Path dir;

    private String fresh(Path in) {
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("fresh.db"), OlderEngine.current(), in)) {
            return OlderEngine.export(store);
        }
    }

    private static Reprocessing.Result reprocess(SqliteStore store, Reprocessing.Selection selection) {
        return new Reprocessing(OlderEngine.current(), store).reprocess(selection, Reprocessing.Listener.NONE);
    }

    @Test
    void aStoreAnOlderEngineBuiltExportsLikeAFreshIngestOnceReprocessed() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        String fresh = fresh(in);
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("old.db"), OlderEngine.older(), in)) {
            assertNotEquals(fresh, OlderEngine.export(store), "the older engine reads the documents differently");
            assertEquals(5, store.readByOthers(OlderEngine.current().extractedBy()));
            Set<String> before = ids(store);

            Reprocessing.Result r = reprocess(store, Reprocessing.Selection.outdated());
            assertEquals(fresh, OlderEngine.export(store));
            assertEquals(0, store.readByOthers(OlderEngine.current().extractedBy()));
            assertEquals(5, r.reread());
            assertEquals(5, r.changed());
            assertEquals(1, r.renamed(), "the file the older engine cleaned to another text has another id");
            assertTrue(r.failures().isEmpty(), r.failures().toString());

            LinkChanges links = r.links();
            assertEquals(1, links.merged().size(), "the call the older engine read as two engagements: " + links);
            assertEquals(1, links.renamed().size(), "the visit whose day the older engine missed: " + links);
            assertEquals(1, links.added().size(), "the meeting the older engine did not see: " + links);
            assertTrue(links.removed().isEmpty(), links.toString());
            assertTrue(links.statementsAdded() > 0, "the older engine found no statements");
            Set<String> after = ids(store);
            for (String id : before) {
                String now = store.currentId(id);
                assertTrue(after.contains(now), id + " resolves to an engagement of the new view");
                if (!links.merged().containsKey(id) && !links.renamed().containsKey(id)) assertEquals(id, now, "the same encounter keeps its id");
            }
            links.renamed().forEach((old, now) -> assertEquals(now, store.engagement(old).orElseThrow().id()));

            Reprocessing.Result again = reprocess(store, Reprocessing.Selection.outdated());
            assertEquals(0, again.reread());
            assertEquals(5, again.upToDate());
            assertTrue(again.links().none(), again.links().toString());
        }
    }

    @Test
    void twoDocumentsThatNowReadAlikeBecomeOneAsInAFreshIngest() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        java.nio.file.Files.writeString(in.resolve("g-seoul-again.txt"), java.nio.file.Files.readString(in.resolve("c-seoul.txt")) + "\n\n\n");
        String fresh = fresh(in);
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("old.db"), OlderEngine.older(), in)) {
            assertEquals(6, store.documentCount(), "the older engine read the two Seoul files as two documents");
            Reprocessing.Result r = reprocess(store, Reprocessing.Selection.outdated());
            assertEquals(5, store.documentCount());
            assertEquals(fresh, OlderEngine.export(store), "the file stored first makes the document");
            assertEquals(6, r.reread(), "every stored document was read again");
            assertEquals(1, r.renamed(), "one of them is now the other");
            assertEquals(0, reprocess(store, Reprocessing.Selection.outdated()).reread());
        }
    }

    @Test
    void aRunStoppedHalfWayLeavesAStoreTheNextRunCompletes() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        String fresh = fresh(in);
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("old.db"), OlderEngine.older(), in)) {
            Set<String> before = ids(store);
            List<String> done = new ArrayList<>();
            Reprocessing.Listener killedAfterTwo = new Reprocessing.Listener() {
                @Override
                public void done(SqliteStore.Replacement replacement) {
                    done.add(replacement.before());
                    if (done.size() == 2) throw new IllegalStateException("killed");
                }
            };
            Reprocessing reprocessing = new Reprocessing(OlderEngine.current(), store);
            assertThrows(IllegalStateException.class, () -> reprocessing.reprocess(Reprocessing.Selection.outdated(), killedAfterTwo));
            assertEquals(3, store.readByOthers(OlderEngine.current().extractedBy()), "two documents were read again and committed");
            assertTrue(store.linksStale());

            Reprocessing.Result rest = reprocessing.reprocess(Reprocessing.Selection.outdated(), Reprocessing.Listener.NONE);
            assertEquals(3, rest.reread());
            assertEquals(2, rest.upToDate());
            assertFalse(store.linksStale());
            assertEquals(fresh, OlderEngine.export(store));
            Set<String> after = ids(store);
            for (String id : before) assertTrue(after.contains(store.currentId(id)), id);
        }
    }

    @Test
    void theSelectionsPickTheirDocuments() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        assertEquals(Map.of("a", 1, "b", 1, "c", 1, "d", 1, "e", 1), reread(Reprocessing.Selection.outdated(), in, "outdated"));
        assertEquals(Map.of("c", 1, "d", 1, "e", 1), reread(Reprocessing.Selection.since("0.0.9"), in, "since"));
        assertEquals(Map.of("c", 1, "d", 1, "e", 1), reread(Reprocessing.Selection.since("0.0.9+e2"), in, "since-exact"));
        assertEquals(Map.of("a", 1, "b", 1, "c", 1, "d", 1, "e", 1), reread(Reprocessing.Selection.since("0.0.8+e1"), in, "since-first"));
        assertEquals(Map.of(), reread(Reprocessing.Selection.since("0.1.0+e1000"), in, "since-later"));
        assertEquals(Map.of("a", 1, "b", 1, "c", 1, "d", 1, "e", 1, "f", 1), reread(Reprocessing.Selection.all(), in, "all"));
        assertThrows(IllegalArgumentException.class, () -> new Reprocessing.Selection(true, "0.1", List.of()));
    }

    @Test
    void namedDocumentsAreReadAgainEvenWhenCurrentAndAnUnknownIdIsReported() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        try (SqliteStore store = mixedStore(in, dir.resolve("ids.db"))) {
            String current = store.extractions().stream().filter(e -> e.isBy(OlderEngine.current().extractedBy()))
                    .findFirst().orElseThrow().document();
            String older = store.extractions().stream().filter(e -> !e.isBy(OlderEngine.current().extractedBy()))
                    .findFirst().orElseThrow().document();
            List<String> done = new ArrayList<>();
            Reprocessing.Result r = new Reprocessing(OlderEngine.current(), store).reprocess(
                    Reprocessing.Selection.ids(List.of(current, older, "0000000000000000")), new Reprocessing.Listener() {
                        @Override
                        public void done(SqliteStore.Replacement replacement) {
                            done.add(replacement.before());
                        }
                    });
            assertEquals(Set.of(current, older), Set.copyOf(done));
            assertEquals(2, r.reread());
            assertEquals(List.of("0000000000000000: no such document"), r.failures().stream().map(Ingestion.Failure::oneLine).toList());
            assertEquals(4, store.readByOthers(OlderEngine.current().extractedBy()), "the others are left as they were");
        }
    }

    @Test
    void aDocumentTheCurrentEngineCannotReadIsKeptAsItWasAndReported() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        DefaultCleaner cleaner = new DefaultCleaner();
        Pipeline refusing = new Pipeline(KnowledgeBase.bundled(), raw -> {
            if (raw.fileName().startsWith("b-")) throw new InputRejected(raw.source(), "no article text found");
            return cleaner.clean(raw);
        });
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("old.db"), OlderEngine.older(), in)) {
            Reprocessing.Result r = new Reprocessing(refusing, store).reprocess(Reprocessing.Selection.outdated(), Reprocessing.Listener.NONE);
            assertEquals(4, r.reread());
            assertEquals(1, r.failures().size());
            assertTrue(r.failures().get(0).reason().startsWith("kept as it was: "), r.failures().toString());
            assertEquals(5, store.documentCount());
            assertEquals(1, store.readByOthers(refusing.extractedBy()), "the next run tries it again");
        }
    }

    /**
     * Which documents a selection reads again, by the first letter of their file: a and b read by engine
     * 0.0.8+e1, c and d by 0.0.9+e2, e by 0.0.9+e2 with other knowledge, f (a copy of a with other bytes) by this one.
     */
    private Map<String, Integer> reread(Reprocessing.Selection selection, Path in, String name) throws Exception {
        try (SqliteStore store = mixedStore(in, dir.resolve(name + ".db"))) {
            Map<String, String> letters = new java.util.HashMap<>();
            for (StoredExtraction e : store.extractions()) {
                String source = store.rawTexts(e.document()).get(0).raw().fileName();
                letters.put(e.document(), source.substring(0, 1));
            }
            Map<String, Integer> out = new java.util.TreeMap<>();
            new Reprocessing(OlderEngine.current(), store).reprocess(selection, new Reprocessing.Listener() {
                @Override
                public void done(SqliteStore.Replacement replacement) {
                    out.merge(letters.get(replacement.before()), 1, Integer::sum);
                }
            });
            return out;
        }
    }

    private static SqliteStore mixedStore(Path in, Path db) throws Exception {
        java.nio.file.Files.writeString(in.resolve("f-copy.txt"), java.nio.file.Files.readString(in.resolve("a-tokyo.txt"))
                .replace("Japan-China", "Japan–China"));
        SqliteStore store = SqliteStore.open(db);
        ingest(store, OlderEngine.older(new ExtractedBy("0.0.8+e1", OlderEngine.STAMP.knowledgeDigest())), in, "a-tokyo.txt", "b-wire.txt");
        ingest(store, OlderEngine.older(new ExtractedBy("0.0.9+e2", OlderEngine.STAMP.knowledgeDigest())), in, "c-seoul.txt", "d-jakarta.html");
        ingest(store, OlderEngine.older(new ExtractedBy("0.0.9+e2", "fedcba9876543210")), in, "e-visit.txt");
        ingest(store, OlderEngine.current(), in, "f-copy.txt");
        return store;
    }

    private static void ingest(SqliteStore store, Pipeline pipeline, Path in, String... files) {
        List<Path> paths = java.util.Arrays.stream(files).map(in::resolve).toList();
        Ingestion.Result r = new Ingestion(new FileSourceReader(), pipeline, store).ingest(paths, Ingestion.Listener.NONE);
        assertEquals(files.length, r.added(), r.toString());
    }

    private static Set<String> ids(SqliteStore store) {
        return store.engagements(EngagementFilter.ALL).stream().map(Engagement::id).collect(Collectors.toSet());
    }
}
