package org.readout.store;

import org.readout.link.Statement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over documents (title and cleaned text) and statement sentences: an SQLite FTS5
 * index in memory, built from the store at start and after each change and then only read.
 * Queries are reduced to their words, each quoted, so no FTS5 syntax from a user reaches SQLite.
 */
public final class SearchIndex implements AutoCloseable {
    static final char OPEN = '\u0002';
    static final char CLOSE = '\u0003';
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A snippet with the matched words' offsets in it. */
    public record Snippet(String text, List<int[]> highlights) {
        static Snippet of(String marked) {
            StringBuilder text = new StringBuilder();
            List<int[]> hl = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == OPEN) open = text.length();
                else if (c == CLOSE && open >= 0) {
                    hl.add(new int[]{open, text.length()});
                    open = -1;
                } else text.append(c);
            }
            return new Snippet(text.toString(), hl);
        }
    }

    public record StatementHit(String id, String engagement, int start, int end, Snippet snippet) {
    }

    public record Hit(String document, String title, Snippet snippet, List<StatementHit> statements) {
    }

    private final Connection db;

    private SearchIndex(Connection db) {
        this.db = db;
    }

    /** The index of every stored document (read through {@code reader}) and of these statements. */
    public static SearchIndex build(StoreReader reader, List<Statement> statements) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE docs USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')");
                s.execute("CREATE VIRTUAL TABLE stmts USING fts5(stmt_id UNINDEXED, doc_id UNINDEXED, engagement_id UNINDEXED, "
                        + "span_start UNINDEXED, span_end UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')");
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO docs(doc_id, title, body) VALUES (?,?,?)")) {
                reader.eachText((id, title, text) -> {
                    p.setString(1, id);
                    p.setString(2, title == null ? "" : title);
                    p.setString(3, text);
                    p.executeUpdate();
                });
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO stmts(stmt_id, doc_id, engagement_id, span_start, span_end, body) VALUES (?,?,?,?,?,?)")) {
                for (Statement st : statements) {
                    p.setString(1, st.id());
                    p.setString(2, st.report().document());
                    p.setString(3, st.engagement());
                    p.setInt(4, st.report().evidence().start());
                    p.setInt(5, st.report().evidence().end());
                    p.setString(6, st.report().evidence().text());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            return new SearchIndex(c);
        } catch (SQLException e) {
            throw new StoreException("cannot build the search index: " + e.getMessage(), e);
        }
    }

    /** The FTS5 query for a user's words: each word quoted, all required; null when there is no word. */
    static String ftsQuery(String q) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(q == null ? "" : q);
        int n = 0;
        while (m.find() && n < 20) {
            if (out.length() > 0) out.append(' ');
            out.append('"').append(m.group()).append('"');
            n++;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The documents matching every word of {@code q}, best first, each with its statements that match. */
    public synchronized List<Hit> search(String q, int limit, int offset) {
        String fts = ftsQuery(q);
        if (fts == null) return List.of();
        try {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT doc_id, title, snippet(docs, 2, char(2), char(3), '…', 24) "
                    + "FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 5.0, 1.0) LIMIT ? OFFSET ?")) {
                p.setString(1, fts);
                p.setInt(2, limit);
                p.setInt(3, offset);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) hits.add(new Hit(rs.getString(1), rs.getString(2), Snippet.of(rs.getString(3)), new ArrayList<>()));
                }
            }
            try (PreparedStatement p = db.prepareStatement("SELECT stmt_id, engagement_id, span_start, span_end, "
                    + "highlight(stmts, 5, char(2), char(3)) FROM stmts WHERE stmts MATCH ? AND doc_id = ? ORDER BY span_start LIMIT 20")) {
                for (Hit h : hits) {
                    p.setString(1, fts);
                    p.setString(2, h.document());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            h.statements().add(new StatementHit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                                    Snippet.of(rs.getString(5))));
                        }
                    }
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    /** How many documents match every word of {@code q}. */
    public synchronized int count(String q) {
        String fts = ftsQuery(q);
        if (fts == null) return 0;
        try (PreparedStatement p = db.prepareStatement("SELECT COUNT(*) FROM docs WHERE docs MATCH ?")) {
            p.setString(1, fts);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing to keep
        }
    }
}
