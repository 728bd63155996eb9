package org.readout.store;

import org.junit.jupiter.api.Test;
import org.readout.extract.Evidence;
import org.readout.extract.StatementReport;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.Statement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkChangesTest {
    private static Engagement engagement(String id, String format, String... documents) {
        List<DocLink> links = Arrays.stream(documents).map(d -> new DocLink(d, "reports")).toList();
        return new Engagement(id, "held", format, null, LocalDate.of(2023, 4, 2), null, null, null, null, null, null,
                List.of(), links, Map.of(), List.of());
    }

    private static Statement statement(String id, String engagement) {
        return new Statement(engagement, new StatementReport(id, "d1", 0, List.of(), null, null, null, null, null, null, null,
                "agree", new Evidence("d1", 0, 5, "Text.")));
    }

    private static LinkedCorpus corpus(List<Engagement> engagements, Statement... statements) {
        return new LinkedCorpus(List.of(), engagements, List.of(statements));
    }

    @Test
    void engagementsAddedMergedRenamedRemovedAndChanged() {
        LinkedCorpus before = corpus(List.of(engagement("eng-keep", "phone", "d1"), engagement("eng-into", "phone", "d2"),
                        engagement("eng-folded", "phone", "d3"), engagement("eng-undated", "visit", "d4"),
                        engagement("eng-gone", "phone", "d5"), engagement("eng-facts", "phone", "d6")),
                statement("s1", "eng-keep"), statement("s2", "eng-into"), statement("s3", "eng-gone"));
        LinkedCorpus after = corpus(List.of(engagement("eng-keep", "phone", "d1"), engagement("eng-into", "phone", "d2", "d3"),
                        engagement("eng-dated", "visit", "d4"), engagement("eng-facts", "meeting", "d6"), engagement("eng-new", "phone", "d7")),
                statement("s1", "eng-keep"), statement("s2", "eng-facts"), statement("s4", "eng-new"));
        Map<String, String> aliases = Map.of("eng-folded", "eng-into", "eng-undated", "eng-dated", "eng-old", "eng-keep");

        LinkChanges c = LinkChanges.between(before, after, aliases);
        assertEquals(List.of("eng-new"), c.added());
        assertEquals(Map.of("eng-folded", "eng-into"), c.merged());
        assertEquals(Map.of("eng-undated", "eng-dated"), c.renamed());
        assertEquals(List.of("eng-gone"), c.removed());
        assertEquals(List.of("eng-facts", "eng-into"), c.changed());
        assertEquals(1, c.unchanged());
        assertEquals(1, c.statementsAdded());
        assertEquals(1, c.statementsRemoved());
        assertEquals(1, c.statementsChanged());
        assertFalse(c.none());
        assertTrue(LinkChanges.between(after, after, aliases).none());
    }

    @Test
    void twoEngagementsThatBecomeOneNewOneAreMergedNotAdded() {
        LinkedCorpus before = corpus(List.of(engagement("eng-a", "phone", "d1"), engagement("eng-b", "meeting", "d2")));
        LinkedCorpus after = corpus(List.of(engagement("eng-c", "phone", "d1", "d2")));
        LinkChanges c = LinkChanges.between(before, after, Map.of("eng-a", "eng-c", "eng-b", "eng-c"));
        assertEquals(Map.of("eng-a", "eng-c", "eng-b", "eng-c"), c.merged());
        assertTrue(c.added().isEmpty());
        assertTrue(c.renamed().isEmpty());
    }
}
