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
 * blocking keys of the linked reports and the documents waiting for a relink, and each engagement's natural id. An
 * older store is brought up to date when it is opened; it keeps all it holds (a store from before version 5 is
 * relinked whole once, which fills the keys).
 */
final class Schema {
    static final int VERSION = 5;

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

    /** Inside a write transaction: the tables a store of this version lacks, and the columns versions 3 and 5 added to older ones. */
    static void upgrade(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!stmt.isBlank()) s.execute(stmt);
            }
            addColumn(s, "extractions", "engine_version", "TEXT");
            addColumn(s, "extractions", "knowledge_digest", "TEXT");
            addColumn(s, "engagements", "natural_id", "TEXT");
            s.execute("CREATE INDEX IF NOT EXISTS engagements_natural ON engagements(natural_id)");
            s.execute("PRAGMA user_version=" + VERSION);
        }
    }

    private static void addColumn(Statement s, String table, String column, String type) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) if (column.equals(rs.getString("name"))) return;
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }
}
