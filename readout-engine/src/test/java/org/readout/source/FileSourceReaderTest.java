package org.readout.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class FileSourceReaderTest {
    private static final String TEXT = "Ministers Meet in Lisbon\n\nThe two ministers met on Monday and agreed to talk again.\n";

    @TempDir
    Path dir;

    private final FileSourceReader reader = new FileSourceReader();

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private InputRejected rejectedRead(Path file) {
        return assertThrows(InputRejected.class, () -> reader.read(file));
    }

    @Test
    void listsAcceptedExtensionsRecursivelyInSortedOrder() throws Exception {
        write("b.txt", TEXT);
        write("a.md", TEXT);
        write("sub/c.HTML", "<p>x</p>");
        write("sub/deeper/d.htm", "<p>x</p>");
        write("e.pdf", "not a document");
        write("notes", "no extension");
        List<Path> listed = reader.list(List.of(dir));
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.txt"), dir.resolve("sub/c.HTML"), dir.resolve("sub/deeper/d.htm")), listed);
    }

    @Test
    void listSkipsSidecarsAndHiddenFilesAndHiddenDirectories() throws Exception {
        write("a.txt", TEXT);
        write("a.txt.meta.json", "{}");
        write("a.meta.json", "{}");
        write(".hidden.txt", TEXT);
        write(".git/inside.txt", TEXT);
        assertEquals(List.of(dir.resolve("a.txt")), reader.list(List.of(dir)));
    }

    @Test
    void listIsStableAcrossCalls() throws Exception {
        for (String name : List.of("z.txt", "m.txt", "a.txt", "k/b.txt", "B.txt")) {
            write(name, TEXT);
        }
        assertEquals(reader.list(List.of(dir)), reader.list(List.of(dir)));
    }

    @Test
    void listKeepsGivenFilesInOrderAndCountsEachOnce() throws Exception {
        Path b = write("b.txt", TEXT);
        Path a = write("a.txt", TEXT);
        assertEquals(List.of(b, a), reader.list(List.of(b, a, b)));
        assertEquals(List.of(b, a), reader.list(List.of(b, dir)));
    }

    @Test
    void listRejectsMissingPath() {
        Path missing = dir.resolve("nope");
        InputRejected e = assertThrows(InputRejected.class, () -> reader.list(List.of(missing)));
        assertEquals("no such file or directory", e.getMessage());
        assertEquals(missing.toString(), e.source());
    }

    @Test
    void listRejectsDirectoryWithoutDocuments() throws Exception {
        write("only.pdf", "x");
        write("x.meta.json", "{}");
        InputRejected e = assertThrows(InputRejected.class, () -> reader.list(List.of(dir)));
        assertTrue(e.getMessage().startsWith("directory has no documents"), e.getMessage());
    }

    @Test
    void listRejectsEmptyDirectory() {
        InputRejected e = assertThrows(InputRejected.class, () -> reader.list(List.of(dir)));
        assertTrue(e.getMessage().startsWith("directory has no documents"));
    }

    @Test
    void listRejectsGivenFileOfUnsupportedType() throws Exception {
        Path pdf = write("report.pdf", "x");
        InputRejected e = assertThrows(InputRejected.class, () -> reader.list(List.of(pdf)));
        assertEquals("not a document file (expected .txt, .md, .html or .htm)", e.getMessage());
    }

    @Test
    void listRejectsGivenSidecar() throws Exception {
        Path sidecar = write("a.meta.json", "{}");
        InputRejected e = assertThrows(InputRejected.class, () -> reader.list(List.of(sidecar)));
        assertEquals("a metadata sidecar, not a document", e.getMessage());
    }

    @Test
    void listFollowsLinkedFoldersAndSurvivesLoops() throws Exception {
        Path real = write("real/a.txt", TEXT).getParent();
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.createSymbolicLink(top.resolve("linked"), real);
        Files.createSymbolicLink(top.resolve("loop"), top);
        Files.createSymbolicLink(top.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        assertEquals(List.of(top.resolve("dangling.txt"), top.resolve("linked/a.txt")), reader.list(List.of(top)),
                "a broken link is listed so that reading it reports the file instead of losing it silently");
        InputRejected e = assertThrows(InputRejected.class, () -> reader.read(top.resolve("dangling.txt")));
        assertEquals("unreadable file (broken symbolic link)", e.getMessage());
        assertEquals(List.of(top.resolve("linked/a.txt")), reader.list(List.of(top.resolve("linked"))));
    }

    @Test
    void listOfNothingIsEmpty() throws Exception {
        assertEquals(List.of(), reader.list(List.of()));
    }

    @Test
    void readsBytesAndFileName() throws Exception {
        Path file = write("story.txt", TEXT);
        RawDocument doc = reader.read(file);
        assertEquals(file.toString(), doc.source());
        assertEquals("story.txt", doc.fileName());
        assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), doc.bytes());
        assertEquals(SourceMeta.EMPTY, doc.meta());
    }

    @Test
    void readsSidecarNamedAfterWholeFileName() throws Exception {
        Path file = write("a.html", "<p>Text</p>");
        write("a.html.meta.json", "{\"url\":\"https://example.org/a\",\"outlet\":\"Example Times\",\"published\":\"2023-02-03\","
                + "\"language\":\"en\",\"title\":\"A Title\"}");
        SourceMeta meta = reader.read(file).meta();
        assertEquals(new SourceMeta("https://example.org/a", "Example Times", LocalDate.of(2023, 2, 3), "en", "A Title"), meta);
    }

    @Test
    void readsSidecarNamedAfterStem() throws Exception {
        Path file = write("a.txt", TEXT);
        write("a.meta.json", "{\"outlet\":\"Stem Outlet\"}");
        assertEquals("Stem Outlet", reader.read(file).meta().outlet());
    }

    @Test
    void wholeNameSidecarWinsOverStemSidecar() throws Exception {
        Path file = write("a.txt", TEXT);
        write("a.meta.json", "{\"outlet\":\"Stem\"}");
        write("a.txt.meta.json", "{\"outlet\":\"Whole\"}");
        assertEquals("Whole", reader.read(file).meta().outlet());
    }

    @Test
    void rejectsMalformedSidecar() throws Exception {
        Path file = write("a.txt", TEXT);
        write("a.txt.meta.json", "{\"url\": \"https://example.org\",");
        InputRejected e = rejectedRead(file);
        assertTrue(e.getMessage().startsWith("malformed sidecar a.txt.meta.json: not valid JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        assertEquals("empty file", rejectedRead(write("empty.txt", "")).getMessage());
    }

    @Test
    void rejectsFileOfOnlyWhitespace() throws Exception {
        assertEquals("empty file", rejectedRead(write("blank.txt", " \n\r\n\t ")).getMessage());
    }

    @Test
    void rejectsBinaryWithNulBytes() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals("binary content, not text", rejectedRead(file).getMessage());
    }

    @Test
    void rejectsBinaryWithManyControlCharacters() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + (i % 7) : 'a');
        }
        Path file = dir.resolve("controls.txt");
        Files.write(file, bytes);
        assertEquals("binary content, not text", rejectedRead(file).getMessage());
    }

    @Test
    void acceptsUtf16WithByteOrderMark() throws Exception {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(Files.size(file), reader.read(file).size());
    }

    @Test
    void rejectsFileAboveTheLimit() throws Exception {
        Path file = write("big.txt", "x".repeat(3000));
        InputRejected e = assertThrows(InputRejected.class, () -> new FileSourceReader(1000).read(file));
        assertEquals("file too large (3000 bytes > 1000 bytes)", e.getMessage());
    }

    @Test
    void tooLargeMessageIsInMegabytes() throws Exception {
        Path file = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[(3 << 20) + 10]);
        }
        InputRejected e = assertThrows(InputRejected.class, () -> new FileSourceReader(2L << 20).read(file));
        assertEquals("file too large (4 MB > 2 MB)", e.getMessage());
    }

    @Test
    void defaultLimitIs64Megabytes() {
        assertEquals(64L << 20, new FileSourceReader().maxBytes());
        assertThrows(IllegalArgumentException.class, () -> new FileSourceReader(0));
    }

    @Test
    void readsFiftyMegabyteTextFile() throws Exception {
        Path file = dir.resolve("large.txt");
        String line = "The delegations met again on Tuesday and agreed to continue the talks in the spring.\n";
        long target = 50L << 20;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < target) {
                out.write(line);
                written += line.length();
            }
        }
        RawDocument doc = reader.read(file);
        assertEquals(Files.size(file), doc.size());
        assertTrue(doc.size() >= target);
        assertEquals('T', doc.view().get(0));
    }

    @Test
    void rejectsMissingFile() {
        assertEquals("no such file or directory", rejectedRead(dir.resolve("gone.txt")).getMessage());
    }

    @Test
    void rejectsDirectoryGivenAsFile() {
        assertEquals("unreadable file (a directory, not a file)", rejectedRead(dir).getMessage());
    }

    @Test
    void rejectsDanglingSymlinkAsUnreadable() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("target-that-does-not-exist.txt"));
        assertEquals("unreadable file (broken symbolic link)", rejectedRead(link).getMessage());
    }

    @Test
    void rejectsFileWithoutReadPermission() throws Exception {
        Path file = write("secret.txt", TEXT);
        assertTrue(file.toFile().setReadable(false, false));
        try {
            if (Files.isReadable(file)) {
                // Tests run as root, where chmod 000 does not block reading: a dangling link stands in for the unreadable file.
                file = Files.createSymbolicLink(dir.resolve("unreadable.txt"), dir.resolve("missing-target.txt"));
            }
            assertTrue(rejectedRead(file).getMessage().startsWith("unreadable file"));
        } finally {
            dir.resolve("secret.txt").toFile().setReadable(true, false);
        }
    }

    @Test
    void anUnreadableFolderInsideIsListedAndReadingItFails() throws Exception {
        write("in/a.txt", TEXT);
        Path sub = write("in/sub/b.txt", TEXT).getParent();
        Files.setPosixFilePermissions(sub, Set.of());
        try {
            assumeFalse(Files.isReadable(sub), "running as root: chmod 000 does not make the folder unreadable");
            assertEquals(List.of(dir.resolve("in/a.txt"), sub), reader.list(List.of(dir.resolve("in"))));
            assertEquals(sub + ": unreadable directory (permission denied)", rejectedRead(sub).oneLine());
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void controlCharactersInTheFileNameCannotForgeAnotherLine() throws Exception {
        Path file = write("a.txt\nfailed: b.txt: forged.txt", "");
        assertEquals(dir + "/a.txt\\nfailed: b.txt: forged.txt: empty file", rejectedRead(file).oneLine());
        assertEquals("x\\r\\t\\u001b[31m\\u2028y: a\\nb", OneLine.of("x\r\t\u001b[31m\u2028y", "a\nb"));
    }

    @Test
    void oneLineNamesTheFile() throws Exception {
        Path file = write("empty.txt", "");
        assertEquals(file + ": empty file", rejectedRead(file).oneLine());
    }
}
