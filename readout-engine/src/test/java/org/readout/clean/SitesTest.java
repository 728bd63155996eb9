package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.knowledge.Cues;
import org.readout.knowledge.GovernmentSites;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of sites.tsv hold for their site's pages alone: known by the address, or by a sign when there is none. */
class SitesTest {
    /** An invented republished analysis with the citation block of the Belfer Center's pages. */
    private static final String CITED = "Ministers Talk Past Each Other on Widget Exports\n\n"
            + "The two ministers met in Osloby on Monday and spoke about widget exports for an hour. Each side restated its "
            + "position on the quotas and neither moved, which observers had expected after months of quarrels.\n\n"
            + "The talks ended without a joint statement, and both ministries said only that contacts would continue at a "
            + "lower level in the spring, when the quotas come up for review again.\n\n"
            + "For Academic Citation:\n\n"
            + "Doe, Jane. \u201cMinisters Talk Past Each Other.\u201d The Widget Review, March 3, 2025.\n\n"
            + "Journal Article\n";

    private static CleanDocument clean(Path userDir, String url, String text) throws InputRejected {
        SourceMeta meta = new SourceMeta(url, null, null, null, null);
        return new DefaultCleaner(CleaningRules.load(userDir), GovernmentSites.load(null), Cues.load(null))
                .clean(new RawDocument("page.txt", "page.txt", text.getBytes(StandardCharsets.UTF_8), meta));
    }

    @Test
    void aSitesRulesHoldOnItsPages() throws InputRejected {
        CleanDocument page = clean(null, "https://www.belfercenter.org/publication/ministers-talk", CITED);
        assertFalse(page.text().contains("For Academic Citation"), page.text());
        assertEquals(DocumentKind.ANALYSIS, page.kind());
    }

    @Test
    void aSitesRulesDoNotHoldOnAnotherSitesPages() throws InputRejected {
        CleanDocument page = clean(null, "https://www.example.org/ministers-talk", CITED);
        assertTrue(page.text().contains("For Academic Citation"), page.text());
        assertEquals(DocumentKind.NEWS, page.kind());
    }

    @Test
    void aTextWithoutAnAddressIsOfTheSiteWhoseSignItCarries() throws InputRejected {
        CleanDocument text = clean(null, null, CITED);
        assertFalse(text.text().contains("For Academic Citation"), text.text());
        assertEquals(DocumentKind.ANALYSIS, text.kind());
        CleanDocument unsigned = clean(null, null, CITED.replace("For Academic Citation:", "How to cite:"));
        assertEquals(DocumentKind.NEWS, unsigned.kind(), "no sign, no site");
    }

    @Test
    void aUsersSitesTsvAddsASite(@TempDir Path dir) throws IOException, InputRejected {
        String page = CITED.replace("Journal Article", "Brought to you by the Widget Gazette app");
        assertTrue(clean(null, "https://news.widgets.test/a", page).text().contains("Widget Gazette app"));
        Files.writeString(dir.resolve("sites.tsv"), "widgets.test\tjunk\tdrop\t^Brought to you by the .* app$\n"
                + "widgets.test\tkind\tofficial\t5\turl\t.\n");
        CleanDocument mine = clean(dir, "https://news.widgets.test/a", page);
        assertFalse(mine.text().contains("Widget Gazette app"), mine.text());
        assertEquals(DocumentKind.OFFICIAL, mine.kind());
        assertTrue(clean(dir, "https://www.example.org/a", page).text().contains("Widget Gazette app"), "only on that site");
        assertFalse(clean(dir, "https://www.belfercenter.org/a", CITED).text().contains("For Academic Citation"),
                "the bundled sites stay");
    }

    @Test
    void aBadRowIsAnErrorWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sites.tsv"), "# mine\nwidgets.test\tjunkk\tdrop\t^x$\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CleaningRules.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("sites.tsv") + ":2: unknown site rule kind junkk"), e.getMessage());
        Files.writeString(dir.resolve("sites.tsv"), "widgets.test\tjunk\tzap\t^x$\n");
        e = assertThrows(IllegalStateException.class, () -> CleaningRules.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("sites.tsv") + ":1: unknown rule kind zap"), e.getMessage());
    }
}
