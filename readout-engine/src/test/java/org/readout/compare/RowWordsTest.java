package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.row;
import static org.readout.compare.Built.rowIds;
import static org.readout.compare.Built.said;

/**
 * A sentence appears in as many rows as it names issues and no more; one act filed under near-duplicate issues
 * is one cell of one row.
 */
class RowWordsTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument NEWS = Built.news();

    @TempDir
    Path dir;

    @Test
    void aStatementWhoseSentenceDoesNotNameItsIssueIsNotShownInThatRow() {
        String s = "Minister Hayashi expressed serious concerns regarding the East China Sea.";
        Comparison c = compare(List.of(JPN),
                said(JPN, 0, s, "expressed serious concerns", "JPN", "ACCUSE", "east-china-sea"),
                said(JPN, 0, s, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"));
        assertEquals(List.of("east-china-sea"), rowIds(c), "no Hong Kong row: the sentence never names it");
        Cell misfiled = c.unclassified().get(0).get(0);
        assertEquals("hong-kong", misfiled.issue().id(), "listed apart, with the issue it was filed under");
        assertEquals(s, misfiled.quote().text());
    }

    @Test
    void aSentenceNamingTwoIssuesIsInBothRowsEachQuotingItsOwnWords() {
        String s = "Hayashi had serious concern about China's military activities near Japan, specifically over the disputed "
                + "Senkaku Islands.";
        Comparison c = compare(List.of(NEWS),
                said(NEWS, 0, s, "had serious concern", "JPN", "ACCUSE", "military-activities"),
                said(NEWS, 0, s, "had serious concern", "JPN", "ACCUSE", "east-china-sea"));
        assertEquals(List.of("military-activities", "east-china-sea"), rowIds(c));
        assertEquals("military activities", row(c, "military-activities").cells().get(0).get(0).words());
        assertEquals("Senkaku Islands", row(c, "east-china-sea").cells().get(0).get(0).words());
        for (Row r : c.rows()) {
            Cell cell = r.cells().get(0).get(0);
            assertTrue(cell.quote().text().contains(cell.words()), r.issue() + ": " + cell.quote());
        }
    }

    @Test
    void oneActFiledUnderATopicAndABroaderIssueIsOneCellOfTheTopicsRow() {
        String s = "Hayashi asked that China lift the import ban on Japanese food products, while Qin noted China's concern about "
                + "the discharge of \"nuclear-polluted water\" from the Fukushima nuclear power plant.";
        Statement food = said(NEWS, 0, s, "asked that", "JPN", "REQUEST", "food-import-restrictions");
        Statement trade = said(NEWS, 0, s, "asked that", "JPN", "REQUEST", "trade-restrictions");
        Statement water = said(NEWS, 0, s, "noted China's concern", "CHN", "ACCUSE", "fukushima-water", "nuclear-polluted water");
        Statement energy = said(NEWS, 0, s, "noted China's concern", "CHN", "ACCUSE", "energy-security");
        Comparison c = compare(List.of(NEWS), trade, food, energy, water);
        assertEquals(List.of("topic:fukushima"), rowIds(c), "no trade or energy row of their own");
        List<Cell> cells = row(c, "topic:fukushima").cells().get(0);
        assertEquals(2, cells.size(), cells.toString());
        assertEquals(List.of(food.id(), trade.id()), cells.get(0).statements(), "the topic's own issue stands first");
        assertEquals("food-import-restrictions", cells.get(0).issue().id());
        assertEquals(List.of(water.id(), energy.id()), cells.get(1).statements());
        assertEquals("nuclear-polluted water", cells.get(1).wording());
    }

    @Test
    void aBroaderIssueOnItsOwnKeepsItsRow() {
        String s = "Minister Hayashi expressed concern over the additional tariffs on Japanese steel.";
        Comparison c = compare(List.of(JPN), said(JPN, 0, s, "expressed concern", "JPN", "ACCUSE", "trade-restrictions"));
        assertEquals(List.of("trade-restrictions"), rowIds(c));
    }

    @Test
    void covidAndItsTravelRestrictionsAreOneRow() {
        String a = "The two ministers discussed the COVID-19 situation.";
        String b = "Minister Hayashi called for the easing of travel restrictions.";
        Comparison c = compare(List.of(JPN), said(JPN, 0, a, "discussed", "JPN+CHN", "CONSULT", "covid-19"),
                said(JPN, 60, b, "called for", "JPN", "REQUEST", "covid-travel"));
        assertEquals(List.of("topic:covid"), rowIds(c));
        assertEquals(2, row(c, "topic:covid").cells().get(0).size());
    }

    @Test
    void aTopicsPhrasesAreWordsOfItsIssues() throws IOException {
        Files.writeString(dir.resolve("topics.tsv"), "islands\tThe disputed islands\teast-china-sea\t\tdisputed islands\n");
        Comparer comparer = new Comparer(Built.TAXONOMY, Topics.load(dir));
        String s = "Qin urged Japan to stop provocations regarding the disputed islands.";
        List<LinkedDocument> docs = List.of(NEWS);
        Comparison c = comparer.compare(Built.engagement(docs), docs,
                List.of(said(NEWS, 0, s, "urged", "CHN", "REQUEST", "east-china-sea")));
        assertEquals(List.of("topic:islands"), rowIds(c));
        assertEquals("disputed islands", row(c, "topic:islands").cells().get(0).get(0).words());
        Comparison bundled = compare(docs, said(NEWS, 0, s, "urged", "CHN", "REQUEST", "east-china-sea"));
        assertTrue(bundled.rows().isEmpty(), "without the phrase the sentence names no issue of the row");
        assertFalse(bundled.unclassified().get(0).isEmpty());
    }
}
