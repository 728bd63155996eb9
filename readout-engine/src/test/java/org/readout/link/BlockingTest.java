package org.readout.link;

import org.junit.jupiter.api.Test;
import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.link.Corpus.given;
import static org.readout.link.Corpus.office;
import static org.readout.link.Corpus.report;
import static org.readout.link.Corpus.synthetic;

class BlockingTest {
    private static final Participant JPN = office("JPN", "foreign minister");
    private static final Participant CHN = office("CHN", "foreign minister");
    private static final Participant KOR = office("KOR", "foreign minister");
    private static final Participant USA = office("USA", "foreign minister");

    private static LinkInput dated(String id, String day, Participant... ps) {
        return synthetic(id, "news", given(day), report(id, 0, "held", "in_person", day, null, ps));
    }

    private static LinkInput undated(String id, PublishedDate published, DateClue clue, String format, Participant... ps) {
        return synthetic(id, "news", published, report(id, 0, "held", format, null, clue, ps));
    }

    private static long day(String d) {
        return LocalDate.parse(d).toEpochDay();
    }

    private static List<List<String>> ids(List<List<LinkInput>> blocks) {
        return blocks.stream().map(b -> b.stream().map(i -> i.summary().id()).toList()).toList();
    }

    private static List<List<String>> blocks(LinkInput... inputs) {
        return ids(Blocking.blocks(List.of(inputs)));
    }

    @Test
    void keysHoldEveryPairOfTheCountries() {
        LinkKey k = Blocking.keys(dated("a", "2023-03-10", JPN, CHN, KOR)).get(0);
        assertEquals(List.of("CHN,JPN", "CHN,KOR", "JPN,KOR"), k.pairs());
        assertEquals(day("2023-03-10"), k.day());
    }

    @Test
    void reportsOfOneCountryHaveNoKey() {
        assertEquals(List.of(), Blocking.keys(dated("a", "2023-03-10", JPN)));
    }

    @Test
    void dated3DaysApartAreOneBlock4DaysApartTwo() {
        assertEquals(List.of(List.of("a", "b")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-13", JPN, CHN)));
        assertEquals(List.of(List.of("a"), List.of("b")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-14", JPN, CHN)));
    }

    @Test
    void windowsChainDayByDay() {
        assertEquals(List.of(List.of("a", "b", "c")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-13", JPN, CHN),
                dated("c", "2023-03-16", JPN, CHN)));
    }

    @Test
    void otherPairsAreOtherBlocksOnTheSameDay() {
        assertEquals(List.of(List.of("a"), List.of("b")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-10", JPN, KOR)));
    }

    @Test
    void aTrilateralJoinsItsPairs() {
        assertEquals(List.of(List.of("a", "b", "c")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-10", JPN, KOR),
                dated("c", "2023-03-11", JPN, CHN, KOR)));
    }

    @Test
    void aDocumentJoinsItsReports() {
        LinkInput both = synthetic("m", "news", given("2023-06-01"), report("m", 0, "held", "in_person", "2023-06-01", null, JPN, CHN),
                report("m", 1, "held", "in_person", "2023-03-10", null, JPN, USA));
        assertEquals(List.of(List.of("a", "b", "m")), blocks(dated("a", "2023-03-10", JPN, USA), dated("b", "2023-06-01", JPN, CHN), both));
    }

    @Test
    void aHeldUndatedReportReachesTwoMonthsBeforeItsPublication() {
        LinkKey k = Blocking.keys(undated("a", given("2023-06-01"), DateClue.NONE, "in_person", JPN, CHN)).get(0);
        assertFalse(k.dated());
        assertEquals(day("2023-06-01") - 60, k.from());
        assertEquals(day("2023-06-02"), k.to());
        assertEquals(List.of(List.of("a", "b"), List.of("c")), blocks(undated("a", given("2023-06-01"), DateClue.NONE, "in_person", JPN, CHN),
                dated("b", "2023-04-05", JPN, CHN), dated("c", "2023-03-30", JPN, CHN)));
    }

    @Test
    void anUndatedAnnouncementReachesFromDaysBeforeItsPublicationToTwoMonthsAfter() {
        LinkInput announced = synthetic("a", "news", given("2024-02-21"), report("a", 0, "planned", "in_person", null, DateClue.NONE, JPN, CHN));
        LinkKey k = Blocking.keys(announced).get(0);
        assertEquals(day("2024-02-21") - 3, k.from());
        assertEquals(day("2024-02-21") + 60, k.to());
        assertEquals(List.of(List.of("a", "b"), List.of("c")), blocks(announced, dated("b", "2024-02-21", JPN, CHN), dated("c", "2025-02-10", JPN, CHN)),
                "not a meeting a year after it was published");
        DateClue nextMarch = new DateClue(2025, 3, null, null, false, null, null);
        LinkKey named = Blocking.keys(synthetic("n", "news", given("2024-02-21"), report("n", 0, "planned", "in_person", null, nextMarch, JPN, CHN))).get(0);
        assertEquals(day("2025-03-31"), named.to(), "an announcement that names its month and year reaches it");
        LinkInput recalling = synthetic("r", "news", given("2023-04-01"), report("r", 0, "planned", "in_person", null, DateClue.NONE, JPN, CHN),
                report("r", 1, "planned", "phone", null, DateClue.NONE, JPN, CHN));
        assertEquals(LinkKey.OPEN_FROM, Blocking.keys(recalling).get(1).from(), "an encounter the announcement only recalls may be long before it");
    }

    @Test
    void theReachRunsFromTheEarliestReadingOfThePublicationDayToTheLatest() {
        PublishedDate ambiguous = new PublishedDate(null, null, null, List.of(LocalDate.parse("2023-04-02"), LocalDate.parse("2023-02-04")));
        LinkKey k = Blocking.keys(undated("a", ambiguous, DateClue.NONE, "in_person", JPN, CHN)).get(0);
        assertEquals(day("2023-02-04") - 60, k.from());
        assertEquals(day("2023-04-03"), k.to());
    }

    @Test
    void aMonthOfAYearBoundsTheReachAndACallWidensItByADay() {
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        LinkKey meeting = Blocking.keys(undated("a", PublishedDate.UNKNOWN, march, "in_person", JPN, CHN)).get(0);
        assertEquals(day("2023-03-01"), meeting.from());
        assertEquals(day("2023-03-31"), meeting.to());
        LinkKey call = Blocking.keys(undated("a", PublishedDate.UNKNOWN, march, "phone", JPN, CHN)).get(0);
        assertEquals(day("2023-02-28"), call.from());
        assertEquals(day("2023-04-01"), call.to());
    }

    @Test
    void aClueWithoutAYearReachesEveryDay() {
        DateClue friday = new DateClue(null, null, null, DayOfWeek.FRIDAY, false, null, null);
        LinkKey k = Blocking.keys(undated("a", PublishedDate.UNKNOWN, friday, "in_person", JPN, CHN)).get(0);
        assertEquals(LinkKey.OPEN_FROM, k.from());
        assertEquals(LinkKey.OPEN_TO, k.to());
        assertEquals(List.of(List.of("a", "b", "c")), blocks(undated("a", PublishedDate.UNKNOWN, friday, "in_person", JPN, CHN),
                dated("b", "2019-04-05", JPN, CHN), dated("c", "2024-03-30", JPN, CHN)));
    }

    @Test
    void aClueOutsideThePublicationWindowReachesNothing() {
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        LinkKey k = Blocking.keys(undated("a", given("2023-08-01"), march, "in_person", JPN, CHN)).get(0);
        assertTrue(k.from() > k.to());
        assertEquals(List.of(List.of("a"), List.of("b")), blocks(undated("a", given("2023-08-01"), march, "in_person", JPN, CHN),
                dated("b", "2023-03-10", JPN, CHN)));
    }

    @Test
    void undatedReportsOfAPairAreOneBlock() {
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        DateClue may = new DateClue(2023, 5, null, null, false, null, null);
        assertEquals(List.of(List.of("a", "b", "c", "d")), blocks(undated("a", PublishedDate.UNKNOWN, march, "in_person", JPN, CHN),
                undated("b", PublishedDate.UNKNOWN, may, "in_person", JPN, CHN), dated("c", "2023-03-10", JPN, CHN),
                dated("d", "2023-05-10", JPN, CHN)));
    }

    @Test
    void everyDatedReportInTheReachIsJoinedThoughFarApart() {
        LinkInput wide = undated("a", given("2023-06-01"), DateClue.NONE, "in_person", JPN, CHN);
        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("e")), blocks(wide, dated("b", "2023-04-05", JPN, CHN),
                dated("c", "2023-05-01", JPN, CHN), dated("d", "2023-06-02", JPN, CHN), dated("e", "2023-06-10", JPN, CHN)));
    }

    @Test
    void joinedIsTheEdgeBlocksAreBuiltOf() {
        LinkKey a = Blocking.keys(dated("a", "2023-03-10", JPN, CHN)).get(0);
        LinkKey b = Blocking.keys(dated("b", "2023-03-13", JPN, CHN, KOR)).get(0);
        LinkKey c = Blocking.keys(dated("c", "2023-03-13", KOR, USA)).get(0);
        LinkKey u = Blocking.keys(undated("u", given("2023-03-20"), DateClue.NONE, "in_person", CHN, KOR)).get(0);
        assertTrue(Blocking.joined(a, b));
        assertFalse(Blocking.joined(a, c));
        assertFalse(Blocking.joined(a, u));
        assertTrue(Blocking.joined(b, u));
        assertTrue(Blocking.joined(u, b));
    }

    @Test
    void documentsWithoutReportsAreBlocksOfTheirOwn() {
        LinkInput none = synthetic("z", "news", PublishedDate.UNKNOWN);
        LinkInput one = synthetic("y", "news", PublishedDate.UNKNOWN, report("y", 0, "held", "in_person", "2023-03-10", null, JPN));
        assertEquals(List.of(List.of("z"), List.of("y")), blocks(none, one));
    }

    @Test
    void reportsOfOneIdAreOneBlock() {
        assertEquals(List.of(List.of("a", "a")), blocks(dated("a", "2023-03-10", JPN, CHN), dated("a", "2024-03-10", KOR, USA)));
    }

    @Test
    void undatedReportKeysFollowTheClueOfItsEngagement() {
        EngagementReport r = report("a", 0, "planned", "in_person", null, null, JPN, CHN);
        LinkKey k = Blocking.keys(synthetic("a", "news", given("2023-06-01"), r)).get(0);
        assertEquals(LocalDate.parse("2023-06-01").toEpochDay() - 3, k.from(), "an announcement is of an encounter after it, or days before");
    }

    @Test
    void aSignatureReadsBackAsTheKeyWithoutItsDocument() {
        LinkKey dated = Blocking.keys(dated("a", "2023-03-10", JPN, CHN, KOR)).get(0);
        LinkKey open = Blocking.keys(undated("b", PublishedDate.UNKNOWN, DateClue.NONE, "phone", JPN, CHN)).get(0);
        LinkKey empty = Blocking.keys(undated("c", given("2023-08-01"), new DateClue(2023, 3, null, null, false, null, null), "phone", JPN, CHN)).get(0);
        for (LinkKey k : List.of(dated, open, empty)) {
            assertEquals(k.anonymous(), LinkKey.parse(k.signature()), k.signature());
            assertEquals("", LinkKey.parse(k.signature()).document());
        }
        assertEquals("CHN,JPN;CHN,KOR;JPN,KOR|d" + day("2023-03-10"), dated.signature());
    }

    @Test
    void keysOfManyDocumentsNameTheirBlocksByTheirSmallestKey() {
        List<LinkInput> docs = List.of(dated("a", "2023-03-10", JPN, CHN), dated("b", "2023-03-12", JPN, CHN),
                dated("c", "2023-03-30", JPN, CHN), dated("d", "2023-03-12", KOR, USA));
        Map<LinkKey, String> named = Blocking.blocksOfKeys(docs.stream().map(Blocking::keys).toList());
        assertEquals(4, named.size());
        LinkKey a = Blocking.keys(docs.get(0)).get(0).anonymous();
        LinkKey b = Blocking.keys(docs.get(1)).get(0).anonymous();
        assertEquals(a.signature(), named.get(a));
        assertEquals(a.signature(), named.get(b));
        assertEquals(3, Set.copyOf(named.values()).size());
    }

    @Test
    void theBlocksOfDocumentsAreThoseOfTheirKeys() {
        for (long seed = 0; seed < 30; seed++) {
            List<LinkInput> docs = new RandomCorpus(seed, 90).documents(25);
            Map<LinkKey, String> named = Blocking.blocksOfKeys(docs.stream().map(Blocking::keys).toList());
            Set<String> seen = new java.util.HashSet<>();
            for (List<LinkInput> block : Blocking.blocks(docs)) {
                Set<String> names = new java.util.HashSet<>();
                for (LinkInput in : block) for (LinkKey k : Blocking.keys(in)) names.add(named.get(k.anonymous()));
                assertTrue(names.size() <= 1, "seed " + seed + ": one block, one name: " + names);
                for (String n : names) assertTrue(seen.add(n), "seed " + seed + ": two blocks named " + n);
            }
        }
    }
}
