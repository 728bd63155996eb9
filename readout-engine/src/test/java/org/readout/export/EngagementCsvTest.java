package org.readout.export;

import org.junit.jupiter.api.Test;
import org.readout.extract.Location;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngagementCsvTest {
    private static final String HEADER = "id,date,date_end,status,format,setting,local_time,duration_minutes,place,country,host,"
            + "occasion,participants,documents";

    private static String csv(LinkedCorpus c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EngagementCsv.write(c, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** RFC 4180 reader: rows of cells, quotes doubled inside quoted cells, CRLF between rows. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) throw new AssertionError("unterminated last row");
        return rows;
    }

    @Test
    void headerOnlyForAnEmptyCorpus() throws IOException {
        assertEquals(HEADER + "\r\n", csv(new LinkedCorpus(List.of(), List.of())));
    }

    @Test
    void oneRowPerEngagement() throws IOException {
        LinkedCorpus c = ExportCorpus.linked();
        List<List<String>> rows = parse(csv(c));
        assertEquals(c.engagements().size() + 1, rows.size());
        for (List<String> r : rows) assertEquals(14, r.size(), r.toString());
        for (int i = 0; i < c.engagements().size(); i++) assertEquals(c.engagements().get(i).id(), rows.get(i + 1).get(0));
    }

    @Test
    void rowsEndWithCrLf() throws IOException {
        String s = csv(ExportCorpus.sparse());
        assertTrue(s.endsWith("\r\n"));
        assertEquals(2, s.split("\r\n", -1).length - 1);
    }

    @Test
    void nullsAreEmptyCells() throws IOException {
        List<String> row = parse(csv(ExportCorpus.sparse())).get(1);
        assertEquals(List.of("eng-000000000001", "", "", "held", "in_person", "", "", "", "", "", "", "",
                " (CHN, foreign minister); Yoshimasa Hayashi (JPN, foreign minister)", "d1 reports"), row);
    }

    @Test
    void aLocationWithACountryButNoPlaceHasAnEmptyPlaceCell() throws IOException {
        Engagement e = ExportCorpus.engagement("eng-000000000002", "planned", "in_person", "visit", LocalDate.of(2023, 6, 21),
                null, null, new Location(null, "USA"), "USA", null,
                List.of(ExportCorpus.participant("Narendra Modi", "IND", "head of government")), List.of());
        List<String> row = parse(csv(new LinkedCorpus(List.of(), List.of(e)))).get(1);
        assertEquals("", row.get(8));
        assertEquals("USA", row.get(9));
    }

    @Test
    void commasQuotesAndNewlinesAreQuoted() throws IOException {
        String s = csv(ExportCorpus.awkward());
        List<String> row = parse(s).get(1);
        assertEquals("Washington, D.C.", row.get(8));
        assertEquals("USA", row.get(9));
        assertEquals("the \"2+2\" Dialogue,\nsecond round", row.get(11));
        assertEquals("O'Brien, \"Pat\" (IRL, foreign minister);  (GBR, head of government)", row.get(12));
        assertEquals("a,b reports; c mentions", row.get(13));
        assertTrue(s.contains("\"Washington, D.C.\""), s);
        assertTrue(s.contains("\"the \"\"2+2\"\" Dialogue,\nsecond round\""), s);
    }

    @Test
    void plainValuesAreNotQuoted() throws IOException {
        String line = csv(ExportCorpus.awkward()).split("\r\n")[1];
        assertTrue(line.startsWith("eng-00000000000a,2022-11-15,,held,in_person,third_country,09:05,45,"), line);
    }

    @Test
    void datesAndNumbersAreWrittenPlainly() throws IOException {
        List<String> row = parse(csv(ExportCorpus.awkward())).get(1);
        assertEquals("2022-11-15", row.get(1));
        assertEquals("", row.get(2));
        assertEquals("09:05", row.get(6));
        assertEquals("45", row.get(7));
    }

    @Test
    void quoteRules() {
        assertEquals("plain", EngagementCsv.quote("plain"));
        assertEquals("", EngagementCsv.quote(""));
        assertEquals("\"a,b\"", EngagementCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", EngagementCsv.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", EngagementCsv.quote("two\nlines"));
        assertEquals("\"carriage\rreturn\"", EngagementCsv.quote("carriage\rreturn"));
        assertEquals("O'Brien", EngagementCsv.quote("O'Brien"));
        assertEquals("semi;colon", EngagementCsv.quote("semi;colon"));
    }

    @Test
    void utf8Output() throws IOException {
        Engagement e = ExportCorpus.engagement("eng-0000000000ff", "planned", "in_person", "visit", LocalDate.of(2023, 3, 10), null,
                null, new Location("Paris", "FRA"), "FRA", "Sommet franco-britannique à l’Élysée",
                List.of(ExportCorpus.participant("Emmanuel Macron", "FRA", "head of state")), List.of(new DocLink("d", "announces")));
        List<String> row = parse(csv(new LinkedCorpus(List.of(), List.of(e)))).get(1);
        assertEquals("Sommet franco-britannique à l’Élysée", row.get(11));
        assertEquals("FRA", row.get(10));
        assertEquals("planned", row.get(3));
        assertEquals("d announces", row.get(13));
    }

    @Test
    void linkedCorpusValues() throws IOException {
        List<List<String>> rows = parse(csv(ExportCorpus.linked()));
        List<String> call = rows.stream().filter(r -> r.get(4).equals("phone")).findFirst().orElseThrow();
        assertEquals("2023-04-02", call.get(1));
        assertEquals("15:00", call.get(6));
        assertEquals("90", call.get(7));
        assertEquals("", call.get(8));
        assertEquals("Qin Gang (CHN, foreign minister); Yoshimasa Hayashi (JPN, foreign minister)", call.get(12));
        assertEquals("mofa-call reports", call.get(13));
    }

    @Test
    void writeDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        EngagementCsv.write(ExportCorpus.sparse(), out);
        assertTrue(!closed[0]);
        assertTrue(out.size() > HEADER.length());
    }
}
