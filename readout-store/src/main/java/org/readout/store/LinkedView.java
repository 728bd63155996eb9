package org.readout.store;

import org.readout.extract.Participant;
import org.readout.extract.StatementReport;
import org.readout.link.Engagement;
import org.readout.link.LinkKey;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Linker;
import org.readout.link.Statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The linked view's rows (engagements, their documents, statements, document links, blocking keys) written by a relink. */
final class LinkedView {
    /** Ids per statement of {@code IN (...)}, well under SQLite's limit of bound parameters. */
    static final int CHUNK = 500;

    private LinkedView() {
    }

    /**
     * A relink written, inside the caller's transaction, its records as {@link StoredJson} (evidence that {@code texts}
     * holds at its offsets without its text); ids that went away are kept as aliases of their successors.
     */
    static void write(Connection db, LinkPlan plan, StoredJson.Texts texts) throws SQLException {
        LinkedCorpus corpus = plan.corpus();
        Map<String, Set<String>> before = documentsOf(db, plan.whole() ? null : plan.replaced());
        if (plan.whole()) {
            try (java.sql.Statement s = db.createStatement()) {
                for (String table : List.of("engagements", "engagement_documents", "document_links", "statements", "link_keys", "link_pending")) {
                    s.execute("DELETE FROM " + table);
                }
            }
        } else {
            execute(db, "DELETE FROM engagements WHERE id IN ", plan.replaced());
            execute(db, "DELETE FROM engagement_documents WHERE engagement_id IN ", plan.replaced());
            for (String table : List.of("engagement_documents", "document_links", "statements")) {
                execute(db, "DELETE FROM " + table + " WHERE document_id IN ", plan.documents());
            }
            execute(db, "DELETE FROM link_keys WHERE document_id IN ", plan.pending());
            execute(db, "DELETE FROM link_pending WHERE document_id IN ", plan.pending());
        }
        for (Map.Entry<String, List<LinkKey>> k : plan.keys().entrySet()) BlockReach.write(db, k.getKey(), k.getValue());
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO statements(id, engagement_id, document_id, speakers, "
                + "target, type, mode, cameo, goldstein, issue_id, issue_label, wording, span_start, span_end, json) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Statement st : corpus.statements()) {
                StatementReport r = st.report();
                p.setString(1, r.id());
                p.setString(2, st.engagement());
                p.setString(3, r.document());
                p.setString(4, SqliteStore.json(r.speakers()));
                p.setString(5, r.target());
                p.setString(6, r.type());
                p.setString(7, r.mode());
                p.setString(8, r.cameo());
                p.setObject(9, r.goldstein());
                p.setString(10, r.issue() == null ? null : r.issue().id());
                p.setString(11, r.issue() == null ? null : r.issue().label());
                p.setString(12, r.wording());
                p.setInt(13, r.evidence().start());
                p.setInt(14, r.evidence().end());
                p.setBytes(15, StoredJson.encode(st, texts));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO engagements(id, date, status, format, countries, people, json, natural_id) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement l = db.prepareStatement(
                     "INSERT OR REPLACE INTO engagement_documents(engagement_id, document_id, relation) VALUES (?,?,?)")) {
            for (Engagement e : corpus.engagements()) {
                p.setString(1, e.id());
                p.setString(2, e.date() == null ? null : e.date().toString());
                p.setString(3, e.status());
                p.setString(4, e.format());
                StringBuilder countries = new StringBuilder(",");
                StringBuilder people = new StringBuilder();
                for (Participant x : e.participants()) {
                    if (x.country() != null) countries.append(x.country()).append(',');
                    if (x.name() != null) people.append(x.name().toLowerCase(Locale.ROOT)).append('|');
                }
                p.setString(5, countries.toString());
                p.setString(6, people.toString());
                p.setBytes(7, StoredJson.encode(e, texts));
                p.setString(8, Linker.naturalId(e));
                p.addBatch();
                for (var link : e.documents()) {
                    l.setString(1, e.id());
                    l.setString(2, link.id());
                    l.setString(3, link.relation());
                    l.addBatch();
                }
            }
            p.executeBatch();
            l.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO document_links(document_id, published, published_basis, json) VALUES (?,?,?,?)")) {
            for (LinkedDocument d : corpus.documents()) {
                p.setString(1, d.summary().id());
                p.setString(2, d.published() == null ? null : d.published().toString());
                p.setString(3, d.publishedBasis());
                p.setBytes(4, StoredJson.encode(d, texts));
                p.addBatch();
            }
            p.executeBatch();
        }
        recordAliases(db, before, corpus.engagements());
    }

    /** The documents of each engagement (of these, or of all when null), as linked before. */
    static Map<String, Set<String>> documentsOf(Connection db, Collection<String> engagements) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        Row add = rs -> out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        if (engagements == null) query(db, "SELECT engagement_id, document_id FROM engagement_documents", List.of(), add);
        else query(db, "SELECT engagement_id, document_id FROM engagement_documents WHERE engagement_id IN ", engagements, add);
        return out;
    }

    /** The engagements linked to any of these documents before, with their natural ids. */
    static Map<String, String> engagementsOf(Connection db, Collection<String> documents) throws SQLException {
        Map<String, String> out = new HashMap<>();
        query(db, "SELECT DISTINCT e.engagement_id, g.natural_id FROM engagement_documents e LEFT JOIN engagements g "
                + "ON g.id = e.engagement_id WHERE e.document_id IN ", documents, rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /**
     * The stored engagements of these natural ids, or of these ids (an engagement written before natural ids were kept
     * has none), with their documents.
     */
    static Map<String, Set<String>> withNaturalIds(Connection db, Collection<String> naturalIds, Collection<String> ids) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        Row add = rs -> {
            Set<String> docs = out.computeIfAbsent(rs.getString(1), k -> new HashSet<>());
            if (rs.getString(2) != null) docs.add(rs.getString(2));
        };
        String sql = "SELECT g.id, e.document_id FROM engagements g LEFT JOIN engagement_documents e ON e.engagement_id = g.id WHERE g.";
        query(db, sql + "natural_id IN ", naturalIds, add);
        query(db, sql + "id IN ", ids, add);
        return out;
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** {@code sql} ending in {@code IN }, run for the ids in chunks; {@code sql} alone when it takes no ids. */
    static void query(Connection db, String sql, Collection<String> ids, Row row) throws SQLException {
        if (!sql.endsWith("IN ")) {
            try (PreparedStatement p = db.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) row.read(rs);
            }
            return;
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement p = db.prepareStatement(sql + "(" + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) row.read(rs);
                }
            }
        }
    }

    private static void execute(Connection db, String sql, Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement p = db.prepareStatement(sql + "(" + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                p.executeUpdate();
            }
        }
    }

    /**
     * An id that is gone after a relink (its encounter learnt a participant, a day or a format) points
     * to the engagement that now holds most of its documents (the first of them on a tie), so links and bookmarks
     * still resolve.
     */
    private static void recordAliases(Connection db, Map<String, Set<String>> before, List<Engagement> after) throws SQLException {
        Set<String> current = new HashSet<>();
        Map<String, List<Integer>> holding = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            current.add(after.get(i).id());
            for (var l : after.get(i).documents()) holding.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(i);
        }
        try (PreparedStatement drop = db.prepareStatement("DELETE FROM engagement_aliases WHERE alias = ?");
             PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO engagement_aliases(alias, id) VALUES (?,?)");
             PreparedStatement move = db.prepareStatement("UPDATE engagement_aliases SET id = ? WHERE id = ?")) {
            for (String id : current) {
                drop.setString(1, id);
                drop.addBatch();
            }
            drop.executeBatch();
            for (Map.Entry<String, Set<String>> gone : before.entrySet()) {
                if (current.contains(gone.getKey())) continue;
                Map<Integer, Integer> shared = new HashMap<>();
                for (String doc : gone.getValue()) for (int i : holding.getOrDefault(doc, List.of())) shared.merge(i, 1, Integer::sum);
                int successor = -1;
                for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
                    if (successor < 0 || s.getValue() > shared.get(successor) || s.getValue().equals(shared.get(successor)) && s.getKey() < successor) {
                        successor = s.getKey();
                    }
                }
                if (successor < 0) continue;
                put.setString(1, gone.getKey());
                put.setString(2, after.get(successor).id());
                put.executeUpdate();
                move.setString(1, after.get(successor).id());
                move.setString(2, gone.getKey());
                move.executeUpdate();
            }
        }
    }
}
