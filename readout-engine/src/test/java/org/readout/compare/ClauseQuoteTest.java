package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.row;
import static org.readout.compare.Built.said;

/** Each cell quotes the clause that carries its issue, with the whole sentence and the offsets of both. */
class ClauseQuoteTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument NEWS = Built.news();
    static final String LIST = "Minister Hayashi again expressed serious concerns regarding the East China Sea, China's increasingly "
            + "active military activities near Japan, and the situations in the South China Sea, Hong Kong, Xinjiang, and others.";
    static final String TWO_ACTS = "Hayashi voiced concern over the disputed Senkaku Islands, while Qin urged Japan to stop provocations "
            + "by \"right-wing forces\" regarding the disputed islands.";

    static Cell only(Comparison c, String issue) {
        List<Cell> cells = row(c, issue).cells().stream().flatMap(List::stream).toList();
        assertEquals(1, cells.size(), cells.toString());
        return cells.get(0);
    }

    @Test
    void eachIssueOfAListIsQuotedByItsOwnClause() {
        Comparison c = compare(List.of(JPN),
                said(JPN, 500, LIST, "expressed serious concerns", "JPN", "ACCUSE", "east-china-sea"),
                said(JPN, 500, LIST, "expressed serious concerns", "JPN", "ACCUSE", "military-activities"),
                said(JPN, 500, LIST, "expressed serious concerns", "JPN", "ACCUSE", "south-china-sea"),
                said(JPN, 500, LIST, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"),
                said(JPN, 500, LIST, "expressed serious concerns", "JPN", "ACCUSE", "xinjiang"));
        assertEquals("Minister Hayashi again expressed serious concerns regarding the East China Sea", only(c, "east-china-sea").quote().text());
        assertEquals("China's increasingly active military activities near Japan", only(c, "military-activities").quote().text());
        assertEquals("the situations in the South China Sea", only(c, "south-china-sea").quote().text(), "'and' left out");
        assertEquals("the situations in the South China Sea, Hong Kong", only(c, "hong-kong").quote().text(),
                "two words widened towards the act to six");
        assertEquals("the situations in the South China Sea, Hong Kong, Xinjiang", only(c, "xinjiang").quote().text());
        for (Row r : c.rows()) {
            Cell cell = r.cells().get(0).get(0);
            assertEquals(LIST, cell.sentence().text(), "the whole sentence is kept");
            assertTrue(cell.quote().text().contains(cell.words()), cell.quote() + " names " + cell.words());
            assertEquals(cell.quote().text(), LIST.substring(cell.quote().start(), cell.quote().end()), "offsets in the sentence");
        }
    }

    @Test
    void anIssueNamedBeforeAnotherSidesActIsQuotedWithThatAct() {
        Comparison c = compare(List.of(NEWS),
                said(NEWS, 0, TWO_ACTS, "voiced concern", "JPN", "ACCUSE", "east-china-sea"),
                said(NEWS, 0, TWO_ACTS, "urged", "CHN", "REQUEST", "east-china-sea"));
        List<Cell> cells = row(c, "east-china-sea").cells().get(0);
        assertEquals("Hayashi voiced concern over the disputed Senkaku Islands", cells.get(0).quote().text());
        assertEquals("Hayashi voiced concern over the disputed Senkaku Islands, while Qin urged Japan to stop provocations by "
                + "\"right-wing forces\" regarding the disputed islands.", cells.get(1).quote().text(),
                "China's act, from the words of its issue");
    }

    @Test
    void anActsOwnClauseIsQuotedWhenItNamesTheIssue() {
        String s = "Hayashi underscored \"the importance of peace and stability in the Taiwan Strait,\" while Qin asked for Japan "
                + "to be \"cautious\" in word and deed regarding Taiwan.";
        Comparison c = compare(List.of(NEWS),
                said(NEWS, 0, s, "underscored", "JPN", null, "taiwan"),
                said(NEWS, 0, s, "asked for Japan", "CHN", "REQUEST", "taiwan"));
        List<Cell> cells = row(c, "taiwan").cells().get(0);
        assertEquals("Hayashi underscored \"the importance of peace and stability in the Taiwan Strait,\"", cells.get(0).quote().text(),
                "the clause ends after the quotation mark that follows its comma");
        assertEquals("Qin asked for Japan to be \"cautious\" in word and deed regarding Taiwan.", cells.get(1).quote().text(),
                "'while' opens the clause and is left out");
        assertEquals("…Qin asked for Japan to be \"cautious\" in word and deed regarding Taiwan.", cells.get(1).shownQuote());
        assertEquals("Hayashi underscored \"the importance of peace and stability in the Taiwan Strait,\"…", cells.get(0).shownQuote());
    }

    @Test
    void shortOpeningsAndOneWordClausesStayWithTheirNeighbours() {
        String s = "To that end, Minister Hayashi stated that it is important to ensure a transparent, predictable, and fair "
                + "business environment, and once again strongly requested that China take appropriate measures.";
        Clauses clauses = new Clauses(s);
        assertEquals(List.of("To that end, Minister Hayashi stated that it is important to ensure a transparent, predictable, "
                        + "and fair business environment,", " and once again strongly requested that China take appropriate measures."),
                clauses.clauses().stream().map(sp -> s.substring(sp.start(), sp.end())).toList());
        Comparison c = compare(List.of(JPN), said(JPN, 0, s, "strongly requested", "JPN", "REQUEST", "business-environment"));
        Cell cell = only(c, "business-environment");
        assertEquals(s, cell.quote().text(), "from the issue's clause to the act's: the whole sentence");
        assertEquals(s, cell.shownQuote(), "no ellipsis");
    }

    @Test
    void theQuotesOffsetsInTheDocumentFollowFromTheSentences() {
        Comparison c = compare(List.of(JPN), said(JPN, 1200, LIST, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"));
        Cell cell = only(c, "hong-kong");
        assertEquals(1200, cell.sentence().start());
        assertEquals(1200 + LIST.length(), cell.sentence().end());
        assertEquals(LIST.indexOf("the situations"), cell.quote().start());
        assertTrue(cell.quote().cutsStart(LIST) && cell.quote().cutsEnd(LIST));
        assertFalse(new Quote(LIST, 0, LIST.length() - 1).cutsEnd(LIST), "a final stop left out is no cut");
        assertFalse(new Quote("Minister", 3, 11).cutsStart("2. Minister Hayashi"), "a list number is no cut");
    }

    @Test
    void everyOpenerOfClauseWordsTsvStartsAClauseAndTheLeadingWordsAreLeftOut() {
        for (String opener : List.of("while", "whereas", "but", "although", "though", "and that", "as well as")) {
            String s = "The minister raised the matter of fishing rights " + opener + " the envoy stressed trade and investment ties.";
            List<Clauses.Span> clauses = new Clauses(s).clauses();
            assertEquals(2, clauses.size(), opener);
            assertEquals(s.indexOf(" " + opener + " ") + 1, clauses.get(1).start(), opener);
        }
        String s = "The minister raised the matter of fishing rights in the disputed waters, and the envoy stressed trade ties.";
        Clauses clauses = new Clauses(s);
        Clauses.Span quote = clauses.quote(s.indexOf("stressed"), new Clauses.Span(s.indexOf("trade"), s.indexOf(" ties")));
        assertEquals("the envoy stressed trade ties.", s.substring(quote.start(), quote.end()), "'and' is left out");
    }
}
