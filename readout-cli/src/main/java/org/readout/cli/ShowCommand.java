package org.readout.cli;

import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "show", description = "One engagement: every fact with the sentence it came from, and the documents.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Engagement id (or a unique prefix of it).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteStore store = parent.openLinkedStore()) {
            Engagement e = store.engagement(id).orElse(null);
            if (e == null) {
                spec.commandLine().getErr().println("readout: no engagement " + id + " (see 'readout engagements')");
                return 1;
            }
            out.println("Engagement " + e.id());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("status", e.status());
            fields.put("format", e.format());
            fields.put("setting", e.setting());
            fields.put("date", e.date());
            fields.put("local_time", e.localTime());
            fields.put("duration_minutes", e.durationMinutes());
            fields.put("location", e.location() == null ? null : (e.location().place() == null ? "" : e.location().place() + ", ") + e.location().country());
            fields.put("host", e.host());
            fields.put("occasion", e.occasion());
            for (var f : fields.entrySet()) {
                out.printf("  %-17s %s%n", f.getKey(), f.getValue() == null ? "-" : f.getValue());
                String evidenceKey = f.getKey().equals("setting") || f.getKey().equals("host") ? "location" : f.getKey();
                if (f.getValue() != null) quote(out, e.evidence().get(evidenceKey));
            }
            out.println("  participants");
            for (Participant p : e.participants()) {
                out.printf("    %s%s%n", EngagementsCommand.person(p), p.actor() == null ? "" : " [" + p.actor() + "]");
                quote(out, p.evidence());
            }
            var statements = store.statements(e.id());
            out.println("  statements (" + statements.size() + "; 'readout compare " + e.id() + "' sets them side by side)");
            for (var st : statements) {
                var r = st.report();
                String who = r.speakers().size() == 1 ? String.valueOf(r.speakers().get(0).country()) : "both sides";
                out.printf("    %s %s %s -> %s  %s%s  [%s, Goldstein %s]%n", r.id(), who, org.readout.coding.PloverType.label(r.type()),
                        r.target() == null ? "-" : r.target(), r.issue() == null ? "-" : r.issue().label(),
                        r.wording() == null ? "" : " (\"" + r.wording() + "\")", r.cameo(), r.goldstein());
                quote(out, r.evidence());
            }
            out.println("  documents");
            for (DocLink l : e.documents()) {
                LinkedDocument d = store.document(l.id()).orElse(null);
                String title = d == null ? "" : d.summary().title() == null ? d.summary().source() : d.summary().title();
                String published = d == null || d.published() == null ? "undated" : d.published().toString();
                out.printf("    %-9s %s  %s (%s, %s)%n", l.relation(), l.id(), title, d == null ? "?" : d.summary().kind(), published);
            }
            out.flush();
        }
        return 0;
    }

    private static void quote(PrintWriter out, Evidence ev) {
        if (ev == null) return;
        String text = ev.text().replaceAll("\\s+", " ");
        if (text.length() > 220) text = text.substring(0, 219) + "…";
        out.printf("      \u2190 \"%s\" [%s %d-%d]%n", text, ev.document(), ev.start(), ev.end());
    }
}
