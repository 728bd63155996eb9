package org.readout.cli;

import org.readout.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", description = "Read documents in memory, without a store, and print the engagements found.")
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        Analysis a;
        try (IngestCommand.ProgressListener listener = new IngestCommand.ProgressListener(spec.commandLine().getErr(), "analyze")) {
            a = parent.readout().analyze(paths, listener);
        }
        var out = spec.commandLine().getOut();
        out.printf("%d documents read, %d failed%n%n", a.read(), a.failures().size());
        EngagementsCommand.print(a.engagements(), out);
        return a.failures().isEmpty() ? 0 : 1;
    }
}
