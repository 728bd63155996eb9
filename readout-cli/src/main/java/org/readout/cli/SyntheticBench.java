package org.readout.cli;

import org.readout.Readout;
import org.readout.export.ReadoutJson;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import org.readout.store.StoreSizes;
import org.readout.synthetic.Generator;
import org.readout.synthetic.Recovery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code readout bench --synthetic N}: N generated documents ingested into a throwaway store on one thread (raw texts
 * kept, as {@code ingest} keeps them) and linked; then what the engine made of them against what was generated, what
 * the store takes, and the time to add a batch of more documents (new encounters) to that store, a few times in a row:
 * each with its relink's part and its peak heap, and whether the store then equals a relink of everything (its
 * {@code readout/1} export before and after {@link SqliteStore#relinkAll}, compared by digest).
 */
final class SyntheticBench {
    private SyntheticBench() {
    }

    /** Runs the benchmark; 1 when the store after an added batch differs from a relink of everything, else 0. */
    static int run(Readout readout, int documents, long seed, int add, int addRounds, PrintWriter out, PrintWriter err) throws IOException {
        var pipeline = readout.pipeline(); // the knowledge loads before the clock starts
        SyntheticFeed feed = new SyntheticFeed(new Generator(readout.knowledgeBase(), seed));
        try (ThrowawayStore throwaway = new ThrowawayStore("readout-bench")) {
            Ingestion ingestion = new Ingestion(readout.reader(), pipeline, throwaway.store());
            resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            Ingestion.Result r = IngestCommand.ingest(ingestion, feed.inputs(documents), err);
            double seconds = (System.nanoTime() - t0) / 1e9 - feed.generatingSeconds();
            double cpu = (processCpuNanos() - cpu0) / 1e9 - feed.generatingSeconds();
            long peak = peakHeap();
            Recovery recovery = Recovery.of(feed.told(), throwaway.store().corpus());
            StoreSizes sizes = StoreSizes.of(throwaway.store());
            out.printf("documents=%d encounters=%d sentences=%d statements=%d failed=%d seconds=%.2f (generating %.2f s not counted)%n",
                    r.added(), feed.told().size(), r.sentences(), r.statements(), r.failures().size(), seconds, feed.generatingSeconds());
            out.println(recovery.summary());
            for (String example : recovery.examples()) out.println("  " + example);
            out.printf("store_bytes=%d bytes/document=%d%n", sizes.bytes(), sizes.bytes() / Math.max(1, r.added()));
            out.println("store_tables: " + tables(sizes.tables(), r.added()));
            out.flush();
            SqliteStore store = throwaway.store();
            int stored = r.added();
            boolean allEqual = true;
            for (int round = 0; add > 0 && round < addRounds; round++) {
                System.gc();
                resetPeaks();
                double before = feed.generatingSeconds();
                long t1 = System.nanoTime();
                Ingestion.Result more = IngestCommand.ingest(ingestion, feed.inputs(add), err);
                double addSeconds = (System.nanoTime() - t1) / 1e9 - (feed.generatingSeconds() - before);
                long addPeak = peakHeap();
                String incremental = exportDigest(store);
                long t2 = System.nanoTime();
                store.relinkAll(pipeline::link);
                double whole = (System.nanoTime() - t2) / 1e9;
                boolean equal = incremental.equals(exportDigest(store));
                allEqual &= equal;
                out.printf("added=%d to %d documents in %.2f s (relink %.2f s) add_peak_heap_mb=%d equals_whole_relink=%s (whole relink %.2f s)%n",
                        more.added(), stored, addSeconds, more.relinkSeconds(), addPeak >> 20, equal, whole);
                out.flush();
                stored += more.added();
            }
            out.printf("cpu_seconds=%.1f cpu_ms/document=%.2f (every thread of the JVM, generating not counted)%n", cpu, 1000 * cpu / Math.max(1, r.added()));
            out.printf("documents/s=%.1f sentences/s=%.1f peak_heap_mb=%d%n", r.added() / seconds, r.sentences() / seconds, peak >> 20);
            out.flush();
            return allEqual ? 0 : 1;
        }
    }

    /** The SHA-256 of the store's {@code readout/1} export, written through the digest rather than kept. */
    private static String exportDigest(SqliteStore store) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            ReadoutJson.write(store.corpus(), digest);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each table's and index's bytes per document, the larger first ("statements=3120"). */
    private static String tables(Map<String, Long> tables, int documents) {
        StringBuilder b = new StringBuilder();
        tables.forEach((name, bytes) -> {
            long each = bytes / Math.max(1, documents);
            if (each >= 16) b.append(b.isEmpty() ? "" : " ").append(name).append('=').append(each);
        });
        return b + " (bytes/document)";
    }

    /** CPU time of the whole JVM (its compiler and collector threads too): on a shared machine, wall time says how busy the others were. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
