package org.readout.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readout.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the command line exports for some documents ({@code readout ingest} into a fresh store, then
 * {@code readout export --format json} and {@code --format tsv}), and the check that a Spark run wrote the same.
 */
record CliExport(JsonNode json, String tsv) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliExport of(Path work, Path... inputs) throws IOException {
        Files.createDirectories(work);
        String db = work.resolve("cli.db").toString();
        List<String> ingest = new ArrayList<>(List.of("--db", db, "ingest"));
        for (Path p : inputs) ingest.add(p.toString());
        assertEquals(0, Main.run(ingest.toArray(String[]::new)), "readout ingest");
        Path json = work.resolve("cli.json");
        Path tsv = work.resolve("cli.tsv");
        assertEquals(0, Main.run("--db", db, "export", "--format", "json", "-o", json.toString()), "readout export --format json");
        assertEquals(0, Main.run("--db", db, "export", "--format", "tsv", "-o", tsv.toString()), "readout export --format tsv");
        return new CliExport(JSON.readTree(json.toFile()), Files.readString(tsv, StandardCharsets.UTF_8));
    }

    /** The JSON Lines of one table of a Spark run, parsed. */
    static List<JsonNode> lines(Path sparkOut, String table) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(sparkOut.resolve(table + ".jsonl"), StandardCharsets.UTF_8)) out.add(JSON.readTree(line));
        return out;
    }

    List<JsonNode> list(String table) {
        List<JsonNode> out = new ArrayList<>();
        json.get(table).forEach(out::add);
        return out;
    }

    /** The table holds the same objects as the export's list, field for field, in the same order. */
    void assertSameTable(Path sparkOut, String table) throws IOException {
        List<JsonNode> expected = list(table);
        List<JsonNode> actual = lines(sparkOut, table);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), table + " #" + i + " differs from the CLI's export");
        }
        assertEquals(expected.size(), actual.size(), table + ": as many as the CLI exports");
    }

    void assertSameTsv(Path sparkOut) throws IOException {
        assertEquals(tsv, Files.readString(sparkOut.resolve("statements.tsv"), StandardCharsets.UTF_8), "statements.tsv as readout export --format tsv");
    }
}
