package org.readout.cli;

import org.readout.extract.Participant;
import org.readout.link.Engagement;
import org.readout.store.EngagementFilter;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "engagements", description = "List engagements: calls, meetings and visits, one row each.")
final class EngagementsCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--country"}, paramLabel = "ISO3", description = "Only engagements with a participant of this country (repeatable: all must take part).")
    List<String> countries = new ArrayList<>();

    @Option(names = {"-p", "--person"}, description = "Only engagements with a participant whose name contains this.")
    String person;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only engagements on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only engagements on or before this day.")
    LocalDate to;

    @Override
    public Integer call() {
        try (SqliteStore store = parent.openLinkedStore()) {
            print(store.engagements(new EngagementFilter(countries, person, from, to)), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(List<Engagement> engagements, PrintWriter out) {
        Table t = new Table(100, "ID", "DATE", "STATUS", "FORMAT", "SETTING", "WHERE", "PARTICIPANTS", "DOCS");
        for (Engagement e : engagements) {
            String where = e.location() == null ? null : (e.location().place() == null ? "" : e.location().place() + ", ") + e.location().country();
            String who = e.participants().stream().map(EngagementsCommand::person).collect(Collectors.joining("; "));
            t.add(e.id(), e.date(), e.status(), e.format(), e.setting(), where, who, e.documents().size());
        }
        t.print(out);
        out.printf("%d engagement%s%n", engagements.size(), engagements.size() == 1 ? "" : "s");
        out.flush();
    }

    static String person(Participant p) {
        return (p.name() == null ? "(unnamed)" : p.name()) + " (" + p.country() + (p.role() == null ? "" : ", " + p.role()) + ")";
    }
}
