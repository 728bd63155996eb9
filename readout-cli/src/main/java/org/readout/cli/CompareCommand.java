package org.readout.cli;

import org.readout.compare.Account;
import org.readout.compare.Cell;
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
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(c));
        } else {
            print(c, out);
        }
        out.flush();
        return 0;
    }

    static void print(Comparison c, PrintWriter out) {
        Engagement e = c.engagement();
        out.printf("Comparison of %s: %s, %s, %s%n", e.id(), e.date() == null ? "undated" : e.date(), e.format(),
                e.participants().stream().map(EngagementsCommand::person).collect(Collectors.joining(" – ")));
        out.println("Accounts:");
        List<Account> accounts = c.accounts();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            out.printf("  [%s] %s%s%n", letter(i), a.side() != null ? a.side() + "'s own readout" : a.kind(),
                    (a.outlet() == null ? "" : ", " + a.outlet()) + (a.title() == null ? "" : ": \"" + a.title() + "\""));
        }
        for (String note : c.notes()) out.println("Note: " + note);
        int n = 1;
        for (Row r : c.rows()) {
            out.println();
            StringBuilder flags = new StringBuilder("raised by " + String.join(" and ", r.raisedBy()));
            if (r.onlyIn() != null) flags.append("; only in ").append(r.onlyIn()).append("'s readout");
            if (r.raisedBy().size() == 1) flags.append("; the other side does not take it up");
            if (r.divergent()) {
                flags.append("; wording differs: ").append(r.wordings().entrySet().stream()
                        .map(w -> w.getKey() + " \"" + String.join("\", \"", w.getValue()) + "\"").collect(Collectors.joining(" vs ")));
            }
            out.printf("%d. %s  [%s]%n", n++, r.label(), flags);
            StringBuilder order = new StringBuilder("   order:");
            for (int i = 0; i < accounts.size(); i++) order.append(' ').append(letter(i)).append(r.order().get(i) == 0 ? "–" : "#" + r.order().get(i));
            out.println(order);
            for (int i = 0; i < accounts.size(); i++) {
                for (Cell cell : r.cells().get(i)) {
                    String text = excerpt(cell.evidence().text().replaceAll("\\s+", " "), cell.verb());
                    out.printf("   %s %-4s %-8s %s%s%n      \"%s\"%n", letter(i), cell.side() == null ? "?" : cell.side(),
                            org.readout.coding.PloverType.label(cell.type()), cell.verb(),
                            cell.wording() == null ? "" : "  (wording: \"" + cell.wording() + "\")", text);
                }
            }
        }
    }

    /** The sentence, or for a long one the part around the act, so that each side's words show. */
    static String excerpt(String sentence, String verb) {
        int limit = 240;
        if (sentence.length() <= limit) return sentence;
        int at = verb == null ? -1 : sentence.indexOf(verb);
        int from = Math.max(0, Math.min(at < 0 ? 0 : at - 60, sentence.length() - limit));
        int to = Math.min(sentence.length(), from + limit);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
