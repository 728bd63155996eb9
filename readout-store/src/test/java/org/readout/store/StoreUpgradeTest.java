package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.FileSourceReader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store written at schema version 2 opens as version 3 with all it held, and reprocess completes it once its files are offered again. */
class StoreUpgradeTest {
    private static final List<String> TABLES = List.of("documents", "sentences", "raw_digests", "engagements", "document_links",
            "engagement_documents", "statements", "engagement_aliases", "meta");

    @TempDir
    Path dir;

    @Test
    void aVersion2StoreIsUpgradedAndReadAgainOnceItsFilesAreIngestedAgain() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        String fresh;
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("fresh.db"), OlderEngine.current(), in)) {
            fresh = OlderEngine.export(store);
        }
        String old;
        try (SqliteStore store = OlderEngine.ingest(dir.resolve("older.db"), OlderEngine.older(), in)) {
            old = OlderEngine.export(store);
        }
        Path v2 = dir.resolve("v2.db");
        writeVersion2(v2, dir.resolve("older.db"));

        try (SqliteStore store = SqliteStore.open(v2)) {
            assertEquals(Schema.VERSION, pragma(v2, "user_version"));
            assertEquals(old, OlderEngine.export(store), "the upgrade keeps all the store held");
            assertEquals(5, store.readByOthers(OlderEngine.current().extractedBy()), "no extraction says which engine made it");
            assertTrue(store.extractions().stream().noneMatch(StoredExtraction::rawKept));

            Reprocessing reprocessing = new Reprocessing(OlderEngine.current(), store);
            Reprocessing.Result without = reprocessing.reprocess(Reprocessing.Selection.outdated(), Reprocessing.Listener.NONE);
            assertEquals(0, without.reread());
            assertEquals(5, without.withoutRaw(), "raw texts were not kept at version 2");

            Ingestion.Result again = new Ingestion(new FileSourceReader(), OlderEngine.current(), store).ingest(List.of(in), Ingestion.Listener.NONE);
            assertEquals(5, again.duplicates(), "known from their bytes, and their raw texts kept now");
            assertTrue(store.extractions().stream().allMatch(StoredExtraction::rawKept));

            Reprocessing.Result r = reprocessing.reprocess(Reprocessing.Selection.outdated(), Reprocessing.Listener.NONE);
            assertEquals(5, r.reread());
            assertEquals(fresh, OlderEngine.export(store));
        }
        try (SqliteStore store = SqliteStore.open(v2)) {
            assertFalse(store.linksStale());
            assertEquals(fresh, OlderEngine.export(store), "and it opens again as it was left");
        }
    }

    /** A store at schema version 2 holding what {@code source} holds (its extractions without their stamps, no raw texts). */
    private static void writeVersion2(Path target, Path source) throws Exception {
        String sql;
        try (InputStream s = StoreUpgradeTest.class.getResourceAsStream("/store/schema-v2.sql")) {
            sql = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement s = c.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) if (!stmt.isBlank()) s.execute(stmt);
            s.execute("ATTACH DATABASE '" + source + "' AS src");
            for (String table : TABLES) {
                String columns = table.equals("engagements") ? "id, date, status, format, countries, people, json" : "*";
                s.execute("INSERT INTO " + table + " SELECT " + columns + " FROM src." + table);
            }
            s.execute("INSERT INTO extractions(document_id, json) SELECT document_id, json FROM src.extractions");
            s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
            s.execute("DETACH DATABASE src");
            s.execute("PRAGMA user_version=2");
        }
    }

    private static int pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }
}
