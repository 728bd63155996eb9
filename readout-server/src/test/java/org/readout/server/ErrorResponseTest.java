package org.readout.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors are JSON with the security headers, also those Jetty answers before any route runs (issue #8). */
class ErrorResponseTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of());
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static void assertJsonErrorWithSecurityHeaders(HttpResponse<String> r) {
        ApiTest.assertJsonError(r);
        assertEquals(ReadoutServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), r.headers().toString());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    }

    @Test
    void tooLongUriIs414Json() {
        HttpResponse<String> r = t.get("/api/search?q=" + "a".repeat(20_000));
        assertEquals(414, r.statusCode(), r.body());
        assertJsonErrorWithSecurityHeaders(r);
    }

    @Test
    void tooLargeHeaderIs431Json() {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/engagements"))
                .header("X-Padding", "a".repeat(20_000)).timeout(Duration.ofSeconds(30)).GET().build());
        assertEquals(431, r.statusCode(), r.body());
        assertJsonErrorWithSecurityHeaders(r);
    }

    @Test
    void malformedMultipartBodiesAre400Json() {
        String b = WriteApiTest.BOUNDARY;
        List<String[]> bodies = List.of(
                new String[]{"multipart/form-data; boundary=" + b, "this is not a multipart body"},
                new String[]{"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\ncut off"},
                new String[]{"multipart/form-data; boundary=" + b, "--" + b + "\r\nno headers at all\r\n--" + b + "--\r\n"},
                new String[]{"multipart/form-data", "--" + b + "\r\n\r\n--" + b + "--\r\n"});
        for (String[] body : bodies) {
            HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents"))
                    .header("Content-Type", body[0]).header("Authorization", "Bearer " + TestServer.TOKEN)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body[1])).build());
            assertEquals(400, r.statusCode(), body[1] + " -> " + r.body());
            assertJsonErrorWithSecurityHeaders(r);
        }
    }
}
