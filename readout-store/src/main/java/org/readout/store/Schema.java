package org.readout.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables ({@code schema.sql}) and its version in SQLite's {@code user_version}: 1 the first tables,
 * 2 added the raw digests and engagement aliases, 3 the raw texts and each extraction's engine version and
 * knowledge digest, 4 what is remembered of the web (validators of pages and feeds fetched, feed items seen), 5 the
 * records kept as {@link StoredJson} (evidence by offsets, deflated), and sentences and statements without a copy of
 * their text (the document's text holds it at their offsets), 6 the blocking keys of the linked reports and the
 * documents waiting for a relink ({@code link_keys}, {@code link_pending}), each engagement's natural id, and an index
 * of statements by document. An older store is brought up to date when it is opened; it keeps all it holds (its records
 * stay plain JSON, read as they are, until they are written again: the linked view at the next relink, extractions by
 * {@code reprocess}), and a store from before version 6 is relinked whole once, which fills the keys.
 */
final class Schema {
    static final int VERSION = 6;

    private Schema() {
    }

    static int userVersion(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("not a database")) {
                throw new SQLException("not a Readout store (not an SQLite database)", e);
            }
            throw e;
        }
    }

    static String sql() throws IOException {
        try (InputStream in = Schema.class.getResourceAsStream("/readout/store/schema.sql")) {
            if (in == null) throw new IOException("schema.sql missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Inside a write transaction: the tables and indexes a store of this version lacks, the columns versions 3 and 6
     * added to older ones and the one version 5 dropped.
     */
    static void upgrade(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!stmt.isBlank()) s.execute(stmt);
            }
            addColumn(s, "extractions", "engine_version", "TEXT");
            addColumn(s, "extractions", "knowledge_digest", "TEXT");
            dropColumn(s, "statements", "text");
            dropColumn(s, "sentences", "text");
            addColumn(s, "engagements", "natural_id", "TEXT");
            s.execute("CREATE INDEX IF NOT EXISTS engagements_natural ON engagements(natural_id)");
            s.execute("PRAGMA user_version=" + VERSION);
        }
    }

    private static void addColumn(Statement s, String table, String column, String type) throws SQLException {
        if (!hasColumn(s, table, column)) s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }

    private static void dropColumn(Statement s, String table, String column) throws SQLException {
        if (hasColumn(s, table, column)) s.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) if (column.equals(rs.getString("name"))) return true;
        }
        return false;
    }
}
