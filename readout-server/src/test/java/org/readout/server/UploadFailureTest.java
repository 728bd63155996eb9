package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.FileSourceReader;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceReader;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file whose processing throws an Error (as a deeply nested page overflowing the stack) fails alone (issue #8). */
class UploadFailureTest {
    static final String TRIGGER = "THIS-FILE-OVERFLOWS-THE-STACK";

    /** Reads files as usual, but throws the given Error for one whose text contains {@link #TRIGGER}. */
    static final class ErrorThrowingReader implements SourceReader {
        private final SourceReader files = new FileSourceReader(10L << 20);
        volatile Error error = new StackOverflowError();

        @Override
        public List<Path> list(List<Path> paths) throws InputRejected {
            return files.list(paths);
        }

        @Override
        public RawDocument read(Path file) throws InputRejected {
            RawDocument raw = files.read(file);
            if (new String(raw.bytes(), StandardCharsets.UTF_8).contains(TRIGGER)) throw error;
            return raw;
        }
    }

    @TempDir
    static Path dir;
    static TestServer t;
    static final ErrorThrowingReader reader = new ErrorThrowingReader();

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of(), ReadoutServer.Options.defaults().withPort(0).withToken(TestServer.TOKEN), reader);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static byte[] text(String title, String body) {
        return (title + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, JsonNode> byName(JsonNode body) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode f : body.get("files")) out.put(f.get("name").asText(), f);
        return out;
    }

    @Test
    void anErrorFailsOnlyItsFileAndTheOthersAreStored() {
        for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"))) {
            reader.error = error;
            String tag = error.getClass().getSimpleName();
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(tag + "-before.txt", text("Talks before " + tag, "The Japanese foreign ministry said on Monday that officials met in Tokyo to discuss trade with "
                    + tag.toLowerCase() + " colleagues."));
            byte[] nested = ("<html><body>" + TRIGGER + " " + tag + "</body></html>").getBytes(StandardCharsets.UTF_8);
            boolean last = error instanceof OutOfMemoryError; // the batch then ends with the failure
            if (!last) files.put(tag + "-nested.html", nested);
            files.put(tag + "-after.txt", text("Talks after " + tag, "The Chinese foreign ministry said on Tuesday that officials met in Beijing to discuss fisheries with "
                    + tag.toLowerCase() + " colleagues."));
            if (last) files.put(tag + "-nested.html", nested);
            HttpResponse<String> r = WriteApiTest.upload(t, files, TestServer.TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = TestServer.parse(r.body());
            Map<String, JsonNode> results = byName(body);
            assertEquals("added", results.get(tag + "-before.txt").get("result").asText(), r.body());
            assertEquals("added", results.get(tag + "-after.txt").get("result").asText(), r.body());
            JsonNode failed = results.get(tag + "-nested.html");
            assertEquals("failed", failed.get("result").asText(), r.body());
            String reason = failed.get("reason").asText();
            assertTrue(reason.startsWith("internal error") && !reason.contains("\n"), reason);
            assertEquals(2, body.get("summary").get("added").asInt(), r.body());
            assertEquals(1, body.get("summary").get("failed").asInt(), r.body());
            assertTrue(t.json("/api/search?q=" + tag.toLowerCase()).get("total").asInt() == 2, "both others indexed");
            JsonNode status = t.json("/api/ingest/status");
            assertFalse(status.get("running").asBoolean(), status.toString());
            assertEquals(3, status.get("files_done").asInt(), status.toString());
        }
    }
}
