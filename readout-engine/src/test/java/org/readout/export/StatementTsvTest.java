package org.readout.export;

import org.junit.jupiter.api.Test;
import org.readout.extract.Evidence;
import org.readout.extract.IssueRef;
import org.readout.extract.Readouts;
import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.link.DocLink;
import org.readout.link.DocumentSummary;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;
import org.readout.pipeline.ProcessedDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statements as an event table: one row per statement, GDELT-style actor codes, root code and quad class. */
class StatementTsvTest {
    private static final List<String> HEADER = List.of("statement_id", "event_date", "source_actor", "source_country", "source_name",
            "target_actor", "target_country", "cameo", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode",
            "issue_id", "issue_label", "wording", "engagement_id", "document_id", "source_url", "sentence_start",
            "sentence_end", "text");

    private static final ProcessedDocument JPN = Readouts.fixture("call-jpn.txt");
    private static final ProcessedDocument CHN = Readouts.fixture("call-chn.txt");
    private static final ProcessedDocument NEWS = Readouts.fixture("call-news.txt");
    private static final LinkedCorpus CORPUS = Readouts.link(JPN, CHN, NEWS);

    private static String tsv(LinkedCorpus c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementTsv.write(c, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Rows by statement id, each a map from column to cell; checks every line has every column. */
    private static Map<String, Map<String, String>> rows(String tsv) {
        List<String> lines = tsv.lines().toList();
        assertEquals(HEADER, Arrays.asList(lines.get(0).split("\t", -1)));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(HEADER.size(), cells.length, line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) row.put(HEADER.get(i), cells[i]);
            out.put(row.get("statement_id"), row);
        }
        return out;
    }

    private static StatementReport statement(ProcessedDocument d, String verb) {
        return d.extraction().statements().stream().filter(s -> s.verb().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement by " + verb));
    }

    @Test
    void theHeaderNamesEveryColumn() throws IOException {
        String out = tsv(new LinkedCorpus(List.of(), List.of(), List.of()));
        assertEquals(String.join("\t", HEADER) + "\n", out);
        assertEquals(HEADER, StatementTsv.HEADER);
    }

    @Test
    void oneRowPerStatement() throws IOException {
        String out = tsv(CORPUS);
        assertTrue(out.endsWith("\n"));
        Map<String, Map<String, String>> rows = rows(out);
        assertEquals(CORPUS.statements().size() + 1, out.lines().count());
        assertEquals(CORPUS.statements().stream().map(Statement::id).toList(), List.copyOf(rows.keySet()));
    }

    @Test
    void aDemandRowCarriesItsCodesActorsAndSentence() throws IOException {
        StatementReport s = statement(JPN, "strongly called for the prompt lifting");
        Map<String, String> r = rows(tsv(CORPUS)).get(s.id());
        String engagement = CORPUS.engagements().get(0).id();
        assertEquals("2023-02-22", r.get("event_date"));
        assertEquals("JPNGOV", r.get("source_actor"));
        assertEquals("JPN", r.get("source_country"));
        assertEquals("Yoshimasa Hayashi", r.get("source_name"));
        assertEquals("CHNGOV", r.get("target_actor"));
        assertEquals("CHN", r.get("target_country"));
        assertEquals("1054", r.get("cameo"));
        assertEquals("10", r.get("root_code"));
        assertEquals("3", r.get("quad_class"), "a demand is verbal conflict");
        assertEquals("-5.0", r.get("goldstein"));
        assertEquals("REQUEST", r.get("plover_type"));
        assertEquals("yield", r.get("plover_mode"));
        assertEquals("food-import-restrictions", r.get("issue_id"));
        assertEquals("Import restrictions on Japanese food after the Fukushima accident", r.get("issue_label"));
        assertEquals("", r.get("wording"));
        assertEquals(engagement, r.get("engagement_id"));
        assertEquals(JPN.document().id(), r.get("document_id"));
        assertEquals(String.valueOf(s.evidence().start()), r.get("sentence_start"));
        assertEquals(String.valueOf(s.evidence().end()), r.get("sentence_end"));
        assertEquals(JPN.document().text().substring(s.evidence().start(), s.evidence().end()), r.get("text"));
    }

    @Test
    void quadClassAndRootCodeOfEachKindOfAct() throws IOException {
        Map<String, Map<String, String>> rows = rows(tsv(CORPUS));
        Map<String, String[]> expected = Map.of(
                "expressed his gratitude", new String[] {"051", "05", "1", "3.4", "SUPPORT"},
                "concurred on continuing close communication", new String[] {"036", "03", "1", "4.0", "AGREE"},
                "explained", new String[] {"010", "01", "1", "0.0", ""},
                "expressed serious concerns", new String[] {"110", "11", "3", "-2.0", "ACCUSE"});
        for (var e : expected.entrySet()) {
            Map<String, String> r = rows.get(statement(JPN, e.getKey()).id());
            String[] want = e.getValue();
            assertEquals(want[0], r.get("cameo"), e.getKey());
            assertEquals(want[1], r.get("root_code"), e.getKey());
            assertEquals(want[2], r.get("quad_class"), e.getKey());
            assertEquals(want[3], r.get("goldstein"), e.getKey());
            assertEquals(want[4], r.get("plover_type"), e.getKey());
        }
        Map<String, String> urged = rows.get(statement(CHN, "urged Japan to stop").id());
        assertEquals("025", urged.get("cameo"));
        assertEquals("02", urged.get("root_code"));
        assertEquals("1", urged.get("quad_class"));
        assertEquals("nuclear-polluted water", urged.get("wording"));
        assertEquals("fukushima-water", urged.get("issue_id"));
    }

    @Test
    void bothSidesHaveNoSingleSourceCountryAndNoTarget() throws IOException {
        Map<String, String> r = rows(tsv(CORPUS)).get(statement(JPN, "concurred on continuing close communication").id());
        assertEquals("", r.get("source_actor"));
        assertEquals("", r.get("source_country"));
        assertEquals("Qin Gang; Yoshimasa Hayashi", r.get("source_name"));
        assertEquals("", r.get("target_actor"));
        assertEquals("", r.get("target_country"));
    }

    @Test
    void aStatementOnNoIssueHasEmptyIssueCells() throws IOException {
        Map<String, String> r = rows(tsv(CORPUS)).get(statement(CHN, "said").id());
        assertEquals("", r.get("issue_id"));
        assertEquals("", r.get("issue_label"));
        assertEquals("", r.get("plover_type"));
        assertEquals("Qin Gang", r.get("source_name"));
    }

    @Test
    void tabsAndNewlinesInsideTextBecomeSpaces() throws IOException {
        Evidence ev = new Evidence("d1", 10, 60, "Line one\twith a tab\nand a new line\r\n\tend");
        StatementReport report = new StatementReport("st-000000000001", "d1", 0,
                List.of(new Speaker("O'Brien\tPat", "IRL", "foreign minister")), "GBR", "THREATEN", null, "130", -4.4,
                new IssueRef("text:fish\tquotas", "fish\nquotas", null), "fish\tquotas", "warned", ev);
        Engagement e = ExportCorpus.engagement("eng-00000000000b", "held", "phone", null, LocalDate.of(2024, 5, 6), null, null,
                null, null, null, List.of(ExportCorpus.participant("Pat O'Brien", "IRL", "foreign minister")),
                List.of(new DocLink("d1", "reports")));
        LinkedDocument d = new LinkedDocument(new DocumentSummary("d1", "https://example.org/d1", "T", null, "official", "en"),
                LocalDate.of(2024, 5, 7), "text", null, List.of(new DocLink(e.id(), "reports")));
        String out = tsv(new LinkedCorpus(List.of(d), List.of(e), List.of(new Statement(e.id(), report))));
        assertEquals(2, out.lines().count(), out);
        Map<String, String> r = rows(out).get("st-000000000001");
        assertEquals("Line one with a tab and a new line end", r.get("text"));
        assertEquals("O'Brien Pat", r.get("source_name"));
        assertEquals("text:fish quotas", r.get("issue_id"));
        assertEquals("fish quotas", r.get("issue_label"));
        assertEquals("fish quotas", r.get("wording"));
        assertEquals("2024-05-06", r.get("event_date"), "the engagement's date");
        assertEquals("13", r.get("root_code"));
        assertEquals("3", r.get("quad_class"));
        assertEquals("-4.4", r.get("goldstein"));
        assertEquals("IRLGOV", r.get("source_actor"));
        assertEquals("GBRGOV", r.get("target_actor"));
    }

    @Test
    void materialActsAreQuadClassTwoAndFourAndAStatementWithoutEngagementTakesThePublicationDate() throws IOException {
        Evidence ev = new Evidence("d2", 0, 20, "A sentence of d2.");
        StatementReport aid = new StatementReport("st-00000000000a", "d2", -1, List.of(new Speaker(null, "JPN", null)), "UKR",
                "AID", null, "073", 7.4, null, null, "provided humanitarian aid", ev);
        StatementReport sanctions = new StatementReport("st-00000000000b", "d2", -1, List.of(new Speaker(null, "USA", null)), "RUS",
                "COERCE", null, "163", -8.0, null, null, "imposed sanctions", ev);
        StatementReport uncoded = new StatementReport("st-00000000000c", "d2", -1, List.of(new Speaker("Someone", null, null)), null,
                null, null, null, null, null, null, "", ev);
        LinkedDocument d = new LinkedDocument(new DocumentSummary("d2", "test/d2", null, null, "news", "en"),
                LocalDate.of(2022, 3, 1), "text", null, List.of());
        Map<String, Map<String, String>> rows = rows(tsv(new LinkedCorpus(List.of(d), List.of(),
                List.of(new Statement(null, aid), new Statement(null, sanctions), new Statement(null, uncoded)))));
        assertEquals("07", rows.get("st-00000000000a").get("root_code"));
        assertEquals("2", rows.get("st-00000000000a").get("quad_class"));
        assertEquals("16", rows.get("st-00000000000b").get("root_code"));
        assertEquals("4", rows.get("st-00000000000b").get("quad_class"));
        for (Map<String, String> r : rows.values()) {
            assertEquals("2022-03-01", r.get("event_date"), "no engagement: the publication date");
            assertEquals("", r.get("engagement_id"));
        }
        Map<String, String> u = rows.get("st-00000000000c");
        assertEquals("", u.get("cameo"));
        assertEquals("", u.get("root_code"));
        assertEquals("", u.get("quad_class"));
        assertEquals("", u.get("goldstein"));
        assertEquals("", u.get("source_country"));
        assertEquals("Someone", u.get("source_name"));
    }

    @Test
    void quadClassBoundaries() {
        assertEquals(1, StatementTsv.quadClass("01"));
        assertEquals(1, StatementTsv.quadClass("05"));
        assertEquals(2, StatementTsv.quadClass("06"));
        assertEquals(2, StatementTsv.quadClass("09"));
        assertEquals(3, StatementTsv.quadClass("10"));
        assertEquals(3, StatementTsv.quadClass("14"));
        assertEquals(4, StatementTsv.quadClass("15"));
        assertEquals(4, StatementTsv.quadClass("20"));
    }
}
