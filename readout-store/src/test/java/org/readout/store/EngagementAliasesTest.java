package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An engagement id that a relink replaced still resolves, to the engagement that holds its documents now. */
class EngagementAliasesTest {
    @TempDir
    Path dir;

    private static Engagement engagement(String id, String... documents) {
        List<DocLink> links = java.util.Arrays.stream(documents).map(d -> new DocLink(d, "reports")).toList();
        return new Engagement(id, "held", "phone", null, LocalDate.of(2023, 4, 2), null, null, null, null, null, null,
                List.of(), links, Map.of(), List.of());
    }

    private static void relinkTo(SqliteStore s, Engagement... engagements) {
        s.relink(inputs -> new LinkedCorpus(List.of(), List.of(engagements), List.of()));
    }

    @Test
    void replacedIdsResolveToTheirSuccessorAndChainsCollapse() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            relinkTo(s, engagement("eng-a", "d1"), engagement("eng-x", "d9"));
            relinkTo(s, engagement("eng-b", "d1", "d2"), engagement("eng-x", "d9"));
            assertEquals("eng-b", s.currentId("eng-a"));
            assertEquals("eng-b", s.engagement("eng-a").orElseThrow().id());

            relinkTo(s, engagement("eng-c", "d1", "d2", "d3"), engagement("eng-x", "d9"));
            assertEquals("eng-c", s.currentId("eng-a"), "an alias of an alias points to the newest id");
            assertEquals("eng-c", s.currentId("eng-b"));
            assertEquals("eng-x", s.currentId("eng-x"));

            relinkTo(s, engagement("eng-a", "d1"), engagement("eng-c", "d2", "d3"), engagement("eng-x", "d9"));
            assertEquals("eng-a", s.engagement("eng-a").orElseThrow().id(), "an id in use again is no longer an alias");
            assertEquals("eng-c", s.currentId("eng-b"));
        }
    }

    @Test
    void anEngagementThatIsGoneHasNoAlias() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            relinkTo(s, engagement("eng-a", "d1"));
            relinkTo(s, engagement("eng-x", "d9"));
            assertEquals("eng-a", s.currentId("eng-a"));
            assertEquals(java.util.Optional.empty(), s.engagement("eng-a"));
        }
    }
}
