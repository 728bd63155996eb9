package org.readout.compare;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.said;

/** The comparison's JSON is named as the rest of the API (snake_case), with each cell's quote and sentence and their offsets. */
class ComparisonJsonTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument CHN = Built.chnReadout();
    static final String LIST = "Minister Hayashi expressed serious concerns regarding the East China Sea, China's military activities "
            + "near Japan, and the situation in Hong Kong.";

    static JsonNode json() {
        return ComparisonJson.tree(compare(List.of(JPN, CHN),
                said(JPN, 40, LIST, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"),
                said(JPN, 40, LIST, "expressed serious concerns", "JPN", "ACCUSE", "east-china-sea"),
                said(CHN, 0, "Qin Gang stated China's solemn position on Diaoyu Dao.", "stated", "CHN", null, "east-china-sea", "Diaoyu Dao"),
                said(CHN, 80, "Qin Gang thanked Hayashi.", "thanked", "CHN", "SUPPORT", "courtesy"),
                said(CHN, 120, "Qin Gang briefed Hayashi on the two sessions.", "briefed", "CHN", null, null)));
    }

    @Test
    void everyFieldNameIsSnakeCase() {
        List<String> names = new ArrayList<>();
        collect(json(), names, false);
        assertTrue(names.contains("raised_by") && names.contains("only_in") && names.contains("wording_of") && names.contains("side_from")
                && names.contains("both_sides") && names.contains("one_side") && names.contains("date_end"), names.toString());
        for (String n : names) assertTrue(n.matches("[a-z][a-z0-9_]*"), "not snake_case: " + n);
    }

    /** Field names, except the keys of the wordings maps, which are country codes. */
    private static void collect(JsonNode node, List<String> out, boolean codes) {
        if (node.isArray()) node.forEach(n -> collect(n, out, false));
        if (!node.isObject()) return;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!codes) out.add(name);
            collect(node.get(name), out, name.equals("wordings"));
        }
    }

    @Test
    void aCellHasItsQuoteAndItsWholeSentenceWithOffsetsInTheDocument() {
        JsonNode c = json();
        assertEquals(List.of("engagement", "accounts", "summary", "rows", "unclassified", "notes"), fields(c));
        JsonNode hk = null;
        for (JsonNode r : c.get("rows")) if (r.get("issue").asText().equals("hong-kong")) hk = r.get("cells").get(0).get(0);
        JsonNode quote = hk.get("quote");
        JsonNode sentence = hk.get("sentence");
        assertEquals("the situation in Hong Kong.", quote.get("text").asText());
        assertEquals(40, sentence.get("start").asInt());
        assertEquals(LIST, sentence.get("text").asText());
        assertEquals("doc-jpn", sentence.get("document").asText());
        assertEquals(quote.get("text").asText(), LIST.substring(quote.get("start").asInt() - 40, quote.get("end").asInt() - 40));
        assertEquals("situation in Hong Kong", hk.get("words").asText(), "the longest alias the sentence uses");
        assertEquals("hong-kong", hk.get("issue").get("id").asText());
        assertEquals(1, hk.get("statements").size());
    }

    @Test
    void ordersInWordsTheSummaryCourtesiesAndTheUnclassified() {
        JsonNode c = json();
        JsonNode ecs = c.get("rows").get(0);
        assertEquals("east-china-sea", ecs.get("issue").asText());
        assertEquals("1st of 2", ecs.get("order").get(0).get("words").asText());
        assertEquals(1, ecs.get("order").get(1).get("place").asInt());
        assertEquals(1, ecs.get("order").get(1).get("of").asInt());
        assertTrue(c.get("rows").get(1).get("order").get(1).isNull(), "China's readout does not take up Hong Kong");
        assertEquals("courtesy", c.get("rows").get(2).get("issue").asText());
        assertEquals("Courtesies", c.get("rows").get(2).get("label").asText());
        assertEquals("briefed", c.get("unclassified").get(1).get(0).get("verb").asText());
        JsonNode summary = c.get("summary");
        assertTrue(summary.get("text").asText().startsWith("Yoshimasa Hayashi (JPN) and Qin Gang (CHN), by phone on 2 February 2023."));
        assertEquals("east-china-sea", summary.get("both_sides").get(0).get("issue").asText());
        assertEquals("CHN", summary.get("both_sides").get(0).get("evidence").get(1).get("side").asText());
        assertTrue(summary.get("both_sides").get(0).get("evidence").get(1).get("statements").get(0).asText().startsWith("st-"));
        assertEquals("Diaoyu Dao", summary.get("divergent").get(0).get("wordings").get("CHN").get(0).asText());
        assertEquals("hong-kong", summary.get("one_side").get(0).get("issue").asText());
        assertEquals("issuer", c.get("accounts").get(0).get("side_from").asText());
    }

    private static List<String> fields(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
