package org.readout.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a store takes on disk: the file after its write-ahead log is folded in, and each table's and index's share of it. */
public record StoreSizes(long bytes, Map<String, Long> tables) {
    public StoreSizes {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** Measured now (SQLite's page count and its {@code dbstat} table), largest table first. */
    public static StoreSizes of(SqliteStore store) {
        store.query("PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1));
        long pages = store.query("PRAGMA page_count", rs -> rs.getLong(1)).get(0);
        long pageSize = store.query("PRAGMA page_size", rs -> rs.getLong(1)).get(0);
        Map<String, Long> tables = new LinkedHashMap<>();
        store.query("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC, 1",
                rs -> tables.put(rs.getString(1), rs.getLong(2)));
        return new StoreSizes(pages * pageSize, tables);
    }
}
