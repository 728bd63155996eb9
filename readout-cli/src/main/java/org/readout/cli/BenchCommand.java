package org.readout.cli;

import org.readout.clean.CleanDocument;
import org.readout.store.Ingestion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A benchmark, not a test: ingests the documents N times (each copy made distinct so that none is
 * skipped as a duplicate) into a throwaway store on one thread, links them, and prints throughput
 * and the peak heap used; or, with {@code --synthetic N}, N generated documents ({@link SyntheticBench}),
 * or writes them ({@code --write}, {@link SyntheticWriter}).
 */
@Command(name = "bench", description = "Benchmark: ingest documents N times (or N generated documents: --synthetic N) into a "
        + "throwaway store on one thread; ends with 'documents/s=D sentences/s=S peak_heap_mb=H'.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "1", description = "Copies of each document (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--synthetic", paramLabel = "N", description = "Ingest N generated documents instead of PATHs.")
    Integer synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--add", defaultValue = "100", paramLabel = "M",
            description = "After the N generated documents, time adding M more to the store (default ${DEFAULT-VALUE}; 0 for none).")
    int add;

    @Option(names = "--add-rounds", defaultValue = "3", paramLabel = "R",
            description = "Add M documents R times in a row, each compared with a relink of everything (default ${DEFAULT-VALUE}).")
    int addRounds;

    @Option(names = "--write", paramLabel = "PATH", description = "Write the N generated documents instead of ingesting them: "
            + "a folder of text files with sidecars and gold.json, or a JSON Lines file (.jsonl, .jsonl.gz).")
    Path write;

    @Parameters(paramLabel = "PATH", arity = "0..*")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (synthetic != null) {
            if (synthetic < 1 || !paths.isEmpty() || add < 0 || addRounds < 0) throw new CommandLine.ParameterException(spec.commandLine(),
                    "--synthetic N takes no PATH, N at least 1, --add and --add-rounds at least 0");
            if (write != null) {
                SyntheticWriter.write(parent.readout().knowledgeBase(), synthetic, seed, write, spec.commandLine().getOut());
            } else {
                return SyntheticBench.run(parent.readout(), synthetic, seed, add, addRounds, spec.commandLine().getOut(), err);
            }
            return 0;
        }
        if (paths.isEmpty() || write != null) throw new CommandLine.ParameterException(spec.commandLine(),
                "bench needs PATHs, or --synthetic N (with --write PATH to write the documents)");
        var pipeline = parent.readout().pipeline(); // the knowledge loads before the clock starts
        SyntheticBench.resetPeaks();
        Ingestion.Transform distinct = (doc, copy) -> copy == 0 ? doc : new CleanDocument(doc.id() + "-" + copy,
                doc.source() + "#" + copy, doc.text(), doc.title(), doc.outlet(), doc.kind(), doc.language(), doc.meta(), doc.citation(),
                doc.warnings());
        long t0 = System.nanoTime();
        Ingestion.Result r;
        try (ThrowawayStore throwaway = new ThrowawayStore("readout-bench")) {
            r = new Ingestion(parent.readout().reader(), pipeline, throwaway.store()).ingest(paths, repeat, distinct, Ingestion.Listener.NONE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = SyntheticBench.peakHeap();
        var out = spec.commandLine().getOut();
        out.printf("documents=%d sentences=%d statements=%d failed=%d seconds=%.2f%n", r.added(), r.sentences(), r.statements(),
                r.failures().size(), seconds);
        out.printf("statements/s=%.1f%n", r.statements() / seconds);
        out.printf("documents/s=%.1f sentences/s=%.1f peak_heap_mb=%d%n", r.added() / seconds, r.sentences() / seconds, peak >> 20);
        out.flush();
        return 0;
    }
}
