package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole engine through the CLI on the shared corpora: ingest, export, schema, the engagements found. */
class CorpusEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        shared = Cli.shared();
    }

    private JsonNode ingestAndExport(Path db, Path... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "ingest"));
        for (Path p : inputs) args.add(p.toString());
        Cli.Run ingest = Cli.run(args.toArray(String[]::new));
        assertEquals(0, ingest.exit(), ingest.err());
        Path out = tmp.resolve(db.getFileName() + ".json");
        Cli.Run export = Cli.run("--db", db.toString(), "export", "--format", "json", "-o", out.toString());
        assertEquals(0, export.exit(), export.err());
        return JSON.readTree(out.toFile());
    }

    private static void assertValid(JsonNode export) throws Exception {
        JsonNode schemaNode = JSON.readTree(shared.resolve("spec/export.schema.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) schemaNode).remove("$id");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        Set<ValidationMessage> errors = schema.validate(export);
        assertTrue(errors.isEmpty(), "schema violations: " + errors);
    }

    private static JsonNode engagementOn(JsonNode export, String date) {
        for (JsonNode e : export.get("engagements")) if (date.equals(e.path("date").asText(null))) return e;
        throw new AssertionError("no engagement on " + date + " in " + export.get("engagements"));
    }

    private static Set<String> names(JsonNode engagement) {
        Set<String> out = new TreeSet<>();
        for (JsonNode p : engagement.get("participants")) out.add(p.get("name").asText() + "/" + p.get("country").asText() + "/" + p.get("role").asText());
        return out;
    }

    @Test
    void seedsGiveTheThreeEncountersWithAllTheirFacts() throws Exception {
        assumeTrue(shared != null, "../shared not present");
        JsonNode export = ingestAndExport(tmp.resolve("seeds.db"), shared.resolve("corpus/seeds"));
        assertValid(export);
        assertEquals("readout/1", export.get("format").asText());
        assertEquals(5, export.get("documents").size());
        assertEquals(4, export.get("engagements").size(), export.get("engagements").toString());
        JsonNode summit = engagementOn(export, "2023-11-16");
        assertEquals(Set.of("Fumio Kishida/JPN/head of government", "Xi Jinping/CHN/head of state"), names(summit),
                "'the Japan-China Summit Meeting on November 16': the leaders in office that day");
        assertEquals("mentions", summit.get("documents").get(0).get("relation").asText());
        assertTrue(summit.get("occasion").isNull());

        JsonNode call = engagementOn(export, "2023-02-02");
        assertEquals("phone", call.get("format").asText());
        assertEquals("22:00", call.get("local_time").asText());
        assertEquals(50, call.get("duration_minutes").asInt());
        assertTrue(call.get("location").isNull());
        assertEquals(Set.of("Qin Gang/CHN/foreign minister", "Yoshimasa Hayashi/JPN/foreign minister"), names(call));
        List<String> relations = new ArrayList<>();
        call.get("documents").forEach(d -> relations.add(d.get("relation").asText()));
        assertEquals(List.of("reports", "reports", "mentions"), relations, "both readouts, and the visit's announcement recalls it");

        JsonNode visit = engagementOn(export, "2023-04-02");
        assertEquals("held", visit.get("status").asText());
        assertEquals("visit", visit.get("setting").asText());
        assertEquals("Beijing", visit.get("location").get("place").asText());
        assertEquals("CHN", visit.get("host").asText());

        JsonNode busan = engagementOn(export, "2023-11-25");
        assertEquals("third_country", busan.get("setting").asText());
        assertEquals("KOR", busan.get("location").get("country").asText());
        assertEquals("17:30", busan.get("local_time").asText());
        assertEquals(100, busan.get("duration_minutes").asInt());
        assertTrue(busan.get("occasion").asText().contains("Trilateral Foreign Ministers"));
        assertEquals(Set.of("Wang Yi/CHN/foreign minister", "Yoko Kamikawa/JPN/foreign minister"), names(busan));
    }

    @Test
    void theSeedsCallComparedSideBySideShowsWhatTheAnalysisFoundByHand() throws Exception {
        assumeTrue(shared != null, "../shared not present");
        Path db = tmp.resolve("compare.db");
        JsonNode export = ingestAndExport(db, shared.resolve("corpus/seeds"));
        String id = engagementOn(export, "2023-02-02").get("id").asText();
        Cli.Run run = Cli.run("--db", db.toString(), "compare", id, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode c = JSON.readTree(run.out());
        assertEquals("JPN", c.get("accounts").get(0).get("side").asText(), "Japan's own readout comes first");
        assertTrue(c.get("notes").get(0).asText().contains("No CHN readout"), c.get("notes").toString());
        assertBothSides(c, "east-china-sea", "JPN", "ACCUSE", "CHN", "REQUEST");
        assertBothSides(c, "taiwan", "JPN", null, "CHN", "REQUEST");
        assertBothSides(c, "topic:fukushima", "JPN", "REQUEST", "CHN", "ACCUSE");
        JsonNode hongKong = row(c, "hong-kong");
        assertEquals(List.of("JPN"), JSON.convertValue(hongKong.get("raised_by"), List.class), "only Japan raises Hong Kong");
        assertQuoted(c, "east-china-sea", "JPN", "serious concerns");
        assertQuoted(c, "east-china-sea", "CHN", "right-wing forces");
        assertQuoted(c, "taiwan", "JPN", "peace and stability");
        assertQuoted(c, "taiwan", "CHN", "cautious");
        assertQuoted(c, "topic:fukushima", "JPN", "import restrictions on Japanese food products");
        assertQuoted(c, "topic:fukushima", "CHN", "nuclear-polluted water");
        for (JsonNode r : c.get("rows")) {
            for (JsonNode column : r.get("cells")) {
                for (JsonNode cell : column) {
                    String quote = cell.get("quote").get("text").asText();
                    assertFalse(cell.get("sentence").get("text").asText().contains("seem to agree"), "the analyst's own reading: " + cell);
                    if (!r.get("issue").asText().equals("courtesy")) {
                        assertTrue(quote.contains(cell.get("words").asText()), r.get("issue") + ": the quote names its issue: " + cell);
                    }
                }
            }
        }
        String summary = c.get("summary").get("text").asText();
        assertTrue(summary.contains("Both sides raised: East China Sea and the Senkaku (Diaoyu) Islands (JPN \"expressed serious concerns"),
                summary);
        assertTrue(summary.contains("CHN \"requested that Japan stop provocations by 'right-wing forces' regarding the disputed islands\""),
                summary);
        String text = Cli.run("--db", db.toString(), "compare", id).out();
        assertTrue(text.contains("nuclear-polluted water"), text);
        assertTrue(text.contains("right-wing forces"), text);
        assertTrue(text.contains("cautious"), text);
        assertTrue(text.contains("\nSummary:\n" + summary + "\n"), text);
    }

    /** The row has a cell of the side whose quote contains the words. */
    private static void assertQuoted(JsonNode comparison, String issue, String side, String words) {
        for (JsonNode column : row(comparison, issue).get("cells")) {
            for (JsonNode cell : column) {
                if (cell.get("side").asText().equals(side) && cell.get("quote").get("text").asText().contains(words)) return;
            }
        }
        throw new AssertionError(issue + ": no " + side + " cell quoting '" + words + "' in " + row(comparison, issue));
    }

    private static JsonNode row(JsonNode comparison, String issue) {
        for (JsonNode r : comparison.get("rows")) if (issue.equals(r.get("issue").asText())) return r;
        throw new AssertionError("no row " + issue + " in " + comparison.get("rows"));
    }

    /** The row has a statement of type {@code typeA} by side A and one of {@code typeB} by side B (null: any type). */
    private static void assertBothSides(JsonNode comparison, String issue, String sideA, String typeA, String sideB, String typeB) {
        JsonNode r = row(comparison, issue);
        boolean a = false;
        boolean b = false;
        for (JsonNode column : r.get("cells")) {
            for (JsonNode cell : column) {
                String side = cell.get("side").asText();
                String type = cell.get("type").isNull() ? null : cell.get("type").asText();
                if (side.equals(sideA) && (typeA == null || typeA.equals(type))) a = true;
                if (side.equals(sideB) && (typeB == null || typeB.equals(type))) b = true;
            }
        }
        assertTrue(a && b, issue + ": " + r);
    }

    @Test
    void statementsAreCodedWithPloverCameoAndGoldstein() throws Exception {
        assumeTrue(shared != null, "../shared not present");
        JsonNode export = ingestAndExport(tmp.resolve("st.db"), shared.resolve("corpus/seeds"));
        JsonNode statements = export.get("statements");
        assertTrue(statements.size() >= 40, "statements: " + statements.size());
        boolean requestToLiftFoodBan = false;
        for (JsonNode s : statements) {
            if (!s.get("cameo").isNull()) assertTrue(s.get("cameo").asText().matches("\\d{2,4}"));
            if ("REQUEST".equals(s.get("type").asText(null)) && !s.get("issue").isNull()
                    && s.get("issue").get("id").asText().equals("food-import-restrictions")
                    && s.get("speakers").get(0).get("country").asText().equals("JPN") && "CHN".equals(s.get("target").asText(null))) {
                requestToLiftFoodBan = true;
                assertTrue(s.get("goldstein").isNumber());
                int[] span = {s.get("span").get(0).asInt(), s.get("span").get(1).asInt()};
                assertTrue(span[1] > span[0]);
            }
        }
        assertTrue(requestToLiftFoodBan, "Japan's request to China to lift the food import restrictions");
    }

    @Test
    void devCorpusLinksReportsFromBothSides() throws Exception {
        assumeTrue(shared != null, "../shared not present");
        JsonNode export = ingestAndExport(tmp.resolve("dev.db"), shared.resolve("corpus/dev"));
        assertValid(export);
        JsonNode call = engagementOn(export, "2022-10-31");
        assertEquals("phone", call.get("format").asText());
        assertEquals(3, call.get("documents").size(), "the Chinese readout, the US readout and the wire story");
        JsonNode summit = engagementOn(export, "2023-03-10");
        assertEquals("FRA", summit.get("host").asText());
        assertEquals(Set.of("Emmanuel Macron/FRA/head of state", "Rishi Sunak/GBR/head of government"), names(summit));
        JsonNode quad = engagementOn(export, "2024-07-29");
        assertEquals("multilateral", quad.get("setting").asText());
        assertEquals(4, quad.get("participants").size());
    }

    @Test
    void reIngestingChangesNothingAndOrderDoesNotMatter() throws Exception {
        assumeTrue(shared != null, "../shared not present");
        Path seeds = shared.resolve("corpus/seeds");
        JsonNode first = ingestAndExport(tmp.resolve("a.db"), seeds);
        Cli.Run again = Cli.run("--db", tmp.resolve("a.db").toString(), "ingest", seeds.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("0 new, 5 already stored"), again.out());
        JsonNode second = ingestAndExport(tmp.resolve("a.db"), seeds);
        assertEquals(first.get("engagements"), second.get("engagements"));

        List<Path> files = new ArrayList<>();
        try (var s = Files.list(seeds)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted(java.util.Comparator.reverseOrder()).forEach(files::add);
        }
        Path b = tmp.resolve("b.db");
        for (Path f : files) assertEquals(0, Cli.run("--db", b.toString(), "ingest", f.toString()).exit());
        JsonNode oneByOne = ingestAndExport(b, files.get(0));
        assertEquals(first.get("engagements"), oneByOne.get("engagements"),
                "the same engagements and ids, one file at a time in reverse order");
    }
}
