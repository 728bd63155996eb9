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

/**
 * A store written at schema version 2 opens as the current version with all it held, and reprocess completes it once its
 * files are offered again; one written at version 4 (records as plain JSON, statements with a copy of their sentence)
 * opens and reads alike, and is written compactly from then on; one written at version 5 (compact records, no blocking
 * keys) opens and reads alike, and its first relink links it whole, which fills the keys. Both get their keys so.
 */
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

    @Test
    void aVersion4StoreOfPlainJsonOpensReadsAlikeAndIsRewrittenCompactly() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        Path fresh = dir.resolve("fresh.db");
        String export;
        try (SqliteStore store = OlderEngine.ingest(fresh, OlderEngine.current(), in)) {
            export = OlderEngine.export(store);
        }
        Path v4 = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v4); Statement s = c.createStatement()) {
            for (String stmt : resource("/store/schema-v4.sql").replaceAll("(?m)^--.*$", "").split(";")) if (!stmt.isBlank()) s.execute(stmt);
            s.execute("ATTACH DATABASE '" + fresh + "' AS src");
            PlainJsonCopy.copy(c, List.of("documents", "sentences", "raw_digests", "raw_texts", "extractions", "engagements", "document_links",
                    "engagement_documents", "statements", "engagement_aliases", "meta"));
            s.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'");
            s.execute("DETACH DATABASE src");
            s.execute("PRAGMA user_version=4");
        }
        assertEquals("text", typeOf(v4, "engagements"));
        try (SqliteStore store = SqliteStore.open(v4)) {
            assertEquals(Schema.VERSION, pragma(v4, "user_version"));
            assertEquals(export, OlderEngine.export(store), "plain JSON rows read as they are");
            assertEquals("text", typeOf(v4, "statements"), "rows are not rewritten by the upgrade");
            assertTrue(store.linksStale(), "the store has no blocking keys: a relink of everything is due");
            store.relink(OlderEngine.current()::link);
            assertEquals(export, OlderEngine.export(store));
            assertFalse(store.linksStale());
        }
        assertKeysKept(v4);
        assertEquals("blob", typeOf(v4, "statements"), "a relink writes the linked view compactly");
        assertEquals("text", typeOf(v4, "extractions"), "extractions stay as they were until read again");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v4); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pragma_table_info('statements') WHERE name = 'text' "
                     + "UNION ALL SELECT COUNT(*) FROM pragma_table_info('sentences') WHERE name = 'text'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "statements keep no copy of their sentence");
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "nor sentences of their text");
        }
    }

    @Test
    void aVersion5StoreOfCompactRecordsOpensReadsAlikeAndIsRelinkedWholeOnce() throws Exception {
        Path in = OlderEngine.documents(dir.resolve("in"));
        Path fresh = dir.resolve("fresh.db");
        String export;
        try (SqliteStore store = OlderEngine.ingest(fresh, OlderEngine.current(), in)) {
            export = OlderEngine.export(store);
        }
        Path v5 = dir.resolve("v5.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v5); Statement s = c.createStatement()) {
            for (String stmt : resource("/store/schema-v5.sql").replaceAll("(?m)^--.*$", "").split(";")) if (!stmt.isBlank()) s.execute(stmt);
            s.execute("ATTACH DATABASE '" + fresh + "' AS src");
            copyAsIs(c, List.of("documents", "sentences", "raw_digests", "raw_texts", "extractions", "engagements", "document_links",
                    "engagement_documents", "statements", "engagement_aliases", "meta"));
            s.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
            s.execute("DELETE FROM meta WHERE key = 'link_keys'");
            s.execute("DETACH DATABASE src");
            s.execute("PRAGMA user_version=5");
        }
        assertEquals("blob", typeOf(v5, "engagements"));
        try (SqliteStore store = SqliteStore.open(v5)) {
            assertEquals(Schema.VERSION, pragma(v5, "user_version"));
            assertEquals(export, OlderEngine.export(store), "compact records read as they are");
            assertEquals(0, count(v5, "SELECT COUNT(*) FROM link_keys"));
            assertTrue(store.linksStale(), "the store has no blocking keys: a relink of everything is due");
            List<Integer> linked = new java.util.ArrayList<>();
            store.relink(inputs -> {
                linked.add(inputs.size());
                return OlderEngine.current().link(inputs);
            });
            assertEquals(List.of(5), linked, "every document linked, once");
            assertEquals(export, OlderEngine.export(store));
            assertFalse(store.linksStale());
        }
        assertKeysKept(v5);
        assertEquals(1, count(v5, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'statements_document'"));
        assertEquals(1, count(v5, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'engagements_natural'"));
    }

    /** After a relink of an upgraded store: every linked document has its blocking keys, every engagement its natural id. */
    private static void assertKeysKept(Path db) throws Exception {
        assertEquals(1, count(db, "SELECT COUNT(*) FROM meta WHERE key = 'link_keys' AND value = '1'"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM link_pending"));
        assertTrue(count(db, "SELECT COUNT(DISTINCT document_id) FROM link_keys") > 0, "keys kept");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM engagements WHERE natural_id IS NULL"));
    }

    private static int count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    /** Rows copied from the attached database {@code src} as they are, in the columns both tables have. */
    private static void copyAsIs(Connection c, List<String> tables) throws Exception {
        for (String table : tables) {
            List<String> columns = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + table
                    + "', 'main') WHERE name IN (SELECT name FROM pragma_table_info('" + table + "', 'src'))")) {
                while (rs.next()) columns.add("\"" + rs.getString(1) + "\"");
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO main." + table + "(" + String.join(",", columns) + ") SELECT " + String.join(",", columns) + " FROM src." + table);
            }
        }
    }

    private static String typeOf(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT typeof(json) FROM " + table)) {
            List<String> types = new java.util.ArrayList<>();
            while (rs.next()) types.add(rs.getString(1));
            assertEquals(1, types.size(), table + ": " + types);
            return types.get(0);
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream s = StoreUpgradeTest.class.getResourceAsStream(name)) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
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
            PlainJsonCopy.copy(c, TABLES);
            PlainJsonCopy.copy(c, List.of("extractions"));
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
