package org.readout.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each command's results on standard output; progress, warnings, failures and logs on standard error. */
class StreamsTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void store() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/readout.txt"), CommandsTest.READOUT);
        Files.writeString(dir.resolve("in/wire.txt"), CommandsTest.WIRE);
        db = dir.resolve("s.db").toString();
        assertEquals(0, Cli.run("--db", db, "ingest", dir.resolve("in").toString()).exit());
    }

    private String call() {
        Matcher m = Pattern.compile("(eng-[0-9a-f]+)\\s+2023-03-14").matcher(Cli.run("--db", db, "engagements").out());
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void ingestPrintsItsSummaryOnStdoutAndProgressAndFailuresOnStderr() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < IngestCommand.PROGRESS_BAR_FROM; i++) {
            Files.writeString(batch.resolve("note-" + i + ".txt"), "Note " + i + "\n\nThe minister spoke on day " + i + ".\n");
        }
        Files.writeString(batch.resolve("empty.txt"), "");
        Cli.Run run = Cli.run("--db", db, "ingest", batch.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("ingested 50 new, 0 already stored, 1 failed (51 files)"), run.out());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("failed: ") && l.contains("empty.txt")), run.err());
        assertTrue(run.err().contains("ingest") && run.err().contains("51/51"), "the progress bar: " + run.err());
    }

    @Test
    void engagementsPrintsTheTableOnStdoutAndAnErrorOnStderr() {
        Cli.Run run = Cli.run("--db", db, "engagements");
        assertTrue(run.out().contains("2 engagements"), run.out());
        assertEquals("", run.err());
        Cli.Run bad = Cli.run("--db", db, "engagements", "--from", "yesterday");
        assertEquals(2, bad.exit());
        assertEquals("", bad.out());
        assertTrue(bad.err().contains("--from"), bad.err());
    }

    @Test
    void showPrintsTheEngagementOnStdoutAndAnUnknownIdOnStderr() {
        Cli.Run run = Cli.run("--db", db, "show", call());
        assertTrue(run.out().startsWith("Engagement eng-"), run.out());
        assertEquals("", run.err());
        Cli.Run unknown = Cli.run("--db", db, "show", "eng-nothing");
        assertEquals("", unknown.out());
        assertTrue(unknown.err().startsWith("readout: no engagement eng-nothing"), unknown.err());
    }

    @Test
    void exportWritesTheDataOnStdoutOrTheFileAndSaysSoOnStderr() {
        Cli.Run run = Cli.run("--db", db, "export", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().strip().startsWith("{") && run.out().contains("\"readout/1\""), run.out());
        assertEquals("", run.err());
        Cli.Run file = Cli.run("--db", db, "export", "--format", "tsv", "-o", dir.resolve("s.tsv").toString());
        assertEquals("", file.out());
        assertTrue(file.err().startsWith("wrote 2 documents, 2 engagements"), file.err());
    }

    @Test
    void comparePrintsTheAccountsOnStdoutAndAnUnknownIdOnStderr() {
        Cli.Run run = Cli.run("--db", db, "compare", call());
        assertTrue(run.out().startsWith("Comparison of eng-"), run.out());
        assertEquals("", run.err());
        Cli.Run unknown = Cli.run("--db", db, "compare", "eng-nothing");
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("no engagement eng-nothing"), unknown.err());
    }

    @Test
    void analyzePrintsTheEngagementsOnStdoutAndFailuresOnStderr() throws IOException {
        Files.writeString(dir.resolve("in/empty.txt"), "");
        Cli.Run run = Cli.run("--db", db, "analyze", dir.resolve("in").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("2 documents read, 1 failed") && run.out().contains("2 engagements"), run.out());
        assertFalse(run.out().contains("empty.txt"), run.out());
        assertTrue(run.err().startsWith("failed: ") && run.err().contains("empty.txt"), run.err());
    }

    @Test
    void benchPrintsItsFiguresOnStdout() {
        Cli.Run run = Cli.run("bench", dir.resolve("in").toString());
        assertTrue(run.out().contains("documents/s="), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpIsOnStdoutAndAnUnknownCommandOnStderr() {
        Cli.Run help = Cli.run("--help");
        assertTrue(help.out().contains("Usage: readout"), help.out());
        assertEquals("", help.err());
        Cli.Run unknown = Cli.run("frobnicate");
        assertEquals(2, unknown.exit());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
    }

    /** In a JVM of its own, as it is run: the address and token on stdout, the server's log (a line per request) on stderr. */
    @Test
    void serveGivesItsAddressOnStdoutAndLogsOnStderr() throws Exception {
        Process p = Cli.start(dir, null, "--db", db, "serve", "--port", "0", "--token", "t0ken");
        StringBuffer err = new StringBuffer();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) err.append(line).append('\n');
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertTrue(first != null && first.matches("Readout serving .* at http://127\\.0\\.0\\.1:\\d+/"), first + "\n" + err);
            assertEquals("write token: as given with --token", out.readLine());
            String url = first.substring(first.lastIndexOf(' ') + 1);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/engagements")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            for (int i = 0; i < 50 && !err.toString().contains("GET /api/engagements 200"); i++) Thread.sleep(100);
            assertTrue(err.toString().contains("INFO AccessLog - GET /api/engagements 200 "), err.toString());
            assertTrue(err.toString().contains("INFO ReadoutServer - serving "), err.toString());
            assertFalse(err.toString().contains("write token"), "the address and token are results, on stdout only");
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
            drain.join(10_000);
        }
    }
}
