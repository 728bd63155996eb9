package org.readout.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.readout.Readout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job end to end on the project's samples, in the tests' one local session. */
class ReadoutSparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUS_URL = "https://www.foreignminister.gov.au/minister/penny-wong/media-release/call-republic-korea-foreign-minister";

    @TempDir
    static Path tmp;

    private static Path samplesOut;
    private static ReadoutSparkJob.Summary samplesRun;

    private static ReadoutSparkJob.Summary run(Path out, String... inputs) throws IOException {
        return ReadoutSparkJob.run(TestSpark.session(),
                new ReadoutSparkJob.Options(List.of(inputs), out.toString(), null, Readout.DEFAULT_MAX_DOCUMENT_BYTES, 2, false));
    }

    @BeforeAll
    static void runOnTheSamples() throws IOException {
        samplesOut = tmp.resolve("samples-out");
        samplesRun = run(samplesOut, TestSpark.samples().toString());
    }

    @Test
    void onTheSamplesItWritesWhatTheCliExports() throws Exception {
        CliExport cli = CliExport.of(tmp.resolve("cli"), TestSpark.samples());
        cli.assertSameTable(samplesOut, "documents");
        cli.assertSameTable(samplesOut, "engagements");
        cli.assertSameTable(samplesOut, "statements");
        cli.assertSameTsv(samplesOut);
        assertEquals(6, samplesRun.documents());
        assertEquals(3, samplesRun.engagements(), "the README's three engagements");
        assertEquals(0, samplesRun.failed());
        assertEquals("", Files.readString(samplesOut.resolve("failures.jsonl")));
    }

    @Test
    void theParquetTablesSayWhatTheJsonLinesSay() throws Exception {
        SparkSession spark = TestSpark.session();
        for (Output.Table table : Output.Table.values()) {
            Dataset<Row> rows = spark.read().parquet(samplesOut.resolve(table.fileName() + ".parquet").toString());
            if (table == Output.Table.DOCUMENTS) {
                assertEquals(1, rows.select("engine_version", "knowledge_digest").distinct().count(), "one engine read them all");
                assertTrue(rows.select("engine_version").as(org.apache.spark.sql.Encoders.STRING()).first().contains("+e"), "the engine version");
                assertEquals("DateType", rows.schema().apply("published").dataType().toString());
                rows = rows.drop("engine_version", "knowledge_digest");
            }
            List<String> fromParquet = new ArrayList<>(rows.select(to_json(struct(col("*")), Map.of("ignoreNullFields", "false")))
                    .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
            List<JsonNode> parquet = new ArrayList<>();
            for (String s : fromParquet) parquet.add(JSON.readTree(s));
            List<JsonNode> lines = CliExport.lines(samplesOut, table.fileName());
            Comparator<JsonNode> byText = Comparator.comparing(JsonNode::toString);
            parquet.sort(byText);
            lines.sort(byText);
            assertEquals(lines, parquet, table + ": the Parquet rows are the JSON objects");
        }
    }

    @Test
    void jsonLinesAndWarcRecordsReadAsTheirFilesWouldAndTheFirstOfADocumentIsKept() throws Exception {
        Path samples = TestSpark.samples();
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        // a crawl of the Australian page, given first: its document is kept from the crawl, with its address
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(in.resolve("crawl.warc.gz")))) {
            w.write(new WarcResponse.Builder(AUS_URL).body(WarcDocumentsTest.response(200, "text/html",
                    Files.readAllBytes(samples.resolve("aus-dfat-2023-03-14.html")))).build());
        }
        Map<String, Object> sidecar = JSON.readValue(samples.resolve("with-sidecar.txt.meta.json").toFile(), Map.class);
        List<String> lines = new ArrayList<>();
        Map<String, Object> record = new java.util.LinkedHashMap<>(sidecar);
        record.put("text", Files.readString(samples.resolve("with-sidecar.txt")));
        lines.add(JSON.writeValueAsString(record));
        lines.add(JSON.writeValueAsString(Map.of("text", Files.readString(samples.resolve("kor-mofa-2023-03-14.txt")))));
        lines.add("");
        lines.add("{\"text\": \"unfinished");
        Path jsonl = in.resolve("news.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        Path out = tmp.resolve("mixed-out");
        ReadoutSparkJob.Summary s = run(out, in.resolve("crawl.warc.gz").toString(), samples.resolve("kor-mofa-2023-03-14.txt").toString(), jsonl.toString());
        assertEquals(5, s.records(), "the page, the file, and the JSON Lines file's three lines that are not blank");
        assertEquals(1, s.failed());
        assertEquals(List.of(jsonl + ":4: not a valid JSON record (column 21)"), s.failures());
        assertEquals("{\"source\":\"" + jsonl + ":4\",\"reason\":\"not a valid JSON record (column 21)\"}\n",
                Files.readString(out.resolve("failures.jsonl")));
        assertEquals(3, s.documents(), "the Korean readout once: from the file, given before the JSON Lines");

        Map<String, JsonNode> docs = new java.util.HashMap<>();
        for (JsonNode d : CliExport.lines(out, "documents")) docs.put(d.get("title").asText(), d);
        JsonNode aus = docs.get("Call with Republic of Korea Foreign Minister");
        assertEquals(AUS_URL, aus.get("source").asText());
        assertEquals(AUS_URL, aus.get("url").asText());
        assertEquals(samples.resolve("kor-mofa-2023-03-14.txt").toString(),
                docs.get("Outcome of the Korea-Australia Foreign Ministers' Telephone Conversation").get("source").asText());

        // the JSON Lines record with the sidecar's fields reads as the file with its sidecar: the same document but its source
        JsonNode fromRecord = docs.get("Japan and Germany pledge close coordination as Tokyo takes up G7 presidency");
        assertEquals(jsonl + ":1", fromRecord.get("source").asText());
        JsonNode fromFile = null;
        for (JsonNode d : CliExport.lines(samplesOut, "documents")) if (d.get("id").equals(fromRecord.get("id"))) fromFile = d;
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromRecord).remove("source");
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromFile).remove("source");
        assertEquals(fromFile, fromRecord);
        JsonNode call = CliExport.lines(out, "engagements").stream().filter(e -> e.get("date").asText().equals("2023-01-16")).findFirst().orElseThrow();
        assertTrue(CliExport.lines(samplesOut, "engagements").contains(call), "the same engagement, id and fields, as from the file");
        assertEquals(1, CliExport.lines(out, "engagements").stream().filter(e -> e.get("date").asText().equals("2023-03-14")).count(),
                "the page and the Korean readout are one call");
    }

    @Test
    void anOutputFolderThatHoldsSomethingIsKeptUnlessTold() throws Exception {
        IOException e = assertThrows(IOException.class, () -> run(samplesOut, TestSpark.samples().toString()));
        assertTrue(e.getMessage().contains("give --overwrite to replace it"), e.getMessage());
        assertTrue(Files.exists(samplesOut.resolve("engagements.jsonl")));
    }

    @Test
    void inputsThatAllFailGiveEmptyTablesAndTheirFailures() throws Exception {
        Path out = tmp.resolve("nothing-out");
        Path missing = tmp.resolve("missing");
        ReadoutSparkJob.Summary s = run(out, missing.toString());
        assertEquals(1, s.failed());
        assertEquals(List.of(missing + ": no such file or directory"), s.failures());
        assertEquals(0, s.documents());
        assertEquals("", Files.readString(out.resolve("engagements.jsonl")));
        assertEquals(1, Files.readAllLines(out.resolve("statements.tsv")).size(), "the header alone");
        assertEquals(0, TestSpark.session().read().parquet(out.resolve("statements.parquet").toString()).count());
        assertEquals("{\"source\":\"" + missing + "\",\"reason\":\"no such file or directory\"}\n", Files.readString(out.resolve("failures.jsonl")));
    }

    @Test
    void aKnowledgeFolderThatIsNotThereIsAnErrorBeforeAnythingRuns() {
        IOException e = assertThrows(IOException.class, () -> ReadoutSparkJob.run(TestSpark.session(), new ReadoutSparkJob.Options(
                List.of(TestSpark.samples().toString()), tmp.resolve("k-out").toString(), tmp.resolve("no-knowledge").toString(),
                Readout.DEFAULT_MAX_DOCUMENT_BYTES, 2, false)));
        assertEquals("no knowledge folder " + tmp.resolve("no-knowledge"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("k-out")));
    }

    @Test
    void theArgumentsAreInputsThenTheOutput() {
        ReadoutSparkJob.Options o = ReadoutSparkJob.Options.parse("--max-mb", "3", "a", "--knowledge", "k", "b.jsonl", "--partitions", "8", "out", "--overwrite");
        assertEquals(List.of("a", "b.jsonl"), o.inputs());
        assertEquals("out", o.output());
        assertEquals("k", o.knowledge());
        assertEquals(3L << 20, o.maxDocumentBytes());
        assertEquals(8, o.partitions());
        assertTrue(o.overwrite());
        assertFalse(ReadoutSparkJob.Options.parse("a", "out").overwrite());
        assertThrows(IllegalArgumentException.class, () -> ReadoutSparkJob.Options.parse("out"));
        assertThrows(IllegalArgumentException.class, () -> ReadoutSparkJob.Options.parse("--max-mb", "0", "a", "out"));
        assertThrows(IllegalArgumentException.class, () -> ReadoutSparkJob.Options.parse("--bogus", "a", "out"));
    }
}
