package org.readout.store;

import org.readout.annotate.Sentence;
import org.readout.extract.DocumentExtraction;
import org.readout.pipeline.ProcessedDocument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** A document's rows (documents, sentences, extractions) written and compared inside the store's transactions. */
final class DocumentRows {
    private DocumentRows() {
    }

    /** Adds a document's row; false when one with its id is stored already. */
    static boolean insert(Connection db, ProcessedDocument doc) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO documents(id, source, url, title, outlet, kind, language, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            var d = doc.document();
            p.setString(1, d.id());
            p.setString(2, d.source());
            p.setString(3, doc.summary().url());
            p.setString(4, d.title());
            p.setString(5, d.outlet());
            p.setString(6, d.kind().code());
            p.setString(7, d.language());
            p.setString(8, d.text());
            p.setString(9, Instant.now().toString());
            return p.executeUpdate() > 0;
        }
    }

    /** A stored document's fields replaced by a new reading of the same text (its id and time of ingestion kept). */
    static void update(Connection db, ProcessedDocument doc) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE documents SET source = ?, url = ?, title = ?, outlet = ?, kind = ?, language = ?, text = ? WHERE id = ?")) {
            var d = doc.document();
            p.setString(1, d.source());
            p.setString(2, doc.summary().url());
            p.setString(3, d.title());
            p.setString(4, d.outlet());
            p.setString(5, d.kind().code());
            p.setString(6, d.language());
            p.setString(7, d.text());
            p.setString(8, d.id());
            p.executeUpdate();
        }
    }

    /** A document's sentences (their offsets: the text is the document's) and extraction, stamped with the engine and knowledge that read them. */
    static void writeReading(Connection db, ProcessedDocument doc) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO sentences(document_id, idx, start, \"end\") VALUES (?,?,?,?)")) {
            for (Sentence s : doc.sentences()) {
                p.setString(1, doc.document().id());
                p.setInt(2, s.index());
                p.setInt(3, s.start());
                p.setInt(4, s.end());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO extractions(document_id, json, engine_version, knowledge_digest) VALUES (?,?,?,?)")) {
            p.setString(1, doc.document().id());
            String id = doc.document().id();
            String text = doc.document().text();
            p.setBytes(2, StoredJson.encode(doc.extraction(), d -> d.equals(id) ? text : null));
            p.setString(3, doc.extractedBy().engineVersion());
            p.setString(4, doc.extractedBy().knowledgeDigest());
            p.executeUpdate();
        }
    }

    /** What a document holds (its fields and extraction, not the stamp), to tell whether a new reading changed it; null if there is none. */
    static String fingerprint(Connection db, String id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT d.source, d.url, d.title, d.outlet, d.kind, d.language, d.text, e.json "
                + "FROM documents d LEFT JOIN extractions e ON e.document_id = d.id WHERE d.id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return null;
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 7; i++) b.append(rs.getString(i)).append('\u0000');
                String text = rs.getString(7);
                return b.append(StoredJson.plain(rs.getObject(8), DocumentExtraction.class, d -> d.equals(id) ? text : null)).toString();
            }
        }
    }

    static void deleteRows(Connection db, List<String> tables, String documentId) throws SQLException {
        for (String table : tables) execute(db, "DELETE FROM " + table + " WHERE document_id = ?", documentId);
    }

    static int execute(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            return p.executeUpdate();
        }
    }
}
