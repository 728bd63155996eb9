package org.readout.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.store.SearchIndex;
import org.readout.store.StoreReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.readout.server.Html.url;

/**
 * The web pages: each route works out what its page shows ({@link Views}) and renders its jte template
 * (src/main/jte), which escapes every value. The only script is /static/app.js (the upload form), which
 * writes with textContent only.
 */
final class Pages {
    private static final int TIMELINE_MAX = 2000;
    private static final int DOCUMENTS_PAGE = 100;
    private static final Map<String, String> STATIC = Map.of("style.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    private final ReadoutServer server;
    private final Map<String, byte[]> statics = new LinkedHashMap<>();

    Pages(ReadoutServer server) {
        this.server = server;
        for (String name : STATIC.keySet()) {
            try (InputStream in = Pages.class.getResourceAsStream("/readout/server/static/" + name)) {
                statics.put(name, in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    void routes(Javalin app) {
        ReadoutServer.read(app, "/", this::timeline);
        ReadoutServer.read(app, "/engagements/{id}", ctx -> page(ctx, "engagement",
                EngagementPage.of(Api.findEngagement(server.catalog(), ctx.pathParam("id")), server.catalog())));
        ReadoutServer.read(app, "/documents", this::documents);
        ReadoutServer.read(app, "/documents/{id}", this::document);
        ReadoutServer.read(app, "/search", this::search);
        ReadoutServer.read(app, "/upload", ctx -> page(ctx, "upload", new Views.Upload(server.options().maxUploadBytes() >> 20)));
        ReadoutServer.read(app, "/static/{name}", ctx -> {
            String name = ctx.pathParam("name");
            byte[] body = statics.get(name);
            if (body == null) throw ApiException.notFound("not found");
            ctx.header("Cache-Control", "max-age=300").contentType(STATIC.get(name)).result(body);
        });
    }

    static String errorPage(int code, String message) {
        return Templates.render("error", new Views.ErrorPage(code, message));
    }

    private static void page(Context ctx, String template, Object model) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(Templates.render(template, model));
    }

    // --- what several pages show ----------------------------------------------------------------------

    static String docHref(String documentId, Evidence ev) {
        String base = "/documents/" + url(documentId);
        return ev == null || ev.start() < 0 ? base : base + "#s-" + ev.start() + "-" + ev.end();
    }

    static String people(Engagement e) {
        List<String> names = new ArrayList<>();
        for (Participant p : e.participants()) {
            String n = p.name() != null ? p.name() : p.role() != null ? p.role() : "?";
            names.add(n + (p.country() == null ? "" : " (" + p.country() + ")"));
        }
        return String.join(" – ", names);
    }

    static String dyad(Engagement e) {
        TreeSet<String> countries = new TreeSet<>();
        for (Participant p : e.participants()) if (p.country() != null) countries.add(p.country());
        return countries.isEmpty() ? "unknown" : String.join(" – ", countries);
    }

    static String place(Engagement e) {
        if (e.location() == null) return "";
        return e.location().place() == null ? nz(e.location().country()) : e.location().place()
                + (e.location().country() == null ? "" : ", " + e.location().country());
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A sentence behind a fact: its start shown, the whole on hover and on expanding, and a link to it in its document. */
    static Views.Quote quote(Evidence ev, Catalog catalog) {
        if (ev == null || ev.text() == null) return null;
        String text = ev.text().replaceAll("\\s+", " ").strip();
        LinkedDocument d = ev.document() == null ? null : catalog.document(ev.document()).orElse(null);
        String docName = d == null ? ev.document() : d.summary().outlet() != null ? d.summary().outlet() : d.summary().title();
        Views.Link source = ev.document() != null && Ids.valid(ev.document()) ? new Views.Link(docHref(ev.document(), ev), docName, null) : null;
        return new Views.Quote(text, shorten(text, 90), source);
    }

    private static String shorten(String s, int n) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > n ? t.substring(0, n - 1) + "…" : t;
    }

    // --- timeline -----------------------------------------------------------------------------------

    private void timeline(Context ctx) {
        Catalog catalog = server.catalog();
        List<Engagement> all = catalog.engagements(Api.query(ctx));
        Map<String, List<Engagement>> groups = new TreeMap<>();
        for (Engagement e : all.subList(0, Math.min(all.size(), TIMELINE_MAX))) {
            groups.computeIfAbsent(dyad(e), k -> new ArrayList<>()).add(e);
        }
        List<Views.Dyad> dyads = new ArrayList<>();
        for (Map.Entry<String, List<Engagement>> g : groups.entrySet()) {
            List<Views.TimelineRow> rows = new ArrayList<>();
            for (Engagement e : g.getValue()) {
                rows.add(new Views.TimelineRow("/engagements/" + url(e.id()), e.date() == null ? "undated" : e.date().toString(),
                        Labels.format(e.format()), place(e), people(e), Labels.words(e.status()), docLinks(e, catalog),
                        catalog.statementsOf(e.id()).size()));
            }
            dyads.add(new Views.Dyad(g.getKey(), Curve.of(g.getValue(), catalog), rows));
        }
        page(ctx, "timeline", new Views.Timeline(filters(ctx, catalog), all.size(), TIMELINE_MAX, dyads));
    }

    private static List<Views.Link> docLinks(Engagement e, Catalog catalog) {
        List<Views.Link> links = new ArrayList<>();
        for (DocLink l : e.documents()) {
            LinkedDocument d = catalog.document(l.id()).orElse(null);
            String title = d == null || d.summary().title() == null ? l.id() : d.summary().title();
            links.add(new Views.Link("/documents/" + url(l.id()), shorten(title, 60), l.relation() + ": " + title));
        }
        return links;
    }

    private static Views.Filters filters(Context ctx, Catalog catalog) {
        TreeSet<String> formats = new TreeSet<>();
        TreeSet<String> statuses = new TreeSet<>();
        for (Engagement e : catalog.engagements(Catalog.Query.ALL)) {
            if (e.format() != null) formats.add(e.format());
            if (e.status() != null) statuses.add(e.status());
        }
        List<Views.Option> formatOptions = formats.stream().map(v -> option(ctx, "format", v, Labels.format(v))).toList();
        List<Views.Option> statusOptions = statuses.stream().map(v -> option(ctx, "status", v, Labels.words(v))).toList();
        List<Views.Option> sortOptions = List.of(option(ctx, "sort", "date", "oldest first"), option(ctx, "sort", "-date", "newest first"));
        return new Views.Filters(String.join(",", ctx.queryParams("country")), ctx.queryParam("person"), ctx.queryParam("from"),
                ctx.queryParam("to"), new Views.Select("format", "Format", formatOptions), new Views.Select("status", "Status", statusOptions),
                new Views.Select("sort", "Order", sortOptions));
    }

    private static Views.Option option(Context ctx, String name, String value, String label) {
        return new Views.Option(value, label, value.equals(ctx.queryParam(name)));
    }

    // --- documents ----------------------------------------------------------------------------------

    private void documents(Context ctx) {
        Catalog catalog = server.catalog();
        int offset = Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<LinkedDocument> all = new ArrayList<>(catalog.documents());
        all.sort(Comparator.comparing(LinkedDocument::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(d -> d.summary().id()));
        List<Views.DocumentRow> rows = new ArrayList<>();
        for (LinkedDocument d : Api.page(all, DOCUMENTS_PAGE, offset)) {
            String id = d.summary().id();
            rows.add(new Views.DocumentRow(nz(d.published()), new Views.Link("/documents/" + url(id),
                    d.summary().title() == null ? id : d.summary().title(), null), d.summary().outlet(), Labels.words(d.summary().kind()),
                    d.engagements().size(), catalog.statementsIn(id).size()));
        }
        String newer = offset > 0 ? "/documents?offset=" + Math.max(0, offset - DOCUMENTS_PAGE) : null;
        String older = offset + DOCUMENTS_PAGE < all.size() ? "/documents?offset=" + (offset + DOCUMENTS_PAGE) : null;
        page(ctx, "documents", new Views.Documents(all.size(), rows, newer, older));
    }

    private void document(Context ctx) {
        String id = Ids.check(ctx.pathParam("id"));
        LinkedDocument d = server.catalog().document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        StoreReader.StoredText stored = server.queries().text(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        page(ctx, "document", DocumentPage.of(d, stored, server.catalog()));
    }

    // --- search -------------------------------------------------------------------------------------

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            page(ctx, "search", new Views.Search(q, 0, null));
            return;
        }
        if (q.length() > 500) throw ApiException.badRequest("search terms too long");
        SearchIndex index = server.index();
        List<Views.SearchHit> hits = new ArrayList<>();
        for (SearchIndex.Hit h : index.search(q, 50, 0)) {
            String href = "/documents/" + url(h.document());
            List<Views.StatementHit> statements = new ArrayList<>();
            for (SearchIndex.StatementHit s : h.statements()) {
                String engagement = s.engagement() != null && Ids.valid(s.engagement()) ? "/engagements/" + url(s.engagement()) : null;
                statements.add(new Views.StatementHit(href + "#s-" + s.start() + "-" + s.end(), marked(s.snippet()), engagement));
            }
            String title = h.title() == null || h.title().isBlank() ? h.document() : h.title();
            hits.add(new Views.SearchHit(new Views.Link(href, title, null), marked(h.snippet()), statements));
        }
        page(ctx, "search", new Views.Search(q, index.count(q), hits));
    }

    /** A snippet cut into plain pieces and its matches. */
    static List<Views.Span> marked(SearchIndex.Snippet s) {
        List<Views.Span> out = new ArrayList<>();
        int pos = 0;
        String t = s.text();
        for (int[] h : s.highlights()) {
            if (h[0] < pos || h[1] > t.length()) continue;
            if (h[0] > pos) out.add(Views.Span.plain(t.substring(pos, h[0])));
            out.add(new Views.Span(t.substring(h[0], h[1]), true, null, null));
            pos = h[1];
        }
        if (pos < t.length()) out.add(Views.Span.plain(t.substring(pos)));
        return out;
    }
}
