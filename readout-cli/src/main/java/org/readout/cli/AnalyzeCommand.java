package org.readout.cli;

import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import org.readout.store.EngagementFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", description = "Ingest documents into a throwaway store and print the engagements found.")
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        try (ThrowawayStore throwaway = new ThrowawayStore("readout-analyze")) {
            SqliteStore store = throwaway.store();
            Ingestion.Result r = IngestCommand.ingest(new Ingestion(parent.reader(), parent.pipeline(), store), paths, spec.commandLine().getErr());
            var out = spec.commandLine().getOut();
            out.printf("%d documents read, %d failed%n%n", r.added() + r.duplicates(), r.failures().size());
            EngagementsCommand.print(store.engagements(EngagementFilter.ALL), out);
            return r.failures().isEmpty() ? 0 : 1;
        }
    }
}
