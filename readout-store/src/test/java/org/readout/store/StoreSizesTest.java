package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreSizesTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsMeasuredWholeAndByTable() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "On May 2, 2023, Foreign Minister Ana Lima met Ruritanian Foreign Minister Jan Berg in Lisbon.\n");
        Path file = dir.resolve("s.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            new Ingestion(new FileSourceReader(), Readout.bundled().pipeline(), store).ingest(List.of(dir.resolve("1.txt")), Ingestion.Listener.NONE);
            StoreSizes sizes = StoreSizes.of(store);
            assertEquals(Files.size(file), sizes.bytes(), "the write-ahead log folded into the file");
            assertTrue(sizes.tables().keySet().containsAll(List.of("documents", "sentences", "extractions", "raw_texts")), sizes.tables().toString());
            assertEquals(sizes.bytes(), sizes.tables().values().stream().mapToLong(Long::longValue).sum()
                    + freePages(store), "every page belongs to a table, an index or the free list");
        }
    }

    private static long freePages(SqliteStore store) {
        return store.query("PRAGMA freelist_count", rs -> rs.getLong(1)).get(0) * store.query("PRAGMA page_size", rs -> rs.getLong(1)).get(0);
    }
}
