package org.readout.cli;

import org.readout.clean.CleanDocument;
import org.readout.store.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A benchmark, not a test: ingests the documents N times (each copy made distinct so that none is
 * skipped as a duplicate) into a throwaway store on one thread, links them, and prints throughput
 * and the peak heap used.
 */
@Command(name = "bench", description = "Benchmark: ingest documents N times into a throwaway store on one thread; "
        + "ends with 'documents/s=D sentences/s=S peak_heap_mb=H'.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "1", description = "Copies of each document (default ${DEFAULT-VALUE}).")
    int repeat;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        var pipeline = parent.readout().pipeline(); // the knowledge loads before the clock starts
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        Ingestion.Transform distinct = (doc, copy) -> copy == 0 ? doc : new CleanDocument(doc.id() + "-" + copy,
                doc.source() + "#" + copy, doc.text(), doc.title(), doc.outlet(), doc.kind(), doc.language(), doc.meta(), doc.citation(),
                doc.warnings());
        long t0 = System.nanoTime();
        Ingestion.Result r;
        try (ThrowawayStore throwaway = new ThrowawayStore("readout-bench")) {
            r = new Ingestion(parent.readout().reader(), pipeline, throwaway.store()).ingest(paths, repeat, distinct, Ingestion.Listener.NONE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        var out = spec.commandLine().getOut();
        out.printf("documents=%d sentences=%d statements=%d failed=%d seconds=%.2f%n", r.added(), r.sentences(), r.statements(),
                r.failures().size(), seconds);
        out.printf("statements/s=%.1f%n", r.statements() / seconds);
        out.printf("documents/s=%.1f sentences/s=%.1f peak_heap_mb=%d%n", r.added() / seconds, r.sentences() / seconds, peak >> 20);
        out.flush();
        return 0;
    }
}
