package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeDigestTest {
    @TempDir
    Path dir;

    @Test
    void theBundledDigestCoversEveryDataFileButTheReadmes() {
        Map<String, byte[]> files = KnowledgeDigest.bundledFiles();
        assertTrue(files.containsKey("readout/knowledge/people.tsv"), files.keySet().toString());
        assertTrue(files.containsKey("readout/coding/diplomatic-patterns.tsv"));
        assertTrue(files.containsKey("readout/extract/cues.tsv"));
        assertTrue(files.containsKey("readout/clean/junk.tsv"));
        assertTrue(files.keySet().stream().noneMatch(n -> n.endsWith(".md")), files.keySet().toString());
        assertEquals(KnowledgeDigest.of(null), KnowledgeBase.bundled().digest());
        assertEquals(16, KnowledgeDigest.of(null).length());
    }

    @Test
    void aUsersKnowledgeFileChangesTheDigestAndAFileTheEngineDoesNotReadDoesNot() throws IOException {
        String bundled = KnowledgeDigest.of(null);
        assertEquals(bundled, KnowledgeDigest.of(dir), "an empty folder adds nothing");
        Files.writeString(dir.resolve("notes.txt"), "not knowledge\n");
        assertEquals(bundled, KnowledgeDigest.of(dir));
        Files.writeString(dir.resolve("titles.tsv"), "Grand Vizier\tforeign minister\n");
        String withTitle = KnowledgeDigest.of(dir);
        assertNotEquals(bundled, withTitle);
        Files.writeString(dir.resolve("titles.tsv"), "Grand Vizier\thead of government\n");
        assertNotEquals(withTitle, KnowledgeDigest.of(dir), "the digest follows the file's content");
        assertEquals(KnowledgeDigest.of(dir), KnowledgeBase.load(dir).digest());
    }

    @Test
    void theDataFilesAreReadAlikeFromAJarAndFromAFolder() throws IOException {
        Path folder = dir.resolve("classes");
        Files.createDirectories(folder.resolve("readout/knowledge"));
        Files.writeString(folder.resolve("readout/knowledge/people.tsv"), "id\tname\n");
        Files.writeString(folder.resolve("readout/README.md"), "docs\n");
        Path jar = dir.resolve("engine.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("readout/"));
            j.putNextEntry(new JarEntry("readout/knowledge/"));
            j.putNextEntry(new JarEntry("readout/knowledge/people.tsv"));
            j.write("id\tname\n".getBytes());
            j.putNextEntry(new JarEntry("readout/README.md"));
            j.write("docs\n".getBytes());
            j.putNextEntry(new JarEntry("org/readout/Other.class"));
        }
        Map<String, byte[]> fromFolder = KnowledgeDigest.read(folder.resolve("readout/knowledge/people.tsv").toUri().toURL());
        Map<String, byte[]> fromJar = KnowledgeDigest.read(new URL("jar:" + jar.toUri() + "!/readout/knowledge/people.tsv"));
        assertEquals(fromFolder.keySet(), fromJar.keySet());
        assertEquals(java.util.Set.of("readout/knowledge/people.tsv"), fromJar.keySet());
        assertTrue(Arrays.equals(fromFolder.get("readout/knowledge/people.tsv"), fromJar.get("readout/knowledge/people.tsv")));
    }
}
