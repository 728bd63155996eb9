package org.readout.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.readout.annotate.Sentence;
import org.readout.compare.ComparisonJson;
import org.readout.export.EngagementCsv;
import org.readout.export.ReadoutJson;
import org.readout.export.StatementTsv;
import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;
import org.readout.pipeline.Json;
import org.readout.store.Reprocessing;
import org.readout.store.SearchIndex;
import org.readout.store.StoreReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** The REST API under {@code /api}: JSON through {@link Json#MAPPER}, errors as {@code {"error": message}}. */
final class Api {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** Web pages one request may name. */
    static final int MAX_URLS = 100;
    /** New feed items one follow request ingests by default, and at most; the rest are left for the next request. */
    static final int DEFAULT_FOLLOW_LIMIT = 20;
    static final int MAX_FOLLOW_LIMIT = 100;

    private final ReadoutServer server;
    private final byte[] openapi;

    Api(ReadoutServer server) {
        this.server = server;
        try (InputStream in = Api.class.getResourceAsStream("/readout/server/openapi.json")) {
            openapi = in == null ? "{}".getBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.json", e);
        }
    }

    void routes(Javalin app) {
        ReadoutServer.read(app, "/api/engagements", this::engagements);
        ReadoutServer.read(app, "/api/engagements/{id}", this::engagement);
        ReadoutServer.read(app, "/api/engagements/{id}/comparison", this::comparison);
        ReadoutServer.read(app, "/api/documents", this::documents);
        ReadoutServer.read(app, "/api/documents/{id}", this::document);
        app.post("/api/documents", this::upload);
        app.post("/api/follow", this::follow);
        app.delete("/api/documents/{id}", this::delete);
        ReadoutServer.read(app, "/api/ingest/status", ctx -> json(ctx, server.status().json()));
        app.post("/api/reprocess", this::reprocess);
        ReadoutServer.read(app, "/api/search", this::search);
        ReadoutServer.read(app, "/api/export", this::export);
        ReadoutServer.read(app, "/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    }

    static void json(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(Json.MAPPER.writeValueAsBytes(body));
    }

    // --- parameters ---------------------------------------------------------------------------------

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min) throw ApiException.badRequest(name + ": must be at least " + min);
            return Math.min(n, max);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": expected a whole number");
        }
    }

    static LocalDate dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": expected a date as YYYY-MM-DD");
        }
    }

    static String textParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > 200) throw ApiException.badRequest(name + ": too long");
        return v.strip();
    }

    /** The engagement filters shared by the API and the timeline. */
    static Catalog.Query query(Context ctx) {
        Set<String> countries = new LinkedHashSet<>();
        for (String v : ctx.queryParams("country")) {
            for (String c : v.split(",")) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) continue;
                if (!code.matches("[A-Z]{2,4}")) throw ApiException.badRequest("country: expected ISO alpha-3 codes such as JPN");
                countries.add(code);
            }
        }
        String sort = ctx.queryParam("sort");
        boolean newestFirst;
        if (sort == null || sort.isBlank() || sort.equals("date")) newestFirst = false;
        else if (sort.equals("-date")) newestFirst = true;
        else throw ApiException.badRequest("sort: expected date or -date");
        LocalDate from = dateParam(ctx, "from");
        LocalDate to = dateParam(ctx, "to");
        return new Catalog.Query(countries, textParam(ctx, "person"), from, to, textParam(ctx, "format"),
                textParam(ctx, "status"), newestFirst);
    }

    // --- engagements --------------------------------------------------------------------------------

    private void engagements(Context ctx) throws JsonProcessingException {
        Catalog catalog = server.catalog();
        Catalog.Query q = query(ctx);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<Engagement> all = catalog.engagements(q);
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (Engagement e : page(all, limit, offset)) {
            items.add(ReadoutJson.engagement(e).put("statements", catalog.statementsOf(e.id()).size()));
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("items", items);
        out.put("total", all.size()).put("limit", limit).put("offset", offset);
        json(ctx, out);
    }

    static <T> List<T> page(List<T> all, int limit, int offset) {
        if (offset >= all.size()) return List.of();
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }

    static Engagement findEngagement(Catalog catalog, String rawId) {
        String id = Ids.check(rawId);
        return catalog.engagement(id).orElseThrow(() -> ApiException.notFound("no engagement " + id));
    }

    private void engagement(Context ctx) throws JsonProcessingException {
        Catalog catalog = server.catalog();
        Engagement e = findEngagement(catalog, ctx.pathParam("id"));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("engagement", ReadoutJson.engagement(e));
        ArrayNode statements = out.putArray("statements");
        for (Statement s : catalog.statementsOf(e.id())) statements.add(ReadoutJson.statement(s));
        ArrayNode docs = out.putArray("documents");
        for (DocLink l : e.documents()) {
            ObjectNode d = docs.addObject().put("id", l.id());
            LinkedDocument ld = catalog.document(l.id()).orElse(null);
            if (ld != null) {
                d.put("title", ld.summary().title()).put("outlet", ld.summary().outlet()).put("kind", ld.summary().kind())
                        .put("published", ld.published() == null ? null : ld.published().toString());
            }
            d.put("relation", l.relation());
        }
        out.set("evidence", Json.MAPPER.valueToTree(e.evidence()));
        ArrayNode participants = out.putArray("participants");
        for (Participant p : e.participants()) participants.add(Json.MAPPER.valueToTree(p));
        json(ctx, out);
    }

    private void comparison(Context ctx) throws JsonProcessingException {
        Catalog catalog = server.catalog();
        Engagement e = findEngagement(catalog, ctx.pathParam("id"));
        json(ctx, ComparisonJson.tree(catalog.comparison(e)));
    }

    // --- documents ----------------------------------------------------------------------------------

    private void documents(Context ctx) throws JsonProcessingException {
        Catalog catalog = server.catalog();
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<LinkedDocument> all = catalog.documents();
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (LinkedDocument d : page(all, limit, offset)) {
            items.add(ReadoutJson.document(d).put("statements", catalog.statementsIn(d.summary().id()).size()));
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("items", items);
        out.put("total", all.size()).put("limit", limit).put("offset", offset);
        json(ctx, out);
    }

    private void document(Context ctx) throws JsonProcessingException {
        Catalog catalog = server.catalog();
        String id = Ids.check(ctx.pathParam("id"));
        LinkedDocument d = catalog.document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        StoreReader.StoredText text = server.queries().text(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        ObjectNode out = ReadoutJson.document(d);
        out.put("ingested_at", text.ingestedAt());
        out.put("text", text.text());
        ArrayNode sentences = out.putArray("sentences");
        for (Sentence s : server.queries().sentences(id)) {
            sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end()).put("text", s.text());
        }
        ArrayNode statements = out.putArray("statements");
        for (Statement s : catalog.statementsIn(id)) statements.add(ReadoutJson.statement(s));
        ArrayNode linked = out.putArray("linked_engagements");
        for (Map.Entry<Engagement, String> en : catalog.engagementsOf(d)) {
            Engagement e = en.getKey();
            ObjectNode o = linked.addObject().put("id", e.id()).put("relation", en.getValue())
                    .put("date", e.date() == null ? null : e.date().toString()).put("format", e.format()).put("status", e.status());
            ArrayNode ps = o.putArray("participants");
            for (Participant p : e.participants()) ps.addObject().put("name", p.name()).put("country", p.country());
        }
        json(ctx, out);
    }

    /**
     * {@code POST /api/documents} with the write token: multipart files (and {@code url} fields), or JSON
     * {@code {"url": ...}} or {@code {"urls": [...]}} naming web pages for the server to fetch.
     */
    private void upload(Context ctx) throws IOException {
        server.checkToken(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > server.options().maxUploadBytes()) {
            ctx.header("Connection", "close");
            throw RequestBody.tooLarge(server.options().maxUploadBytes());
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json");
        if (!json && !type.startsWith("multipart/form-data")) {
            throw new ApiException(415, "expected multipart/form-data, or application/json with url or urls");
        }
        server.acquireWriteSlot(ctx);
        try {
            if (json) {
                JsonNode body = jsonBody(ctx);
                List<String> urls = new ArrayList<>();
                if (body.hasNonNull("url")) urls.add(text(body, "url"));
                if (body.has("urls")) {
                    if (!body.get("urls").isArray()) throw ApiException.badRequest("urls: expected an array of addresses");
                    for (JsonNode u : body.get("urls")) urls.add(u.isTextual() ? u.asText() : u.toString());
                }
                if (urls.size() > MAX_URLS) throw ApiException.badRequest("at most " + MAX_URLS + " addresses per request");
                json(ctx, server.upload(List.of(), urls));
                return;
            }
            RequestBody.Multipart form;
            try {
                form = RequestBody.multipart(ctx, server.options().maxUploadBytes());
            } catch (Exception e) { // Jetty's multipart parser throws IOException and runtime exceptions alike
                throw unreadableBody(e);
            }
            try (form) {
                if (form.urls().size() > MAX_URLS) throw ApiException.badRequest("at most " + MAX_URLS + " addresses per request");
                json(ctx, server.upload(form.files(), form.urls()));
            }
        } finally {
            server.releaseWriteSlot();
        }
    }

    /** {@code POST /api/follow} with the write token and JSON {@code {"url": FEED, "limit": N}}: as {@code readout follow}. */
    private void follow(Context ctx) throws IOException {
        server.checkToken(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) throw new ApiException(415, "expected application/json with url");
        server.acquireWriteSlot(ctx);
        try {
            JsonNode body = jsonBody(ctx);
            if (!body.hasNonNull("url")) throw ApiException.badRequest("url: the feed's address is required");
            int limit = DEFAULT_FOLLOW_LIMIT;
            if (body.has("limit")) {
                if (!body.get("limit").canConvertToInt() || body.get("limit").asInt() < 1) throw ApiException.badRequest("limit: a whole number from 1");
                limit = Math.min(body.get("limit").asInt(), MAX_FOLLOW_LIMIT);
            }
            json(ctx, server.follow(text(body, "url"), limit));
        } finally {
            server.releaseWriteSlot();
        }
    }

    private JsonNode jsonBody(Context ctx) {
        byte[] bytes;
        try {
            bytes = RequestBody.bytes(ctx, server.options().maxUploadBytes());
        } catch (IOException e) {
            throw unreadableBody(e);
        }
        try {
            JsonNode body = Json.MAPPER.readTree(bytes);
            if (body == null || !body.isObject()) throw ApiException.badRequest("expected a JSON object");
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("malformed JSON body");
        }
    }

    private static String text(JsonNode body, String field) {
        if (!body.get(field).isTextual()) throw ApiException.badRequest(field + ": expected an address as a string");
        return body.get(field).asText();
    }

    /** Why a body could not be read: too large (413), too slow (408: sent too slowly, or stalled) or malformed (400). */
    private ApiException unreadableBody(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) return api;
            if (t instanceof PacedBody.TooSlow || t instanceof TimeoutException) return new ApiException(408, "the upload was too slow");
            String m = t.getMessage();
            if (m != null && (m.contains("exceeds") || m.contains("too large") || m.contains("max"))) {
                return RequestBody.tooLarge(server.options().maxUploadBytes());
            }
        }
        return ApiException.badRequest("malformed multipart body");
    }

    private void delete(Context ctx) throws JsonProcessingException {
        server.checkToken(ctx);
        String id = Ids.check(ctx.pathParam("id"));
        server.acquireWriteSlot(ctx);
        try {
            if (!server.delete(id)) throw ApiException.notFound("no document " + id);
        } finally {
            server.releaseWriteSlot();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deleted", id);
        out.put("documents", server.catalog().documents().size());
        out.put("engagements", server.catalog().engagementCount());
        json(ctx, out);
    }

    /** {@code POST /api/reprocess[?all=true | ?since=VERSION | ?id=ID&id=...]}: as {@code readout reprocess}, with the write token. */
    private void reprocess(Context ctx) throws JsonProcessingException {
        server.checkToken(ctx);
        String all = ctx.queryParam("all");
        if (all != null && !all.equals("true") && !all.equals("false")) throw ApiException.badRequest("all: expected true or false");
        List<String> ids = ctx.queryParams("id").stream().map(Ids::check).toList();
        Reprocessing.Selection selection;
        try {
            selection = new Reprocessing.Selection("true".equals(all), textParam(ctx, "since"), ids);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("give one of all, since or id");
        }
        server.acquireWriteSlot(ctx);
        try {
            json(ctx, server.reprocess(selection));
        } finally {
            server.releaseWriteSlot();
        }
    }

    // --- search and export --------------------------------------------------------------------------

    private void search(Context ctx) throws JsonProcessingException {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiException.badRequest("q: a search term is required");
        if (q.length() > 500) throw ApiException.badRequest("q: too long");
        int limit = intParam(ctx, "limit", 20, 1, 100);
        int offset = intParam(ctx, "offset", 0, 0, 10_000);
        SearchIndex index = server.index();
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchIndex.Hit h : index.search(q, limit, offset)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", h.document());
            m.put("title", h.title());
            m.put("snippet", h.snippet().text());
            m.put("highlights", h.snippet().highlights());
            List<Map<String, Object>> sts = new ArrayList<>();
            for (SearchIndex.StatementHit s : h.statements()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", s.id());
                sm.put("engagement", s.engagement());
                sm.put("text", s.snippet().text());
                sm.put("highlights", s.snippet().highlights());
                sm.put("span", List.of(s.start(), s.end()));
                sts.add(sm);
            }
            m.put("statements", sts);
            items.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("items", items);
        out.put("total", index.count(q));
        json(ctx, out);
    }

    private void export(Context ctx) throws IOException {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        LinkedCorpus corpus = server.catalog().corpus();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        String type;
        switch (format) {
            case "json" -> {
                ReadoutJson.write(corpus, out);
                type = "application/json; charset=utf-8";
            }
            case "csv" -> {
                EngagementCsv.write(corpus, out);
                type = "text/csv; charset=utf-8";
            }
            case "tsv" -> {
                StatementTsv.write(corpus, out);
                type = "text/tab-separated-values; charset=utf-8";
            }
            default -> throw ApiException.badRequest("format: expected json, csv or tsv");
        }
        String name = format.equals("tsv") ? "readout-statements.tsv" : format.equals("csv") ? "readout-engagements.csv" : "readout.json";
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type).result(out.toByteArray());
    }
}
