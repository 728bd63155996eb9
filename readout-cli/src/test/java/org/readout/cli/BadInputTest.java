package org.readout.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Each kind of bad file: one clear line naming it, no stack trace, and the good file beside it still ingested. */
class BadInputTest {
    private static final String GOOD = """
            Foreign Ministers' Telephone Talk

            March 14, 2023

            On March 14, Foreign Minister Park Jin held a telephone talk with Australian Minister for Foreign Affairs Penny Wong for about 30 minutes.
            The two ministers agreed to strengthen cooperation.
            """;

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() throws IOException {
        db = dir.resolve("store.db");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/good.txt"), GOOD);
    }

    private Cli.Run ingestWith(String name, byte[] content) throws IOException {
        Files.write(dir.resolve("in").resolve(name), content);
        return Cli.run("--db", db.toString(), "ingest", dir.resolve("in").toString());
    }

    private void assertOneLineFailure(Cli.Run run, String name, String reason) {
        assertEquals(1, run.exit(), run.out() + run.err());
        List<String> lines = run.err().lines().filter(l -> l.startsWith("failed: ")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains(name), lines.get(0));
        assertTrue(lines.get(0).toLowerCase().contains(reason), lines.get(0));
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.out().contains("ingested 1 new"), "the good file is still ingested: " + run.out());
        Cli.Run list = Cli.run("--db", db.toString(), "engagements");
        assertTrue(list.out().contains("Penny Wong"), list.out());
    }

    @Test
    void emptyFile() throws IOException {
        assertOneLineFailure(ingestWith("empty.txt", new byte[0]), "empty.txt", "empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        b[10] = 0;
        assertOneLineFailure(ingestWith("photo.txt", b), "photo.txt", "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] b = new byte[600];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (0x80 + (i * 7) % 0x3f);
        assertOneLineFailure(ingestWith("broken.txt", b), "broken.txt", "utf-8");
    }

    @Test
    void htmlThatIsOnlyScripts() throws IOException {
        String html = "<html><head><script>var a = 1;</script></head><body><script>track();</script></body></html>";
        assertOneLineFailure(ingestWith("scripts.html", html.getBytes(StandardCharsets.UTF_8)), "scripts.html", "no article text");
    }

    @Test
    void fiftyMegabyteTextFileIsRefusedWithItsSize() throws IOException {
        Path big = dir.resolve("in/huge.txt");
        byte[] line = "The ministers met and talked about many things at length again. \n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
        }
        Cli.Run run = Cli.run("--db", db.toString(), "ingest", dir.resolve("in").toString());
        assertOneLineFailure(run, "huge.txt", "too large");
    }

    @Test
    void unreadableFile() throws IOException {
        Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("does-not-exist.txt"));
        Cli.Run run = Cli.run("--db", db.toString(), "ingest", dir.resolve("in").toString());
        assertOneLineFailure(run, "gone.txt", "");
    }

    @Test
    void missingPathIsReportedAndTheRestIngested() {
        Cli.Run run = Cli.run("--db", db.toString(), "ingest", dir.resolve("nowhere").toString(), dir.resolve("in").toString());
        assertOneLineFailure(run, "nowhere", "");
    }

    @Test
    void unreadableFolderInside() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(sub.resolve("lost.txt"), GOOD.replace("March 14", "March 15"));
        Files.setPosixFilePermissions(sub, Set.of());
        try {
            assumeFalse(Files.isReadable(sub), "running as root: chmod 000 does not make the folder unreadable");
            Cli.Run run = Cli.run("--db", db.toString(), "ingest", dir.resolve("in").toString());
            assertOneLineFailure(run, "sub", "unreadable directory");
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aNewlineInAFileNameCannotForgeAFailureLine() throws IOException {
        Cli.Run run = ingestWith("a.txt\nfailed: forged.txt: binary content, not text\nb.txt", new byte[0]);
        assertOneLineFailure(run, "a.txt\\nfailed: forged.txt: binary content, not text\\nb.txt", "empty file");
    }

    @Test
    void thousandsOfNestedElementsAreReadWithAWarning() throws IOException {
        String html = "<html><body>" + "<div>".repeat(5000) + "<p>Officials of Norland and Sudmark met on Tuesday.</p>"
                + "</div>".repeat(5000) + "</body></html>";
        Cli.Run run = ingestWith("nested.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("ingested 2 new"), run.out());
        assertEquals(List.of("warning: " + dir.resolve("in/nested.html") + ": HTML nested deeper than 512 elements flattened"),
                run.err().lines().toList());
    }

    @Test
    void strayBytesInUtf8AreReplacedWithAWarning() throws IOException {
        String more = "\nThe ministers\u2019 talk covered trade, fisheries and climate finance \u2014 both sides called it useful.\n";
        byte[] text = (GOOD + more.repeat(4)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 4);
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0x80}, 0, bytes, text.length, 4);
        Cli.Run run = ingestWith("stray.txt", bytes);
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("warning: " + dir.resolve("in/stray.txt") + ": 4 invalid UTF-8 bytes replaced with U+FFFD"),
                run.err().lines().toList());
    }

    @Test
    void aStoreThatIsNotADatabaseIsAClearError() throws IOException {
        Files.write(db, "this is not sqlite".repeat(100).getBytes(StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("--db", db.toString(), "engagements");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("readout: "), run.err());
        assertTrue(run.err().contains(db.getFileName().toString()), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void nothingHalfWrittenWhenABatchFails() throws IOException {
        ingestWith("empty.txt", new byte[0]);
        Cli.Run export = Cli.run("--db", db.toString(), "export", "--format", "csv");
        assertEquals(0, export.exit(), export.err());
        Cli.Run docs = Cli.run("--db", db.toString(), "ingest", dir.resolve("in/good.txt").toString());
        assertTrue(docs.out().contains("0 new, 1 already stored"), docs.out());
        assertTrue(Arrays.stream(dir.toFile().list()).noneMatch(n -> n.endsWith(".tmp")));
    }
}
