package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.pipeline.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code readout --knowledge DIR}: a user's issue, pattern, cue, person and occasion each change what is read (invented text). */
class KnowledgeFolderTest {
    private static final String CALL = """
            Seoul, March 14, 2023 -- Foreign Minister Park Jin held a telephone conversation with Australian Foreign \
            Minister Penny Wong on March 14, 2023.

            Minister Park expressed concern about widget exports. Minister Park frowned upon the missile launches by North Korea.
            """;
    private static final String NORDMANN = "Foreign Minister Penny Wong held a telephone call with Ola Nordmann on March 14, 2023.\n";
    private static final String FORUM = """
            Seoul, March 15, 2023 -- Foreign Minister Park Jin met Australian Foreign Minister Penny Wong on March 14, 2023 \
            on the sidelines of the Widget Forum 2023.
            """;

    @TempDir
    Path dir;

    private Path document(String text) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("doc.txt"), text);
        return in;
    }

    private Path knowledge(String file, String rows) throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(kb.resolve(file), rows);
        return kb;
    }

    private static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), r.out() + r.err());
        return r;
    }

    /** The statement table (export --format tsv) of the documents read with the knowledge folder, if any: one map per statement. */
    private List<List<String>> statements(Path in, Path kb, String... columns) {
        String db = dir.resolve(kb == null ? "bundled.db" : "user.db").toString();
        List<String> args = new ArrayList<>(List.of("--db", db));
        if (kb != null) args.addAll(List.of("--knowledge", kb.toString()));
        args.addAll(List.of("ingest", in.toString()));
        ok(args.toArray(String[]::new));
        List<String> lines = ok("--db", db, "export", "--format", "tsv").out().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        List<List<String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            out.add(Arrays.stream(columns).map(c -> cells[header.indexOf(c)]).toList());
        }
        return out;
    }

    @Test
    void aUsersIssueIsTheIssueOfAStatementAboutIt() throws IOException {
        Path in = document(CALL);
        Path kb = knowledge("issues.tsv", "widget-exports\tWidget exports\teconomic\twidget exports\n");
        List<String> concern = List.of("110", "unclassified", "widget exports");
        assertTrue(statements(in, null, "cameo", "issue_id", "issue_label").contains(concern), "without it, a label from the text");
        List<List<String>> user = statements(in, kb, "cameo", "issue_id", "issue_label");
        assertTrue(user.contains(List.of("110", "widget-exports", "Widget exports")), user.toString());
    }

    @Test
    void aUsersPatternReadsAStatementTheBundledPatternsMiss() throws IOException {
        Path in = document(CALL);
        Path kb = knowledge("diplomatic-patterns.tsv", "frown~ upon\t111\tinvented\n");
        assertEquals(List.of(List.of("110")), statements(in, null, "cameo"));
        List<List<String>> user = statements(in, kb, "cameo", "target_country");
        assertTrue(user.contains(List.of("111", "PRK")), user.toString());
    }

    @Test
    void aUsersCueMakesAnActTheWritersReading() throws IOException {
        Path in = document(CALL.replace("Minister Park expressed concern", "Minister Park purportedly expressed concern"));
        Path kb = knowledge("cues.tsv", "hedge\tpurportedly\n");
        assertTrue(statements(in, null, "cameo").contains(List.of("110")), "without it, the concern is Park's");
        List<List<String>> user = statements(in, kb, "cameo");
        assertFalse(user.contains(List.of("110")), user.toString());
    }

    @Test
    void aUsersPersonIsAParticipantWithCountryAndOffice() throws IOException {
        Path in = document(NORDMANN);
        Path kb = knowledge("people.tsv", "ola-nordmann\tOla Nordmann\tNordmann\tNOR\tforeign minister\t2023-01-01\t2023-12-31\t\tm\n");
        assertFalse(ok("analyze", in.toString()).out().contains("Ola Nordmann (NOR, foreign minister)"));
        String user = ok("--knowledge", kb.toString(), "analyze", in.toString()).out();
        assertTrue(user.contains("Ola Nordmann (NOR, foreign minister)"), user);
    }

    @Test
    void aUsersOccasionNamesTheEncounterAndPlacesIt() throws IOException {
        Path in = document(FORUM);
        Path kb = knowledge("occasions.tsv", "widget-forum-2023\tWidget Forum\tWidget Forum 2023\t\t2023-03-13\t2023-03-15\tBergen\tNOR\tinvented\n");
        JsonNode bundled = engagement(in, null);
        assertEquals("Widget Forum", bundled.get("occasion").asText(), "without it, the series as the text names it");
        assertTrue(bundled.get("location").isNull(), bundled.toString());
        JsonNode user = engagement(in, kb);
        assertEquals("Widget Forum 2023", user.get("occasion").asText(), user.toString());
        assertEquals("Bergen", user.get("location").get("place").asText(), user.toString());
    }

    private JsonNode engagement(Path in, Path kb) throws IOException {
        String db = dir.resolve(kb == null ? "bundled.db" : "user.db").toString();
        if (kb == null) ok("--db", db, "ingest", in.toString());
        else ok("--db", db, "--knowledge", kb.toString(), "ingest", in.toString());
        JsonNode engagements = Json.MAPPER.readTree(ok("--db", db, "export", "--format", "json").out()).get("engagements");
        assertEquals(1, engagements.size(), engagements.toString());
        return engagements.get(0);
    }

    @Test
    void knowledgeListsEveryFileWithWhereItCameFromAndWarnsOfFilesItDoesNotRead() throws IOException {
        Path kb = knowledge("issues.tsv", "widget-exports\tWidget exports\teconomic\twidget exports\n");
        Files.writeString(kb.resolve("topics.tsv"), "# replace\nwidgets\tWidgets\twidget-exports\n");
        Files.writeString(kb.resolve("cues.tsv"), "hedge\tpurportedly\n");
        Files.writeString(kb.resolve("months.tsv"), "1\tJänner\n");
        Cli.Run r = ok("--knowledge", kb.toString(), "knowledge");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("FILE +ROWS +FROM"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("issues\\.tsv +\\d+ +bundled readout/issues/issues\\.tsv, extended by "
                + java.util.regex.Pattern.quote(kb.resolve("issues.tsv").toString()))), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("topics\\.tsv +1 +" + java.util.regex.Pattern.quote(kb.resolve("topics.tsv").toString())
                + ", replacing the bundled readout/compare/topics\\.tsv")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("people\\.tsv +\\d+ +bundled readout/knowledge/people\\.tsv \\(extendable\\)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("cues\\.tsv +\\d+ +bundled readout/extract/cues\\.tsv, extended by "
                + java.util.regex.Pattern.quote(kb.resolve("cues.tsv").toString()))), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("months\\.tsv +\\d+ +bundled readout/annotate/months\\.tsv")), r.out());
        assertEquals("warning: " + kb.resolve("months.tsv") + ": not read (only the files listed as extendable are)\n",
                r.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aKnowledgeFolderThatIsNotThereIsAnError() {
        Cli.Run r = Cli.run("--knowledge", dir.resolve("nope").toString(), "analyze", dir.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no knowledge folder " + dir.resolve("nope")), r.err());
    }
}
