package org.readout.server;

import org.readout.Readout;
import org.readout.link.Engagement;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load run, not a test: a server on a loopback port over a throwaway store built from the
 * given paths, 20 clients for 10 seconds alternating {@code GET /api/engagements} and
 * {@code GET /engagements/{id}}; prints requests/s, p50/p99 latency and the error count.
 * Usage: {@code LoadRun [--clients N] [--seconds S] PATH...}
 */
public final class LoadRun {
    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 20;
        int seconds = 10;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: LoadRun [--clients N] [--seconds S] PATH...");
            System.exit(2);
        }
        Path dir = Files.createTempDirectory("readout-load-");
        Readout readout = Readout.bundled();
        SqliteStore store = SqliteStore.open(dir.resolve("load.db"));
        Ingestion.Result r = new Ingestion(readout.reader(), readout.pipeline(), store).ingest(paths, Ingestion.Listener.NONE);
        try (ReadoutServer server = new ReadoutServer(store, readout, ReadoutServer.Options.defaults().withPort(0)).start()) {
            List<String> ids = server.catalog().engagements(Catalog.Query.ALL).stream().map(Engagement::id).toList();
            if (ids.isEmpty()) throw new IllegalStateException("no engagements in " + paths);
            System.out.printf(Locale.ROOT, "store: %d documents, %d engagements; %d clients for %d s against %s%n",
                    r.added(), ids.size(), clients, seconds, server.url());
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            // Warm up: the comparisons are computed on first view.
            for (String id : ids) http.send(HttpRequest.newBuilder(URI.create(base + "/engagements/" + id)).build(), HttpResponse.BodyHandlers.discarding());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    long errors = 0;
                    int k = client;
                    while (System.nanoTime() < end) {
                        String path = (k++ % 2 == 0) ? "/api/engagements?limit=50"
                                : "/engagements/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (resp.statusCode() != 200) errors++;
                        } catch (Exception e) {
                            errors++;
                        }
                        if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                        lat[n++] = System.nanoTime() - t0;
                    }
                    long[] out = Arrays.copyOf(lat, n + 1);
                    out[n] = errors;
                    return out;
                }));
            }
            long errors = 0;
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                long[] a = f.get();
                errors += a[a.length - 1];
                for (int i = 0; i < a.length - 1; i++) all.add(a[i]);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            all.sort(null);
            System.out.printf(Locale.ROOT, "requests=%d requests/s=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d%n", all.size(), all.size() / elapsed,
                    pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6, errors);
        }
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
