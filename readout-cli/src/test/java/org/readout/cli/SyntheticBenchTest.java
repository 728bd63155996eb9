package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code readout bench --synthetic N}: generated documents ingested and checked, or written out with what was generated. */
class SyntheticBenchTest {
    @TempDir
    Path dir;

    @Test
    void theBenchReadsBackWhatItGeneratedAndTimesThreeAddedBatchesEachAsARelinkOfEverything() {
        Cli.Run run = Cli.run("bench", "--synthetic", "40", "--add", "5", "--seed", "3");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("documents=40 "), out);
        assertTrue(out.matches("(?s).*\\nrecovered=(\\d+)/\\1 documents_right=40/40\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nstore_bytes=\\d+ bytes/document=\\d+\\n.*"), out);
        for (int stored : new int[] {40, 45, 50}) {
            assertTrue(out.matches("(?s).*\nadded=5 to " + stored + " documents in [0-9.]+ s \\(relink [0-9.]+ s\\) add_peak_heap_mb=\\d+ "
                    + "equals_whole_relink=true \\(whole relink [0-9.]+ s\\)\n.*"), out);
        }
        assertTrue(out.matches("(?s).*\ncpu_seconds=[0-9.]+ cpu_ms/document=[0-9.]+ .*"), out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("documents/s=[0-9.]+ sentences/s=[0-9.]+ peak_heap_mb=\\d+"), last);
    }

    @Test
    void aWrittenCorpusIsIngestedAsTheGoldFileSays() throws IOException {
        Path corpus = dir.resolve("corpus");
        Cli.Run run = Cli.run("bench", "--synthetic", "25", "--seed", "4", "--write", corpus.toString());
        assertEquals(0, run.exit(), run.err());
        List<Path> texts;
        try (Stream<Path> files = Files.walk(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertEquals(25, texts.size());
        for (Path t : texts) assertTrue(Files.exists(Path.of(t + ".meta.json")), t.toString());
        JsonNode gold = new ObjectMapper().readTree(corpus.resolve("gold.json").toFile());
        assertEquals(25, gold.get("documents").size());
        String db = dir.resolve("s.db").toString();
        assertEquals(0, Cli.run("--db", db, "ingest", corpus.toString()).exit());
        JsonNode export = new ObjectMapper().readTree(Cli.run("--db", db, "export", "--format", "json").out());
        assertEquals(gold.get("engagements").size(), export.get("engagements").size());
        assertEquals(25, export.get("documents").size());
    }

    @Test
    void aJsonLinesCorpusHasOneRecordADocument() throws IOException {
        Path file = dir.resolve("c.jsonl");
        assertEquals(0, Cli.run("bench", "--synthetic", "12", "--write", file.toString()).exit());
        List<String> lines = Files.readAllLines(file);
        assertEquals(12, lines.size());
        for (String line : lines) {
            JsonNode r = new ObjectMapper().readTree(line);
            assertTrue(r.get("text").asText().length() > 100, line);
            assertTrue(r.get("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"), line);
        }
    }

    @Test
    void syntheticTakesNoPaths() {
        Cli.Run run = Cli.run("bench", "--synthetic", "5", dir.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("--synthetic N takes no PATH"), run.err());
    }
}
