package org.readout.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.OneLine;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Read documents (.txt, .md, .html; folders recursively) into the store. "
        + "A file that fails is reported on one line and skipped; the exit code is 1 if any failed.")
final class IngestCommand implements Callable<Integer> {
    static final int PROGRESS_BAR_FROM = 50;

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SqliteStore store = parent.openStore()) {
            Ingestion ingestion = new Ingestion(parent.reader(), parent.pipeline(), store);
            Ingestion.Result r = ingest(ingestion, paths, err);
            out.printf("ingested %d new, %d already stored, %d failed (%d files) into %s%n",
                    r.added(), r.duplicates(), r.failures().size(), r.files(), store.file());
            int older = ingestion.readByOthers();
            if (older > 0) {
                err.printf("note: %d document%s in the store %s read by another engine version or other knowledge files; run `readout reprocess`%n",
                        older, older == 1 ? "" : "s", older == 1 ? "was" : "were");
            }
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    static Ingestion.Result ingest(Ingestion ingestion, List<Path> paths, PrintWriter err) {
        ProgressListener listener = new ProgressListener(err, "ingest");
        try {
            return ingestion.ingest(paths, listener);
        } finally {
            listener.close();
        }
    }

    /** One line per failed file, one per warning of a file read (control characters escaped); a progress bar when the batch is long. */
    static final class ProgressListener implements Ingestion.Listener, AutoCloseable {
        private final PrintWriter err;
        private final String task;
        private ProgressBar bar;

        ProgressListener(PrintWriter err, String task) {
            this.err = err;
            this.task = task;
        }

        @Override
        public void started(int files) {
            if (files >= PROGRESS_BAR_FROM) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build();
            }
        }

        /** One item done that has nothing to report. */
        void step() {
            if (bar != null) bar.step();
        }

        @Override
        public void done(String source, Ingestion.Stored stored) {
            step();
            for (String warning : stored.warnings()) err.println("warning: " + OneLine.of(source, warning));
            err.flush();
        }

        @Override
        public void failed(Ingestion.Failure failure) {
            step();
            err.println("failed: " + OneLine.of(failure.source(), failure.reason()));
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
