package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.extract.Readouts;
import org.readout.issues.IssueTaxonomy;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topics that put related issues in one comparison row, bundled and from the user's folder. */
class TopicsTest {
    @TempDir
    Path dir;

    @Test
    void theBundledFukushimaTopicHoldsTheWaterAndTheFoodRestrictions() {
        Topics t = Topics.load(null);
        assertEquals(new Topics.Topic("fukushima", "Fukushima water release and food import restrictions"), t.of("fukushima-water"));
        assertEquals(t.of("fukushima-water"), t.of("food-import-restrictions"));
        assertNull(t.of("hong-kong"));
        assertNull(t.of("no-such-issue"));
    }

    @Test
    void aUserFolderWithoutTopicsKeepsTheBundledOnes() {
        Topics t = Topics.load(dir);
        assertEquals("fukushima", t.of("fukushima-water").id());
    }

    @Test
    void aUserTopicJoinsRowsOfTheComparison() throws IOException {
        Files.writeString(dir.resolve("topics.tsv"), """
                # a user's topic
                korea\tNorth Korea's launches and the situation on the peninsula\tnorth-korea | dprk-nuclear-missile
                too-short\tno issues column
                """);
        Topics t = Topics.load(dir);
        assertEquals(new Topics.Topic("korea", "North Korea's launches and the situation on the peninsula"), t.of("north-korea"));
        assertEquals(t.of("north-korea"), t.of("dprk-nuclear-missile"), "issue ids are stripped around '|'");
        assertNull(t.of("too-short"));
        assertEquals("fukushima", t.of("food-import-restrictions").id(), "the bundled topics stay");

        LinkedCorpus bali = Readouts.link(Readouts.fixture("meeting-bali.txt"));
        Engagement e = bali.engagements().get(0);
        Comparison bundled = new Comparer(IssueTaxonomy.bundled(), Topics.load(null)).compare(e, bali.documents(), bali.statements());
        Comparison joined = new Comparer(IssueTaxonomy.bundled(), t).compare(e, bali.documents(), bali.statements());
        List<String> before = bundled.rows().stream().map(Row::issue).toList();
        List<String> after = joined.rows().stream().map(Row::issue).toList();
        assertTrue(before.contains("north-korea") && before.contains("dprk-nuclear-missile"), before.toString());
        assertTrue(after.contains("topic:korea"), after.toString());
        assertFalse(after.contains("north-korea") || after.contains("dprk-nuclear-missile"), after.toString());
        Row korea = joined.rows().stream().filter(r -> r.issue().equals("topic:korea")).findFirst().orElseThrow();
        assertEquals("North Korea's launches and the situation on the peninsula", korea.label());
        assertEquals(2, korea.cells().get(0).size(), "both statements of the condemnation in one row");
        assertEquals(before.size() - 1, after.size());
    }
}
