package org.readout.compare;

import org.readout.extract.IssueRef;
import org.readout.extract.StatementReport;
import org.readout.issues.IssueTaxonomy;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison an analyst makes by hand: for one engagement, one column per account (each side's own readout
 * first, then other sources) and one row per issue or topic, each cell an act in its account's words, quoted by
 * the clause that carries the issue. A statement is shown in a row only when its sentence names the row's issue;
 * statements on no issue of the taxonomy are listed apart, courtesies make one row. Flags for an issue only one
 * side raises and for the sides' different wordings, each account's order of the issues, and a summary.
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
        List<Account> accounts = Accounts.of(e, byId, statements, sides);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) column.put(accounts.get(i).document(), i);

        List<StatementReport> ordered = statements.stream().map(Statement::report)
                .filter(r -> column.containsKey(r.document()))
                .sorted(Comparator.comparingInt((StatementReport r) -> column.get(r.document()))
                        .thenComparingInt(r -> r.evidence().start())).toList();
        Filing filing = new Filing(accounts, new Cells(taxonomy, ordered), topicsOfActs(ordered));
        for (StatementReport r : ordered) filing.file(r, column.get(r.document()));
        List<RowDraft> issueRows = filing.drafts.values().stream().filter(d -> !d.isEmpty()).toList();
        List<List<Integer>> order = new ArrayList<>();
        for (int i = 0; i < issueRows.size(); i++) order.add(new ArrayList<>());
        List<Integer> counts = new ArrayList<>();
        for (int col = 0; col < accounts.size(); col++) {
            int c = col;
            List<RowDraft> taken = issueRows.stream().filter(d -> d.firstQuoted(c) >= 0)
                    .sorted(Comparator.comparingInt(d -> d.firstQuoted(c))).toList();
            for (int i = 0; i < issueRows.size(); i++) order.get(i).add(taken.indexOf(issueRows.get(i)) + 1);
            counts.add(taken.size());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < issueRows.size(); i++) rows.add(row(issueRows.get(i), accounts, sides, order.get(i)));
        rows.sort(Comparator.comparingInt(Comparer::firstPlace).thenComparing(Row::label));
        if (!filing.courtesies.isEmpty()) rows.add(row(filing.courtesies, accounts, sides, Collections.nCopies(accounts.size(), 0)));
        Summary summary = Summaries.of(e, accounts, rows, sides);
        return new Comparison(e, accounts, rows, filing.unclassified.cells(), counts, Accounts.notes(accounts, sides), summary);
    }

    /** Files each statement's act in its row, among the courtesies, or among the unclassified. */
    private final class Filing {
        final List<Account> accounts;
        final Cells cells;
        final Map<String, Set<String>> topicsOfAct;
        final Map<String, RowDraft> drafts = new LinkedHashMap<>();
        final RowDraft courtesies;
        final RowDraft unclassified;

        Filing(List<Account> accounts, Cells cells, Map<String, Set<String>> topicsOfAct) {
            this.accounts = accounts;
            this.cells = cells;
            this.topicsOfAct = topicsOfAct;
            courtesies = new RowDraft(Row.COURTESIES, "Courtesies", Set.of(), List.of(), accounts.size());
            unclassified = new RowDraft(org.readout.extract.IssueRef.UNCLASSIFIED, "Unclassified", Set.of(), List.of(), accounts.size());
        }

        void file(StatementReport r, int col) {
            String act = Cells.actKey(r);
            if (unclassified(r.issue())) {
                unclassified.add(col, act, cells.cell(r, null));
                return;
            }
            if (courtesy(r.issue())) {
                courtesies.add(col, act, cells.cell(r, null));
                return;
            }
            RowDraft draft = draft(r, topicsOfAct.getOrDefault(act, Set.of()), drafts, accounts.size());
            Set<String> issues = new HashSet<>(draft.core);
            issues.add(r.issue().id());
            Cells.Mention m = cells.mention(r, issues, draft.phrases);
            if (m == null) {
                unclassified.add(col, act, cells.cell(r, null));
                return;
            }
            Cell cell = cells.cell(r, m);
            draft.add(col, act, cell);
            if (cell.wordingOf() != null) {
                draft.words(cell.wordingOf(), cell.wording(), true);
            } else if (m.wordingOf() != null && m.wordingOf().equals(cell.side())) {
                draft.words(cell.side(), m.text(), true);
            } else if (cell.side() != null && (cell.side().equals(accounts.get(col).side()) || Cells.quoted(r.evidence().text(), m.start()))) {
                draft.words(cell.side(), m.text(), false);
            }
        }
    }

    /** For each act, the topics whose own issues it is filed under (a statement on a joined issue goes there). */
    private Map<String, Set<String>> topicsOfActs(List<StatementReport> reports) {
        Map<String, Set<String>> out = new HashMap<>();
        for (StatementReport r : reports) {
            if (r.issue() == null) continue;
            Topics.Topic t = topics.of(r.issue().id());
            if (t != null) out.computeIfAbsent(Cells.actKey(r), k -> new LinkedHashSet<>()).add(t.id());
        }
        return out;
    }

    private RowDraft draft(StatementReport r, Set<String> topicsOfAct, Map<String, RowDraft> drafts, int accounts) {
        String id = r.issue().id();
        Topics.Topic t = topics.of(id);
        if (t == null) {
            for (Topics.Topic joined : topics.joinedBy(id)) if (topicsOfAct.contains(joined.id())) t = joined;
        }
        if (t != null) {
            Topics.Topic topic = t;
            return drafts.computeIfAbsent("topic:" + t.id(),
                    k -> new RowDraft(k, topic.label(), new LinkedHashSet<>(topic.issues()), topic.phrases(), accounts));
        }
        return drafts.computeIfAbsent(id, k -> new RowDraft(k, r.issue().label(), Set.of(id), List.of(), accounts));
    }

    /** Statements that no issue of the taxonomy names: none, {@code unclassified}, or a label from the text. */
    static boolean unclassified(IssueRef issue) {
        return issue == null || !issue.fromTaxonomy();
    }

    private boolean courtesy(IssueRef issue) {
        return issue.id().equals(Row.COURTESIES) || Row.COURTESIES.equals(issue.category())
                || taxonomy.byId(issue.id()).map(i -> Row.COURTESIES.equals(i.category())).orElse(false);
    }

    private static Row row(RowDraft d, List<Account> accounts, List<String> sides, List<Integer> order) {
        List<List<Cell>> cells = d.cells();
        Set<String> raisedBy = new LinkedHashSet<>();
        for (List<Cell> column : cells) {
            for (Cell c : column) {
                if (Row.BOTH.equals(c.side())) raisedBy.addAll(sides);
                else if (c.side() != null) raisedBy.add(c.side());
            }
        }
        List<Integer> officialWithIt = new ArrayList<>();
        int officials = 0;
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).side() == null) continue;
            officials++;
            if (!cells.get(i).isEmpty()) officialWithIt.add(i);
        }
        String onlyIn = officials >= 2 && officialWithIt.size() == 1 ? accounts.get(officialWithIt.get(0)).side() : null;
        Map<String, List<String>> wordings = d.wordings();
        return new Row(d.key, d.label, cells, List.copyOf(raisedBy), onlyIn, wordings, RowDraft.divergent(wordings), List.copyOf(order));
    }

    private static int firstPlace(Row r) {
        return r.order().stream().filter(o -> o > 0).min(Integer::compare).orElse(Integer.MAX_VALUE);
    }
}
