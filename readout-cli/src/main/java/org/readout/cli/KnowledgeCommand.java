package org.readout.cli;

import org.readout.knowledge.KnowledgeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "knowledge", description = "Every knowledge and rule file the engine reads: where it came from "
        + "(bundled, extended by a file of --knowledge DIR, or replaced by one) and its rows.")
final class KnowledgeCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = parent.readout().knowledgeDir();
        Table t = new Table(160, "FILE", "ROWS", "FROM");
        for (KnowledgeFiles.Listing f : parent.readout().knowledgeFiles()) t.add(f.name(), f.rows(), from(f));
        t.print(out);
        PrintWriter err = spec.commandLine().getErr();
        for (Path unread : KnowledgeFiles.unread(dir)) {
            err.println("warning: " + unread + ": not read (only the files listed as extendable are)");
        }
        err.flush();
        return 0;
    }

    private static String from(KnowledgeFiles.Listing f) {
        return switch (f.origin()) {
            case BUNDLED -> "bundled " + f.resource() + (f.userReadable() ? " (extendable)" : "");
            case EXTENDED -> "bundled " + f.resource() + ", extended by " + f.userFile();
            case REPLACED -> f.userFile() + ", replacing the bundled " + f.resource();
        };
    }
}
