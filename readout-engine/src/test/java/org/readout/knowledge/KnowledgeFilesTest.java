package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeFilesTest {
    @TempDir
    Path dir;

    private static KnowledgeFiles.Listing listing(Path userDir, String name) {
        return KnowledgeFiles.list(userDir).stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyUserReadableFileIsBundledUnderAUniqueName() {
        Set<String> names = new HashSet<>();
        for (String resource : KnowledgeFiles.USER_READABLE) {
            assertTrue(KnowledgeDigest.bundledFiles().containsKey(resource), resource);
            assertTrue(names.add(KnowledgeFiles.name(resource)), resource);
        }
    }

    @Test
    void withoutAFolderEveryFileIsBundledAndCounted() {
        List<KnowledgeFiles.Listing> all = KnowledgeFiles.list(null);
        assertEquals(KnowledgeDigest.bundledFiles().keySet(), Set.copyOf(all.stream().map(KnowledgeFiles.Listing::resource).toList()));
        assertTrue(all.stream().allMatch(l -> l.origin() == KnowledgeFiles.Origin.BUNDLED && l.userFile() == null && l.rows() > 0), all.toString());
        assertFalse(listing(null, "months.tsv").userReadable());
        assertTrue(listing(null, "cues.tsv").userReadable());
        assertTrue(listing(null, "issues.tsv").userReadable());
    }

    @Test
    void aUsersFileExtendsTheBundledOneOrReplacesItWhenItSaysSo() throws IOException {
        int bundled = listing(null, "titles.tsv").rows();
        Files.writeString(dir.resolve("titles.tsv"), "# my titles\nGrand Vizier\tforeign minister\n");
        KnowledgeFiles.Listing extended = listing(dir, "titles.tsv");
        assertEquals(KnowledgeFiles.Origin.EXTENDED, extended.origin());
        assertEquals(dir.resolve("titles.tsv"), extended.userFile());
        assertEquals(bundled + 1, extended.rows());

        Files.writeString(dir.resolve("titles.tsv"), Tsv.REPLACE_MARKER + "\nGrand Vizier\tforeign minister\n");
        KnowledgeFiles.Listing replaced = listing(dir, "titles.tsv");
        assertEquals(KnowledgeFiles.Origin.REPLACED, replaced.origin());
        assertEquals(1, replaced.rows());
        assertEquals(List.of("Grand Vizier"), Tsv.load("titles.tsv", dir).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aFileTheEngineReadsOnlyFromItselfIsListedAsUnread() throws IOException {
        Files.writeString(dir.resolve("months.tsv"), "1\tJänner\n");
        Files.writeString(dir.resolve("issue.tsv"), "misspelt\n");
        Files.writeString(dir.resolve("issues.tsv"), "");
        assertEquals(List.of(dir.resolve("issue.tsv"), dir.resolve("months.tsv")), KnowledgeFiles.unread(dir));
        KnowledgeFiles.Listing months = listing(dir, "months.tsv");
        assertEquals(KnowledgeFiles.Origin.BUNDLED, months.origin());
        assertNull(months.userFile());
    }

    @Test
    void everyUserReadableFileCountsInTheDigest() throws IOException {
        String bundled = KnowledgeDigest.of(null);
        Files.writeString(dir.resolve("months.tsv"), "1\tJänner\n");
        assertEquals(bundled, KnowledgeDigest.of(dir), "a file the engine does not read from the folder");
        for (String name : List.of("issues.tsv", "diplomatic-patterns.tsv", "junk.tsv", "topics.tsv", "cues.tsv")) {
            Path d = Files.createDirectories(dir.resolve(name + ".d"));
            Files.writeString(d.resolve(name), "# a comment\n");
            assertNotEquals(bundled, KnowledgeDigest.of(d), name);
        }
    }
}
