package org.readout.export;

import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per statement in the manner of GDELT's and ICEWS's event tables, for event-data users:
 * date, source and target actor codes, CAMEO code, root code, quad class, Goldstein value, PLOVER
 * type and mode, issue, document and URL, and the sentence's offsets. Tabs and newlines inside
 * fields are replaced by spaces.
 */
public final class StatementTsv {
    static final List<String> HEADER = List.of("statement_id", "event_date", "source_actor", "source_country", "source_name",
            "target_actor", "target_country", "cameo", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode",
            "issue_id", "issue_label", "wording", "engagement_id", "document_id", "source_url", "sentence_start",
            "sentence_end", "text");

    private StatementTsv() {
    }

    public static void write(LinkedCorpus corpus, OutputStream out) throws IOException {
        Map<String, Engagement> engagements = new HashMap<>();
        for (Engagement e : corpus.engagements()) engagements.put(e.id(), e);
        Map<String, LinkedDocument> documents = new HashMap<>();
        for (LinkedDocument d : corpus.documents()) documents.put(d.summary().id(), d);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, HEADER);
        for (Statement st : corpus.statements()) {
            StatementReport s = st.report();
            Engagement e = st.engagement() == null ? null : engagements.get(st.engagement());
            LinkedDocument d = documents.get(s.document());
            String date = e != null && e.date() != null ? e.date().toString()
                    : d != null && d.published() != null ? d.published().toString() : "";
            Speaker first = s.speakers().get(0);
            String sourceCountry = s.speakers().size() > 1 ? "" : str(first.country());
            String names = String.join("; ", s.speakers().stream().map(p -> p.name() == null ? str(p.country()) : p.name()).toList());
            String root = s.cameo() == null ? "" : s.cameo().substring(0, 2);
            row(w, List.of(s.id(), date, actor(sourceCountry), sourceCountry, names, actor(str(s.target())), str(s.target()),
                    str(s.cameo()), root, root.isEmpty() ? "" : String.valueOf(quadClass(root)), str(s.goldstein()),
                    str(s.type()), str(s.mode()), s.issue() == null ? "" : s.issue().id(), s.issue() == null ? "" : s.issue().label(),
                    str(s.wording()), str(st.engagement()), s.document(), d == null ? "" : str(d.summary().url() != null ? d.summary().url() : d.summary().source()),
                    String.valueOf(s.evidence().start()), String.valueOf(s.evidence().end()), s.evidence().text()));
        }
        w.flush();
    }

    /** GDELT's quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    static int quadClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }

    private static String actor(String country) {
        return country.isEmpty() ? "" : country + "GOV";
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write('\t');
            w.write(cells.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        w.write('\n');
    }
}
