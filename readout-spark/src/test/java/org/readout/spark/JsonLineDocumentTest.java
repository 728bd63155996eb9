package org.readout.spark;

import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonLineDocumentTest {
    private static RawDocument parse(String line) throws InputRejected {
        return JsonLineDocument.parse("news.jsonl:7", line.getBytes(StandardCharsets.UTF_8), 1 << 20);
    }

    private static String reason(String line) {
        InputRejected e = assertThrows(InputRejected.class, () -> parse(line));
        assertEquals("news.jsonl:7", e.source());
        return e.getMessage();
    }

    @Test
    void aRecordIsItsTextWithTheFieldsASidecarWouldGive() throws Exception {
        RawDocument raw = parse("""
                {"url": " https://example.org/a ", "text": "Hayashi spoke with Baerbock.\\n", "published": "2023-01-17T09:00:00+09:00",
                 "outlet": "Example News", "language": "en_GB", "title": "A call", "extra": [1, 2]}""".replace("\n", ""));
        assertEquals("news.jsonl:7", raw.source());
        assertEquals("txt", raw.extension());
        assertEquals("Hayashi spoke with Baerbock.\n", new String(raw.bytes(), StandardCharsets.UTF_8), "the body as given");
        assertEquals("https://example.org/a", raw.meta().url());
        assertEquals(LocalDate.of(2023, 1, 17), raw.meta().published(), "the calendar date as stated, no time-zone shift");
        assertEquals("Example News", raw.meta().outlet());
        assertEquals("en-GB", raw.meta().language());
        assertEquals("A call", raw.meta().title());
    }

    @Test
    void htmlIsReadAsAnHtmlFileAndWinsOverText() throws Exception {
        RawDocument raw = parse("{\"html\": \"<p>Hayashi spoke.</p>\", \"text\": \"Hayashi spoke.\"}");
        assertEquals("html", raw.extension());
        assertEquals("<p>Hayashi spoke.</p>", new String(raw.bytes(), StandardCharsets.UTF_8));
        assertNull(raw.meta().url());
        assertNull(raw.meta().published());
    }

    @Test
    void aRecordThatCannotBeUsedIsRejectedWithItsReason() {
        assertEquals("not a valid JSON record (column 9)", reason("{\"text\" \"x\"}"));
        assertEquals("a JSON Lines record must be a JSON object", reason("[\"text\"]"));
        assertEquals("a record needs a 'text' or an 'html' field", reason("{\"url\": \"https://example.org/a\"}"));
        assertEquals("'text' must be a string", reason("{\"text\": 12}"));
        assertEquals("'published' is not an ISO date: last Tuesday", reason("{\"text\": \"a\", \"published\": \"last Tuesday\"}"));
        assertEquals("'language' is not a BCP-47 tag: 12345678901", reason("{\"text\": \"a\", \"language\": \"12345678901\"}"));
        assertEquals("'url' must be a string", reason("{\"text\": \"a\", \"url\": {}}"));
        assertEquals("empty page", reason("{\"text\": \"  \\n \"}"));
        assertEquals("binary content, not text", reason("{\"text\": \"a\\u0000b\"}"));
    }

    @Test
    void aBodyOverTheLargestDocumentIsRejected() {
        InputRejected e = assertThrows(InputRejected.class,
                () -> JsonLineDocument.parse("big.jsonl:1", ("{\"text\": \"" + "a".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8), 2000));
        assertEquals("too large (3000 bytes > 2000 bytes)", e.getMessage());
    }
}
