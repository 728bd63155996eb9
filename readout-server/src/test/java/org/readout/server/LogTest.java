package org.readout.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's log (SLF4J, slf4j-simple; in the tests target/server-test.log, see simplelogger.properties):
 * a line per request with method, path, status and duration; an error with its stack trace, which the
 * response never carries.
 */
class LogTest extends OverFixtures {
    static final Path LOG = Path.of("target", "server-test.log");

    /** The log once it has the text (Jetty writes a request's line just after the response has gone). */
    static String logWith(String text) throws IOException, InterruptedException {
        for (int i = 0; i < 50 && !Files.readString(LOG).contains(text); i++) Thread.sleep(100);
        return Files.readString(LOG);
    }

    @Test
    void eachRequestIsOneLineWithMethodPathStatusAndDuration() throws IOException, InterruptedException {
        String marker = UUID.randomUUID().toString();
        assertEquals(200, t.get("/api/engagements?person=" + marker).statusCode());
        assertEquals(404, t.get("/no-such-page-" + marker).statusCode());
        assertEquals(400, t.get("/api/engagements?limit=x&q=" + marker).statusCode());
        String log = logWith("GET /api/engagements 400 ");
        assertTrue(log.lines().anyMatch(l -> l.matches(".* INFO AccessLog - GET /no-such-page-" + marker + " 404 \\d+ ms")), log);
        assertTrue(log.contains("GET /api/engagements 200 "), log);
        assertTrue(log.contains("GET /api/engagements 400 "), log);
        assertFalse(log.contains("person=" + marker) || log.contains("q=" + marker), "query strings stay out of the log");
    }

    @Test
    void anInternalErrorGoesToTheLogWithItsStackAndNotToTheClient() throws IOException, InterruptedException {
        String document = t.documentId("Meeting in Tokyo");
        try (TestServer broken = new TestServer(dir.resolve("broken"), List.of(TestServer.fixtures()))) {
            broken.server.queries().close(); // the store's read connections gone: every document page fails inside
            for (String path : List.of("/documents/" + document, "/api/documents/" + document)) {
                HttpResponse<String> r = broken.get(path);
                assertEquals(500, r.statusCode(), path);
                assertTrue(r.body().contains("internal error"), r.body());
                assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack in the response: " + r.body());
                String log = logWith("GET " + path + " 500 ");
                assertTrue(log.contains("ERROR ReadoutServer - GET " + path + " failed"), log);
                assertTrue(log.contains("\tat org.readout.store.StoreReader"), "the stack trace is on the log");
                assertTrue(log.contains("GET " + path + " 500 "), log);
            }
        }
    }
}
