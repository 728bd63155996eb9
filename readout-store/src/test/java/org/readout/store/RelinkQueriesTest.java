package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A partial relink's reads and writes each go through an index: none reads a whole table, whose size grows with the store. */
class RelinkQueriesTest {
    @TempDir
    Path dir;

    @Test
    void everyQueryOfAPartialRelinkSearchesAnIndex() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.documentCount();
        }
        List<String> queries = List.of(
                "SELECT rowid, document_id, pair, day, reach_from, reach_to FROM link_keys WHERE document_id = ?",
                "SELECT rowid, document_id, pair, day, reach_from, reach_to FROM link_keys WHERE pair = ? AND day BETWEEN ? AND ?",
                "SELECT rowid, document_id, pair, day, reach_from, reach_to FROM link_keys WHERE pair = ? AND day IS NULL",
                "SELECT 1 FROM link_keys WHERE pair = ? AND day IS NULL AND reach_from <= ? AND reach_to >= ? LIMIT 1",
                SqliteStore.LINK_INPUTS + " WHERE d.id IN (?,?)",
                "SELECT DISTINCT e.engagement_id, g.natural_id FROM engagement_documents e LEFT JOIN engagements g "
                        + "ON g.id = e.engagement_id WHERE e.document_id IN (?,?)",
                "SELECT g.id, e.document_id FROM engagements g LEFT JOIN engagement_documents e ON e.engagement_id = g.id "
                        + "WHERE g.natural_id IN (?,?)",
                "SELECT g.id, e.document_id FROM engagements g LEFT JOIN engagement_documents e ON e.engagement_id = g.id "
                        + "WHERE g.id IN (?,?)",
                "SELECT engagement_id, document_id FROM engagement_documents WHERE engagement_id IN (?,?)",
                "DELETE FROM engagements WHERE id IN (?,?)",
                "DELETE FROM engagement_documents WHERE engagement_id IN (?,?)",
                "DELETE FROM engagement_documents WHERE document_id IN (?,?)",
                "DELETE FROM document_links WHERE document_id IN (?,?)",
                "DELETE FROM statements WHERE document_id IN (?,?)",
                "DELETE FROM link_keys WHERE document_id IN (?,?)",
                "DELETE FROM link_pending WHERE document_id IN (?,?)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db")); Statement s = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + q)) {
                    while (rs.next()) {
                        String step = rs.getString("detail");
                        assertFalse(step.startsWith("SCAN") && !step.contains("USING"), q + ": " + step);
                    }
                }
            }
        }
    }
}
