package org.readout.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readout.export.ReadoutJson;
import org.readout.extract.Evidence;

import java.util.List;
import java.util.Map;

/**
 * The comparison as JSON, named as the rest of the API and readout/1 are (snake_case): the engagement as
 * readout/1 writes it, the accounts, the summary, the rows with their cells (each with its quote and the whole
 * sentence, both with their offsets in the document's cleaned text), the unclassified statements and the notes.
 */
public final class ComparisonJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonJson() {
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode o = JSON.createObjectNode();
        o.set("engagement", ReadoutJson.engagement(c.engagement()));
        ArrayNode accounts = o.putArray("accounts");
        for (Account a : c.accounts()) {
            accounts.addObject().put("document", a.document()).put("title", a.title()).put("outlet", a.outlet())
                    .put("kind", a.kind()).put("issuer", a.issuer()).put("side", a.side()).put("side_from", a.sideFrom())
                    .put("name", a.name());
        }
        o.set("summary", summary(c.summary()));
        ArrayNode rows = o.putArray("rows");
        for (Row r : c.rows()) {
            ObjectNode row = rows.addObject().put("issue", r.issue()).put("label", r.label());
            row.set("cells", columns(r.cells()));
            strings(row.putArray("raised_by"), r.raisedBy());
            row.put("only_in", r.onlyIn());
            row.set("wordings", wordings(r.wordings()));
            row.put("divergent", r.divergent());
            ArrayNode order = row.putArray("order");
            for (int i = 0; i < c.accounts().size(); i++) {
                int at = r.order().get(i);
                if (at == 0) order.addNull();
                else order.addObject().put("place", at).put("of", c.issues().get(i)).put("words", c.place(r, i));
            }
        }
        o.set("unclassified", columns(c.unclassified()));
        strings(o.putArray("notes"), c.notes());
        return o;
    }

    private static ArrayNode columns(List<List<Cell>> columns) {
        ArrayNode out = JSON.createArrayNode();
        for (List<Cell> column : columns) {
            ArrayNode cells = out.addArray();
            for (Cell cell : column) cells.add(cell(cell));
        }
        return out;
    }

    static ObjectNode cell(Cell c) {
        ObjectNode o = JSON.createObjectNode();
        strings(o.putArray("statements"), c.statements());
        o.put("side", c.side()).put("speaker", c.speaker()).put("type", c.type()).put("cameo", c.cameo()).put("verb", c.verb());
        if (c.issue() == null) o.putNull("issue");
        else o.putObject("issue").put("id", c.issue().id()).put("label", c.issue().label());
        o.put("wording", c.wording()).put("wording_of", c.wordingOf()).put("words", c.words());
        Evidence s = c.sentence();
        ObjectNode quote = o.putObject("quote").put("text", c.quote().text());
        if (s.start() < 0) quote.putNull("start").putNull("end");
        else quote.put("start", s.start() + c.quote().start()).put("end", s.start() + c.quote().end());
        o.putObject("sentence").put("document", s.document()).put("start", s.start()).put("end", s.end()).put("text", s.text());
        return o;
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", s.text());
        o.set("both_sides", points(s.bothSides()));
        o.set("one_side", points(s.oneSide()));
        o.set("divergent", points(s.divergent()));
        return o;
    }

    private static ArrayNode points(List<Summary.Point> points) {
        ArrayNode out = JSON.createArrayNode();
        for (Summary.Point p : points) {
            ObjectNode o = out.addObject().put("issue", p.issue()).put("label", p.label());
            strings(o.putArray("sides"), p.sides());
            o.put("joint", p.joint());
            if (!p.wordings().isEmpty()) o.set("wordings", wordings(p.wordings()));
            ArrayNode evidence = o.putArray("evidence");
            for (Summary.Said said : p.said()) {
                ObjectNode e = evidence.addObject().put("side", said.side()).put("document", said.document());
                strings(e.putArray("statements"), said.statements());
                e.put("quote", said.quote());
            }
        }
        return out;
    }

    private static ObjectNode wordings(Map<String, List<String>> wordings) {
        ObjectNode o = JSON.createObjectNode();
        wordings.forEach((side, words) -> strings(o.putArray(side), words));
        return o;
    }

    private static void strings(ArrayNode out, List<String> values) {
        values.forEach(out::add);
    }
}
