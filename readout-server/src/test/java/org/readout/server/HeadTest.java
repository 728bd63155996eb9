package org.readout.server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** HEAD is answered as GET would be, with the same status and content type, and no body. */
class HeadTest extends OverFixtures {
    HttpResponse<String> head(String path) {
        return t.send(HttpRequest.newBuilder(URI.create(t.base + path)).timeout(Duration.ofSeconds(30))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void pagesAndApiReadsAnswerHeadLikeGet() {
        String engagement = t.callId();
        String document = t.documentId("Meeting in Tokyo");
        List<String> paths = List.of("/", "/?country=JPN", "/engagements/" + engagement, "/documents", "/documents/" + document,
                "/search?q=water", "/upload", "/static/style.css", "/static/app.js",
                "/api/engagements", "/api/engagements/" + engagement, "/api/engagements/" + engagement + "/comparison",
                "/api/documents", "/api/documents/" + document, "/api/ingest/status", "/api/search?q=water",
                "/api/export?format=csv", "/api/openapi.json",
                "/engagements/eng-none", "/api/documents/none", "/no/such/page", "/api/engagements?limit=x");
        for (String path : paths) {
            HttpResponse<String> get = t.get(path);
            HttpResponse<String> head = head(path);
            assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), "HEAD " + path);
            assertEquals(get.headers().firstValue("Content-Security-Policy"), head.headers().firstValue("Content-Security-Policy"), path);
            assertEquals("", head.body(), "HEAD " + path + " has no body");
            assertFalse(get.body().isEmpty(), "GET " + path);
        }
    }
}
