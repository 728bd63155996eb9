package org.readout.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.readout.compare.Account;
import org.readout.compare.Cell;
import org.readout.compare.Comparison;
import org.readout.compare.Row;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.extract.StatementReport;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.readout.server.Html.esc;
import static org.readout.server.Html.url;

/**
 * The web pages, rendered on the server. Everything that comes from a document or the store is
 * written through {@link Html#esc}; the only script is /static/app.js (the upload form), which
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
        ReadoutServer.read(app, "/engagements/{id}", this::engagement);
        ReadoutServer.read(app, "/documents", this::documents);
        ReadoutServer.read(app, "/documents/{id}", this::document);
        ReadoutServer.read(app, "/search", this::search);
        ReadoutServer.read(app, "/upload", this::upload);
        ReadoutServer.read(app, "/static/{name}", ctx -> {
            String name = ctx.pathParam("name");
            byte[] body = statics.get(name);
            if (body == null) throw ApiException.notFound("not found");
            ctx.header("Cache-Control", "max-age=300").contentType(STATIC.get(name)).result(body);
        });
    }

    // --- layout -------------------------------------------------------------------------------------

    private static String layout(String title, String query, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Readout</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>\n<body>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">Readout</a><nav><a href=\"/\">Timeline</a>"
                + "<a href=\"/documents\">Documents</a><a href=\"/upload\">Upload</a></nav>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"Search documents and statements\" aria-label=\"Search\" value=\"" + esc(query) + "\">"
                + "<button type=\"submit\">Search</button></form></header>\n<main>" + body + "</main>\n"
                + "<script src=\"/static/app.js\"></script></body></html>\n";
    }

    static String errorPage(int code, String message) {
        return layout("Error " + code, null, "<h1>" + code + "</h1><p class=\"error\">" + esc(message) + "</p><p><a href=\"/\">Back to the timeline</a></p>");
    }

    private static void page(Context ctx, String title, String query, String body) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(layout(title, query, body));
    }

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

    private static String place(Engagement e) {
        if (e.location() == null) return "";
        return e.location().place() == null ? nz(e.location().country()) : e.location().place()
                + (e.location().country() == null ? "" : ", " + e.location().country());
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    // --- timeline -----------------------------------------------------------------------------------

    private void timeline(Context ctx) {
        Catalog catalog = server.catalog();
        Catalog.Query q = Api.query(ctx);
        List<Engagement> all = catalog.engagements(q);
        StringBuilder b = new StringBuilder("<h1>Engagements</h1>");
        b.append(filterForm(ctx, catalog));
        b.append("<p class=\"count\">").append(all.size()).append(all.size() == 1 ? " engagement" : " engagements");
        if (all.size() > TIMELINE_MAX) b.append(", the first ").append(TIMELINE_MAX).append(" shown; narrow the filters");
        b.append("</p>");
        Map<String, List<Engagement>> groups = new TreeMap<>();
        for (Engagement e : all.subList(0, Math.min(all.size(), TIMELINE_MAX))) {
            groups.computeIfAbsent(dyad(e), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Engagement>> g : groups.entrySet()) {
            b.append("<section class=\"dyad\"><h2>").append(esc(g.getKey())).append(" <span class=\"n\">")
                    .append(g.getValue().size()).append("</span></h2>");
            b.append(Curve.svg(g.getValue(), catalog));
            b.append("<table class=\"timeline\"><thead><tr><th>Date</th><th>Format</th><th>Place</th><th>Participants</th>"
                    + "<th>Status</th><th>Documents</th><th class=\"num\">Statements</th></tr></thead><tbody>");
            for (Engagement e : g.getValue()) {
                String href = "/engagements/" + url(e.id());
                b.append("<tr><td class=\"date\"><a href=\"").append(href).append("\">").append(e.date() == null ? "undated" : esc(e.date()))
                        .append("</a></td><td>").append(esc(e.format())).append("</td><td>").append(esc(place(e)))
                        .append("</td><td><a href=\"").append(href).append("\">").append(esc(people(e))).append("</a></td><td>")
                        .append(esc(e.status())).append("</td><td class=\"links\">").append(docLinks(e, catalog))
                        .append("</td><td class=\"num\">").append(catalog.statementsOf(e.id()).size()).append("</td></tr>");
            }
            b.append("</tbody></table></section>");
        }
        if (all.isEmpty()) b.append("<p class=\"empty\">No engagements. <a href=\"/upload\">Upload documents</a>.</p>");
        page(ctx, "Timeline", null, b.toString());
    }

    private static String docLinks(Engagement e, Catalog catalog) {
        StringBuilder b = new StringBuilder();
        for (DocLink l : e.documents()) {
            LinkedDocument d = catalog.document(l.id()).orElse(null);
            String title = d == null || d.summary().title() == null ? l.id() : d.summary().title();
            b.append("<a class=\"doc\" href=\"/documents/").append(url(l.id())).append("\" title=\"").append(esc(l.relation() + ": " + title))
                    .append("\">").append(esc(shorten(title, 60))).append("</a>");
        }
        return b.toString();
    }

    private static String filterForm(Context ctx, Catalog catalog) {
        TreeSet<String> formats = new TreeSet<>();
        TreeSet<String> statuses = new TreeSet<>();
        for (Engagement e : catalog.engagements(Catalog.Query.ALL)) {
            if (e.format() != null) formats.add(e.format());
            if (e.status() != null) statuses.add(e.status());
        }
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/\">");
        b.append(input("country", "Countries", String.join(",", ctx.queryParams("country")), "JPN,CHN"));
        b.append(input("person", "Person", ctx.queryParam("person"), "Hayashi"));
        b.append("<label>From <input type=\"date\" name=\"from\" value=\"").append(esc(ctx.queryParam("from"))).append("\"></label>");
        b.append("<label>To <input type=\"date\" name=\"to\" value=\"").append(esc(ctx.queryParam("to"))).append("\"></label>");
        b.append(select("format", "Format", formats, ctx.queryParam("format")));
        b.append(select("status", "Status", statuses, ctx.queryParam("status")));
        b.append(select("sort", "Order", List.of("date", "-date"), ctx.queryParam("sort")));
        b.append("<button type=\"submit\">Filter</button> <a href=\"/\">clear</a></form>");
        return b.toString();
    }

    private static String input(String name, String label, String value, String placeholder) {
        return "<label>" + esc(label) + " <input name=\"" + esc(name) + "\" value=\"" + esc(value) + "\" placeholder=\""
                + esc(placeholder) + "\" size=\"12\"></label>";
    }

    private static String select(String name, String label, Iterable<String> values, String chosen) {
        StringBuilder b = new StringBuilder("<label>" + esc(label) + " <select name=\"" + esc(name) + "\"><option value=\"\">any</option>");
        for (String v : values) {
            b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(chosen) ? " selected" : "").append('>')
                    .append(esc(v.equals("-date") ? "newest first" : v.equals("date") ? "oldest first" : v)).append("</option>");
        }
        return b.append("</select></label>").toString();
    }

    // --- one engagement -----------------------------------------------------------------------------

    private void engagement(Context ctx) {
        Catalog catalog = server.catalog();
        Engagement e = Api.findEngagement(catalog, ctx.pathParam("id"));
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"crumbs\"><a href=\"/\">Timeline</a> › ").append(esc(dyad(e))).append("</p>");
        b.append("<h1>").append(esc(people(e))).append("</h1>");
        b.append("<p class=\"lede\">").append(e.date() == null ? "undated" : esc(e.date())).append(" · ").append(esc(nz(e.format())))
                .append(e.location() == null ? "" : " · " + esc(place(e))).append(" · ").append(esc(e.status()))
                .append(" · <code>").append(esc(e.id())).append("</code></p>");

        b.append("<section><h2>Facts</h2><table class=\"facts\"><tbody>");
        fact(b, e, "status", e.status());
        fact(b, e, "format", e.format());
        fact(b, e, "setting", e.setting());
        fact(b, e, "date", e.date());
        fact(b, e, "date_end", e.dateEnd());
        fact(b, e, "local_time", e.localTime());
        fact(b, e, "duration_minutes", e.durationMinutes() == null ? null : e.durationMinutes() + " minutes");
        fact(b, e, "location", e.location() == null ? null : place(e));
        fact(b, e, "host", e.host());
        fact(b, e, "occasion", e.occasion());
        for (Map.Entry<String, Evidence> en : e.evidence().entrySet()) {
            if (!List.of("status", "format", "setting", "date", "date_end", "local_time", "duration_minutes", "location", "host", "occasion")
                    .contains(en.getKey())) {
                fact(b, e, en.getKey(), "");
            }
        }
        b.append("</tbody></table></section>");

        b.append("<section><h2>Participants</h2><table class=\"facts\"><thead><tr><th>Name</th><th>Country</th><th>Role</th><th>Named in</th></tr></thead><tbody>");
        for (Participant p : e.participants()) {
            b.append("<tr><td>").append(esc(p.name() == null ? "(not named)" : p.name())).append(p.inferred() ? " <span class=\"flag\">inferred</span>" : "")
                    .append("</td><td>").append(esc(p.country())).append("</td><td>").append(esc(p.role())).append("</td><td>")
                    .append(evidence(p.evidence(), catalog)).append("</td></tr>");
        }
        b.append("</tbody></table></section>");

        b.append(comparison(catalog.comparison(e)));

        b.append("<section><h2>Documents</h2><ul class=\"docs\">");
        for (DocLink l : e.documents()) {
            LinkedDocument d = catalog.document(l.id()).orElse(null);
            b.append("<li><span class=\"rel\">").append(esc(l.relation())).append("</span> <a href=\"/documents/").append(url(l.id())).append("\">")
                    .append(esc(d == null || d.summary().title() == null ? l.id() : d.summary().title())).append("</a>");
            if (d != null) {
                b.append(" <span class=\"meta\">").append(esc(nz(d.summary().outlet()))).append(' ').append(esc(d.summary().kind()))
                        .append(d.published() == null ? "" : ", " + esc(d.published())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul></section>");
        page(ctx, people(e), null, b.toString());
    }

    private void fact(StringBuilder b, Engagement e, String field, Object value) {
        Evidence ev = e.evidence().get(field);
        if (value == null && ev == null) return;
        b.append("<tr><th>").append(esc(label(field))).append("</th><td>").append(esc(value == null ? "" : value))
                .append("</td><td>").append(evidence(ev, server.catalog())).append("</td></tr>");
    }

    private static String label(String field) {
        return switch (field) {
            case "date_end" -> "last day";
            case "local_time" -> "local time";
            case "duration_minutes" -> "duration";
            default -> field;
        };
    }

    /** A sentence behind a fact: its start shown, the whole on hover and on expanding, and a link to it in its document. */
    private static String evidence(Evidence ev, Catalog catalog) {
        if (ev == null || ev.text() == null) return "";
        String text = ev.text().replaceAll("\\s+", " ").strip();
        String shortText = text.length() > 90 ? text.substring(0, 89) + "…" : text;
        LinkedDocument d = ev.document() == null ? null : catalog.document(ev.document()).orElse(null);
        String docName = d == null ? ev.document() : d.summary().outlet() != null ? d.summary().outlet() : d.summary().title();
        StringBuilder b = new StringBuilder("<details class=\"ev\"><summary title=\"").append(esc(text)).append("\">")
                .append(esc(shortText)).append("</summary><blockquote>").append(esc(text)).append("</blockquote>");
        if (ev.document() != null && Ids.valid(ev.document())) {
            b.append("<a class=\"evlink\" href=\"").append(esc(docHref(ev.document(), ev))).append("\">in ").append(esc(docName)).append("</a>");
        }
        return b.append("</details>").toString();
    }

    private static String comparison(Comparison c) {
        StringBuilder b = new StringBuilder("<section><h2>Accounts side by side</h2>");
        for (String note : c.notes()) b.append("<p class=\"note\">").append(esc(note)).append("</p>");
        List<Account> accounts = c.accounts();
        if (accounts.isEmpty() || c.rows().isEmpty()) {
            b.append("<p class=\"empty\">No statements on issues to compare.</p>");
            return b.append("</section>").toString();
        }
        b.append("<div class=\"scroll\"><table class=\"cmp\" id=\"comparison\"><thead><tr><th>Issue</th>");
        for (Account a : accounts) {
            b.append("<th class=\"account\"><a href=\"/documents/").append(url(a.document())).append("\">").append(esc(a.name())).append("</a>")
                    .append(a.title() == null ? "" : "<div class=\"meta\">" + esc(a.title()) + "</div>").append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Row r : c.rows()) {
            b.append("<tr><th class=\"issue\">").append(esc(r.label()));
            if (r.raisedBy().size() == 1) b.append("<span class=\"flag one-sided\">only ").append(esc(r.raisedBy().get(0))).append(" raises it</span>");
            if (r.onlyIn() != null) b.append("<span class=\"flag only-in\">only in ").append(esc(r.onlyIn())).append("'s readout</span>");
            if (r.divergent()) {
                b.append("<span class=\"flag divergent\">wording differs: ").append(esc(r.wordings().entrySet().stream()
                        .map(w -> w.getKey() + " “" + String.join("”, “", w.getValue()) + "”").collect(Collectors.joining(" vs ")))).append("</span>");
            }
            b.append("</th>");
            for (int i = 0; i < accounts.size(); i++) {
                List<Cell> cells = i < r.cells().size() ? r.cells().get(i) : List.of();
                b.append("<td class=\"cell\">");
                if (cells.isEmpty()) b.append("<span class=\"absent\">—</span>");
                for (Cell cell : cells) {
                    Evidence ev = cell.evidence();
                    String text = ev.text().replaceAll("\\s+", " ").strip();
                    b.append("<div class=\"stmt\"><span class=\"side\">").append(esc(cell.side() == null ? "?" : cell.side())).append("</span> ")
                            .append("<span class=\"type\">").append(esc(org.readout.coding.PloverType.label(cell.type()))).append("</span> ")
                            .append("<b>").append(esc(cell.verb())).append("</b>");
                    if (cell.wording() != null) b.append(" <span class=\"wording\">“").append(esc(cell.wording())).append("”</span>");
                    b.append("<a class=\"quote\" href=\"").append(esc(docHref(accounts.get(i).document(), ev))).append("\" title=\"")
                            .append(esc(text)).append("\">").append(esc(text.length() > 220 ? text.substring(0, 219) + "…" : text)).append("</a></div>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></div></section>").toString();
    }

    // --- documents ----------------------------------------------------------------------------------

    private void documents(Context ctx) {
        Catalog catalog = server.catalog();
        int offset = Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<LinkedDocument> all = new ArrayList<>(catalog.documents());
        all.sort(Comparator.comparing(LinkedDocument::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(d -> d.summary().id()));
        StringBuilder b = new StringBuilder("<h1>Documents</h1><p class=\"count\">").append(all.size()).append(" documents</p>");
        b.append("<table class=\"timeline\"><thead><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Kind</th><th class=\"num\">Engagements</th><th class=\"num\">Statements</th></tr></thead><tbody>");
        for (LinkedDocument d : Api.page(all, DOCUMENTS_PAGE, offset)) {
            b.append("<tr><td class=\"date\">").append(esc(d.published())).append("</td><td><a href=\"/documents/").append(url(d.summary().id()))
                    .append("\">").append(esc(d.summary().title() == null ? d.summary().id() : d.summary().title())).append("</a></td><td>")
                    .append(esc(d.summary().outlet())).append("</td><td>").append(esc(d.summary().kind())).append("</td><td class=\"num\">")
                    .append(d.engagements().size()).append("</td><td class=\"num\">").append(catalog.statementsIn(d.summary().id()).size()).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"pager\">");
        if (offset > 0) b.append("<a href=\"/documents?offset=").append(Math.max(0, offset - DOCUMENTS_PAGE)).append("\">← newer</a> ");
        if (offset + DOCUMENTS_PAGE < all.size()) b.append("<a href=\"/documents?offset=").append(offset + DOCUMENTS_PAGE).append("\">older →</a>");
        b.append("</p>");
        page(ctx, "Documents", null, b.toString());
    }

    private void document(Context ctx) {
        Catalog catalog = server.catalog();
        String id = Ids.check(ctx.pathParam("id"));
        LinkedDocument d = catalog.document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        ServerQueries.StoredText stored = server.queries().text(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        List<Statement> statements = catalog.statementsIn(id);
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"crumbs\"><a href=\"/documents\">Documents</a></p><h1>")
                .append(esc(d.summary().title() == null ? "(untitled)" : d.summary().title())).append("</h1>");
        b.append("<dl class=\"meta\">");
        dl(b, "Outlet", d.summary().outlet());
        dl(b, "Kind", d.summary().kind());
        dl(b, "Published", d.published() == null ? null : d.published() + (d.publishedBasis() == null ? "" : " (from " + d.publishedBasis() + ")"));
        dl(b, "Language", d.summary().language());
        dl(b, "Source", d.summary().source());
        dl(b, "Ingested", stored.ingestedAt());
        dl(b, "Id", id);
        b.append("</dl>");
        List<Map.Entry<Engagement, String>> linked = catalog.engagementsOf(d);
        if (!linked.isEmpty()) {
            b.append("<section><h2>Engagements</h2><ul class=\"docs\">");
            for (Map.Entry<Engagement, String> en : linked) {
                Engagement e = en.getKey();
                b.append("<li><span class=\"rel\">").append(esc(en.getValue())).append("</span> <a href=\"/engagements/").append(url(e.id())).append("\">")
                        .append(e.date() == null ? "undated" : esc(e.date())).append(" ").append(esc(nz(e.format()))).append(": ")
                        .append(esc(people(e))).append("</a></li>");
            }
            b.append("</ul></section>");
        }
        b.append("<section><h2>Text</h2><p class=\"legend\"><mark class=\"stmt\">statement</mark> <mark class=\"fact\">evidence of a fact</mark></p>");
        b.append("<div class=\"doctext\" id=\"text\">").append(highlighted(stored.text(), statements, linked, id)).append("</div></section>");
        if (!statements.isEmpty()) {
            b.append("<section><h2>Statements</h2><table class=\"timeline\"><thead><tr><th>Speaker</th><th>Act</th><th>CAMEO</th><th class=\"num\">Goldstein</th><th>Issue</th><th>Sentence</th></tr></thead><tbody>");
            for (Statement s : statements) {
                StatementReport r = s.report();
                String who = r.speakers().stream().map(p -> p.name() != null ? p.name() : nz(p.country())).collect(Collectors.joining(", "));
                b.append("<tr><td>").append(esc(who)).append("</td><td>").append(esc(r.type())).append(' ').append(esc(r.verb()))
                        .append("</td><td>").append(esc(r.cameo())).append("</td><td class=\"num\">").append(r.goldstein() == null ? "" : esc(r.goldstein()))
                        .append("</td><td>").append(esc(r.issue() == null ? "" : r.issue().label())).append(r.wording() == null ? "" : " “" + esc(r.wording()) + "”")
                        .append("</td><td><a href=\"#s-").append(r.evidence().start()).append('-').append(r.evidence().end()).append("\">")
                        .append(esc(shorten(r.evidence().text(), 80))).append("</a></td></tr>");
            }
            b.append("</tbody></table></section>");
        }
        page(ctx, d.summary().title() == null ? id : d.summary().title(), null, b.toString());
    }

    private static String shorten(String s, int n) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > n ? t.substring(0, n - 1) + "…" : t;
    }

    private static void dl(StringBuilder b, String k, Object v) {
        if (v == null) return;
        b.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v)).append("</dd>");
    }

    /** The text with each statement sentence and each fact's sentence in a {@code <mark id="s-START-END">}; all of it escaped. */
    static String highlighted(String text, List<Statement> statements, List<Map.Entry<Engagement, String>> linked, String documentId) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Statement s : statements) {
            Evidence ev = s.report().evidence();
            String key = ev.start() + "-" + ev.end();
            spans.putIfAbsent(key, new int[]{ev.start(), ev.end()});
            kinds.put(key, "stmt");
        }
        for (Map.Entry<Engagement, String> en : linked) {
            Engagement e = en.getKey();
            List<Evidence> evs = new ArrayList<>(e.evidence().values());
            for (Participant p : e.participants()) if (p.evidence() != null) evs.add(p.evidence());
            for (Evidence ev : evs) {
                if (ev == null || !documentId.equals(ev.document())) continue;
                String key = ev.start() + "-" + ev.end();
                spans.putIfAbsent(key, new int[]{ev.start(), ev.end()});
                kinds.putIfAbsent(key, "fact");
            }
        }
        List<int[]> sorted = new ArrayList<>(spans.values());
        sorted.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
        StringBuilder b = new StringBuilder(text.length() + text.length() / 4);
        int pos = 0;
        for (int[] s : sorted) {
            if (s[0] < pos || s[0] < 0 || s[1] > text.length() || s[1] <= s[0]) continue;
            String key = s[0] + "-" + s[1];
            b.append(esc(text.substring(pos, s[0])));
            b.append("<mark id=\"s-").append(key).append("\" class=\"").append(kinds.get(key)).append("\">")
                    .append(esc(text.substring(s[0], s[1]))).append("</mark>");
            pos = s[1];
        }
        b.append(esc(text.substring(pos)));
        return b.toString();
    }

    // --- search and upload --------------------------------------------------------------------------

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        if (q == null || q.isBlank()) {
            b.append("<p>Type words to find in the documents and their statements.</p>");
            page(ctx, "Search", q, b.toString());
            return;
        }
        if (q.length() > 500) throw ApiException.badRequest("search terms too long");
        SearchIndex index = server.index();
        List<SearchIndex.Hit> hits = index.search(q, 50, 0);
        int total = index.count(q);
        b.append("<p class=\"count\">").append(total).append(total == 1 ? " document" : " documents").append(" for “")
                .append(esc(q)).append("”").append(total > hits.size() ? ", the first " + hits.size() + " shown" : "").append("</p><ol class=\"results\">");
        for (SearchIndex.Hit h : hits) {
            b.append("<li><a class=\"title\" href=\"/documents/").append(url(h.document())).append("\">")
                    .append(esc(h.title() == null || h.title().isBlank() ? h.document() : h.title())).append("</a>")
                    .append("<p class=\"snippet\">").append(marked(h.snippet())).append("</p>");
            if (!h.statements().isEmpty()) {
                b.append("<ul class=\"stmts\">");
                for (SearchIndex.StatementHit s : h.statements()) {
                    b.append("<li><a href=\"/documents/").append(url(h.document())).append("#s-").append(s.start()).append('-').append(s.end())
                            .append("\">").append(marked(s.snippet())).append("</a>");
                    if (s.engagement() != null && Ids.valid(s.engagement())) {
                        b.append(" <a class=\"meta\" href=\"/engagements/").append(url(s.engagement())).append("\">engagement</a>");
                    }
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        page(ctx, "Search: " + q, q, b.toString());
    }

    /** A snippet with its matches in {@code <mark>}, every piece escaped. */
    static String marked(SearchIndex.Snippet s) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        String t = s.text();
        for (int[] h : s.highlights()) {
            if (h[0] < pos || h[1] > t.length()) continue;
            b.append(esc(t.substring(pos, h[0]))).append("<mark>").append(esc(t.substring(h[0], h[1]))).append("</mark>");
            pos = h[1];
        }
        return b.append(esc(t.substring(pos))).toString();
    }

    private void upload(Context ctx) {
        String b = "<h1>Upload documents</h1>"
                + "<p>Press releases, readouts and articles as <code>.txt</code>, <code>.md</code> or <code>.html</code> "
                + "(with an optional <code>NAME.meta.json</code> sidecar), at most "
                + (server.options().maxUploadBytes() >> 20) + " MB per upload. The write token was printed when the server started.</p>"
                + "<form id=\"upload-form\" class=\"upload\" method=\"post\" action=\"/api/documents\" enctype=\"multipart/form-data\">"
                + "<label>Write token <input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"off\" required></label>"
                + "<label>Files <input type=\"file\" id=\"files\" name=\"files\" multiple required></label>"
                + "<button type=\"submit\" id=\"upload-button\">Upload and ingest</button></form>"
                + "<p id=\"upload-progress\" class=\"meta\" aria-live=\"polite\"></p><div id=\"upload-result\"></div>";
        page(ctx, "Upload", null, b);
    }
}
