package org.readout.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readout/1 shape checked without the schema file: keys, types, nulls, values. */
class ReadoutJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final List<String> DOCUMENT_KEYS = List.of("id", "source", "url", "title", "outlet", "kind", "issuer", "published",
            "published_basis", "language", "engagements");
    private static final List<String> ENGAGEMENT_KEYS = List.of("id", "status", "format", "setting", "date", "date_end",
            "local_time", "duration_minutes", "location", "host", "occasion", "participants", "documents");

    private static List<String> keys(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void stringOrNull(JsonNode o, String key) {
        assertTrue(o.get(key).isTextual() || o.get(key).isNull(), key + ": " + o.get(key));
    }

    private static void matchesOrNull(JsonNode o, String key, Pattern p) {
        stringOrNull(o, key);
        if (o.get(key).isTextual()) assertTrue(p.matcher(o.get(key).asText()).matches(), key + ": " + o.get(key));
    }

    private static void oneOf(JsonNode o, String key, String... values) {
        JsonNode v = o.get(key);
        List<String> allowed = java.util.Arrays.asList(values);
        if (v.isNull()) assertTrue(allowed.contains(null), key + " is null");
        else assertTrue(v.isTextual() && allowed.contains(v.asText()), key + ": " + v);
    }

    private static void checkLinks(JsonNode links) {
        assertTrue(links.isArray());
        for (JsonNode l : links) {
            assertEquals(List.of("id", "relation"), keys(l));
            assertTrue(l.get("id").isTextual());
            oneOf(l, "relation", "reports", "announces", "mentions");
        }
    }

    /** Every required key of readout/1 with the right type, checked by hand. */
    static void checkShape(JsonNode root) {
        assertEquals(List.of("format", "documents", "engagements", "statements"), keys(root));
        assertEquals("readout/1", root.get("format").asText());
        assertTrue(root.get("statements").isArray());
        for (JsonNode d : root.get("documents")) {
            assertEquals(DOCUMENT_KEYS, keys(d));
            assertTrue(d.get("id").isTextual());
            assertTrue(d.get("source").isTextual());
            stringOrNull(d, "title");
            stringOrNull(d, "outlet");
            oneOf(d, "kind", "official", "news", "analysis", "other");
            matchesOrNull(d, "published", DATE);
            oneOf(d, "published_basis", "given", "text", "inferred", null);
            stringOrNull(d, "language");
            checkLinks(d.get("engagements"));
        }
        for (JsonNode e : root.get("engagements")) {
            assertEquals(ENGAGEMENT_KEYS, keys(e));
            assertTrue(e.get("id").isTextual());
            oneOf(e, "status", "held", "planned");
            oneOf(e, "format", "in_person", "phone", "video");
            oneOf(e, "setting", "visit", "third_country", "multilateral", null);
            matchesOrNull(e, "date", DATE);
            matchesOrNull(e, "date_end", DATE);
            matchesOrNull(e, "local_time", Pattern.compile("[0-2][0-9]:[0-5][0-9]"));
            assertTrue(e.get("duration_minutes").isNull() || e.get("duration_minutes").isInt() && e.get("duration_minutes").asInt() >= 0);
            JsonNode loc = e.get("location");
            if (!loc.isNull()) {
                assertEquals(List.of("place", "country"), keys(loc));
                stringOrNull(loc, "place");
                matchesOrNull(loc, "country", COUNTRY);
            }
            matchesOrNull(e, "host", COUNTRY);
            stringOrNull(e, "occasion");
            for (JsonNode p : e.get("participants")) {
                assertEquals(List.of("name", "country", "role", "actor"), keys(p));
                stringOrNull(p, "name");
                matchesOrNull(p, "country", COUNTRY);
                stringOrNull(p, "role");
                stringOrNull(p, "actor");
            }
            checkLinks(e.get("documents"));
        }
    }

    @Test
    void linkedCorpusHasTheReadoutShape() {
        checkShape(ReadoutJson.tree(ExportCorpus.linked()));
    }

    @Test
    void sparseCorpusHasTheReadoutShape() {
        checkShape(ReadoutJson.tree(ExportCorpus.sparse()));
    }

    @Test
    void awkwardCorpusHasTheReadoutShape() {
        checkShape(ReadoutJson.tree(ExportCorpus.awkward()));
    }

    @Test
    void emptyCorpus() {
        ObjectNode root = ReadoutJson.tree(new LinkedCorpus(List.of(), List.of()));
        checkShape(root);
        assertEquals(0, root.get("documents").size());
        assertEquals(0, root.get("engagements").size());
        assertEquals(0, root.get("statements").size());
    }

    @Test
    void formatName() {
        assertEquals("readout/1", ReadoutJson.FORMAT);
        assertEquals("readout/1", ReadoutJson.tree(ExportCorpus.sparse()).get("format").asText());
    }

    @Test
    void countsMatchTheCorpus() {
        LinkedCorpus c = ExportCorpus.linked();
        ObjectNode root = ReadoutJson.tree(c);
        assertEquals(c.documents().size(), root.get("documents").size());
        assertEquals(c.engagements().size(), root.get("engagements").size());
        assertEquals(5, c.documents().size());
        assertEquals(4, c.engagements().size());
    }

    @Test
    void nullsAreWrittenAsJsonNull() {
        JsonNode e = ReadoutJson.tree(ExportCorpus.sparse()).get("engagements").get(0);
        for (String key : List.of("setting", "date", "date_end", "local_time", "duration_minutes", "location", "host", "occasion")) {
            assertTrue(e.has(key), key);
            assertEquals(JsonNodeType.NULL, e.get(key).getNodeType(), key);
        }
        JsonNode p = e.get("participants").get(0);
        assertEquals(JsonNodeType.NULL, p.get("name").getNodeType());
        JsonNode d = ReadoutJson.tree(ExportCorpus.sparse()).get("documents").get(0);
        for (String key : List.of("title", "outlet", "published", "published_basis", "language")) {
            assertTrue(d.has(key), key);
            assertEquals(JsonNodeType.NULL, d.get(key).getNodeType(), key);
        }
    }

    @Test
    void nullsAppearLiterallyInTheWrittenText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadoutJson.write(ExportCorpus.sparse(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"duration_minutes\" : null"), json);
        assertTrue(json.contains("\"location\" : null"), json);
        assertTrue(json.contains("\"name\" : null"), json);
        assertTrue(json.contains("\"published\" : null"), json);
    }

    @Test
    void writtenTextParsesBackToTheTree() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadoutJson.write(ExportCorpus.linked(), out);
        assertEquals(ReadoutJson.tree(ExportCorpus.linked()), MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void writtenTextIsUtf8AndKeepsCurlyQuotes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Engagement e = ExportCorpus.engagement("eng-00000000000c", "held", "in_person", null, null, null, null, null, null,
                "Leaders’ Meeting", List.of(), List.of());
        ReadoutJson.write(new LinkedCorpus(List.of(), List.of(e)), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Leaders’ Meeting"));
    }

    @Test
    void writeDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ReadoutJson.write(ExportCorpus.sparse(), out);
        assertFalse(closed[0]);
        assertTrue(buffer.size() > 0);
    }

    @Test
    void phoneCallValues() {
        JsonNode call = find(ReadoutJson.tree(ExportCorpus.linked()), "phone");
        assertEquals("held", call.get("status").asText());
        assertEquals("2023-04-02", call.get("date").asText());
        assertEquals("15:00", call.get("local_time").asText());
        assertEquals(90, call.get("duration_minutes").asInt());
        assertTrue(call.get("location").isNull());
        assertTrue(call.get("setting").isNull());
        assertEquals(2, call.get("participants").size());
        JsonNode first = call.get("participants").get(0);
        assertEquals("Qin Gang", first.get("name").asText());
        assertEquals("CHN", first.get("country").asText());
        assertEquals("foreign minister", first.get("role").asText());
        assertEquals("CHNGOV", first.get("actor").asText());
        assertEquals("mofa-call", call.get("documents").get(0).get("id").asText());
        assertEquals("reports", call.get("documents").get(0).get("relation").asText());
    }

    @Test
    void summitValues() {
        JsonNode summit = null;
        for (JsonNode e : ReadoutJson.tree(ExportCorpus.linked()).get("engagements")) {
            if ("2023-11-16".equals(e.get("date").asText())) summit = e;
        }
        assertTrue(summit != null);
        assertEquals("third_country", summit.get("setting").asText());
        assertEquals("San Francisco", summit.get("location").get("place").asText());
        assertEquals("USA", summit.get("location").get("country").asText());
        assertTrue(summit.get("host").isNull());
        assertEquals("30th APEC Economic Leaders' Meeting", summit.get("occasion").asText());
        assertEquals(65, summit.get("duration_minutes").asInt());
    }

    @Test
    void visitValues() {
        JsonNode visit = find(ReadoutJson.tree(ExportCorpus.linked()), "in_person", "2023-04-02");
        assertEquals("visit", visit.get("setting").asText());
        assertEquals("CHN", visit.get("host").asText());
        assertEquals("Beijing", visit.get("location").get("place").asText());
    }

    @Test
    void documentValues() {
        JsonNode docs = ReadoutJson.tree(ExportCorpus.linked()).get("documents");
        JsonNode mofa = null;
        JsonNode nothing = null;
        for (JsonNode d : docs) {
            if (d.get("id").asText().equals("mofa-call")) mofa = d;
            if (d.get("id").asText().equals("blog-nothing")) nothing = d;
        }
        assertEquals("fixtures/call-official.txt", mofa.get("source").asText());
        assertEquals("Title mofa-call", mofa.get("title").asText());
        assertEquals("MOFA Japan", mofa.get("outlet").asText());
        assertEquals("official", mofa.get("kind").asText());
        assertEquals("2023-04-03", mofa.get("published").asText());
        assertEquals("given", mofa.get("published_basis").asText());
        assertEquals("en", mofa.get("language").asText());
        assertEquals(1, mofa.get("engagements").size());
        assertEquals("other", nothing.get("kind").asText());
        assertEquals(0, nothing.get("engagements").size());
        assertTrue(nothing.get("published").isNull());
    }

    @Test
    void engagementsAndDocumentsLinkBothWays() {
        JsonNode root = ReadoutJson.tree(ExportCorpus.linked());
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode e : root.get("engagements")) ids.add(e.get("id").asText());
        for (JsonNode d : root.get("documents")) {
            for (JsonNode l : d.get("engagements")) assertTrue(ids.contains(l.get("id").asText()), l.toString());
        }
    }

    @Test
    void documentAndEngagementHelpersMatchTheTree() {
        LinkedCorpus c = ExportCorpus.linked();
        ObjectNode root = ReadoutJson.tree(c);
        for (int i = 0; i < c.engagements().size(); i++) {
            Engagement e = c.engagements().get(i);
            assertEquals(ReadoutJson.engagement(e), root.get("engagements").get(i));
        }
        for (int i = 0; i < c.documents().size(); i++) {
            LinkedDocument d = c.documents().get(i);
            assertEquals(ReadoutJson.document(d), root.get("documents").get(i));
        }
    }

    private static JsonNode find(JsonNode root, String format) {
        for (JsonNode e : root.get("engagements")) if (format.equals(e.get("format").asText())) return e;
        throw new AssertionError("no " + format + " engagement");
    }

    private static JsonNode find(JsonNode root, String format, String date) {
        for (JsonNode e : root.get("engagements")) {
            if (format.equals(e.get("format").asText()) && date.equals(e.get("date").asText())) return e;
        }
        throw new AssertionError("no " + format + " engagement on " + date);
    }
}
