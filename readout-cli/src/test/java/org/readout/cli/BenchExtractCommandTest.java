package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench-extract on a folder laid out as the article-extraction benchmark is, with two invented pages. */
class BenchExtractCommandTest {
    static final String PAGE = """
            <html><head><title>Ministers Meet in a Port Town</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers Meet in a Port Town</h1>
            <p>The two foreign ministers met on Tuesday in a small port town to talk about fishing rights, ferries and the
            price of diesel along the coast, their offices said in a joint note after the meeting ended.</p>
            <p>They agreed to meet again in the spring, when the ferry timetable for the next year is settled by both sides.</p>
            </article><footer>All rights reserved.</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void writesBothExtractorsPredictionsInTheBenchmarksFormat() throws IOException {
        Path html = Files.createDirectory(dir.resolve("html"));
        Files.writeString(html.resolve("aaa111.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve("bbb222.html.gz")))) {
            out.write(PAGE.replace("Port Town", "Mountain Town").getBytes(StandardCharsets.UTF_8));
        }
        Cli.Run run = Cli.run("bench-extract", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("pages=2 rejected_by_readout=0 "), run.out());

        ObjectMapper json = new ObjectMapper();
        JsonNode readout = json.readTree(dir.resolve("output/readout.json").toFile());
        assertFalse(readout.path("version").asText().isEmpty());
        String body = readout.path("output").path("aaa111").path("articleBody").asText();
        assertTrue(body.contains("The two foreign ministers met on Tuesday"), body);
        assertTrue(body.contains("ferry timetable"), body);
        assertFalse(body.contains("All rights reserved"), body);
        assertTrue(readout.path("output").path("bbb222").path("articleBody").asText().contains("ferry timetable"));

        JsonNode readability = json.readTree(dir.resolve("output/readability4j.json").toFile());
        assertTrue(readability.path("output").path("aaa111").path("articleBody").asText().contains("ferry timetable"));
        assertEquals(2, readability.path("output").size());
    }

    @Test
    void aFolderWithoutPagesIsAnError() {
        Cli.Run run = Cli.run("bench-extract", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no folder"), run.err());
    }
}
