package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.annotate.Sentence;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a server reads of a store beside its writer: texts, sentences, the data version, and full-text search. */
class StoreReaderTest {
    @TempDir
    Path dir;

    private static ProcessedDocument doc(String name, String text) throws Exception {
        return Readout.bundled().pipeline().process(new RawDocument("/in/" + name, name, text.getBytes(StandardCharsets.UTF_8), SourceMeta.EMPTY));
    }

    private static final String CALL = """
            Foreign Ministers' Telephone Talk

            On January 10, 2023, Foreign Minister Yoshimasa Hayashi held a telephone talk with Chinese Foreign Minister Qin Gang for about 40 minutes. Minister Hayashi expressed serious concerns about the situation in the East China Sea.
            """;

    @Test
    void readsTextsAndSentencesAndSeesAnotherConnectionsWrites() throws Exception {
        ProcessedDocument call = doc("a.txt", CALL);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db")); StoreReader reader = new StoreReader(store.file(), 2)) {
            assertTrue(reader.text(call.document().id()).isEmpty());
            long before = reader.dataVersion();
            store.addDocument(call);
            assertNotEquals(before, reader.dataVersion(), "a write by the store's own connection is seen");
            StoreReader.StoredText text = reader.text(call.document().id()).orElseThrow();
            assertEquals(call.document().text(), text.text());
            assertEquals("/in/a.txt", text.source());
            List<Sentence> sentences = reader.sentences(call.document().id());
            assertEquals(call.sentences().size(), sentences.size());
            for (Sentence s : sentences) assertEquals(call.document().text().substring(s.start(), s.end()), s.text());
            assertEquals(List.of(), reader.sentences("no-such-document"));
        }
    }

    @Test
    void searchFindsDocumentsAndStatementsByTheirWordsAndPassesNoQuerySyntax() throws Exception {
        ProcessedDocument call = doc("a.txt", CALL);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db")); StoreReader reader = new StoreReader(store.file(), 1)) {
            store.addDocument(call);
            store.relink(inputs -> Readout.bundled().pipeline().link(inputs));
            try (SearchIndex index = SearchIndex.build(reader, store.corpus().statements())) {
                List<SearchIndex.Hit> hits = index.search("east china sea", 10, 0);
                assertEquals(1, hits.size());
                assertEquals(call.document().id(), hits.get(0).document());
                assertTrue(hits.get(0).snippet().highlights().size() >= 3, hits.get(0).snippet().toString());
                assertTrue(hits.get(0).statements().stream().anyMatch(s -> s.snippet().text().contains("serious concerns")));
                assertEquals(1, index.count("Hayashi"));
                assertEquals(0, index.count("Hayashi NEAR/2 Qin OR *"), "each word is quoted: 'NEAR/2' and 'OR' are words to find");
                assertEquals(List.of(), index.search("(((", 10, 0));
            }
        }
        assertNull(SearchIndex.ftsQuery(" ;-- "));
        assertEquals("\"east\" \"china\"", SearchIndex.ftsQuery("east:china"));
    }
}
