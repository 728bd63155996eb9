package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.extract.Readouts;
import org.readout.issues.IssueTaxonomy;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.Statement;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Japan's and China's own (invented) readouts of one telephone talk and a news story of it, side by side:
 * columns per account, a row per issue or topic, one-sided issues, divergent wordings and order.
 */
class ComparerTest {
    static final ProcessedDocument JPN = Readouts.fixture("call-jpn.txt");
    static final ProcessedDocument CHN = Readouts.fixture("call-chn.txt");
    static final ProcessedDocument NEWS = Readouts.fixture("call-news.txt");
    private static final Comparer COMPARER = new Comparer(IssueTaxonomy.bundled(), Topics.load(null));
    private static final LinkedCorpus CORPUS = Readouts.link(JPN, CHN, NEWS);
    private static final Comparison C = compare(CORPUS);

    static String id(ProcessedDocument d) {
        return d.document().id();
    }

    /** The comparison of the corpus's one engagement, with the statements linked to it. */
    static Comparison compare(LinkedCorpus corpus) {
        assertEquals(1, corpus.engagements().size(), corpus.engagements().toString());
        Engagement e = corpus.engagements().get(0);
        List<Statement> linked = corpus.statements().stream().filter(s -> e.id().equals(s.engagement())).toList();
        return COMPARER.compare(e, corpus.documents(), linked);
    }

    /** The column of a document's account. */
    static int column(Comparison c, ProcessedDocument d) {
        for (int i = 0; i < c.accounts().size(); i++) if (c.accounts().get(i).document().equals(id(d))) return i;
        throw new AssertionError("no account of " + d.document().source() + " in " + c.accounts());
    }

    static Row row(Comparison c, String issue) {
        return c.rows().stream().filter(r -> r.issue().equals(issue)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + issue + " in " + c.rows().stream().map(Row::issue).toList()));
    }

    static List<Cell> cells(Comparison c, String issue, ProcessedDocument d) {
        return row(c, issue).cells().get(column(c, d));
    }

    @Test
    void theThreeAccountsReportOneEngagement() {
        Engagement e = CORPUS.engagements().get(0);
        assertEquals(List.of(id(JPN), id(CHN), id(NEWS)).stream().sorted().toList(),
                e.documents().stream().map(DocLink::id).sorted().toList());
        assertTrue(e.documents().stream().allMatch(l -> l.relation().equals("reports")), e.documents().toString());
        assertEquals(16, CORPUS.statements().size());
        assertTrue(CORPUS.statements().stream().allMatch(s -> e.id().equals(s.engagement())), CORPUS.statements().toString());
        assertEquals(e, C.engagement());
    }

    @Test
    void eachSidesOwnReadoutComesFirstThenTheNews() {
        List<Account> a = C.accounts();
        assertEquals(3, a.size(), a.toString());
        List<String> sides = C.engagement().participants().stream().map(p -> p.country()).distinct().toList();
        assertEquals(Set.of("CHN", "JPN"), Set.copyOf(sides));
        assertEquals(sides, List.of(a.get(0).side(), a.get(1).side()), "official readouts in the order of the participants");
        assertEquals(id(NEWS), a.get(2).document(), "the news story after the official readouts");

        Account jpn = a.get(column(C, JPN));
        assertEquals("JPN", jpn.side());
        assertEquals("official", jpn.kind());
        assertEquals("Japan-China Foreign Ministers' Telephone Talk", jpn.title());
        assertEquals("Ministry of Foreign Affairs of Japan", jpn.outlet());
        assertEquals("JPN readout (Ministry of Foreign Affairs of Japan)", jpn.name());

        Account chn = a.get(column(C, CHN));
        assertEquals("CHN", chn.side());
        assertEquals("official", chn.kind());
        assertEquals("Foreign Minister Qin Gang Holds Phone Call with Japanese Foreign Minister Yoshimasa Hayashi", chn.title());

        Account news = a.get(2);
        assertNull(news.side());
        assertEquals("news", news.kind());
        assertEquals("Kyodo", news.outlet());
        assertEquals("Kyodo: Japan, China foreign ministers spar over Fukushima water in phone talks", news.name());

        assertEquals(List.of(), C.notes(), "both readouts are there");
    }

    @Test
    void anIssueBothSidesRaiseHasACellForEach() {
        Row r = row(C, "east-china-sea");
        assertEquals("East China Sea and the Senkaku (Diaoyu) Islands", r.label());
        assertEquals(Set.of("JPN", "CHN"), Set.copyOf(r.raisedBy()));
        assertNull(r.onlyIn());

        List<Cell> jpn = cells(C, "east-china-sea", JPN);
        assertEquals(1, jpn.size(), jpn.toString());
        assertEquals("JPN", jpn.get(0).side());
        assertEquals("Yoshimasa Hayashi", jpn.get(0).speaker());
        assertEquals("ACCUSE", jpn.get(0).type());
        assertEquals("110", jpn.get(0).cameo());
        assertEquals("expressed serious concerns", jpn.get(0).verb());
        assertTrue(jpn.get(0).sentence().text().startsWith("1. Minister Hayashi expressed serious concerns"));

        List<Cell> chn = cells(C, "east-china-sea", CHN);
        assertEquals(1, chn.size(), chn.toString());
        assertEquals("CHN", chn.get(0).side());
        assertEquals("Qin Gang", chn.get(0).speaker());
        assertEquals("REQUEST", chn.get(0).type());
        assertEquals("asked the Japanese side to", chn.get(0).verb());
        assertEquals("Diaoyu Dao and its affiliated islands", chn.get(0).wording());
        assertEquals("CHN", chn.get(0).wordingOf());

        assertEquals(List.of(), cells(C, "east-china-sea", NEWS));
    }

    @Test
    void issuesOnlyJapansReadoutRaisesAreOnlyInJpn() {
        for (String issue : List.of("hong-kong", "military-activities", "safety-of-nationals")) {
            Row r = row(C, issue);
            assertEquals("JPN", r.onlyIn(), issue);
            assertEquals(List.of("JPN"), r.raisedBy(), issue);
            assertFalse(r.cells().get(column(C, JPN)).isEmpty(), issue);
            assertEquals(List.of(), r.cells().get(column(C, CHN)), issue);
            assertEquals(List.of(), r.cells().get(column(C, NEWS)), issue);
        }
        for (String issue : List.of("east-china-sea", "topic:fukushima", "dialogue-mechanisms")) {
            assertNull(row(C, issue).onlyIn(), issue);
        }
        assertEquals(6, C.rows().size(), C.rows().stream().map(Row::issue).toList().toString());
    }

    @Test
    void treatedWaterAgainstNuclearPollutedWaterIsADivergentWording() {
        Row r = row(C, "topic:fukushima");
        assertEquals("Fukushima water release and food import restrictions", r.label());
        assertTrue(r.divergent());
        assertEquals(Set.of("JPN", "CHN"), r.wordings().keySet());
        assertEquals(List.of("ALPS-treated water"), r.wordings().get("JPN"));
        assertEquals(List.of("nuclear-polluted water", "nuclear-contaminated water"), r.wordings().get("CHN"),
                "each side's wordings, the readouts' before the news story's");
        assertEquals(Set.of("JPN", "CHN"), Set.copyOf(r.raisedBy()));

        Cell explained = cells(C, "topic:fukushima", JPN).stream().filter(c -> "ALPS-treated water".equals(c.wording()))
                .findFirst().orElseThrow();
        assertEquals("JPN", explained.wordingOf());
        assertNull(explained.type(), "a plain statement");
        Cell polluted = cells(C, "topic:fukushima", CHN).stream().filter(c -> "ACCUSE".equals(c.type())).findFirst().orElseThrow();
        assertEquals("nuclear-polluted water", polluted.wording());
        assertEquals("CHN", polluted.wordingOf());
    }

    @Test
    void aTopicJoinsTheFoodImportRestrictionsAndTheWaterRelease() {
        assertTrue(C.rows().stream().noneMatch(r -> r.issue().equals("fukushima-water") || r.issue().equals("food-import-restrictions")));
        List<Cell> jpn = cells(C, "topic:fukushima", JPN);
        assertEquals(List.of("strongly called for the prompt lifting", "explained"), jpn.stream().map(Cell::verb).toList());
        assertEquals(Set.of("ACCUSE", "REQUEST"), cells(C, "topic:fukushima", CHN).stream().map(Cell::type).collect(java.util.stream.Collectors.toSet()));
        assertEquals(3, cells(C, "topic:fukushima", NEWS).size());
    }

    @Test
    void oneSidesDistinctiveWordingAgainstTheOtherReadoutsOwnWordsIsADivergence() {
        Row r = row(C, "east-china-sea");
        assertTrue(r.divergent(), "China's 'Diaoyu Dao' against Japan's 'situation in the East China Sea'");
        assertEquals(Map.of("CHN", List.of("Diaoyu Dao and its affiliated islands"), "JPN", List.of("situation in the East China Sea")),
                r.wordings());
        assertEquals(Map.of(), row(C, "hong-kong").wordings(), "no distinctive wording: no wordings compared");
    }

    @Test
    void oneSidesWordingAloneIsNotADivergence() {
        Row r = row(compare(Readouts.link(CHN)), "east-china-sea");
        assertFalse(r.divergent());
        assertEquals(Map.of("CHN", List.of("Diaoyu Dao and its affiliated islands")), r.wordings());
    }

    @Test
    void theOrderInWhichEachAccountTakesUpTheIssues() {
        int jpn = column(C, JPN);
        int chn = column(C, CHN);
        int news = column(C, NEWS);
        Map<String, int[]> expected = Map.of(
                "east-china-sea", new int[] {1, 2, 0},
                "military-activities", new int[] {2, 0, 0},
                "hong-kong", new int[] {3, 0, 0},
                "topic:fukushima", new int[] {4, 1, 1},
                "dialogue-mechanisms", new int[] {5, 3, 0},
                "safety-of-nationals", new int[] {6, 0, 0});
        for (var e : expected.entrySet()) {
            List<Integer> order = row(C, e.getKey()).order();
            assertEquals(3, order.size());
            assertEquals(e.getValue()[0], order.get(jpn), e.getKey() + " in Japan's readout");
            assertEquals(e.getValue()[1], order.get(chn), e.getKey() + " in China's readout");
            assertEquals(e.getValue()[2], order.get(news), e.getKey() + " in the news");
        }
    }

    @Test
    void rowsGoByTheEarliestPlaceAnyAccountGivesThemThenByLabel() {
        assertEquals(List.of("east-china-sea", "topic:fukushima", "military-activities", "dialogue-mechanisms", "hong-kong",
                "safety-of-nationals"), C.rows().stream().map(Row::issue).toList());
    }

    @Test
    void whatBothSidesSayTogetherIsACellOfBoth() {
        Row r = row(C, "dialogue-mechanisms");
        assertEquals(Set.of("JPN", "CHN"), Set.copyOf(r.raisedBy()));
        Cell concurred = only(cells(C, "dialogue-mechanisms", JPN));
        assertEquals("BOTH", concurred.side());
        assertEquals("both sides", concurred.speaker());
        assertEquals("AGREE", concurred.type());
        assertEquals("concurred on continuing close communication", concurred.verb());
        Cell agreed = only(cells(C, "dialogue-mechanisms", CHN));
        assertEquals("BOTH", agreed.side());
        assertEquals("agreed to", agreed.verb());
    }

    @Test
    void everyCellIsALinkedStatementWithItsSentence() {
        Map<String, Statement> byId = new java.util.HashMap<>();
        for (Statement s : CORPUS.statements()) byId.put(s.id(), s);
        int cells = 0;
        for (Row r : C.rows()) {
            for (int i = 0; i < C.accounts().size(); i++) {
                int previous = -1;
                for (Cell c : r.cells().get(i)) {
                    cells++;
                    Statement s = byId.get(c.statement());
                    if (s == null) fail("cell of no statement: " + c);
                    assertEquals(C.accounts().get(i).document(), s.report().document(), "cell in its document's column");
                    assertEquals(s.report().evidence(), c.sentence());
                    assertEquals(s.report().cameo(), c.cameo());
                    assertTrue(c.sentence().start() >= previous, "cells in the order of the text");
                    previous = c.sentence().start();
                }
            }
        }
        long withIssue = CORPUS.statements().stream().filter(s -> s.report().issue() != null).count();
        assertEquals(14, withIssue);
        assertEquals(withIssue, cells, "every statement on an issue, once");
        int apart = 0;
        for (List<Cell> column : C.unclassified()) apart += column.size();
        assertEquals(CORPUS.statements().size() - withIssue, apart, "those on none are listed apart");
    }

    @Test
    void withOnlyJapansReadoutANoteSaysChinasIsMissing() {
        Comparison c = compare(Readouts.link(JPN, NEWS));
        assertEquals(List.of(id(JPN), id(NEWS)), c.accounts().stream().map(Account::document).toList());
        assertEquals("JPN", c.accounts().get(0).side());
        assertNull(c.accounts().get(1).side());
        assertEquals(List.of("No CHN readout of this engagement is in the store: CHN's positions come only from the other accounts."),
                c.notes());
        assertTrue(c.rows().stream().allMatch(r -> r.onlyIn() == null), "nothing to compare one readout with");
        assertTrue(row(c, "topic:fukushima").divergent(), "the news story still gives China's wording");
    }

    @Test
    void withOnlyChinasReadoutANoteSaysJapansIsMissing() {
        Comparison c = compare(Readouts.link(CHN));
        assertEquals(1, c.accounts().size());
        assertEquals("CHN", c.accounts().get(0).side());
        assertEquals(List.of("No JPN readout of this engagement is in the store: JPN's positions come only from the other accounts.",
                "Only one account of this engagement is in the store."), c.notes());
        assertFalse(row(c, "topic:fukushima").divergent(), "one side's wording only");
    }

    @Test
    void aNewsStoryIsNeverAnOwnReadout() {
        Comparison c = compare(Readouts.link(NEWS));
        assertNull(c.accounts().get(0).side());
        assertEquals(List.of("No CHN readout of this engagement is in the store: CHN's positions come only from the other accounts.",
                "No JPN readout of this engagement is in the store: JPN's positions come only from the other accounts.",
                "Only one account of this engagement is in the store."), c.notes());
    }

    @Test
    void theSameInputGivesTheSameComparison() {
        assertEquals(C, compare(Readouts.link(NEWS, CHN, JPN)));
        assertNotEquals(C, compare(Readouts.link(JPN, NEWS)));
    }

    private static Cell only(List<Cell> cells) {
        assertEquals(1, cells.size(), cells.toString());
        return cells.get(0);
    }
}
