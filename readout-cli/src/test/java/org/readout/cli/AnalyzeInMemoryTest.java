package org.readout.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code analyze} reads in memory what {@code ingest} then {@code engagements} read through a store. */
class AnalyzeInMemoryTest {
    @TempDir
    Path dir;

    @Test
    void analyzePrintsWhatIngestAndEngagementsPrint() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("samples"))) root = root.getParent();
        List<Path> sets = new ArrayList<>(List.of(root.resolve("samples")));
        Path shared = Cli.shared();
        if (shared != null) sets.add(shared.resolve("corpus/dev"));
        for (Path set : sets) {
            String db = dir.resolve(set.getFileName() + ".db").toString();
            Cli.Run analyze = Cli.run("--db", db, "analyze", set.toString());
            Cli.Run ingest = Cli.run("--db", db, "ingest", set.toString());
            Cli.Run engagements = Cli.run("--db", db, "engagements");
            assertEquals(ingest.err(), analyze.err(), set.toString());
            String table = analyze.out().substring(analyze.out().indexOf("ID "));
            assertEquals(engagements.out(), table, set.toString());
        }
    }
}
