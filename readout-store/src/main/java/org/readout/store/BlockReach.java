package org.readout.store;

import org.readout.link.Blocking;
import org.readout.link.LinkKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored documents in the blocks ({@link Blocking}) of some documents, found through the {@code link_keys} table
 * alone: from each report, the reports it is joined to (of its document; sharing a pair and dated within the
 * window, or, undated, reaching its day; all undated reports of a pair), as a walk that reads only the rows of the
 * blocks it finds. A document given with keys the table does not hold yet (one read again) is walked from its old
 * rows and its new keys both, so that the blocks it left and the blocks it joins are found.
 */
final class BlockReach {
    private static final String ROW = "SELECT rowid, document_id, pair, day, reach_from, reach_to FROM link_keys WHERE ";

    private final Connection db;
    private final Set<String> documents = new LinkedHashSet<>();
    private final Set<Long> rows = new HashSet<>();
    private final Set<String> undatedPairs = new HashSet<>();
    private final ArrayDeque<String> documentQueue = new ArrayDeque<>();
    private final ArrayDeque<LinkKey> keyQueue = new ArrayDeque<>();
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    BlockReach(Connection db) {
        this.db = db;
    }

    /** A document to walk from, with the keys it has now that the table may not hold (none when it is gone). */
    void add(String document, List<LinkKey> keys) {
        if (documents.add(document)) documentQueue.add(document);
        keyQueue.addAll(keys);
    }

    /** Every document of the blocks walked so far (gone ones too), in the order they were found. */
    Set<String> documents() throws SQLException {
        try {
            walk();
        } finally {
            for (PreparedStatement p : prepared.values()) p.close();
            prepared.clear();
        }
        return documents;
    }

    private void walk() throws SQLException {
        while (!documentQueue.isEmpty() || !keyQueue.isEmpty()) {
            if (!documentQueue.isEmpty()) {
                visit(ROW + "document_id = ?", documentQueue.poll());
                continue;
            }
            LinkKey k = keyQueue.poll();
            for (String pair : k.pairs()) {
                if (k.datedFrom() <= k.datedTo()) visit(ROW + "pair = ? AND day BETWEEN ? AND ?", pair, k.datedFrom(), k.datedTo());
                if (undatedPairs.contains(pair) || k.dated() && !reached(pair, k.day())) continue;
                undatedPairs.add(pair);
                visit(ROW + "pair = ? AND day IS NULL", pair);
            }
        }
    }

    /** Each query once prepared for a walk. */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) prepared.put(sql, p = db.prepareStatement(sql));
        return p;
    }

    private boolean reached(String pair, long day) throws SQLException {
        PreparedStatement p = prepared("SELECT 1 FROM link_keys WHERE pair = ? AND day IS NULL AND reach_from <= ? AND reach_to >= ? LIMIT 1");
        p.setString(1, pair);
        p.setLong(2, day);
        p.setLong(3, day);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next();
        }
    }

    private void visit(String sql, Object... args) throws SQLException {
        PreparedStatement p = prepared(sql);
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (!rows.add(rs.getLong(1))) continue;
                String document = rs.getString(2);
                if (documents.add(document)) documentQueue.add(document);
                keyQueue.add(key(rs));
            }
        }
    }

    private static LinkKey key(ResultSet rs) throws SQLException {
        long day = rs.getLong(4);
        if (!rs.wasNull()) return new LinkKey(rs.getString(2), List.of(rs.getString(3)), day, 0, -1);
        long from = rs.getLong(5);
        boolean open = rs.wasNull();
        long to = rs.getLong(6);
        if (open || rs.wasNull()) {
            throw new StoreException("link_keys row " + rs.getLong(1) + " of document " + rs.getString(2)
                    + " has neither a day nor a reach: the store's blocking keys are damaged", null);
        }
        return new LinkKey(rs.getString(2), List.of(rs.getString(3)), null, from, to);
    }

    /** A document's keys as rows of {@code link_keys}, one per pair. */
    static void write(Connection db, String document, List<LinkKey> keys) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO link_keys(document_id, pair, day, reach_from, reach_to) VALUES (?,?,?,?,?)")) {
            for (LinkKey k : keys) {
                for (String pair : k.pairs()) {
                    p.setString(1, document);
                    p.setString(2, pair);
                    p.setObject(3, k.day());
                    p.setObject(4, k.dated() ? null : k.from());
                    p.setObject(5, k.dated() ? null : k.to());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }
}
