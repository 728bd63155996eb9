package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.extract.DateClue;
import org.readout.extract.Participant;
import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.link.Linker;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.store.RandomDocuments.document;
import static org.readout.store.RandomDocuments.given;
import static org.readout.store.RandomDocuments.person;
import static org.readout.store.RandomDocuments.report;

/** A relink links only the blocks a batch touched, and the store ends as one relink of everything leaves it. */
class IncrementalRelinkTest {
    private static final Linker LINKER = new Linker(RandomDocuments.KB);

    @TempDir
    Path dir;

    /** The linked view as relinked batch by batch, then as one relink of everything gives it: the same. */
    private static void assertAsWhole(SqliteStore store, String what) {
        LinkedCorpus incremental = store.corpus();
        store.relinkAll(LINKER::link);
        assertEquals(store.corpus(), incremental, what);
    }

    @Test
    void randomBatchesInRandomOrdersEndAsOneRelinkOfEverything() {
        for (long seed = 0; seed < 10; seed++) {
            List<ProcessedDocument> docs = new ArrayList<>(new RandomDocuments(seed, 30 + (int) seed * 8, "d").documents(30));
            Random random = new Random(seed);
            Collections.shuffle(docs, random);
            try (SqliteStore store = SqliteStore.open(dir.resolve(seed + ".db"))) {
                List<String> stored = new ArrayList<>();
                for (int from = 0; from < docs.size(); ) {
                    int to = Math.min(docs.size(), from + 1 + random.nextInt(8));
                    for (ProcessedDocument d : docs.subList(from, to)) {
                        store.addDocument(d);
                        stored.add(d.document().id());
                    }
                    if (random.nextInt(4) == 0) store.deleteDocument(stored.remove(random.nextInt(stored.size())));
                    store.relink(LINKER::link, false, seed % 2 == 0 ? Relinking.CHUNK : 3);
                    from = to;
                }
                assertAsWhole(store, "seed " + seed);
            }
        }
    }

    /**
     * The shipped samples, and the seeds and dev corpora when they are beside the project (as CI lays them out),
     * read as ingest reads them (statements too), added in random batches and orders.
     */
    @Test
    void realDocumentsInRandomBatchesEndAsOneRelinkOfEverything() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("samples"))) root = root.getParent();
        List<Path> folders = new ArrayList<>(List.of(root.resolve("samples")));
        Path shared = root.resolveSibling("shared").resolve("corpus");
        for (String c : List.of("seeds", "dev")) if (Files.isDirectory(shared.resolve(c))) folders.add(shared.resolve(c));
        Pipeline pipeline = Readout.bundled().pipeline();
        Inputs inputs = new Inputs().files(new FileSourceReader(), folders);
        List<ProcessedDocument> docs = new ArrayList<>();
        for (Input in : inputs.items()) docs.add(pipeline.process(in.read()));
        for (long seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            Collections.shuffle(docs, random);
            try (SqliteStore store = SqliteStore.open(dir.resolve("real" + seed + ".db"))) {
                for (int from = 0; from < docs.size(); ) {
                    int to = Math.min(docs.size(), from + 1 + random.nextInt(6));
                    for (ProcessedDocument d : docs.subList(from, to)) store.addDocument(d);
                    store.relink(pipeline::link);
                    from = to;
                }
                assertTrue(store.corpus().statements().size() > 50);
                LinkedCorpus incremental = store.corpus();
                store.relinkAll(pipeline::link);
                assertEquals(store.corpus(), incremental, "seed " + seed);
            }
        }
    }

    @Test
    void aBatchLinksOnlyTheBlocksItTouches() {
        List<Integer> linked = new ArrayList<>();
        Function<List<LinkInput>, LinkedCorpus> counting = inputs -> {
            linked.add(inputs.size());
            return LINKER.link(inputs);
        };
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            for (int month = 0; month < 12; month++) {
                LocalDate day = LocalDate.parse("2023-01-10").plusMonths(month);
                store.addDocument(call("a" + month, day, day));
                store.addDocument(call("b" + month, day, day.plusDays(1)));
            }
            store.relink(counting);
            assertEquals(List.of(24), linked, "a first batch is its blocks: here all the store");
            store.addDocument(call("c", LocalDate.parse("2023-05-11"), LocalDate.parse("2023-05-11")));
            store.relink(counting);
            assertEquals(List.of(24, 3), linked, "the new report and the two of the encounter it joins");
            assertEquals(12, store.engagements(EngagementFilter.ALL).size());
            store.deleteDocument("a7");
            store.relink(counting);
            assertEquals(List.of(24, 3, 1), linked);
            assertAsWhole(store, "after the deletion");
        }
    }

    private static ProcessedDocument call(String id, LocalDate day, LocalDate published) {
        List<Participant> ps = List.of(person("park-jin", day), person("antony-blinken", day));
        return document(id, given(published), List.of(report(id, 0, "held", "phone", day, DateClue.NONE, ps)));
    }

    /**
     * Two engagements of the same people, format and day in two blocks (an undated report published months after
     * the day it names, too late to join the dated one) would share an id; the second by its first report is told
     * apart, whichever batch brought it, and gets the id back when the first is gone.
     */
    @Test
    void engagementsThatWouldShareAnIdAreLinkedTogetherWhicheverBatchBringsThem() {
        LocalDate day = LocalDate.parse("2023-03-10");
        List<Participant> ps = List.of(person("yoshimasa-hayashi", day), person("qin-gang", day));
        ProcessedDocument dated = document("b-dated", given(day), List.of(report("b-dated", 0, "held", "in_person", day, DateClue.NONE, ps)));
        DateClue named = new DateClue(2023, 3, 10, null, false, null, null);
        ProcessedDocument late = document("a-late", given(LocalDate.parse("2023-06-01")),
                List.of(report("a-late", 0, "held", "in_person", null, named, ps)));
        for (List<ProcessedDocument> order : List.of(List.of(dated, late), List.of(late, dated))) {
            Path file = dir.resolve(order.get(0).document().id() + ".db");
            try (SqliteStore store = SqliteStore.open(file)) {
                for (int month = 1; month <= 4; month++) {
                    LocalDate other = LocalDate.parse("2023-06-10").plusMonths(month);
                    store.addDocument(call("other" + month, other, other));
                }
                store.relink(LINKER::link);
                for (ProcessedDocument d : order) {
                    store.addDocument(d);
                    store.relink(LINKER::link);
                }
                List<String> ids = store.engagements(EngagementFilter.ALL).stream().filter(e -> e.date().equals(day)).map(e -> e.id()).toList();
                assertEquals(2, ids.size());
                assertNotEquals(ids.get(0), ids.get(1));
                assertAsWhole(store, "added in the order " + order.stream().map(d -> d.document().id()).toList());
                store.deleteDocument("a-late");
                store.relink(LINKER::link);
                assertAsWhole(store, "and one removed");
                Engagement left = store.engagements(EngagementFilter.ALL).get(0);
                assertEquals(day, left.date());
                assertEquals(Linker.naturalId(left), left.id(), "the id is its own again");
            }
        }
    }

    /** Many pending documents are relinked in parts of whole blocks, each part a relink of its own: the same view. */
    @Test
    void manyPendingDocumentsAreRelinkedInPartsOfWholeBlocks() throws Exception {
        List<ProcessedDocument> docs = new ArrayList<>();
        for (int month = 0; month < 18; month++) {
            LocalDate day = LocalDate.parse("2022-06-10").plusMonths(month);
            docs.add(call("a" + month, day, day));
            docs.add(call("b" + month, day, day.plusDays(1)));
        }
        docs.add(document("none", given(LocalDate.parse("2023-01-01")), List.of()));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            for (ProcessedDocument d : docs.subList(0, 8)) store.addDocument(d);
            store.relink(LINKER::link);
            for (ProcessedDocument d : docs.subList(8, docs.size())) store.addDocument(d);
            List<Set<String>> chunks;
            try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
                chunks = Relinking.chunks(db, 6, StoredJson.Texts.NONE);
                assertEquals(List.of(), Relinking.chunks(db, 6, StoredJson.Texts.NONE).stream().filter(Set::isEmpty).toList());
            }
            Set<String> all = new java.util.HashSet<>();
            chunks.forEach(all::addAll);
            assertEquals(docs.size() - 8, all.size(), "every pending document once");
            assertEquals(5, chunks.size(), chunks.toString());
            List<LinkInput> pending = docs.subList(8, docs.size()).stream().map(d -> new LinkInput(d.summary(), d.extraction())).toList();
            for (List<LinkInput> block : org.readout.link.Blocking.blocks(pending)) {
                assertEquals(1, chunks.stream().filter(c -> c.contains(block.get(0).summary().id())).count());
                Set<String> chunk = chunks.stream().filter(c -> c.contains(block.get(0).summary().id())).findFirst().orElseThrow();
                assertTrue(block.stream().allMatch(in -> chunk.contains(in.summary().id())), "a block of pending documents is not split");
            }
            List<Integer> linked = new ArrayList<>();
            store.relink(inputs -> {
                linked.add(inputs.size());
                return LINKER.link(inputs);
            }, false, 6);
            assertEquals(chunks.size(), linked.size(), "one relink per part");
            assertFalse(store.linksStale());
            assertAsWhole(store, "relinked in parts");
        }
    }

    /** An engagement stored without its natural id is still found by its id, which a new one would take. */
    @Test
    void anEngagementWithoutANaturalIdIsFoundByItsId() {
        LocalDate day = LocalDate.parse("2023-03-10");
        List<Participant> ps = List.of(person("yoshimasa-hayashi", day), person("qin-gang", day));
        DateClue named = new DateClue(2023, 3, 10, null, false, null, null);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.addDocument(document("b-dated", given(day), List.of(report("b-dated", 0, "held", "in_person", day, DateClue.NONE, ps))));
            store.relink(LINKER::link);
            store.update("UPDATE engagements SET natural_id = NULL");
            store.addDocument(document("a-late", given(LocalDate.parse("2023-06-01")),
                    List.of(report("a-late", 0, "held", "in_person", null, named, ps))));
            store.relink(LINKER::link);
            assertEquals(2, store.engagements(EngagementFilter.ALL).size());
            assertAsWhole(store, "the stored one renamed");
        }
    }

    @Test
    void aStoreFromBeforeBlockingKeysIsRelinkedWholeOnce() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.addDocument(call("a", LocalDate.parse("2023-03-10"), LocalDate.parse("2023-03-10")));
            store.relink(LINKER::link);
            store.update("DELETE FROM link_keys");
            store.update("UPDATE meta SET value = '0' WHERE key = 'link_keys'");
            store.addDocument(call("b", LocalDate.parse("2023-03-10"), LocalDate.parse("2023-03-11")));
            List<Integer> linked = new ArrayList<>();
            store.relink(inputs -> {
                linked.add(inputs.size());
                return LINKER.link(inputs);
            });
            assertEquals(List.of(2), linked);
            assertTrue(store.engagements(EngagementFilter.ALL).get(0).documents().size() == 2);
            assertAsWhole(store, "relinked whole");
        }
    }
}
