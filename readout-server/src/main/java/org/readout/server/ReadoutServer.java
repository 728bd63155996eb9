package org.readout.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.readout.Readout;
import org.readout.compare.Comparer;
import org.readout.pipeline.Json;
import org.readout.pipeline.Pipeline;
import org.readout.source.SourceReader;
import org.readout.source.web.HttpWebReader;
import org.readout.source.web.WebOptions;
import org.readout.source.web.WebReader;
import org.readout.store.Ingestion;
import org.readout.store.Input;
import org.readout.store.Inputs;
import org.readout.store.WebInputs;
import org.readout.store.Reprocessing;
import org.readout.source.OneLine;
import org.readout.store.SqliteStore;
import org.readout.store.SearchIndex;
import org.readout.store.StoreBusyException;
import org.readout.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The team server: the REST API under {@code /api} and the web pages, over one store. Reads are
 * served from an immutable {@link Catalog} snapshot and a few read-only connections; writes (uploads,
 * deletions) go one at a time through a single lock and the store's one writing connection, and
 * replace the snapshot and the search index when they are done. Writes by other processes (the
 * command line ingesting into the same file) are noticed within a quarter second and do the same.
 */
public final class ReadoutServer implements AutoCloseable {

    /** How to run: where to listen, the write token, limits. */
    public record Options(String host, int port, String token, long maxUploadBytes, int idleTimeoutMillis,
                          int maxThreads, int readConnections) {
        public static Options defaults() {
            return new Options("127.0.0.1", 7070, null, 10L << 20, 30_000, 64, 4);
        }

        public Options withPort(int p) {
            return new Options(host, p, token, maxUploadBytes, idleTimeoutMillis, maxThreads, readConnections);
        }

        public Options withHost(String h) {
            return new Options(h, port, token, maxUploadBytes, idleTimeoutMillis, maxThreads, readConnections);
        }

        public Options withToken(String t) {
            return new Options(host, port, t, maxUploadBytes, idleTimeoutMillis, maxThreads, readConnections);
        }

        public Options withMaxUploadBytes(long b) {
            return new Options(host, port, token, b, idleTimeoutMillis, maxThreads, readConnections);
        }
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    /** On every response, errors included. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", CSP, "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");
    private static final long WRITE_WAIT_SECONDS = 120;
    /** Uploads, deletions and reprocessing runs at once; more are refused at once rather than each holding a request thread. */
    static final int MAX_WRITES = 4;
    /** How long a request may wait for its next bytes (the connection's own timeout covers idle keep-alive). */
    private static final long REQUEST_IO_IDLE_MILLIS = 10_000;
    /** How often the server looks for writes by other processes (a cheap SQLite pragma). */
    private static final long WATCH_MILLIS = 250;

    private static final Logger LOG = LoggerFactory.getLogger(ReadoutServer.class);

    private final SqliteStore store;
    private final Pipeline pipeline;
    private final SourceReader reader;
    private final WebReader web;
    private final Comparer comparer;
    private final Options options;
    private final String token;
    private final StoreReader queries;
    private final ReentrantLock writer = new ReentrantLock();
    private final Semaphore writeSlots = new Semaphore(MAX_WRITES);
    private final IngestStatus status = new IngestStatus();
    private volatile Catalog catalog;
    private volatile SearchIndex index;
    private volatile long seenVersion;
    private ScheduledExecutorService watcher;
    private Javalin app;
    private ServerConnector connector;

    /**
     * @param store   the store, opened by the caller and closed by {@link #close()}; relinked here if stale
     * @param readout the engine uploads go through and its comparer (its size limit applies to each uploaded file)
     */
    public ReadoutServer(SqliteStore store, Readout readout, Options options) {
        this(store, readout.pipeline(), readout.reader(), readout.comparer(), options);
    }

    /**
     * @param store    the store, opened by the caller and closed by {@link #close()}; relinked here if stale
     * @param pipeline the pipeline uploads go through
     * @param reader   the file reader (its size limit applies to each uploaded file)
     */
    public ReadoutServer(SqliteStore store, Pipeline pipeline, SourceReader reader, Comparer comparer, Options options) {
        this(store, pipeline, reader, new HttpWebReader(WebOptions.defaults(options.maxUploadBytes())), comparer, options);
    }

    /**
     * As above, reading web pages and feeds with {@code web}. The server's own reader fetches from public addresses
     * only (never loopback, private or link-local ones, nor after a redirect or DNS answer leading there).
     */
    public ReadoutServer(SqliteStore store, Pipeline pipeline, SourceReader reader, WebReader web, Comparer comparer, Options options) {
        this.store = store;
        this.pipeline = pipeline;
        this.reader = reader;
        this.web = web;
        this.comparer = comparer;
        this.options = options;
        this.token = options.token() != null && !options.token().isBlank() ? options.token() : randomToken();
        if (store.linksStale()) new Ingestion(reader, pipeline, store).relink();
        this.queries = new StoreReader(store.file(), options.readConnections());
        refresh();
    }

    static String randomToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public String token() {
        return token;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port() + "/";
    }

    Catalog catalog() {
        return catalog;
    }

    SearchIndex index() {
        return index;
    }

    StoreReader queries() {
        return queries;
    }

    Options options() {
        return options;
    }

    IngestStatus status() {
        return status;
    }

    /** Reads the linked view and rebuilds the search index; the old ones stay in use until the swap. */
    private void refresh() {
        long version = queries.dataVersion();
        Catalog c = Catalog.load(store, comparer);
        SearchIndex fresh = SearchIndex.build(queries, c.corpus().statements());
        SearchIndex old = index;
        catalog = c;
        index = fresh;
        seenVersion = version;
        if (old != null) retire(old);
    }

    /** How long a replaced search index stays open for the requests that took it before the swap. */
    private static final long RETIRED_INDEX_GRACE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    private record Retired(SearchIndex index, long since) {
    }
    private final java.util.Deque<Retired> retired = new java.util.ArrayDeque<>();

    private synchronized void retire(SearchIndex old) {
        long now = System.nanoTime();
        retired.add(new Retired(old, now));
        while (!retired.isEmpty() && now - retired.peek().since() > RETIRED_INDEX_GRACE_NANOS) retired.poll().index().close();
    }

    /**
     * Refreshes when another process (the command line ingesting into this store) has committed and
     * left the linked view up to date. Skipped while a write of ours runs: it refreshes when done.
     */
    private void refreshIfChangedElsewhere() {
        if (!writer.tryLock()) return;
        long version = seenVersion;
        try {
            version = queries.dataVersion();
            if (version != seenVersion && !store.linksStale()) refresh();
        } catch (Throwable e) { // logged, and tried again after the next change; the watch goes on
            LOG.warn("cannot read the store's changes", e);
            seenVersion = version;
        } finally {
            writer.unlock();
        }
    }

    public ReadoutServer start() {
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, options.maxThreads()), 4, 60_000);
        threads.setName("readout-http");
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = options.maxUploadBytes();
            config.http.defaultContentType = "application/json";
            config.jetty.threadPool = threads;
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.addConnector((server, http) -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                // Answer from the headers alone (401, 403, 413 before any byte of a large body is read).
                http.setDelayDispatchUntilContent(false);
                // No minRequestDataRate: bodies are paced by RequestBody, which does not count this process's own pauses.
                http.setIdleTimeout(REQUEST_IO_IDLE_MILLIS);
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(options.host());
                c.setPort(options.port());
                c.setIdleTimeout(options.idleTimeoutMillis());
                connector = c;
                return c;
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorHandler());
                server.setRequestLog(new AccessLog());
            });
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        new Api(this).routes(app);
        new Pages(this).routes(app);
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(StoreBusyException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(e.getStatus(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), OneLine.escape(ctx.path()), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "not found");
        });
        app.start();
        LOG.info("serving {} at {}", store.file(), url());
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "readout-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::refreshIfChangedElsewhere, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** A read route: GET, and HEAD through the same handler (the same status and headers; Jetty sends no body). */
    static void read(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private static String message(int status, String m) {
        if (status == 413) return "request too large";
        if (m == null || m.isBlank() || m.startsWith("Endpoint ")) {
            return switch (status) {
                case 404 -> "not found";
                case 405 -> "method not allowed";
                default -> "request failed";
            };
        }
        return m;
    }

    /** {@code {"error": message}} under /api, an error page elsewhere; never a stack trace. */
    void error(Context ctx, int code, String message) {
        ctx.status(code);
        if (ctx.path().startsWith("/api")) {
            ctx.contentType("application/json; charset=utf-8").result(errorJson(message));
        } else {
            ctx.html(Pages.errorPage(code, message));
        }
    }

    static String errorJson(String message) {
        try {
            return Json.MAPPER.writeValueAsString(Map.of("error", message == null ? "error" : message));
        } catch (IOException e) {
            return "{\"error\":\"error\"}";
        }
    }

    // --- writing: one at a time -------------------------------------------------------------------

    void checkToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a write token is required (Authorization: Bearer TOKEN)");
        }
        byte[] given = auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "wrong write token");
        }
    }

    /**
     * Takes one of the {@link #MAX_WRITES} write slots before a body is read, or refuses at once (503
     * with Retry-After): slow or waiting uploads never hold more than a few request threads, so reads
     * stay served. The caller releases the slot in a finally block.
     */
    void acquireWriteSlot(Context ctx) {
        if (writeSlots.tryAcquire()) return;
        ctx.header("Retry-After", "5");
        ctx.header("Connection", "close"); // the body is not read
        throw new ApiException(503, "too many uploads or deletions at once; try again in a few seconds");
    }

    void releaseWriteSlot() {
        writeSlots.release();
    }

    private void lockWriter() {
        try {
            if (!writer.tryLock(WRITE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(503, "another upload or deletion is in progress; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        }
    }

    /** Saves and ingests uploaded files and fetches and ingests web pages; the per-item results and the batch summary. */
    Map<String, Object> upload(List<UploadedFile> files, List<String> urls) throws IOException {
        if (files.isEmpty() && urls.isEmpty()) {
            throw ApiException.badRequest("nothing to ingest (send multipart/form-data with files or url fields, or JSON with url or urls)");
        }
        List<Uploads.Content> contents = new ArrayList<>();
        for (UploadedFile f : files) {
            contents.add(new Uploads.Content() {
                public String name() {
                    return f.filename();
                }

                public InputStream open() {
                    return f.content();
                }
            });
        }
        lockWriter();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("readout-upload-");
            List<Uploads.Item> items = new ArrayList<>(Uploads.save(contents, dir));
            Uploads.readWith(reader, items);
            WebInputs pages = new WebInputs(web, store);
            for (String url : urls) items.add(Uploads.Item.page(pages.page(url)));
            return ingest("ingesting", items, null);
        } finally {
            writer.unlock();
            if (dir != null) deleteTree(dir);
        }
    }

    /** Ingests the new items of a feed or sitemap (at most {@code limit}); the feed, the per-item results and the summary. */
    Map<String, Object> follow(String feed, int limit) {
        lockWriter();
        try {
            Inputs inputs = new Inputs();
            WebInputs.Followed followed = new WebInputs(web, store).follow(feed, limit, inputs);
            List<Uploads.Item> items = new ArrayList<>();
            for (Ingestion.Failure f : inputs.failures()) items.add(Uploads.Item.failed(f.source(), f.reason()));
            for (Input i : inputs.items()) items.add(Uploads.Item.page(i));
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("url", followed.feed());
            about.put("read", !followed.failed());
            about.put("not_modified", followed.notModified());
            about.put("items", followed.items());
            about.put("ingested_before", followed.seenBefore());
            about.put("left_for_later", followed.leftForLater());
            return ingest("following", items, about);
        } finally {
            writer.unlock();
        }
    }

    /** Under the writer lock: ingests the items' inputs, refreshes the views, and answers with each item's result. */
    private Map<String, Object> ingest(String phase, List<Uploads.Item> items, Map<String, Object> feed) {
        Map<String, Object> summary = Map.of("error", "the batch failed");
        try {
            status.begin(phase);
            Uploads.Results results = new Uploads.Results(items, status);
            results.ingest(new Ingestion(reader, pipeline, store));
            status.phase("indexing");
            if (results.added() > 0) refresh();
            summary = results.summary(catalog.engagementCount());
            Map<String, Object> out = new LinkedHashMap<>();
            if (feed != null) out.put("feed", feed);
            out.put("files", items.stream().map(Uploads.Item::json).toList());
            out.put("summary", summary);
            return out;
        } catch (Error e) {
            throw failed(phase.equals("following") ? "follow" : "upload", e);
        } finally {
            status.finish(summary);
        }
    }

    /** Removes a document and relinks; false when there is no such document. */
    boolean delete(String documentId) {
        lockWriter();
        Map<String, Object> summary = Map.of("error", "the deletion failed");
        try {
            status.begin("deleting");
            if (!store.deleteDocument(documentId)) {
                summary = Map.of("deleted", 0);
                return false;
            }
            status.phase("linking");
            new Ingestion(reader, pipeline, store).relink();
            refresh();
            summary = Map.of("deleted", 1, "engagements", catalog.engagementCount());
            return true;
        } catch (Error e) {
            throw failed("deletion", e);
        } finally {
            status.finish(summary);
            writer.unlock();
        }
    }

    /** Reads stored documents again with the server's pipeline and relinks; what changed, as JSON. */
    Map<String, Object> reprocess(Reprocessing.Selection selection) {
        lockWriter();
        Map<String, Object> summary = Map.of("error", "the reprocessing failed");
        try {
            status.begin("reprocessing");
            Reprocessing.Result r = new Reprocessing(pipeline, store).reprocess(selection, new Reprocessing.Listener() {
                @Override
                public void started(int documents) {
                    status.started(documents);
                }

                @Override
                public void done(SqliteStore.Replacement replacement) {
                    status.step();
                }
            });
            status.phase("indexing");
            refresh();
            summary = ReprocessReport.json(r);
            return summary;
        } catch (Error e) {
            throw failed("reprocessing", e);
        } finally {
            status.finish(summary);
            writer.unlock();
        }
    }

    /** An Error in a write, answered as a JSON 500 (Javalin would answer an Error with an empty body). */
    private static ApiException failed(String what, Error e) {
        LOG.error("the {} failed", what, e);
        return new ApiException(500, "internal error: the " + what + " failed");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        if (watcher != null) watcher.shutdownNow();
        lockWriter();
        try {
            if (index != null) index.close();
            synchronized (this) {
                retired.forEach(r -> r.index().close());
                retired.clear();
            }
            queries.close();
            store.close();
        } finally {
            writer.unlock();
        }
    }
}
