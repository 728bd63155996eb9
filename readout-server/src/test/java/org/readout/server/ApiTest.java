package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read side of the REST API over the fixtures: lists, filters, paging, one engagement, comparison, search, export, errors. */
class ApiTest extends OverFixtures {
    @Test
    void listsEngagementsWithTotalsAndStatementCounts() {
        JsonNode r = t.json("/api/engagements");
        assertEquals(2, r.get("total").asInt());
        assertEquals(2, r.get("items").size());
        JsonNode first = r.get("items").get(0);
        assertEquals("2023-02-02", first.get("date").asText(), "ordered by date");
        assertEquals("phone", first.get("format").asText());
        assertTrue(first.get("statements").asInt() > 3, first.toString());
        assertTrue(first.has("participants") && first.has("documents") && first.has("duration_minutes"), "readout/1 shape");
        assertEquals(3, first.get("documents").size());
    }

    @Test
    void pagesAndSorts() {
        JsonNode p1 = t.json("/api/engagements?limit=1&offset=0");
        JsonNode p2 = t.json("/api/engagements?limit=1&offset=1");
        assertEquals(2, p1.get("total").asInt());
        assertEquals(1, p1.get("items").size());
        assertEquals(1, p2.get("items").size());
        assertFalse(p1.get("items").get(0).get("id").equals(p2.get("items").get(0).get("id")));
        assertEquals(0, t.json("/api/engagements?offset=10").get("items").size());
        assertEquals("2023-03-06", t.json("/api/engagements?sort=-date").get("items").get(0).get("date").asText());
        assertEquals(500, t.json("/api/engagements?limit=100000").get("limit").asInt(), "limit capped at 500");
    }

    @Test
    void filtersByCountryPersonDatesFormatStatus() {
        assertEquals(2, t.json("/api/engagements?country=JPN").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?country=JPN&country=CHN").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?country=jpn,chn").get("total").asInt());
        assertEquals(0, t.json("/api/engagements?country=CHN,KOR").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?person=park").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?from=2023-03-01").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?to=2023-02-28").get("total").asInt());
        assertEquals(1, t.json("/api/engagements?format=phone").get("total").asInt());
        assertEquals(2, t.json("/api/engagements?status=held").get("total").asInt());
        assertEquals(0, t.json("/api/engagements?status=planned").get("total").asInt());
    }

    @Test
    void badParametersAre400WithJsonError() {
        for (String q : List.of("from=yesterday", "limit=abc", "limit=0", "offset=-1", "sort=name", "country=%3Cscript%3E")) {
            HttpResponse<String> r = t.get("/api/engagements?" + q);
            assertEquals(400, r.statusCode(), q);
            assertJsonError(r);
        }
    }

    @Test
    void oneEngagementWithStatementsDocumentsAndEvidence() {
        String id = t.callId();
        JsonNode r = t.json("/api/engagements/" + id);
        assertEquals(id, r.get("engagement").get("id").asText());
        assertEquals(2, r.get("engagement").get("participants").size());
        assertTrue(r.get("statements").size() > 3);
        JsonNode st = r.get("statements").get(0);
        assertTrue(st.has("cameo") && st.has("goldstein") && st.has("span") && st.has("speakers"), st.toString());
        assertEquals(3, r.get("documents").size());
        Set<String> kinds = new HashSet<>();
        for (JsonNode d : r.get("documents")) {
            assertNotNull(d.get("title").asText());
            assertEquals("reports", d.get("relation").asText());
            kinds.add(d.get("kind").asText());
        }
        assertTrue(kinds.contains("official") && kinds.contains("news"), kinds.toString());
        JsonNode date = r.get("evidence").get("date");
        assertNotNull(date, r.get("evidence").toString());
        assertTrue(date.get("text").asText().contains("February 2"), date.toString());
        assertTrue(r.get("evidence").has("format"));
        assertTrue(t.json("/api/engagements/" + id.substring(0, 8)).get("engagement").get("id").asText().equals(id), "unique prefix");
    }

    @Test
    void comparisonHasBothSidesAccountsAndTheDivergentWording() {
        JsonNode c = t.json("/api/engagements/" + t.callId() + "/comparison");
        List<String> sides = new ArrayList<>();
        for (JsonNode a : c.get("accounts")) sides.add(a.path("side").asText(null));
        assertTrue(sides.contains("JPN") && sides.contains("CHN"), sides.toString());
        assertEquals(3, c.get("accounts").size());
        boolean water = false;
        for (JsonNode row : c.get("rows")) {
            assertEquals(3, row.get("cells").size());
            assertEquals(3, row.get("order").size());
            if (row.get("wordings").toString().contains("nuclear-polluted water")) {
                water = true;
                assertTrue(row.get("divergent").asBoolean(), row.toString());
                assertTrue(row.get("wordings").toString().contains("ALPS treated water"), row.toString());
            }
        }
        assertTrue(water, "the water release is worded differently");
        assertTrue(c.get("summary").get("text").asText().contains("The wording differs on "), c.get("summary").toString());
        assertTrue(c.get("engagement").has("date_end"), "the engagement as readout/1 writes it");
    }

    @Test
    void theOpenapiDescribesTheComparisonsSnakeCaseFields() {
        JsonNode schemas = t.json("/api/openapi.json").get("components").get("schemas");
        JsonNode c = t.json("/api/engagements/" + t.callId() + "/comparison");
        JsonNode row = c.get("rows").get(0);
        JsonNode cell = row.get("cells").get(0).size() > 0 ? row.get("cells").get(0).get(0) : row.get("cells").get(1).get(0);
        assertEquals(names(schemas.get("Comparison").get("properties")), names(c));
        assertEquals(names(schemas.get("Comparison").get("properties").get("rows").get("items").get("properties")), names(row));
        assertEquals(names(schemas.get("ComparisonCell").get("properties")), names(cell));
        assertEquals(names(schemas.get("Comparison").get("properties").get("summary").get("properties")), names(c.get("summary")));
        for (String n : names(row)) assertTrue(n.matches("[a-z_]+"), n);
        for (String n : names(cell)) assertTrue(n.matches("[a-z_]+"), n);
    }

    private static java.util.Set<String> names(JsonNode o) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void documentsListAndOneDocument() {
        JsonNode list = t.json("/api/documents?limit=2");
        assertEquals(4, list.get("total").asInt());
        assertEquals(2, list.get("items").size());
        assertEquals(2, t.json("/api/documents?limit=2&offset=2").get("items").size());
        String id = t.documentId("Japan-China Foreign Ministers");
        JsonNode d = t.json("/api/documents/" + id);
        assertEquals("official", d.get("kind").asText());
        assertTrue(d.get("text").asText().contains("ALPS treated water"));
        assertTrue(d.get("sentences").size() > 5);
        assertTrue(d.get("statements").size() > 3);
        JsonNode st = d.get("statements").get(0);
        int s = st.get("span").get(0).asInt(), e = st.get("span").get(1).asInt();
        assertEquals(st.get("text").asText(), d.get("text").asText().substring(s, e), "spans index the cleaned text");
        assertEquals(1, d.get("linked_engagements").size());
        assertEquals(t.callId(), d.get("linked_engagements").get(0).get("id").asText());
    }

    @Test
    void searchFindsDocumentsAndStatements() {
        JsonNode r = t.json("/api/search?q=nuclear-polluted");
        assertTrue(r.get("total").asInt() >= 2, r.toString());
        JsonNode hit = r.get("items").get(0);
        assertTrue(hit.get("snippet").asText().toLowerCase().contains("nuclear"), hit.toString());
        JsonNode h = hit.get("highlights").get(0);
        assertEquals("nuclear", hit.get("snippet").asText().substring(h.get(0).asInt(), h.get(1).asInt()).toLowerCase());
        assertTrue(hit.get("statements").size() >= 1, hit.toString());
        assertTrue(hit.get("statements").get(0).get("text").asText().contains("polluted"));
        assertEquals(0, t.json("/api/search?q=zzzqqqxxx").get("total").asInt());
        assertEquals(0, t.json("/api/search?q=%22%29%28*%3A%5E").get("items").size(), "FTS syntax is not passed through");
        assertEquals(400, t.get("/api/search").statusCode());
    }

    @Test
    void exportsInThreeFormatsAsAttachments() {
        HttpResponse<String> json = t.get("/api/export?format=json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonNode root = TestServer.parse(json.body());
        assertEquals("readout/1", root.get("format").asText());
        assertEquals(2, root.get("engagements").size());
        assertEquals(4, root.get("documents").size());
        HttpResponse<String> csv = t.get("/api/export?format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(3, csv.body().strip().split("\n").length, "header and two engagements");
        HttpResponse<String> tsv = t.get("/api/export?format=tsv");
        assertTrue(tsv.headers().firstValue("Content-Disposition").orElse("").contains(".tsv"));
        assertTrue(tsv.body().split("\n")[0].contains("\t"));
        assertEquals(400, t.get("/api/export?format=xml").statusCode());
    }

    @Test
    void openapiParsesAndDescribesEveryRoute() {
        JsonNode api = t.json("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3.0"));
        for (String path : List.of("/api/engagements", "/api/engagements/{id}", "/api/engagements/{id}/comparison", "/api/documents",
                "/api/documents/{id}", "/api/ingest/status", "/api/search", "/api/export", "/api/follow")) {
            assertTrue(api.get("paths").has(path), path);
        }
        assertTrue(api.get("paths").get("/api/documents").has("post"));
        assertTrue(api.get("paths").get("/api/documents/{id}").has("delete"));
    }

    @Test
    void notFoundAndInvalidIdsAreJsonErrorsWithoutStackTraces() {
        for (String path : List.of("/api/engagements/eng-000000000000", "/api/documents/0000000000000000",
                "/api/engagements/eng-000000000000/comparison", "/api/nothing-here")) {
            HttpResponse<String> r = t.get(path);
            assertEquals(404, r.statusCode(), path);
            assertJsonError(r);
        }
        for (String path : List.of("/api/engagements/a.b", "/api/documents/%3Cscript%3E", "/api/engagements/x%20y/comparison")) {
            HttpResponse<String> r = t.get(path);
            assertEquals(400, r.statusCode(), path);
            assertJsonError(r);
        }
    }

    @Test
    void pathTraversalIsRefused() {
        for (String path : List.of("/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2f..%2fetc%2fpasswd",
                "/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/documents/..%5C..%5Cwindows", "/documents/..%2F..%2Fetc%2Fpasswd",
                "/static/..%2F..%2Freadout%2Fserver%2Fopenapi.json", "/api/engagements/..%2F..%2F")) {
            HttpResponse<String> r = t.get(path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("root:"), path);
            if (path.startsWith("/api")) assertJsonError(r);
        }
        HttpResponse<String> raw = t.send(HttpRequest.newBuilder(URI.create(t.base + "/api/documents/../../etc/passwd")).GET().build());
        assertTrue(raw.statusCode() == 400 || raw.statusCode() == 404, "dot segments: " + raw.statusCode());
        assertFalse(raw.body().contains("root:"));
    }

    @Test
    void ingestStatusAnswers() {
        JsonNode s = t.json("/api/ingest/status");
        assertFalse(s.get("running").asBoolean());
        assertTrue(s.has("files_done") && s.has("files_total"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        HttpResponse<String> r = t.get("/");
        assertEquals(ReadoutServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    static void assertJsonError(HttpResponse<String> r) {
        JsonNode body = TestServer.parse(r.body());
        assertTrue(body.has("error") && body.get("error").isTextual(), r.body());
        assertEquals(1, body.size(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), r.body());
    }
}
