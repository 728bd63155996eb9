package org.readout.compare;

import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.issues.IssueTaxonomy;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The comparison an analyst makes by hand: for one engagement, one column per account (each side's
 * own readout first, then other sources) and one row per issue, each cell the statements of that
 * account in its own words with their sentences; flags for an issue only one side raises, for the
 * sides' different wordings of one issue, and the order in which each account takes the issues.
 */
public final class Comparer {
    private final IssueTaxonomy taxonomy;
    private final Topics topics;

    public Comparer(IssueTaxonomy taxonomy, Topics topics) {
        this.taxonomy = taxonomy;
        this.topics = topics;
    }

    public Comparison compare(Engagement e, List<LinkedDocument> documents, List<Statement> statements) {
        Map<String, LinkedDocument> byId = new HashMap<>();
        for (LinkedDocument d : documents) byId.put(d.summary().id(), d);
        List<String> sides = new ArrayList<>();
        e.participants().forEach(p -> {
            if (p.country() != null && !sides.contains(p.country())) sides.add(p.country());
        });
        List<Account> accounts = accounts(e, byId, statements, sides);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) column.put(accounts.get(i).document(), i);

        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<List<Cell>>> cells = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<StatementReport> ordered = statements.stream().map(Statement::report)
                .filter(r -> column.containsKey(r.document()) && r.issue() != null)
                .sorted(Comparator.comparingInt((StatementReport r) -> column.get(r.document()))
                        .thenComparingInt(r -> r.evidence().start())).toList();
        for (StatementReport r : ordered) {
            String key = rowKey(r);
            labels.putIfAbsent(key, rowLabel(r));
            List<List<Cell>> row = cells.computeIfAbsent(key, k -> emptyColumns(accounts.size()));
            row.get(column.get(r.document())).add(cell(r));
        }
        Map<String, List<String>> takenUp = new HashMap<>();
        for (StatementReport r : ordered) {
            List<String> keys = takenUp.computeIfAbsent(r.document(), d -> new ArrayList<>());
            if (!keys.contains(rowKey(r))) keys.add(rowKey(r));
        }
        List<Row> rows = new ArrayList<>();
        for (var entry : cells.entrySet()) {
            List<Integer> order = new ArrayList<>();
            for (Account a : accounts) order.add(takenUp.getOrDefault(a.document(), List.of()).indexOf(entry.getKey()) + 1);
            rows.add(row(entry.getKey(), labels.get(entry.getKey()), entry.getValue(), accounts, order, sides));
        }
        rows.sort(Comparator.comparingInt((Row r) -> firstOrder(r)).thenComparing(Row::label));
        return new Comparison(e, accounts, rows, notes(accounts, sides));
    }

    /** The official readouts, one per side in the order of the participants, then the other sources. */
    private static List<Account> accounts(Engagement e, Map<String, LinkedDocument> byId, List<Statement> statements,
                                          List<String> sides) {
        List<Account> own = new ArrayList<>();
        List<Account> others = new ArrayList<>();
        for (DocLink l : e.documents()) {
            LinkedDocument d = byId.get(l.id());
            if (d == null) continue;
            String side = "official".equals(d.summary().kind()) ? issuingSide(l.id(), statements, sides) : null;
            Account a = new Account(l.id(), d.summary().title(), d.summary().outlet(), d.summary().kind(), side);
            (side != null ? own : others).add(a);
        }
        own.sort(Comparator.comparingInt(a -> sides.indexOf(a.side())));
        List<Account> out = new ArrayList<>(own);
        out.addAll(others);
        return out;
    }

    /** Whose readout an official document is: the side whose speakers make most of its statements alone. */
    private static String issuingSide(String document, List<Statement> statements, List<String> sides) {
        Map<String, Integer> count = new TreeMap<>();
        for (Statement s : statements) {
            if (!s.report().document().equals(document) || s.report().speakers().size() != 1) continue;
            String c = s.report().speakers().get(0).country();
            if (c != null && sides.contains(c)) count.merge(c, 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private String rowKey(StatementReport r) {
        Topics.Topic t = topics.of(r.issue().id());
        return t != null ? "topic:" + t.id() : r.issue().id();
    }

    private String rowLabel(StatementReport r) {
        Topics.Topic t = topics.of(r.issue().id());
        return t != null ? t.label() : r.issue().label();
    }

    private Cell cell(StatementReport r) {
        String side = sideOf(r);
        String wordingOf = null;
        if (r.wording() != null && r.issue().fromTaxonomy()) {
            wordingOf = taxonomy.byId(r.issue().id()).flatMap(i -> i.wordingOf(r.wording())).orElse(null);
        }
        String speaker = r.speakers().size() == 1 ? r.speakers().get(0).name() : "both sides";
        return new Cell(r.id(), side, speaker, r.type(), r.cameo(), r.verb(), r.wording(), wordingOf, r.evidence());
    }

    private static String sideOf(StatementReport r) {
        Set<String> c = new LinkedHashSet<>();
        for (Speaker s : r.speakers()) if (s.country() != null) c.add(s.country());
        return c.size() == 1 ? c.iterator().next() : c.isEmpty() ? null : "BOTH";
    }

    private static Row row(String key, String label, List<List<Cell>> cells, List<Account> accounts,
                           List<Integer> order, List<String> sides) {
        Set<String> raisedBy = new LinkedHashSet<>();
        Map<String, List<String>> wordings = new TreeMap<>();
        for (List<Cell> column : cells) {
            for (Cell c : column) {
                if (c.side() != null && !c.side().equals("BOTH")) raisedBy.add(c.side());
                if (c.side() != null && c.side().equals("BOTH")) raisedBy.addAll(sides);
                if (c.wording() != null) {
                    String who = c.wordingOf() != null ? c.wordingOf() : c.side();
                    List<String> list = wordings.computeIfAbsent(who == null ? "?" : who, k -> new ArrayList<>());
                    if (!list.contains(c.wording())) list.add(c.wording());
                }
            }
        }
        String onlyIn = null;
        List<Integer> officialWithIt = new ArrayList<>();
        int officials = 0;
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).side() == null) continue;
            officials++;
            if (!cells.get(i).isEmpty()) officialWithIt.add(i);
        }
        if (officials >= 2 && officialWithIt.size() == 1) onlyIn = accounts.get(officialWithIt.get(0)).side();
        boolean divergent = wordings.keySet().stream().filter(k -> !k.equals("?")).count() >= 2;
        return new Row(key, label, cells, List.copyOf(raisedBy), onlyIn, wordings, divergent, order);
    }

    private static int firstOrder(Row r) {
        return r.order().stream().filter(o -> o > 0).min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    private static List<List<Cell>> emptyColumns(int n) {
        List<List<Cell>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }

    private static List<String> notes(List<Account> accounts, List<String> sides) {
        List<String> notes = new ArrayList<>();
        Set<String> withReadout = new LinkedHashSet<>();
        for (Account a : accounts) if (a.side() != null) withReadout.add(a.side());
        for (String side : sides) {
            if (!withReadout.contains(side)) {
                notes.add("No " + side + " readout of this engagement is in the store: " + side
                        + "'s positions come only from the other accounts.");
            }
        }
        if (accounts.size() == 1) notes.add("Only one account of this engagement is in the store.");
        return notes;
    }
}
