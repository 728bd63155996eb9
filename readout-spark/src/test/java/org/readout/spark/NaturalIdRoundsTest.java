package org.readout.spark;

import org.junit.jupiter.api.Test;
import org.readout.extract.DateClue;
import org.readout.extract.DocumentExtraction;
import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;
import org.readout.extract.Sourced;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;
import org.readout.link.DocumentSummary;
import org.readout.link.LinkInput;
import org.readout.pipeline.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Blocks whose engagements share a natural id are linked again together, which gives what one linking gives. */
class NaturalIdRoundsTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final Engines.Settings BUNDLED = new Engines.Settings(null, org.readout.Readout.DEFAULT_MAX_DOCUMENT_BYTES);

    @Test
    void mergeJoinsGroupsUnderTheirSmallestName() {
        Map<String, String> once = Blocking.merge(Map.of(), List.of(List.of("b", "a"), List.of("d", "e")));
        assertEquals(Map.of("a", "a", "b", "a", "d", "d", "e", "d"), once);
        Map<String, String> twice = Blocking.merge(once, List.of(List.of("d", "c")));
        assertEquals(Map.of("a", "a", "b", "a", "c", "c", "d", "c", "e", "c"), twice);
    }

    /**
     * A meeting reported on its day, and a report published three months later that names the day (too late to join
     * it): two engagements of one natural id, in two blocks.
     */
    @Test
    void twoBlocksOfOneNaturalIdLinkedTogetherAreTheWhole() throws Exception {
        LocalDate day = LocalDate.parse("2023-03-10");
        Processed dated = processed("b-dated", day, report("b-dated", day, DateClue.NONE, day));
        Processed late = processed("a-late", LocalDate.parse("2023-06-01"),
                report("a-late", null, new DateClue(2023, 3, 10, null, false, null, null), day));
        List<Processed> all = List.of(dated, late);
        Map<String, String> blocks = Blocking.blocks(all.stream().map(Processed::blockKeys).toList());
        Map<String, List<Processed>> byBlock = new LinkedHashMap<>();
        for (Processed p : all) byBlock.computeIfAbsent(Blocking.blockOf(p.id(), p.blockKeys(), blocks, 1), k -> new ArrayList<>()).add(p);
        assertEquals(2, byBlock.size(), "two blocks");

        Map<String, List<String>> naturalBlocks = new HashMap<>();
        List<Output> apart = new ArrayList<>();
        byBlock.forEach((block, docs) -> {
            for (Output o : BlockLinker.link(docs, Engines.of(BUNDLED).pipeline())) {
                apart.add(o);
                if (o.naturalId() != null) naturalBlocks.computeIfAbsent(o.naturalId(), k -> new ArrayList<>()).add(block);
            }
        });
        List<List<String>> clashes = naturalBlocks.values().stream().filter(b -> b.size() > 1).toList();
        assertEquals(1, clashes.size());
        List<Output> whole = sorted(BlockLinker.link(all, Engines.of(BUNDLED).pipeline()));
        assertNotEquals(whole, sorted(apart), "apart, both engagements keep the one id");

        Map<String, String> merged = Blocking.merge(Map.of(), clashes);
        Map<String, List<Processed>> together = new LinkedHashMap<>();
        byBlock.forEach((block, docs) -> together.computeIfAbsent(merged.getOrDefault(block, block), k -> new ArrayList<>()).addAll(docs));
        assertEquals(Set.of(merged.get(byBlock.keySet().iterator().next())), together.keySet());
        List<Output> again = new ArrayList<>();
        together.values().forEach(docs -> again.addAll(BlockLinker.link(docs, Engines.of(BUNDLED).pipeline())));
        assertEquals(whole, sorted(again));
    }

    private static List<Output> sorted(List<Output> outputs) {
        List<Output> out = new ArrayList<>(outputs);
        out.sort(Comparator.comparing(Output::table).thenComparing(Output::key));
        return out;
    }

    private static EngagementReport report(String doc, LocalDate date, DateClue clue, LocalDate inOffice) {
        Evidence ev = new Evidence(doc, 0, 4, "text");
        List<Participant> ps = List.of(person("yoshimasa-hayashi", inOffice), person("qin-gang", inOffice));
        return new EngagementReport(doc, 0, "reports", Sourced.of("held", ev), Sourced.of("in_person", ev),
                date == null ? null : Sourced.of(date, ev), clue, null, null, null, null, "talk", ps, List.of(ev));
    }

    private static Participant person(String id, LocalDate day) {
        Person p = KB.people().get(id).orElseThrow();
        Person.Term t = p.termOn(day).orElseThrow();
        return new Participant(p.name(), t.country(), t.role(), t.country() + "GOV", id, new Evidence("x", 0, 4, "text"));
    }

    private static Processed processed(String id, LocalDate published, EngagementReport r) throws Exception {
        DocumentSummary summary = new DocumentSummary(id, "test/" + id, null, null, "news", "en");
        DocumentExtraction x = new DocumentExtraction(id, new PublishedDate(published, "given", null, List.of()), List.of(r));
        return new Processed(id, id, Json.MAPPER.writeValueAsString(summary), Json.MAPPER.writeValueAsString(x),
                Processed.blockKeys(new LinkInput(summary, x)), "test", "test", "test/" + id, null);
    }
}
