package org.readout.cli;

import org.readout.export.EngagementCsv;
import org.readout.export.ReadoutJson;
import org.readout.export.StatementTsv;
import org.readout.link.LinkedCorpus;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write the store as readout/1 JSON, as CSV (one row per engagement), "
        + "or as a GDELT/ICEWS-like TSV (one row per statement).")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, tsv }

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json (readout/1), csv or tsv; default ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        LinkedCorpus corpus;
        try (SqliteStore store = parent.openLinkedStore()) {
            corpus = store.corpus();
        }
        if (output == null) {
            write(corpus, System.out);
            System.out.flush();
            return 0;
        }
        // Beside the file, then moved over it: written whole or not at all. Opened as any new file is, so its
        // permissions follow the umask (Files.createTempFile would make it readable by its owner only).
        Path tmp = output.toAbsolutePath().resolveSibling("." + output.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write(corpus, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().printf("wrote %d documents, %d engagements, %d statements to %s%n",
                corpus.documents().size(), corpus.engagements().size(), corpus.statements().size(), output);
        return 0;
    }

    private void write(LinkedCorpus corpus, OutputStream out) throws IOException {
        switch (format) {
            case json -> ReadoutJson.write(corpus, out);
            case csv -> EngagementCsv.write(corpus, out);
            case tsv -> StatementTsv.write(corpus, out);
        }
    }
}
