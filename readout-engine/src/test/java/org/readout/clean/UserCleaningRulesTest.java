package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.knowledge.Cues;
import org.readout.knowledge.GovernmentSites;
import org.readout.source.InputRejected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's junk.tsv and kinds.tsv extend the bundled cleaning rules. */
class UserCleaningRulesTest {
    private static final String PAGE = "Widget Council meets in Osloby\n\nBrought to you by the Widget Gazette app\n\n"
            + "The Widget Council met on Monday to discuss widget exports. The ministers agreed to meet again in spring.\n\n"
            + "The council said the talks had been useful and that a further round would follow in May.\n";

    private static CleanDocument clean(Path userDir) throws InputRejected {
        return new DefaultCleaner(CleaningRules.load(userDir), GovernmentSites.load(null), Cues.load(null)).clean(Fixtures.text("page.txt", PAGE));
    }

    @Test
    void aUsersDropRuleRemovesALineTheBundledRulesKeep(@TempDir Path dir) throws IOException, InputRejected {
        assertTrue(clean(null).text().contains("Widget Gazette app"));
        Files.writeString(dir.resolve("junk.tsv"), "drop\t^Brought to you by the .* app$\n");
        CleanDocument cleaned = clean(dir);
        assertFalse(cleaned.text().contains("Widget Gazette app"), cleaned.text());
        assertTrue(cleaned.text().contains("widget exports"));
    }

    @Test
    void aUsersKindCueMakesAnAnalysis(@TempDir Path dir) throws IOException, InputRejected {
        assertEquals(DocumentKind.NEWS, clean(null).kind());
        Files.writeString(dir.resolve("kinds.tsv"), "analysis\t3\ttext\t\\bWidget Council\\b\n");
        assertEquals(DocumentKind.ANALYSIS, clean(dir).kind());
    }
}
