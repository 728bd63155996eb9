package org.readout.server;

import org.readout.coding.PloverType;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.extract.StatementReport;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;
import org.readout.store.StoreReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.readout.server.Html.url;

/** One document's page (document.jte): its metadata, engagements, the text with its sentences marked, and its statements. */
final class DocumentPage {
    record Meta(String key, String value) {
    }

    /** A statement of the document; {@code sentence} links to it in the text, shown whole. */
    record StatementRow(String who, String act, String cameo, String goldstein, String issue, String wording, Views.Link sentence) {
    }

    record View(String title, String pageTitle, List<Meta> meta, List<Views.Related> engagements, List<Views.Span> text,
                List<StatementRow> statements) {
    }

    private DocumentPage() {
    }

    static View of(LinkedDocument d, StoreReader.StoredText stored, Catalog catalog) {
        String id = d.summary().id();
        List<Statement> statements = catalog.statementsIn(id);
        List<Meta> meta = new ArrayList<>();
        meta(meta, "Outlet", d.summary().outlet());
        meta(meta, "Kind", Labels.words(d.summary().kind()));
        meta(meta, "Published", d.published() == null ? null : d.published() + (d.publishedBasis() == null ? "" : " (from " + d.publishedBasis() + ")"));
        meta(meta, "Language", d.summary().language());
        meta(meta, "Source", d.summary().source());
        meta(meta, "Ingested", stored.ingestedAt());
        meta(meta, "Id", id);
        List<Map.Entry<Engagement, String>> linked = catalog.engagementsOf(d);
        List<Views.Related> engagements = new ArrayList<>();
        for (Map.Entry<Engagement, String> en : linked) {
            Engagement e = en.getKey();
            String text = (e.date() == null ? "undated" : e.date().toString()) + " " + Pages.nz(Labels.format(e.format())) + ": " + Pages.people(e);
            engagements.add(new Views.Related(Labels.words(en.getValue()), new Views.Link("/engagements/" + url(e.id()), text, null), null));
        }
        List<StatementRow> rows = new ArrayList<>();
        for (Statement s : statements) {
            StatementReport r = s.report();
            String who = r.speakers().stream().map(p -> p.name() != null ? p.name() : Pages.nz(p.country())).collect(Collectors.joining(", "));
            Evidence ev = r.evidence();
            rows.add(new StatementRow(who, PloverType.label(r.type()) + " " + Pages.nz(r.verb()), r.cameo(),
                    r.goldstein() == null ? "" : r.goldstein().toString(), r.issue() == null ? "" : r.issue().label(), r.wording(),
                    new Views.Link("#s-" + ev.start() + "-" + ev.end(), ev.text().replaceAll("\\s+", " ").strip(), null)));
        }
        String title = d.summary().title();
        return new View(title == null ? "(untitled)" : title, title == null ? id : title, meta, engagements,
                highlighted(stored.text(), statements, linked, id), rows);
    }

    private static void meta(List<Meta> meta, String key, Object value) {
        if (value != null) meta.add(new Meta(key, value.toString()));
    }

    /** The text cut into plain pieces and marked sentences: each statement's ({@code stmt}) and each fact's ({@code fact}), with its anchor. */
    static List<Views.Span> highlighted(String text, List<Statement> statements, List<Map.Entry<Engagement, String>> linked, String documentId) {
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
        List<Views.Span> out = new ArrayList<>();
        int pos = 0;
        for (int[] s : sorted) {
            if (s[0] < pos || s[0] < 0 || s[1] > text.length() || s[1] <= s[0]) continue;
            String key = s[0] + "-" + s[1];
            if (s[0] > pos) out.add(Views.Span.plain(text.substring(pos, s[0])));
            out.add(new Views.Span(text.substring(s[0], s[1]), true, "s-" + key, kinds.get(key)));
            pos = s[1];
        }
        if (pos < text.length()) out.add(Views.Span.plain(text.substring(pos)));
        return out;
    }
}
