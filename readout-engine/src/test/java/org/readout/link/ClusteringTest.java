package org.readout.link;

import org.junit.jupiter.api.Test;
import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readout.link.Corpus.d;
import static org.readout.link.Corpus.office;
import static org.readout.link.Corpus.person;
import static org.readout.link.Corpus.report;
import static org.readout.link.Corpus.synthetic;

class ClusteringTest {
    private static final Linker LINKER = new Linker(Corpus.KB);
    private static final Clustering CLUSTERING = new Clustering(LINKER);
    private static final Participant SUNAK = person("rishi-sunak", "2023-03-10");
    private static final Participant MACRON = person("emmanuel-macron", "2023-03-10");

    private static Linker.Node node(String doc, String date, DateClue clue, Participant... ps) {
        EngagementReport r = report(doc, 0, "held", "in_person", date, clue, ps);
        return new Linker.Node(r, synthetic(doc, "news", PublishedDate.UNKNOWN, r));
    }

    private static DateClue clue(Integer year, Integer month, Integer day, DayOfWeek weekday) {
        return new DateClue(year, month, day, weekday, false, null, null);
    }

    @Test
    void undatedReportsWhoseCluesConflictNeverChainThroughOneThatAgreesWithBoth() {
        Linker.Node seventeenth = node("a", null, clue(null, 12, 17, null), SUNAK, MACRON);
        Linker.Node saturday = node("b", null, clue(null, null, null, DayOfWeek.SATURDAY), SUNAK, MACRON);
        Linker.Node nineteenth = node("c", null, clue(null, 12, 19, DayOfWeek.SATURDAY), SUNAK, MACRON);
        List<List<Linker.Node>> groups = CLUSTERING.cluster(List.of(seventeenth, saturday, nineteenth));
        assertEquals(2, groups.size(), "'17 December' and 'Saturday 19 December' are two encounters, 'Saturday' may be either");
        assertEquals(1, groups.stream().filter(g -> g.contains(saturday) && g.contains(nineteenth)).count(),
                "'Saturday' goes with the report that names a Saturday too");
    }

    @Test
    void undatedReportsPublishedMonthsApartAreTwoEncounters() {
        Linker.Node first = publishedOn("a", "2023-03-10");
        Linker.Node nextDay = publishedOn("b", "2023-03-11");
        Linker.Node tenMonthsOn = publishedOn("c", "2024-01-15");
        List<List<Linker.Node>> groups = CLUSTERING.cluster(List.of(first, nextDay, tenMonthsOn));
        assertEquals(2, groups.size(), "'talks began' on pages of March 2023 and of January 2024 tell two encounters");
        assertEquals(1, groups.stream().filter(g -> g.contains(first) && g.contains(nextDay)).count(), "pages of two days running tell one");
    }

    /** A held report that names no time at all, on a page published on {@code day}. */
    private static Linker.Node publishedOn(String doc, String day) {
        EngagementReport r = report(doc, 0, "held", "in_person", null, DateClue.NONE, SUNAK, MACRON);
        return new Linker.Node(r, synthetic(doc, "news", new PublishedDate(d(day), "text", null, List.of()), r));
    }

    @Test
    void anEncounterToldAsHeldIsNotAfterToday() {
        Participant xi = person("xi-jinping", "2020-12-19");
        Participant macron = person("emmanuel-macron", "2020-12-19");
        List<Linker.Node> group = List.of(node("a", null, clue(null, 12, 19, DayOfWeek.SATURDAY), xi, macron));
        assertEquals(d("2020-12-19"), new Clustering(LINKER, LocalDate.of(2026, 12, 5)).solve(group),
                "Saturday 19 December 2026 is still to come");
        assertNull(new Clustering(LINKER, LocalDate.of(2027, 1, 1)).solve(group), "once it has passed, two years fit");
    }

    // --- union-find

    @Test
    void unionFindStartsWithSingletons() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("a", "b", "c"));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), uf.groups());
    }

    @Test
    void unionFindGroupsInListOrder() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("a", "b", "c", "d"));
        uf.unionIfAll(3, 1, (x, y) -> true);
        assertEquals(List.of(List.of("a"), List.of("b", "d"), List.of("c")), uf.groups());
    }

    @Test
    void unionFindTriesTwoGroupsThatCouldNotJoinOnlyOnce() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("a", "b", "c"));
        int[] calls = {0};
        java.util.function.BiPredicate<String, String> notWithC = (x, y) -> {
            calls[0]++;
            return !x.equals("c") && !y.equals("c");
        };
        uf.unionIfAll(0, 2, notWithC);
        uf.unionIfAll(0, 2, notWithC);
        assertEquals(1, calls[0], "refused once, not asked again");
        uf.unionIfAll(0, 1, notWithC);
        assertEquals(List.of(List.of("a", "b"), List.of("c")), uf.groups());
    }

    @Test
    void unionFindIsTransitive() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("a", "b", "c", "d"));
        uf.unionIfAll(0, 1, (x, y) -> true);
        uf.unionIfAll(2, 3, (x, y) -> true);
        uf.unionIfAll(1, 3, (x, y) -> true);
        assertEquals(List.of(List.of("a", "b", "c", "d")), uf.groups());
    }

    @Test
    void unionFindTwiceIsHarmless() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("a", "b"));
        uf.unionIfAll(0, 1, (x, y) -> true);
        uf.unionIfAll(1, 0, (x, y) -> true);
        assertEquals(List.of(List.of("a", "b")), uf.groups());
    }

    @Test
    void unionNeverChainsTwoItemsThatConflict() {
        Clustering.UnionFind<String> uf = new Clustering.UnionFind<>(List.of("wang", "office", "li"));
        java.util.function.BiPredicate<String, String> compatible = (x, y) -> !(x.equals("wang") && y.equals("li") || x.equals("li") && y.equals("wang"));
        uf.unionIfAll(0, 1, compatible);
        uf.unionIfAll(1, 2, compatible);
        assertEquals(List.of(List.of("wang", "office"), List.of("li")), uf.groups());
    }

    @Test
    void unionFindOfNothing() {
        assertEquals(List.of(), new Clustering.UnionFind<String>(List.of()).groups());
    }

    // --- common term

    @Test
    void commonTermOfSunakAndMacron() {
        LocalDate[] term = LINKER.commonTerm(List.of(node("a", null, null, SUNAK, MACRON)));
        assertEquals(d("2022-10-25"), term[0]);
        assertEquals(d("2024-07-05"), term[1]);
    }

    @Test
    void commonTermWithoutKnownPeopleIsWide() {
        LocalDate[] term = LINKER.commonTerm(List.of(node("a", null, null, office("FRA", "head of state"), office("GBR", "head of government"))));
        assertEquals(d("1990-01-01"), term[0]);
        assertEquals(LocalDate.now().plusYears(1), term[1]);
    }

    @Test
    void commonTermAcrossSeveralReports() {
        LocalDate[] term = LINKER.commonTerm(List.of(node("a", null, null, SUNAK, MACRON),
                node("b", null, null, person("qin-gang", "2023-03-10"), MACRON)));
        assertEquals(d("2022-12-30"), term[0]);
        assertEquals(d("2023-07-25"), term[1]);
    }

    @Test
    void aPersonNamedInAnOfficeTheKnowledgeBaseDoesNotHoldLeavesTheTermUnbounded() {
        LocalDate[] term = LINKER.commonTerm(List.of(node("a", null, null, chancellorSunak(), MACRON)));
        assertEquals(d("2017-05-14"), term[0], "Chancellor Sunak's meeting may be before his premiership: Macron's term alone bounds it");
    }

    @Test
    void anUndatedReportJoinsTheDatedEncounterOfAPersonInAnOfficeTheKnowledgeBaseDoesNotHold() {
        Linker.Node dated = node("a", "2021-03-10", null, chancellorSunak(), MACRON);
        Linker.Node undated = node("b", null, clue(null, 3, 10, null), chancellorSunak(), MACRON);
        List<List<Linker.Node>> groups = CLUSTERING.cluster(List.of(dated, undated));
        assertEquals(1, groups.size(), "'Chancellor Sunak met Macron on 10 March' joins the meeting another page dates 10 March 2021");
    }

    /** Sunak as the text names him in 2021, an office the knowledge base does not list for him. */
    private static Participant chancellorSunak() {
        return new Participant("Rishi Sunak", "GBR", "chancellor of the exchequer", "GBRGOV", "rishi-sunak", Corpus.ev("x"));
    }

    // --- solving clues

    @Test
    void dayMonthAndWeekdayWithinTheTermsGiveOneDay() {
        List<Linker.Node> group = List.of(node("a", null, clue(null, 3, 10, null), SUNAK, MACRON),
                node("b", null, clue(null, null, null, DayOfWeek.FRIDAY), SUNAK, MACRON));
        assertEquals(d("2023-03-10"), CLUSTERING.solve(group));
    }

    @Test
    void dayAndMonthAloneAreAmbiguousOverTwoYears() {
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(null, 3, 10, null), SUNAK, MACRON))));
    }

    @Test
    void dayMonthAndYearGiveOneDay() {
        assertEquals(d("2024-03-10"), CLUSTERING.solve(List.of(node("a", null, clue(2024, 3, 10, null), SUNAK, MACRON))));
    }

    @Test
    void dayOutsideTheTermsIsNoDay() {
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(2021, 3, 10, null), SUNAK, MACRON))));
    }

    @Test
    void withoutADayOfMonthNothingIsSolved() {
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(2023, 3, null, DayOfWeek.FRIDAY), SUNAK, MACRON))));
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(null, null, null, DayOfWeek.FRIDAY), SUNAK, MACRON))));
    }

    @Test
    void dayAloneIsNotSpecific() {
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(null, null, 10, null), SUNAK, MACRON))));
    }

    @Test
    void dayAndWeekdayNeedTheTermsToBeShort() {
        // the 10th falling on a Friday happens about twice a year
        assertNull(CLUSTERING.solve(List.of(node("a", null, clue(null, null, 10, DayOfWeek.FRIDAY), SUNAK, MACRON))));
    }

    @Test
    void noClueIsNoDay() {
        assertNull(CLUSTERING.solve(List.of(node("a", null, null, SUNAK, MACRON))));
    }

    // --- clustering

    @Test
    void datedNodesOfOneDayAreOneCluster() {
        List<List<Linker.Node>> c = CLUSTERING.cluster(List.of(node("a", "2023-03-10", null, SUNAK, MACRON),
                node("b", "2023-03-10", null, SUNAK, MACRON)));
        assertEquals(1, c.size());
        assertEquals(2, c.get(0).size());
    }

    @Test
    void clustersOfDatedNodesComeInDateOrder() {
        List<List<Linker.Node>> c = CLUSTERING.cluster(List.of(node("b", "2023-05-20", null, SUNAK, MACRON),
                node("a", "2023-03-10", null, SUNAK, MACRON)));
        assertEquals(2, c.size());
        assertEquals(d("2023-03-10"), c.get(0).get(0).date());
        assertEquals(d("2023-05-20"), c.get(1).get(0).date());
    }

    @Test
    void undatedNodeJoinsTheOnlyClusterItsClueAdmits() {
        List<List<Linker.Node>> c = CLUSTERING.cluster(List.of(node("a", "2023-03-10", null, SUNAK, MACRON),
                node("b", "2023-05-20", null, SUNAK, MACRON), node("c", null, clue(null, 3, null, null), SUNAK, MACRON)));
        assertEquals(2, c.size());
        assertEquals(List.of("a:0", "c:0"), c.get(0).stream().map(Linker.Node::key).toList());
    }

    @Test
    void anUndatedReportJoinsTheEngagementOfExactlyItsSidesBeforeOneThatOnlyIncludesThem() {
        Participant scholz = person("olaf-scholz", "2023-03-10");
        EngagementReport recalled = report("b", 0, "held", "in_person", null, null, SUNAK, MACRON, scholz);
        EngagementReport pair = report("b", 1, "held", "in_person", null, null, SUNAK, MACRON);
        Linker.Node trilateral = new Linker.Node(recalled, synthetic("b", "news", PublishedDate.UNKNOWN, recalled, pair));
        Linker.Node bilateral = new Linker.Node(pair, synthetic("b", "news", PublishedDate.UNKNOWN, recalled, pair));
        List<List<Linker.Node>> c = CLUSTERING.cluster(List.of(node("a", "2023-03-10", null, SUNAK, MACRON), trilateral, bilateral));
        assertEquals(List.of("a:0", "b:1"), c.get(0).stream().map(Linker.Node::key).toList(),
                "the pair's own report joins the pair's meeting; the trilateral the page also tells stays apart");
    }

    @Test
    void undatedNodeAdmittedByTwoClustersStaysAlone() {
        List<List<Linker.Node>> c = CLUSTERING.cluster(List.of(node("a", "2023-03-10", null, SUNAK, MACRON),
                node("b", "2023-05-20", null, SUNAK, MACRON), node("c", null, null, SUNAK, MACRON)));
        assertEquals(3, c.size());
        assertEquals(List.of("c:0"), c.get(2).stream().map(Linker.Node::key).toList());
    }

    @Test
    void nodeKeyIsDocumentAndOrdinal() {
        assertEquals("doc-7:0", node("doc-7", null, null, SUNAK, MACRON).key());
    }

    @Test
    void nodePublishedReadings() {
        EngagementReport r = report("a", 0, "held", "phone", null, null, SUNAK, MACRON);
        PublishedDate ambiguous = new PublishedDate(null, null, null, List.of(d("2023-04-02"), d("2023-02-04")));
        assertEquals(List.of(d("2023-04-02"), d("2023-02-04")), new Linker.Node(r, synthetic("a", "news", ambiguous, r)).publishedReadings());
        assertEquals(List.of(d("2023-04-03")), new Linker.Node(r, synthetic("a", "news", Corpus.given("2023-04-03"), r)).publishedReadings());
        assertEquals(List.of(), new Linker.Node(r, synthetic("a", "news", PublishedDate.UNKNOWN, r)).publishedReadings());
    }

    @Test
    void nodeHeldOnlyWhenItsStatusSaysSo() {
        EngagementReport planned = report("a", 0, "planned", "phone", null, null, SUNAK, MACRON);
        assertEquals(false, new Linker.Node(planned, synthetic("a", "news", PublishedDate.UNKNOWN, planned)).held());
        EngagementReport held = report("a", 0, "held", "phone", null, null, SUNAK, MACRON);
        assertEquals(true, new Linker.Node(held, synthetic("a", "news", PublishedDate.UNKNOWN, held)).held());
    }
}
