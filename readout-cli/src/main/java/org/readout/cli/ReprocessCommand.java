package org.readout.cli;

import org.readout.store.Ingestion;
import org.readout.store.LinkChanges;
import org.readout.store.Reprocessing;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reprocess", description = "Read stored documents again from their raw files with this engine and knowledge, "
        + "relink, and tell what changed. By default, the documents an older engine or other knowledge files read. "
        + "Safe to interrupt: the next run goes on where it stopped.")
final class ReprocessCommand implements Callable<Integer> {

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "Every document, even those this engine and knowledge read already.")
    boolean all;

    @Option(names = "--since", paramLabel = "VERSION",
            description = "Only the documents read by engine VERSION or later (versions compare by their numbers: 0.1 < 0.1.0+e2 < 0.2.0+e1).")
    String since;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Only these documents, read again even when current.")
    List<String> ids;

    @Override
    public Integer call() {
        Reprocessing.Selection selection;
        try {
            selection = new Reprocessing.Selection(all, since, ids);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SqliteStore store = parent.openStore(); Progress progress = new Progress(err)) {
            Reprocessing.Result r = new Reprocessing(parent.readout().pipeline(), store).reprocess(selection, progress);
            out.printf("reprocessed %d document%s (%d read differently, %d with a new id), %d up to date, %d failed, in %s%n",
                    r.reread(), r.reread() == 1 ? "" : "s", r.changed(), r.renamed(), r.upToDate(), r.failures().size(), store.file());
            print(r.links(), out);
            if (r.withoutRaw() > 0) {
                err.printf("note: %d document%s stored before raw texts were kept; ingest %s files again, then run `readout reprocess`%n",
                        r.withoutRaw(), r.withoutRaw() == 1 ? " was" : "s were", r.withoutRaw() == 1 ? "its" : "their");
            }
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    static void print(LinkChanges c, PrintWriter out) {
        out.printf("engagements: %d added, %d merged, %d renamed, %d removed, %d changed, %d unchanged%n", c.added().size(),
                c.merged().size(), c.renamed().size(), c.removed().size(), c.changed().size(), c.unchanged());
        out.printf("statements: %d added, %d removed, %d changed%n", c.statementsAdded(), c.statementsRemoved(), c.statementsChanged());
        c.added().forEach(id -> out.println("added: " + id));
        c.merged().forEach((old, into) -> out.println("merged: " + old + " into " + into));
        c.renamed().forEach((old, now) -> out.println("renamed: " + old + " is now " + now));
        c.removed().forEach(id -> out.println("removed: " + id));
        c.changed().forEach(id -> out.println("changed: " + id));
    }

    /** The progress bar and failure lines of {@code ingest}, for documents read again. */
    private static final class Progress implements Reprocessing.Listener, AutoCloseable {
        private final IngestCommand.ProgressListener lines;

        Progress(PrintWriter err) {
            lines = new IngestCommand.ProgressListener(err, "reprocess");
        }

        @Override
        public void started(int documents) {
            lines.started(documents);
        }

        @Override
        public void done(SqliteStore.Replacement replacement) {
            lines.step();
        }

        @Override
        public void failed(Ingestion.Failure failure) {
            lines.failed(failure);
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
