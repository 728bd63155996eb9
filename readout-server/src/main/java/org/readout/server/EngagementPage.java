package org.readout.server;

import org.readout.coding.PloverType;
import org.readout.compare.Account;
import org.readout.compare.Row;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.readout.server.Html.url;

/** One engagement's page (engagement.jte): its facts with their sentences, participants, the accounts side by side, documents. */
final class EngagementPage {
    private static final List<String> FIELDS = List.of("status", "format", "setting", "date", "date_end", "local_time",
            "duration_minutes", "location", "host", "occasion");

    record Fact(String label, String value, Views.Quote evidence) {
    }

    record Person(String name, boolean inferred, String country, String role, Views.Quote evidence) {
    }

    /**
     * One act in an account's column: its quote is the clause that carries the issue, linked to its sentence in the
     * document, with the whole sentence as the link's tooltip; {@code note} says what an unclassified act was filed as.
     */
    record Cell(String side, String type, String verb, String wording, Views.Link quote, String note) {
    }

    /** An account's acts in a row, and where it takes the row's issue up among its issues ("2nd of 7"), or null. */
    record Column(String place, List<Cell> cells) {
    }

    /** {@code oneSided}, {@code onlyIn} and {@code divergent} are null where the flag does not apply. */
    record CompareRow(String label, String oneSided, String onlyIn, String divergent, List<Column> columns) {
    }

    /**
     * The accounts (links to their documents, with the title as a tooltip), the summary, the issue rows (the
     * courtesies last), and the unclassified acts per account (null when there are none).
     */
    record Comparison(List<String> notes, String summary, List<Views.Link> accounts, List<CompareRow> rows, CompareRow unclassified) {
    }

    record View(String id, String people, String dyad, String date, String format, String place, String status,
                List<Fact> facts, List<Person> participants, Comparison comparison, List<Views.Related> documents) {
    }

    private EngagementPage() {
    }

    static View of(Engagement e, Catalog catalog) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, e, catalog, "status", Labels.words(e.status()));
        fact(facts, e, catalog, "format", Labels.format(e.format()));
        fact(facts, e, catalog, "setting", Labels.setting(e.setting()));
        fact(facts, e, catalog, "date", str(e.date()));
        fact(facts, e, catalog, "date_end", str(e.dateEnd()));
        fact(facts, e, catalog, "local_time", str(e.localTime()));
        fact(facts, e, catalog, "duration_minutes", e.durationMinutes() == null ? null : e.durationMinutes() + " minutes");
        fact(facts, e, catalog, "location", e.location() == null ? null : Pages.place(e));
        fact(facts, e, catalog, "host", e.host());
        fact(facts, e, catalog, "occasion", e.occasion());
        for (String field : e.evidence().keySet()) if (!FIELDS.contains(field)) fact(facts, e, catalog, field, "");
        List<Person> people = new ArrayList<>();
        for (Participant p : e.participants()) {
            people.add(new Person(p.name() == null ? "(not named)" : p.name(), p.inferred(), p.country(), p.role(),
                    Pages.quote(p.evidence(), catalog)));
        }
        List<Views.Related> documents = new ArrayList<>();
        for (DocLink l : e.documents()) {
            LinkedDocument d = catalog.document(l.id()).orElse(null);
            String title = d == null || d.summary().title() == null ? l.id() : d.summary().title();
            String meta = d == null ? null : Pages.nz(d.summary().outlet()) + " " + Labels.words(d.summary().kind())
                    + (d.published() == null ? "" : ", " + d.published());
            documents.add(new Views.Related(Labels.words(l.relation()), new Views.Link("/documents/" + url(l.id()), title, null), meta));
        }
        return new View(e.id(), Pages.people(e), Pages.dyad(e), e.date() == null ? "undated" : e.date().toString(),
                Pages.nz(Labels.format(e.format())), e.location() == null ? null : Pages.place(e), Labels.words(e.status()),
                facts, people, comparison(catalog.comparison(e)), documents);
    }

    private static void fact(List<Fact> facts, Engagement e, Catalog catalog, String field, String value) {
        Evidence ev = e.evidence().get(field);
        if (value == null && ev == null) return;
        facts.add(new Fact(label(field), value == null ? "" : value, Pages.quote(ev, catalog)));
    }

    private static String label(String field) {
        return switch (field) {
            case "date_end" -> "last day";
            case "local_time" -> "local time";
            case "duration_minutes" -> "duration";
            default -> Labels.words(field);
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static Comparison comparison(org.readout.compare.Comparison c) {
        List<Account> accounts = c.accounts();
        List<Views.Link> heads = accounts.stream()
                .map(a -> new Views.Link("/documents/" + url(a.document()), a.name(), a.title())).toList();
        List<CompareRow> rows = new ArrayList<>();
        CompareRow unclassified = null;
        if (!accounts.isEmpty()) {
            for (Row r : c.rows()) rows.add(row(c, r));
            if (c.unclassified().stream().anyMatch(cells -> !cells.isEmpty())) {
                List<Column> columns = new ArrayList<>();
                for (int i = 0; i < accounts.size(); i++) columns.add(new Column(null, cells(c.unclassified().get(i), accounts.get(i), true)));
                unclassified = new CompareRow("Unclassified", null, null, null, columns);
            }
        }
        return new Comparison(c.notes(), c.summary().text(), heads, rows, unclassified);
    }

    private static CompareRow row(org.readout.compare.Comparison c, Row r) {
        String divergent = !r.divergent() ? null : r.wordings().entrySet().stream()
                .map(w -> w.getKey() + " “" + String.join("”, “", w.getValue()) + "”").collect(Collectors.joining(" vs "));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < c.accounts().size(); i++) {
            String place = c.place(r, i);
            columns.add(new Column(place == null ? null : place.replace(" of ", " of its ") + " issues", cells(r.cells().get(i), c.accounts().get(i), false)));
        }
        String oneSided = r.raisedBy().size() == 1 && !r.courtesies() ? r.raisedBy().get(0) : null;
        return new CompareRow(r.label(), oneSided, r.onlyIn(), divergent, columns);
    }

    private static List<Cell> cells(List<org.readout.compare.Cell> cells, Account account, boolean unclassified) {
        List<Cell> out = new ArrayList<>();
        for (org.readout.compare.Cell cell : cells) {
            Evidence ev = cell.sentence();
            String sentence = ev.text().replaceAll("\\s+", " ").strip();
            out.add(new Cell(cell.side() == null ? "?" : cell.side(), PloverType.label(cell.type()), cell.verb(), cell.wording(),
                    new Views.Link(Pages.docHref(account.document(), ev), cell.shownQuote().replaceAll("\\s+", " "), sentence),
                    unclassified ? filedAs(cell) : null));
        }
        return out;
    }

    /** For an act outside the issue rows: the label extraction gave it, or the issue its sentence does not name. */
    private static String filedAs(org.readout.compare.Cell cell) {
        if (cell.issue() == null) return null;
        if (!cell.issue().fromTaxonomy()) return "about: " + cell.issue().label();
        return "filed under " + cell.issue().label() + ", which its sentence does not name";
    }
}
