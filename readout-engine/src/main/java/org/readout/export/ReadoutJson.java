package org.readout.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** Writes a linked corpus in the {@code readout/1} export format (see shared/spec/export-format.md). */
public final class ReadoutJson {
    public static final String FORMAT = "readout/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReadoutJson() {
    }

    public static void write(LinkedCorpus corpus, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(corpus));
    }

    public static ObjectNode tree(LinkedCorpus corpus) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode docs = root.putArray("documents");
        for (LinkedDocument d : corpus.documents()) docs.add(document(d));
        ArrayNode engagements = root.putArray("engagements");
        for (Engagement e : corpus.engagements()) engagements.add(engagement(e));
        ArrayNode statements = root.putArray("statements");
        for (Statement st : corpus.statements()) statements.add(statement(st));
        return root;
    }

    public static ObjectNode document(LinkedDocument d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.summary().id());
        o.put("source", d.summary().source());
        o.put("url", d.summary().url());
        o.put("title", d.summary().title());
        o.put("outlet", d.summary().outlet());
        o.put("kind", d.summary().kind());
        o.put("issuer", d.issuerCountry());
        o.put("published", date(d.published()));
        o.put("published_basis", d.publishedBasis());
        o.put("language", d.summary().language());
        links(o.putArray("engagements"), d.engagements());
        return o;
    }

    public static ObjectNode engagement(Engagement e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("status", e.status());
        o.put("format", e.format());
        o.put("setting", e.setting());
        o.put("date", date(e.date()));
        o.put("date_end", date(e.dateEnd()));
        o.put("local_time", e.localTime());
        if (e.durationMinutes() == null) o.putNull("duration_minutes");
        else o.put("duration_minutes", e.durationMinutes());
        Location l = e.location();
        if (l == null) o.putNull("location");
        else o.putObject("location").put("place", l.place()).put("country", l.country());
        o.put("host", e.host());
        o.put("occasion", e.occasion());
        ArrayNode ps = o.putArray("participants");
        for (Participant p : e.participants()) {
            ps.addObject().put("name", p.name()).put("country", p.country()).put("role", p.role()).put("actor", p.actor());
        }
        links(o.putArray("documents"), e.documents());
        return o;
    }

    public static ObjectNode statement(Statement st) {
        StatementReport s = st.report();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("engagement", st.engagement());
        o.put("document", s.document());
        ArrayNode speakers = o.putArray("speakers");
        for (Speaker p : s.speakers()) speakers.addObject().put("name", p.name()).put("country", p.country()).put("role", p.role());
        o.put("target", s.target());
        o.put("type", s.type());
        o.put("mode", s.mode());
        o.put("cameo", s.cameo());
        if (s.goldstein() == null) o.putNull("goldstein");
        else o.put("goldstein", s.goldstein());
        if (s.issue() == null) o.putNull("issue");
        else o.putObject("issue").put("id", s.issue().id()).put("label", s.issue().label());
        o.put("wording", s.wording());
        o.put("text", s.evidence().text());
        o.putArray("span").add(s.evidence().start()).add(s.evidence().end());
        return o;
    }

    private static void links(ArrayNode out, List<DocLink> links) {
        for (DocLink l : links) out.addObject().put("id", l.id()).put("relation", l.relation());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
