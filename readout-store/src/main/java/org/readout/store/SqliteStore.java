package org.readout.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.readout.extract.DocumentExtraction;
import org.readout.link.DocumentSummary;
import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.Json;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded store: one SQLite file, created on first use. Each document is written in one
 * transaction with its sentences and extraction, so an interrupted batch leaves whole documents
 * or none; the linked view is rebuilt in one transaction and marked stale until it is.
 * Several processes may write one store: every write transaction begins {@code IMMEDIATE}, so a
 * writer waits (up to the busy wait) for another instead of failing, and a relink that a newer
 * write overtook is done again (see {@link #relink}).
 */
public final class SqliteStore implements AutoCloseable {
    /** How long a writer waits for another process's write transaction before it gives up. */
    public static final Duration DEFAULT_BUSY_WAIT = Duration.ofSeconds(60);
    private static final String STALE = "links_stale";
    private static final String GENERATION = "generation";
    /** '1' when {@code link_keys} holds every linked report's keys, so that a relink may link only the blocks that changed. */
    private static final String KEYS = "link_keys";
    private static final int OPTIMISTIC_RELINKS = 3;

    private final Path file;
    private final Connection db;
    private final Duration busyWait;

    private SqliteStore(Path file, Connection db, Duration busyWait) {
        this.file = file;
        this.db = db;
        this.busyWait = busyWait;
    }

    public static SqliteStore open(Path file) {
        return open(file, DEFAULT_BUSY_WAIT);
    }

    public static SqliteStore open(Path file, Duration busyWait) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            SqliteStore store = new SqliteStore(file, c, busyWait);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + busyWait.toMillis());
                store.useWriteAheadLog(s);
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
            }
            store.createSchema();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + reason(e, busyWait), e);
        } catch (IOException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * WAL lets readers go on while one process writes. Switching to it needs the file to itself, and
     * SQLite does not wait for that by its busy timeout, so the switch is retried for as long.
     */
    private void useWriteAheadLog(java.sql.Statement s) throws SQLException {
        long deadline = System.nanoTime() + busyWait.toNanos();
        while (true) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) return;
            }
            try {
                s.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLiteException e) {
                if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Reads first, and takes the write lock (waiting for other writers) only when the schema is missing or older. */
    private void createSchema() throws SQLException, IOException {
        if (Schema.userVersion(db) >= Schema.VERSION) return;
        String sql = Schema.sql();
        inTransaction(() -> {
            if (Schema.userVersion(db) >= Schema.VERSION) return null;
            Schema.upgrade(db, sql);
            try (java.sql.Statement s = db.createStatement()) {
                s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + Schema.VERSION + "')");
                s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('" + STALE + "', '0')");
                s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('" + GENERATION + "', '0')");
                // a store from before version 6 has no keys: its next relink is whole, and it is due
                s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('" + KEYS + "', "
                        + "CASE WHEN EXISTS (SELECT 1 FROM documents) THEN '0' ELSE '1' END)");
                s.execute("UPDATE meta SET value = '1' WHERE key = '" + STALE + "' AND EXISTS (SELECT 1 FROM meta WHERE key = '"
                        + KEYS + "' AND value = '0')");
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    public boolean hasDocument(String id) {
        return query("SELECT 1 FROM documents WHERE id = ?", rs -> true, id).stream().findFirst().orElse(false);
    }

    public int documentCount() {
        return query("SELECT COUNT(*) FROM documents", rs -> rs.getInt(1)).get(0);
    }

    /** Adds a document with its sentences and extraction in one transaction; false if it is already stored. */
    public boolean addDocument(ProcessedDocument doc) {
        return addDocument(doc, null, null);
    }

    /**
     * As {@link #addDocument(ProcessedDocument)}, remembering the digest of the raw bytes it was read
     * from, so that the same file offered again is known before it is processed ({@link #documentForRaw}).
     */
    public boolean addDocument(ProcessedDocument doc, String rawDigest) {
        return addDocument(doc, rawDigest, null);
    }

    /** As {@link #addDocument(ProcessedDocument, String)}, keeping the raw document too (when given), so that it can be read again. */
    public boolean addDocument(ProcessedDocument doc, String rawDigest, RawDocument raw) {
        return inTransaction(() -> {
            boolean isNew = DocumentRows.insert(db, doc);
            if (rawDigest != null) {
                rememberRaw(rawDigest, doc.document().id());
                if (raw != null) RawTexts.keep(db, rawDigest, raw);
            }
            if (!isNew) return false;
            changed(List.of(doc.document().id()));
            DocumentRows.writeReading(db, doc);
            return true;
        });
    }

    /** A raw file read again: the digest it is stored under and what the current pipeline made of it. */
    public record Reread(String rawDigest, ProcessedDocument document) {
    }

    /**
     * A document read again: its id before, the ids its raw files make now (the same one unless cleaning
     * changed its text; several if its files no longer read alike), and whether anything stored changed.
     */
    public record Replacement(String before, List<String> after, boolean changed) {
        public Replacement {
            after = List.copyOf(after);
        }
    }

    /**
     * Replaces a document by new readings of its raw files, in one transaction: the same id is updated in
     * place (its time of ingestion kept); a new id is added, or joins the stored document that has it, and
     * the old id is removed, its links handed to the new one so that the next relink keeps engagement ids
     * as aliases. Empty when the document is gone (another writer deleted it).
     */
    public Optional<Replacement> replaceDocument(String id, List<Reread> rereads) {
        if (rereads.isEmpty()) throw new IllegalArgumentException("no new reading of " + id);
        return inTransaction(() -> {
            String before = DocumentRows.fingerprint(db, id);
            if (before == null) return Optional.empty();
            List<String> after = new ArrayList<>();
            for (Reread r : rereads) {
                ProcessedDocument doc = r.document();
                String newId = doc.document().id();
                if (!after.contains(newId)) {
                    if (newId.equals(id)) {
                        DocumentRows.update(db, doc);
                        DocumentRows.deleteRows(db, List.of("sentences", "extractions"), id);
                        DocumentRows.writeReading(db, doc);
                    } else if (DocumentRows.insert(db, doc)) {
                        DocumentRows.writeReading(db, doc);
                    }
                    after.add(newId);
                }
                DocumentRows.execute(db, "UPDATE raw_digests SET document_id = ? WHERE digest = ?", newId, r.rawDigest());
            }
            if (!after.contains(id)) {
                DocumentRows.execute(db, "UPDATE OR IGNORE engagement_documents SET document_id = ? WHERE document_id = ?", after.get(0), id);
                DocumentRows.deleteRows(db, List.of("engagement_documents", "statements", "document_links", "sentences", "extractions",
                        "raw_digests"), id);
                DocumentRows.execute(db, "DELETE FROM documents WHERE id = ?", id);
            }
            List<String> touched = new ArrayList<>(after);
            touched.add(id);
            changed(touched);
            return Optional.of(new Replacement(id, after, !after.equals(List.of(id)) || !before.equals(DocumentRows.fingerprint(db, id))));
        });
    }

    /** Every stored document with the engine and knowledge that read it, in the order their first files were stored. */
    public List<StoredExtraction> extractions() {
        return query("SELECT d.id, e.engine_version, e.knowledge_digest, (SELECT MIN(t.seq) FROM raw_texts t "
                + "JOIN raw_digests r ON r.digest = t.digest WHERE r.document_id = d.id) AS first "
                + "FROM documents d LEFT JOIN extractions e ON e.document_id = d.id ORDER BY first IS NULL, first, d.id",
                rs -> new StoredExtraction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4) != null));
    }

    /** How many stored documents were read by another engine version or other knowledge (or before these were kept). */
    public int readByOthers(ExtractedBy by) {
        return query("SELECT COUNT(*) FROM documents d LEFT JOIN extractions e ON e.document_id = d.id "
                + "WHERE e.engine_version IS NOT ? OR e.knowledge_digest IS NOT ?", rs -> rs.getInt(1),
                by.engineVersion(), by.knowledgeDigest()).get(0);
    }

    /** The raw files a document was read from, the one it was made from first; empty for documents stored before raw texts were kept. */
    public List<StoredRaw> rawTexts(String documentId) {
        return inSnapshot(() -> {
            try {
                return RawTexts.of(db, documentId);
            } catch (SQLException e) {
                throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
            }
        });
    }

    /** The raw file kept under this digest, if it is kept. */
    public Optional<RawDocument> rawText(String rawDigest) {
        return inSnapshot(() -> {
            try {
                return RawTexts.byDigest(db, rawDigest);
            } catch (SQLException e) {
                throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
            }
        });
    }

    /** Whether the raw bytes of the file with this digest are kept (not for files stored before schema version 3). */
    public boolean rawKept(String rawDigest) {
        return !query("SELECT 1 FROM raw_texts WHERE digest = ?", rs -> true, rawDigest).isEmpty();
    }

    /** Keeps the raw bytes of a file stored before they were kept, now that it is offered again; nothing if its digest is unknown. */
    public void keepRaw(String rawDigest, RawDocument raw) {
        inTransaction(() -> {
            if (!query("SELECT 1 FROM raw_digests WHERE digest = ?", rs -> true, rawDigest).isEmpty()) RawTexts.keep(db, rawDigest, raw);
            return null;
        });
    }

    /** Every stored document with its extraction, as the linker takes them. */
    public List<LinkInput> linkInputs() {
        StoredJson.Texts others = texts();
        return query(LINK_INPUTS + " ORDER BY d.id", rs -> linkInput(rs, others));
    }

    /** Documents with their extractions and texts, as the linker takes them: a row of {@link #LINK_INPUTS}. */
    static final String LINK_INPUTS = "SELECT d.id, d.source, d.title, d.outlet, d.kind, d.language, d.url, e.json, d.text FROM documents d "
            + "JOIN extractions e ON e.document_id = d.id";

    /** A row of {@link #LINK_INPUTS}: its evidence read from the document's own text, or another's from {@code others}. */
    static LinkInput linkInput(ResultSet rs, StoredJson.Texts others) throws SQLException {
        String id = rs.getString(1);
        String text = rs.getString(9);
        return new LinkInput(new DocumentSummary(id, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)),
                StoredJson.decode(rs.getObject(8), DocumentExtraction.class, d -> d.equals(id) ? text : others.of(d)));
    }

    public boolean linksStale() {
        return query("SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), STALE).stream()
                .findFirst().map("1"::equals).orElse(true);
    }

    /** The document stored from a file with these raw bytes, if any (the digest given to {@link #addDocument(ProcessedDocument, String)}). */
    public Optional<String> documentForRaw(String rawDigest) {
        return query("SELECT document_id FROM raw_digests WHERE digest = ?", rs -> rs.getString(1), rawDigest).stream().findFirst();
    }

    private void rememberRaw(String rawDigest, String documentId) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO raw_digests(digest, document_id) VALUES (?,?)")) {
            p.setString(1, rawDigest);
            p.setString(2, documentId);
            p.executeUpdate();
        }
    }

    /** Counts writes of documents; a relink is current only if no write came after what it read. */
    public long generation() {
        return query("SELECT value FROM meta WHERE key = ?", rs -> Long.parseLong(rs.getString(1)), GENERATION).stream()
                .findFirst().orElse(0L);
    }

    /**
     * Brings the linked view up to date with the documents added, read again or removed since the last relink: links
     * again only the blocks ({@link org.readout.link.Blocking}) they were or are in, with every block holding an
     * engagement of the same natural id, and replaces those blocks' engagements, statements and document links, which
     * gives what linking every stored extraction gives. Many pending documents (a first batch) are relinked in parts of
     * whole blocks of about {@value Relinking#CHUNK} documents, each part a relink of its own, so that memory follows
     * the part and not the batch. Linking runs without a lock; if another writer added or
     * removed a document meanwhile, the result is thrown away and linking runs again, and after a few such tries it
     * runs holding the write lock, so no writer's documents are ever left out of the view and the stale flag is
     * cleared only by a view that includes them all.
     */
    public void relink(Function<List<LinkInput>, LinkedCorpus> linker) {
        relink(linker, false);
    }

    /** As {@link #relink}, linking every stored extraction again (a store from before blocking keys is relinked so once). */
    public void relinkAll(Function<List<LinkInput>, LinkedCorpus> linker) {
        relink(linker, true);
    }

    private void relink(Function<List<LinkInput>, LinkedCorpus> linker, boolean whole) {
        relink(linker, whole, Relinking.CHUNK);
    }

    /** Relinks whole, or the pending documents' blocks in parts of about {@code chunk} documents each. */
    void relink(Function<List<LinkInput>, LinkedCorpus> linker, boolean whole, int chunk) {
        if (whole || !keysKept()) {
            relinkOnce(Relinking::whole, linker);
            return;
        }
        List<Set<String>> chunks = reading(db -> Relinking.chunks(db, chunk, texts()));
        if (chunks.isEmpty()) relinkOnce(r -> r.plan(Set.of()), linker);
        for (Set<String> pending : chunks) relinkOnce(r -> r.plan(pending), linker);
    }

    /** One relink: planned without a lock and written if no write came between, else again, at last holding the lock. */
    private void relinkOnce(Function<Relinking, LinkPlan> planning, Function<List<LinkInput>, LinkedCorpus> linker) {
        for (int attempt = 0; attempt < OPTIMISTIC_RELINKS; attempt++) {
            long read = generation();
            LinkPlan plan = planning.apply(new Relinking(this::reading, linker, texts()));
            boolean written = inTransaction(() -> {
                if (generation() != read) return false;
                writeLinks(plan);
                return true;
            });
            if (written) return;
        }
        inTransaction(() -> {
            writeLinks(planning.apply(new Relinking(this::readingHere, linker, texts())));
            return null;
        });
    }

    private boolean keysKept() {
        return query("SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), KEYS).stream().findFirst().map("1"::equals).orElse(false);
    }

    /** Reads for a relink: in one snapshot of the store. */
    private <T> T reading(Relinking.Read<T> read) {
        return inSnapshot(() -> readingHere(read));
    }

    /** Reads for a relink inside the transaction that holds the write lock. */
    private <T> T readingHere(Relinking.Read<T> read) {
        try {
            return read.run(db);
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
        }
    }

    /** A relink written; the view is current when no document is pending any more. */
    private void writeLinks(LinkPlan plan) throws SQLException {
        LinkedView.write(db, plan, texts());
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')")) {
            p.setString(1, KEYS);
            p.executeUpdate();
        }
        setStale(!query("SELECT 1 FROM link_pending LIMIT 1", rs -> true).isEmpty());
    }

    /** Documents added, read again or removed: the linked view is stale until a relink links their blocks again. */
    private void changed(List<String> documents) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ?")) {
            p.setString(1, GENERATION);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO link_pending(document_id) VALUES (?)")) {
            for (String d : documents) {
                p.setString(1, d);
                p.addBatch();
            }
            p.executeBatch();
        }
        setStale(true);
    }

    /** Removes a document with its sentences, extraction, statements and links; false when there is none. */
    public boolean deleteDocument(String documentId) {
        return inTransaction(() -> {
            // its engagements' rows stay until the relink, which finds the engagements to replace by them
            for (String table : List.of("statements", "document_links", "sentences", "extractions", "raw_digests")) {
                try (PreparedStatement d = db.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    d.setString(1, documentId);
                    d.executeUpdate();
                }
            }
            try (PreparedStatement p = db.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                p.setString(1, documentId);
                if (p.executeUpdate() == 0) return false;
            }
            changed(List.of(documentId));
            return true;
        });
    }

    /** Every engagement id that a relink replaced, with the id it resolves to now. */
    public Map<String, String> aliases() {
        Map<String, String> out = new HashMap<>();
        query("SELECT alias, id FROM engagement_aliases", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** The current id of an engagement id that a relink replaced, or the id itself. */
    public String currentId(String id) {
        return query("SELECT id FROM engagement_aliases WHERE alias = ?", rs -> rs.getString(1), id).stream()
                .findFirst().orElse(id);
    }

    /** The whole linked view, read in one snapshot so that a relink committed meanwhile is seen whole or not at all. */
    public LinkedCorpus corpus() {
        return inSnapshot(() -> {
            StoredJson.Texts texts = texts();
            return new LinkedCorpus(documents(), engagements(EngagementFilter.ALL), query("SELECT json FROM statements "
                    + "ORDER BY document_id, span_start, rowid", rs -> StoredJson.decode(rs.getObject(1), Statement.class, texts)));
        });
    }

    /** The statements linked to one engagement, in document and sentence order. */
    public List<Statement> statements(String engagementId) {
        StoredJson.Texts texts = texts();
        return query("SELECT json FROM statements WHERE engagement_id = ? ORDER BY document_id, span_start, rowid",
                rs -> StoredJson.decode(rs.getObject(1), Statement.class, texts), engagementId);
    }

    public List<LinkedDocument> documents() {
        StoredJson.Texts texts = texts();
        return query("SELECT json FROM document_links ORDER BY document_id", rs -> StoredJson.decode(rs.getObject(1), LinkedDocument.class, texts));
    }

    public List<Engagement> engagements(EngagementFilter f) {
        StringBuilder sql = new StringBuilder("SELECT json FROM engagements WHERE 1=1");
        List<Object> args = new ArrayList<>();
        for (String c : f.countries()) {
            sql.append(" AND countries LIKE ?");
            args.add("%," + c.toUpperCase(Locale.ROOT) + ",%");
        }
        if (f.person() != null) {
            sql.append(" AND people LIKE ?");
            args.add("%" + f.person().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.from() != null) {
            sql.append(" AND date >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND date <= ?");
            args.add(f.to().toString());
        }
        sql.append(" ORDER BY date IS NULL, date, id");
        StoredJson.Texts texts = texts();
        return query(sql.toString(), rs -> StoredJson.decode(rs.getObject(1), Engagement.class, texts), args.toArray());
    }

    /** An engagement by its id, or by a unique prefix of it. */
    public Optional<Engagement> engagement(String idOrPrefix) {
        StoredJson.Texts texts = texts();
        List<Engagement> found = query("SELECT json FROM engagements WHERE id = ? OR id LIKE ? ORDER BY id",
                rs -> StoredJson.decode(rs.getObject(1), Engagement.class, texts), idOrPrefix, idOrPrefix.replace("%", "") + "%");
        for (Engagement e : found) if (e.id().equals(idOrPrefix)) return Optional.of(e);
        if (found.size() == 1) return Optional.of(found.get(0));
        String current = currentId(idOrPrefix);
        return current.equals(idOrPrefix) ? Optional.empty() : engagement(current);
    }

    public Optional<LinkedDocument> document(String id) {
        StoredJson.Texts texts = texts();
        return query("SELECT json FROM document_links WHERE document_id = ?",
                rs -> StoredJson.decode(rs.getObject(1), LinkedDocument.class, texts), id).stream().findFirst();
    }

    public Optional<String> documentText(String id) {
        return query("SELECT text FROM documents WHERE id = ?", rs -> rs.getString(1), id).stream().findFirst();
    }

    @Override
    public synchronized void close() {
        try {
            if (textById != null) textById.close();
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }

    private void setStale(boolean stale) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE meta SET value = ? WHERE key = ?")) {
            p.setString(1, stale ? "1" : "0");
            p.setString(2, STALE);
            p.executeUpdate();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** One write transaction, begun IMMEDIATE so that it waits for another writer rather than failing on the lock upgrade. */
    private synchronized <T> T inTransaction(Work<T> work) {
        try (java.sql.Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
        }
    }

    /** Reads in one read transaction: in WAL mode, one consistent snapshot of the store. */
    private synchronized <T> T inSnapshot(java.util.function.Supplier<T> reads) {
        try (java.sql.Statement s = db.createStatement()) {
            s.execute("BEGIN");
            try {
                return reads.get();
            } finally {
                s.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
        }
    }

    /** One statement in its own write transaction. */
    synchronized void update(String sql, Object... args) {
        inTransaction(() -> {
            try (PreparedStatement p = db.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
                return p.executeUpdate();
            }
        });
    }

    synchronized <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
        }
    }

    private static String reason(SQLException e, Duration busyWait) {
        if (e instanceof SQLiteException x && (x.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || x.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return "busy: another process has been writing to it for more than " + busyWait.toSeconds()
                    + " s; try again when it has finished";
        }
        return e.getMessage();
    }

    static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise " + o.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stored documents' texts, for the evidence that stored records give by offsets only ({@link StoredJson}): read
     * when first asked for, the most recent {@value #TEXTS_KEPT} kept.
     */
    private StoredJson.Texts texts() {
        Map<String, String> kept = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > TEXTS_KEPT;
            }
        };
        return id -> kept.computeIfAbsent(id, this::text);
    }

    /** One document's text by a statement prepared once: the evidence of a whole linked view asks for every document's. */
    private synchronized String text(String id) {
        try {
            if (textById == null) textById = db.prepareStatement("SELECT text FROM documents WHERE id = ?");
            textById.setString(1, id);
            try (ResultSet rs = textById.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + reason(e, busyWait), e);
        }
    }

    private PreparedStatement textById;

    private static final int TEXTS_KEPT = 4096;
}
