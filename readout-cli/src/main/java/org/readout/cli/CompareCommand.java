package org.readout.cli;

import org.readout.compare.Account;
import org.readout.compare.Cell;
import org.readout.compare.ComparisonJson;
import org.readout.compare.Comparison;
import org.readout.compare.Row;
import org.readout.link.Engagement;
import org.readout.pipeline.Json;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "compare", description = "Side-by-side accounts of one engagement: what each account says issue by issue, "
        + "what one side left out, where the wording diverges.")
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENGAGEMENT", description = "Engagement id (or a unique prefix of it).")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json; default ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Comparison c;
        try (SqliteStore store = parent.openLinkedStore()) {
            Engagement e = store.engagement(id).orElse(null);
            if (e == null) {
                spec.commandLine().getErr().println("readout: no engagement " + id + " (see 'readout engagements')");
                return 1;
            }
            c = parent.readout().comparer().compare(e, store.documents(), store.statements(e.id()));
        }
        if (format == Format.json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ComparisonJson.tree(c)));
        } else {
            print(c, out);
        }
        out.flush();
        return 0;
    }

    static void print(Comparison c, PrintWriter out) {
        Engagement e = c.engagement();
        String format = e.format() == null ? "format unknown" : e.format().replace('_', ' ');
        out.printf("Comparison of %s: %s, %s, %s%n", e.id(), e.date() == null ? "undated" : e.date(), format,
                e.participants().stream().map(EngagementsCommand::person).collect(Collectors.joining(" – ")));
        out.println("Accounts:");
        List<Account> accounts = c.accounts();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            out.printf("  [%s] %s%s%n", letter(i), a.side() != null ? a.side() + "'s own readout" : a.kind(),
                    (a.outlet() == null ? "" : ", " + a.outlet()) + (a.title() == null ? "" : ": \"" + a.title() + "\""));
        }
        for (String note : c.notes()) out.println("Note: " + note);
        out.println();
        out.println("Summary:");
        out.println(c.summary().text());
        int n = 1;
        for (Row r : c.rows()) {
            out.println();
            out.printf("%d. %s  [%s]%n", n++, r.label(), flags(r));
            if (!r.courtesies()) out.println("   " + places(c, r));
            for (int i = 0; i < accounts.size(); i++) for (Cell cell : r.cells().get(i)) print(cell, i, "", out);
        }
        if (c.unclassified().stream().anyMatch(cells -> !cells.isEmpty())) {
            out.println();
            out.println("Unclassified (statements on no issue of the taxonomy):");
            for (int i = 0; i < accounts.size(); i++) {
                for (Cell cell : c.unclassified().get(i)) print(cell, i, filedAs(cell), out);
            }
        }
    }

    private static String flags(Row r) {
        StringBuilder flags = new StringBuilder("raised by " + String.join(" and ", r.raisedBy()));
        if (r.onlyIn() != null) flags.append("; only in ").append(r.onlyIn()).append("'s readout");
        if (r.raisedBy().size() == 1 && !r.courtesies()) flags.append("; the other side does not take it up");
        if (r.divergent()) {
            flags.append("; wording differs: ").append(r.wordings().entrySet().stream()
                    .map(w -> w.getKey() + " \"" + String.join("\", \"", w.getValue()) + "\"").collect(Collectors.joining(" vs ")));
        }
        return flags.toString();
    }

    /** "taken up 2nd of 7 issues in JPN's readout [A], 4th of 5 in Kyodo [C]; not in CHN's readout [B] or The Diplomat [D]". */
    static String places(Comparison c, Row r) {
        List<String> taken = new java.util.ArrayList<>();
        List<String> not = new java.util.ArrayList<>();
        for (int i = 0; i < c.accounts().size(); i++) {
            String account = c.accounts().get(i).shortName() + " [" + letter(i) + "]";
            String place = c.place(r, i);
            if (place == null) not.add(account);
            else taken.add(place + (!taken.isEmpty() ? "" : c.issues().get(i) == 1 ? " issue" : " issues") + " in " + account);
        }
        return "taken up " + String.join(", ", taken) + (not.isEmpty() ? "" : "; not in " + String.join(" or ", not));
    }

    private static void print(Cell cell, int account, String note, PrintWriter out) {
        out.printf("   %s %-4s %-8s %s%s%s%n      \"%s\"%n", letter(account), cell.side() == null ? "?" : cell.side(),
                org.readout.coding.PloverType.label(cell.type()), cell.verb(),
                cell.wording() == null ? "" : "  (wording: \"" + cell.wording() + "\")", note, cell.shownQuote().replaceAll("\\s+", " "));
    }

    /** For an unclassified act: the label extraction gave it, or the issue its sentence does not name. */
    private static String filedAs(Cell cell) {
        if (cell.issue() == null) return "";
        if (!cell.issue().fromTaxonomy()) return "  (about: " + cell.issue().label() + ")";
        return "  (filed under " + cell.issue().label() + ", which its sentence does not name)";
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
