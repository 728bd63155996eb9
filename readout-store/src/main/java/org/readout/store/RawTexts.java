package org.readout.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.readout.pipeline.Json;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The {@code raw_texts} table: each stored file's bytes (gzip-compressed) and metadata, so that a newer engine can read it again. */
final class RawTexts {
    private RawTexts() {
    }

    /** Keeps a raw document under its digest (already in {@code raw_digests}); nothing if it is kept already. */
    static void keep(Connection db, String digest, RawDocument raw) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO raw_texts(digest, source, file_name, meta, bytes) VALUES (?,?,?,?,?)")) {
            p.setString(1, digest);
            p.setString(2, raw.source());
            p.setString(3, raw.fileName());
            p.setString(4, metaJson(raw.meta()));
            p.setBytes(5, gzip(raw));
            p.executeUpdate();
        }
    }

    /** The raw files a document was read from, the one it was made from first. */
    static List<StoredRaw> of(Connection db, String documentId) throws SQLException {
        List<StoredRaw> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT t.digest, t.source, t.file_name, t.meta, t.bytes FROM raw_texts t "
                + "JOIN raw_digests d ON d.digest = t.digest WHERE d.document_id = ? ORDER BY t.seq")) {
            p.setString(1, documentId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredRaw(rs.getString(1),
                            new RawDocument(rs.getString(2), rs.getString(3), gunzip(rs.getBytes(5)), meta(rs.getString(4)))));
                }
            }
        }
        return out;
    }

    /** The raw file kept under a digest. */
    static Optional<RawDocument> byDigest(Connection db, String digest) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT source, file_name, meta, bytes FROM raw_texts WHERE digest = ?")) {
            p.setString(1, digest);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new RawDocument(rs.getString(1), rs.getString(2), gunzip(rs.getBytes(4)), meta(rs.getString(3))));
            }
        }
    }

    private static byte[] gzip(RawDocument raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.size() / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out); WritableByteChannel c = Channels.newChannel(z)) {
            c.write(raw.view());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] stored) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("corrupt raw text in store: " + e.getMessage(), e);
        }
    }

    private static String metaJson(SourceMeta meta) {
        try {
            return Json.MAPPER.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise a document's metadata: " + e.getMessage(), e);
        }
    }

    private static SourceMeta meta(String json) {
        try {
            return Json.MAPPER.readValue(json, SourceMeta.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt metadata of a raw text in store: " + e.getMessage(), e);
        }
    }
}
