package org.readout.store;

import org.readout.annotate.Sentence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads of a store's file beside its writer, for a server that answers many readers at once: a few read-only
 * connections (WAL lets them read while the writer writes) for document texts and sentences, and SQLite's data
 * version, which tells when another connection or process wrote to the file. The schema is the store's
 * (readout/store/schema.sql); a reader that waits too long for a free connection gets {@link StoreBusyException}.
 */
public final class StoreReader implements AutoCloseable {
    private final Path file;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();
    private final Connection watch;

    /** Opens {@code readConnections} read-only connections (at least one) to the store's file. */
    public StoreReader(Path file, int readConnections) {
        this.file = file;
        readConnections = Math.max(1, readConnections);
        this.readers = new ArrayBlockingQueue<>(readConnections);
        try {
            watch = connect();
            all.add(watch);
            for (int i = 0; i < readConnections; i++) {
                Connection c = connect();
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only=ON");
                }
                all.add(c);
                readers.add(c);
            }
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
        }
        return c;
    }

    /**
     * SQLite's {@code PRAGMA data_version} on a connection kept for it: it changes whenever another
     * connection (the store's, or another process's such as the command line's) commits to the file.
     */
    public synchronized long dataVersion() {
        try (java.sql.Statement s = watch.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A stored document's cleaned text and its metadata row. */
    public record StoredText(String id, String source, String text, String ingestedAt) {
    }

    public Optional<StoredText> text(String documentId) {
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, source, text, ingested_at FROM documents WHERE id = ?")) {
                p.setString(1, documentId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                            : Optional.<StoredText>empty();
                }
            }
        });
    }

    /** A stored document's sentences, in order; none for a document that is not stored. */
    public List<Sentence> sentences(String documentId) {
        return read(c -> {
            List<Sentence> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.idx, s.start, s.\"end\", d.text FROM sentences s "
                    + "JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? ORDER BY s.idx")) {
                p.setString(1, documentId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(new Sentence(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4).substring(rs.getInt(2), rs.getInt(3))));
                }
            }
            return out;
        });
    }

    /** Every document's id, title and text, for the search index. */
    void eachText(TextSink sink) {
        read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, title, text FROM documents ORDER BY id");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) sink.accept(rs.getString(1), rs.getString(2), rs.getString(3));
            }
            return null;
        });
    }

    interface TextSink {
        void accept(String id, String title, String text) throws SQLException;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        Connection c;
        try {
            c = readers.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("interrupted");
        }
        if (c == null) throw new StoreBusyException("the store is busy; try again");
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
