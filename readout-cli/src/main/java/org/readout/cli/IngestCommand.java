package org.readout.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.readout.Analysis;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.OneLine;
import org.readout.source.web.WebReader;
import org.readout.store.Ingestion;
import org.readout.store.Inputs;
import org.readout.store.SqliteStore;
import org.readout.store.WebInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Read documents (.txt, .md, .html files; folders recursively; http and https pages) into the store. "
        + "A document that fails is reported on one line and skipped; the exit code is 1 if any failed.")
final class IngestCommand implements Callable<Integer> {
    static final int PROGRESS_BAR_FROM = 50;

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    WebFetchOptions web;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders, or web pages (http:// or https://).")
    List<String> sources;

    @Override
    public Integer call() {
        try (SqliteStore store = parent.openStore()) {
            Ingestion ingestion = parent.ingestion(store);
            WebInputs pages = sources.stream().anyMatch(WebReader::isWebAddress)
                    ? new WebInputs(web.reader((long) parent.maxMegabytes << 20), store) : null;
            Inputs inputs = new Inputs();
            for (String source : sources) {
                if (WebReader.isWebAddress(source)) inputs.add(pages.page(source));
                else files(inputs, source);
            }
            long pageCount = sources.stream().filter(WebReader::isWebAddress).count();
            String what = pageCount == 0 ? "files" : pageCount == sources.size() ? "pages" : "files and pages";
            return report(spec, ingestion, ingest(ingestion, inputs, spec.commandLine().getErr()), store, what);
        }
    }

    private void files(Inputs inputs, String source) {
        try {
            inputs.files(parent.readout().reader(), List.of(Path.of(source)));
        } catch (InvalidPathException e) {
            inputs.failed(source, "not a valid path");
        }
    }

    /** The summary on stdout, and the note on stderr when stored documents were read by another engine; the exit code. */
    static int report(CommandSpec spec, Ingestion ingestion, Ingestion.Result r, SqliteStore store, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.printf("ingested %d new, %d already stored, %d failed (%d %s) into %s%n",
                r.added(), r.duplicates(), r.failures().size(), r.files(), what, store.file());
        int older = ingestion.readByOthers();
        if (older > 0) {
            err.printf("note: %d document%s in the store %s read by another engine version or other knowledge files; run `readout reprocess`%n",
                    older, older == 1 ? "" : "s", older == 1 ? "was" : "were");
        }
        return r.failures().isEmpty() ? 0 : 1;
    }

    static Ingestion.Result ingest(Ingestion ingestion, List<Path> paths, PrintWriter err) {
        ProgressListener listener = new ProgressListener(err, "ingest");
        try {
            return ingestion.ingest(paths, listener);
        } finally {
            listener.close();
        }
    }

    static Ingestion.Result ingest(Ingestion ingestion, Inputs inputs, PrintWriter err) {
        ProgressListener listener = new ProgressListener(err, "ingest");
        try {
            return ingestion.ingest(inputs, listener);
        } finally {
            listener.close();
        }
    }

    /** One line per failed file, one per warning of a file read (control characters escaped); a progress bar when the batch is long. */
    static final class ProgressListener implements Ingestion.Listener, Analysis.Listener, AutoCloseable {
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
            read(source, stored.warnings());
        }

        @Override
        public void read(Path file, ProcessedDocument document) {
            read(file.toString(), document.document().warnings());
        }

        private void read(String source, List<String> warnings) {
            step();
            for (String warning : warnings) err.println("warning: " + OneLine.of(source, warning));
            err.flush();
        }

        @Override
        public void failed(Ingestion.Failure failure) {
            failed(failure.source(), failure.reason());
        }

        @Override
        public void failed(Analysis.Failure failure) {
            failed(failure.source(), failure.reason());
        }

        private void failed(String source, String reason) {
            step();
            err.println("failed: " + OneLine.of(source, reason));
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
