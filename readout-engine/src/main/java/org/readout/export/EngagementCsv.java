package org.readout.export;

import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** One row per engagement, RFC 4180 quoting, for spreadsheets. */
public final class EngagementCsv {
    private static final List<String> HEADER = List.of("id", "date", "date_end", "status", "format", "setting",
            "local_time", "duration_minutes", "place", "country", "host", "occasion", "participants", "documents");

    private EngagementCsv() {
    }

    public static void write(LinkedCorpus corpus, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, HEADER);
        for (Engagement e : corpus.engagements()) {
            row(w, List.of(e.id(), str(e.date()), str(e.dateEnd()), e.status(), str(e.format()), str(e.setting()),
                    str(e.localTime()), str(e.durationMinutes()), e.location() == null ? "" : str(e.location().place()),
                    e.location() == null ? "" : str(e.location().country()), str(e.host()), str(e.occasion()),
                    e.participants().stream().map(EngagementCsv::person).collect(Collectors.joining("; ")),
                    e.documents().stream().map(EngagementCsv::doc).collect(Collectors.joining("; "))));
        }
        w.flush();
    }

    private static String person(Participant p) {
        return (p.name() == null ? "" : p.name()) + " (" + str(p.country()) + ", " + str(p.role()) + ")";
    }

    private static String doc(DocLink l) {
        return l.id() + " " + l.relation();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
