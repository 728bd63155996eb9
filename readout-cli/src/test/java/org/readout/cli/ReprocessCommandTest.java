package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.pipeline.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code reprocess} and the note {@code ingest} gives, on invented documents and an invented office holder. */
class ReprocessCommandTest {
    private static final String CALL = """
            Foreign Minister Penny Wong held a telephone call with Ola Nordmann on March 14, 2023.

            The two ministers agreed to deepen cooperation on critical minerals.
            """;
    private static final String MEETING = """
            Foreign Minister Penny Wong met Foreign Minister Park Jin in Seoul on May 3, 2024.
            """;

    @TempDir
    Path dir;
    Path in;
    Path knowledge;

    @BeforeEach
    void files() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("call.txt"), CALL);
        Files.writeString(in.resolve("meeting.txt"), MEETING);
        knowledge = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(knowledge.resolve("people.tsv"), "ola-nordmann\tOla Nordmann\tNordmann\tNOR\tforeign minister\t2023-01-01\t2023-12-31\t\tm\n");
    }

    private Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), r.out() + r.err());
        return r;
    }

    private String export(String db) throws IOException {
        Path out = dir.resolve(Path.of(db).getFileName() + ".json");
        ok("--db", db, "export", "--format", "json", "-o", out.toString());
        return Files.readString(out);
    }

    @Test
    void aUsersNewKnowledgeReachesTheStoredDocumentsAndIngestSaysWhenTheyAreBehind() throws IOException {
        String db = dir.resolve("s.db").toString();
        Cli.Run first = ok("--db", db, "ingest", in.toString());
        assertFalse(first.err().contains("note:"), first.err());
        assertFalse(ok("--db", db, "engagements").out().contains("Ola Nordmann"));

        Cli.Run note = ok("--db", db, "--knowledge", knowledge.toString(), "ingest", in.toString());
        assertTrue(note.err().contains("note: 2 documents in the store were read by another engine version or other knowledge files; "
                + "run `readout reprocess`"), note.err());

        Cli.Run r = ok("--db", db, "--knowledge", knowledge.toString(), "reprocess");
        assertTrue(r.out().startsWith("reprocessed 2 documents (1 read differently, 0 with a new id), 0 up to date, 0 failed"), r.out());
        assertTrue(r.out().contains("engagements: 1 added, 0 merged, 0 renamed, 0 removed, 0 changed, 1 unchanged"), r.out());
        assertTrue(r.out().contains("statements: 1 added, 0 removed, 0 changed"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("added: eng-[0-9a-f]+")), r.out());
        assertTrue(ok("--db", db, "engagements").out().contains("Ola Nordmann (NOR, foreign minister)"));
        assertFalse(ok("--db", db, "--knowledge", knowledge.toString(), "ingest", in.toString()).err().contains("note:"));

        String fresh = dir.resolve("fresh.db").toString();
        ok("--db", fresh, "--knowledge", knowledge.toString(), "ingest", in.toString());
        assertEquals(export(fresh), export(db), "the same export as a fresh ingest with this knowledge");

        Cli.Run again = ok("--db", db, "--knowledge", knowledge.toString(), "reprocess");
        assertTrue(again.out().startsWith("reprocessed 0 documents (0 read differently, 0 with a new id), 2 up to date"), again.out());
    }

    @Test
    void allSinceAndIdsSelectAndWrongUseIsReported() throws IOException {
        String db = dir.resolve("s.db").toString();
        ok("--db", db, "ingest", in.toString());
        assertTrue(ok("--db", db, "reprocess", "--all").out().startsWith("reprocessed 2 documents (0 read differently"));
        assertTrue(ok("--db", db, "reprocess", "--since", "0.0.1").out().startsWith("reprocessed 0 documents"),
                "--since reads only documents another engine or other knowledge read");
        assertTrue(ok("--db", db, "--knowledge", knowledge.toString(), "reprocess", "--since", "999").out().startsWith("reprocessed 0 documents"));
        assertTrue(ok("--db", db, "--knowledge", knowledge.toString(), "reprocess", "--since", "0.0.1").out().startsWith("reprocessed 2 documents"));

        JsonNode docs = Json.MAPPER.readTree(export(db)).get("documents");
        String meeting = null;
        for (JsonNode d : docs) if (d.get("source").asText().endsWith("meeting.txt")) meeting = d.get("id").asText();
        Cli.Run one = ok("--db", db, "--knowledge", knowledge.toString(), "reprocess", meeting);
        assertTrue(one.out().startsWith("reprocessed 1 document (0 read differently, 0 with a new id), 1 up to date"), one.out());

        Cli.Run unknown = Cli.run("--db", db, "reprocess", "0123456789abcdef");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("failed: 0123456789abcdef: no such document"), unknown.err());

        Cli.Run both = Cli.run("--db", db, "reprocess", "--all", "--since", "0.1");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("give one of --all, --since VERSION or document ids"), both.err());
    }
}
