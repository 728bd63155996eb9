package org.readout.spark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockingTest {
    private static final Engines.Settings BUNDLED = new Engines.Settings(null, org.readout.Readout.DEFAULT_MAX_DOCUMENT_BYTES);

    @TempDir
    static Path tmp;

    private static List<Processed> documents;

    /**
     * The samples, and two reports of one meeting in Busan whose sets of countries nest: one names Japan's and China's
     * ministers, the other Korea's too. The linker makes them one engagement, so a block keyed by the exact set of
     * countries would split it.
     */
    @BeforeAll
    static void read() throws Exception {
        Files.writeString(tmp.resolve("trilateral.txt"), """
                Trilateral meeting in Busan

                BUSAN, November 26, 2023 - Japanese Foreign Minister Yoko Kamikawa, Chinese Foreign Minister Wang Yi and \
                South Korean Foreign Minister Park Jin met in Busan on Sunday for a trilateral foreign ministers' meeting.
                """);
        Files.writeString(tmp.resolve("bilateral.txt"), """
                Kamikawa meets Wang Yi

                BUSAN, November 26, 2023 - Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi \
                in Busan on Sunday, before the trilateral meeting with South Korea.
                """);
        Engines.Engine engine = Engines.of(BUNDLED);
        FileSourceReader reader = new FileSourceReader();
        List<Path> files = new ArrayList<>(reader.list(List.of(TestSpark.samples())));
        files.addAll(reader.list(List.of(tmp)));
        documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Processed p = Processed.of(SourceRecord.file(String.format("%03d", i), files.get(i).toString()), engine);
            assertFalse(p.failed(), p.source() + ": " + p.failure());
            documents.add(p);
        }
    }

    @Test
    void theBlocksAreTheEnginesNamedByTheirSmallestKey() {
        String busan = "CHN,JPN|d19687";
        String trilateral = "CHN,JPN;CHN,KOR;JPN,KOR|d19687";
        String later = "CHN,JPN|d19691";
        String undated = "FRA,GBR|u-9223372036854775808:9223372036854775807";
        Map<String, String> blocks = Blocking.blocks(List.of(List.of(busan), List.of(trilateral), List.of(later),
                List.of(undated, "FRA,GBR|d19000"), List.of("FRA,GBR|d20000")));
        assertEquals(trilateral, blocks.get(busan), "a trilateral report joins the bilateral one of its day");
        assertEquals(trilateral, blocks.get(trilateral));
        assertEquals(later, blocks.get(later), "four days later, with no undated report to bridge them, is another block");
        assertEquals("FRA,GBR|d19000", blocks.get(undated));
        assertEquals("FRA,GBR|d19000", blocks.get("FRA,GBR|d20000"), "an undated report without a year reaches every day");
        assertEquals(6, blocks.size());
    }

    @Test
    void aDocumentWithoutReportsOfTwoCountriesGoesToOneOfTheBuckets() {
        String a = Blocking.blockOf("doc-1", List.of(), Map.of(), 4);
        assertTrue(a.startsWith(Blocking.UNLINKED), a);
        assertEquals(a, Blocking.blockOf("doc-1", List.of(), Map.of(), 4), "the same bucket each time");
        assertEquals("CHN,JPN|d1", Blocking.blockOf("doc-2", List.of("CHN,JPN;CHN,KOR;JPN,KOR|d1"),
                Map.of("CHN,JPN;CHN,KOR;JPN,KOR|d1", "CHN,JPN|d1"), 4));
    }

    @Test
    void theTwoReportsOfTheBusanMeetingAreOneEngagementAndShareABlock() {
        List<Output> whole = BlockLinker.link(documents, Engines.of(BUNDLED).pipeline());
        assertTrue(whole.stream().anyMatch(o -> o.table() == Output.Table.ENGAGEMENTS && o.json().contains("\"date\":\"2023-11-26\"")
                && o.json().contains("Park Jin") && o.json().split("\"relation\":\"reports\"").length == 3), "one engagement of both reports");
        Map<String, String> blocks = Blocking.blocks(documents.stream().map(Processed::blockKeys).toList());
        Map<String, String> byName = new HashMap<>();
        for (Processed d : documents) byName.put(d.source().replaceAll(".*/", ""), Blocking.blockOf(d.id(), d.blockKeys(), blocks, 3));
        assertEquals(byName.get("trilateral.txt"), byName.get("bilateral.txt"), byName.toString());
        assertNotEquals(byName.get("trilateral.txt"), byName.get("kor-mofa-2023-03-14.txt"), byName.toString());
    }

    @Test
    void linkingBlockByBlockGivesWhatLinkingEverythingGives() {
        List<Output> whole = sorted(BlockLinker.link(documents, Engines.of(BUNDLED).pipeline()));
        assertTrue(whole.stream().anyMatch(o -> o.table() == Output.Table.ENGAGEMENTS));
        Map<String, String> blocks = Blocking.blocks(documents.stream().map(Processed::blockKeys).toList());
        Map<String, List<Processed>> byBlock = new LinkedHashMap<>();
        for (Processed d : documents) byBlock.computeIfAbsent(Blocking.blockOf(d.id(), d.blockKeys(), blocks, 3), k -> new ArrayList<>()).add(d);
        assertTrue(byBlock.size() >= 3, "several blocks: " + byBlock.keySet());
        assertSame(whole, sorted(linkEach(byBlock.values())), "block by block");

        // and any union of blocks too, in any order: blocks are independent of each other
        Random random = new Random(13);
        List<List<Processed>> blockList = new ArrayList<>(byBlock.values());
        for (int round = 0; round < 5; round++) {
            Map<Integer, List<Processed>> merged = new HashMap<>();
            for (List<Processed> b : blockList) merged.computeIfAbsent(random.nextInt(3), k -> new ArrayList<>()).addAll(b);
            merged.values().forEach(l -> java.util.Collections.shuffle(l, random));
            assertSame(whole, sorted(linkEach(merged.values())), "round " + round);
        }
    }

    /** The same outputs; a difference is shown by its first line. */
    static void assertSame(List<Output> expected, List<Output> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) assertEquals(expected.get(i), actual.get(i), what + ": output #" + i);
        assertEquals(expected.size(), actual.size(), what + ": as many outputs");
    }

    private static List<Output> linkEach(Iterable<List<Processed>> blocks) {
        List<Output> out = new ArrayList<>();
        for (List<Processed> b : blocks) out.addAll(BlockLinker.link(b, Engines.of(BUNDLED).pipeline()));
        return out;
    }

    private static List<Output> sorted(List<Output> outputs) {
        List<Output> out = new ArrayList<>(outputs);
        out.sort(Comparator.comparing(Output::table).thenComparing(Output::key));
        return out;
    }
}
