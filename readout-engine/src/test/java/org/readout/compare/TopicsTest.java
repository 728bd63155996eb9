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
        assertEquals("Fukushima water release and food import restrictions", t.of("fukushima-water").label());
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
                """);
        Topics t = Topics.load(dir);
        assertEquals("North Korea's launches and the situation on the peninsula", t.of("north-korea").label());
        assertEquals(t.of("north-korea"), t.of("dprk-nuclear-missile"), "issue ids are stripped around '|'");
        assertEquals("fukushima", t.of("fukushima-water").id(), "the bundled topics stay");
    }

    @Test
    void aTopicWithoutIssuesIsReportedWithItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("topics.tsv"), "# a user's topic\ntoo-short\tno issues column\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Topics.load(dir));
        assertTrue(e.getMessage().contains("topics.tsv:2"), e.getMessage());
    }
}
