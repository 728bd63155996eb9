package org.readout.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SidecarTest {
    @TempDir
    Path dir;

    private Path doc() throws IOException {
        return Files.writeString(dir.resolve("doc.html"), "<p>x</p>");
    }

    private SourceMeta withSidecar(String json) throws Exception {
        Files.writeString(dir.resolve("doc.html.meta.json"), json);
        return Sidecar.read(doc());
    }

    private String rejection(String json) throws Exception {
        Files.writeString(dir.resolve("doc.html.meta.json"), json);
        Path doc = doc();
        return assertThrows(InputRejected.class, () -> Sidecar.read(doc)).getMessage();
    }

    @Test
    void noSidecarGivesEmptyMeta() throws Exception {
        assertNull(Sidecar.find(doc()));
        assertEquals(SourceMeta.EMPTY, Sidecar.read(doc()));
    }

    @Test
    void findsStemSidecar() throws Exception {
        Files.writeString(dir.resolve("doc.meta.json"), "{}");
        assertEquals(dir.resolve("doc.meta.json"), Sidecar.find(doc()));
    }

    @Test
    void readsAllFields() throws Exception {
        SourceMeta meta = withSidecar("{\"url\":\"https://example.org/x\",\"outlet\":\"Daily Ledger\","
                + "\"published\":\"2024-07-29\",\"language\":\"en-GB\",\"title\":\"Talks Resume\"}");
        assertEquals(new SourceMeta("https://example.org/x", "Daily Ledger", LocalDate.of(2024, 7, 29), "en-GB", "Talks Resume"), meta);
    }

    @Test
    void missingNullAndBlankFieldsAreNull() throws Exception {
        assertEquals(SourceMeta.EMPTY, withSidecar("{\"url\":null,\"title\":\"  \"}"));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        assertEquals("X", withSidecar("{\"outlet\":\"X\",\"tags\":[1,2]}").outlet());
    }

    @Test
    void publishedMayBeDateTime() throws Exception {
        assertEquals(LocalDate.of(2023, 3, 31), withSidecar("{\"published\":\"2023-03-31T23:30:00+09:00\"}").published());
    }

    @Test
    void languageIsNormalised() throws Exception {
        assertEquals("pt-BR", withSidecar("{\"language\":\"pt_br\"}").language());
    }

    @Test
    void rejectsInvalidJson() throws Exception {
        assertTrue(rejection("{\"url\": ").startsWith("malformed sidecar doc.html.meta.json: not valid JSON (line 1)"));
    }

    @Test
    void rejectsEmptySidecar() throws Exception {
        assertEquals("malformed sidecar doc.html.meta.json: expected a JSON object", rejection(""));
    }

    @Test
    void rejectsNonObject() throws Exception {
        assertEquals("malformed sidecar doc.html.meta.json: expected a JSON object", rejection("[\"a\"]"));
    }

    @Test
    void rejectsNonStringField() throws Exception {
        assertEquals("malformed sidecar doc.html.meta.json: 'title' must be a string", rejection("{\"title\": 5}"));
    }

    @Test
    void rejectsBadDate() throws Exception {
        assertEquals("malformed sidecar doc.html.meta.json: 'published' is not an ISO date: 3 Feb 2023",
                rejection("{\"published\": \"3 Feb 2023\"}"));
    }

    @Test
    void rejectsBadLanguage() throws Exception {
        assertEquals("malformed sidecar doc.html.meta.json: 'language' is not a BCP-47 tag: english!!",
                rejection("{\"language\": \"english!!\"}"));
    }
}
