package org.readout.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTaxonomyTest {

    @TempDir
    Path dir;

    private void write(String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static List<String> ids(IssueTaxonomy t, String sentence) {
        return t.tagger().find(sentence).stream().map(IssueMatch::id).toList();
    }

    @Test
    void aUserFileAddsAnIssueWithItsOwnWordings() throws Exception {
        write(IssueTaxonomy.ISSUES_FILE,
                "# my issues",
                "panda-loans\tGiant panda loans\tculture\tgiant panda|giant pandas|panda loan|panda loans\tCHN=panda diplomacy|cooperation on giant panda conservation");
        IssueTaxonomy t = IssueTaxonomy.load(dir);
        assertEquals(IssueTaxonomy.bundled().issues().size() + 1, t.issues().size());
        Issue panda = t.byId("panda-loans").orElseThrow();
        assertEquals("Giant panda loans", panda.label());
        assertEquals("culture", panda.category());

        List<IssueMatch> found = t.tagger().find("The zoo hopes the giant pandas stay; Beijing praised panda diplomacy.");
        assertEquals(List.of("panda-loans", "panda-loans"), found.stream().map(IssueMatch::id).toList());
        assertEquals(null, found.get(0).wordingOf());
        assertEquals("CHN", found.get(1).wordingOf());
        // the bundled taxonomy and its tagger are untouched
        assertTrue(IssueTaxonomy.bundled().byId("panda-loans").isEmpty());
        assertEquals(List.of(), IssueTagger.bundled().find("giant pandas"));
        assertEquals(List.of(), t.warnings());
    }

    @Test
    void aUserRowExtendsOrReplacesABundledIssue() throws Exception {
        write(IssueTaxonomy.ISSUES_FILE,
                "east-china-sea\t\t\t+Uotsuri Island\t+TWN=Tiaoyutai",
                "haiti\tSecurity crisis in Haiti\tpeacekeeping\tPort-au-Prince gangs");
        IssueTaxonomy t = IssueTaxonomy.load(dir);
        Issue ecs = t.byId("east-china-sea").orElseThrow();
        Issue bundled = IssueTaxonomy.bundled().byId("east-china-sea").orElseThrow();
        assertEquals(bundled.label(), ecs.label(), "an empty cell keeps the bundled value");
        assertEquals(bundled.aliases().size() + 1, ecs.aliases().size());
        assertTrue(ecs.wordings().get("TWN").containsAll(List.of("Diaoyutai", "Tiaoyutai")));
        assertEquals("JPN", ecs.wordingOf("Senkakus").orElseThrow());
        assertEquals(List.of("east-china-sea"), ids(t, "A patrol vessel was seen off Uotsuri Island."));

        Issue haiti = t.byId("haiti").orElseThrow();
        assertEquals("Security crisis in Haiti", haiti.label());
        assertEquals(List.of("Port-au-Prince gangs"), haiti.aliases(), "a filled cell replaces");
        assertEquals(List.of(), ids(t, "The situation in Haiti"));
        assertEquals(List.of("haiti"), ids(t, "Port-au-Prince gangs"));
    }

    @Test
    void userCategoriesAndNotIssues() throws Exception {
        write(IssueTaxonomy.CATEGORIES_FILE, "sport\tculture\treadout\tsporting events and exchanges");
        write(IssueTaxonomy.ISSUES_FILE, "olympics\tOlympic Games\tsport\tOlympic Games|Olympics|Paralympics");
        write(IssueTaxonomy.NOT_ISSUES_FILE, "Taiwan Semiconductor Manufacturing Company");
        IssueTaxonomy t = IssueTaxonomy.load(dir);
        assertEquals("culture", t.category("sport").orElseThrow().plover());
        assertFalse(t.category("sport").orElseThrow().isPlover());
        assertEquals(List.of("olympics"), ids(t, "They wished each other success at the Olympics."));
        assertEquals(List.of(), ids(t, "Taiwan Semiconductor Manufacturing Company opened a plant."));
        assertEquals(List.of("taiwan", "semiconductors"), ids(IssueTaxonomy.bundled(), "Taiwan Semiconductor Manufacturing Company opened a plant."));
    }

    @Test
    void aPhraseClaimedTwiceIsWarnedAboutAndTheLaterIssueWins() throws Exception {
        write(IssueTaxonomy.ISSUES_FILE, "ecs-gas\tGas fields in the East China Sea\tenergy\tgas fields|Chunxiao");
        IssueTaxonomy t = IssueTaxonomy.load(dir);
        assertEquals(1, t.warnings().size(), t.warnings().toString());
        assertTrue(t.warnings().get(0).contains("eez-activities") && t.warnings().get(0).contains("ecs-gas"));
        assertEquals(List.of("ecs-gas"), ids(t, "new structures at the gas fields"));
    }

    @Test
    void malformedRowsAreReportedWithFileAndLine() throws Exception {
        write(IssueTaxonomy.ISSUES_FILE, "# header", "arctic\tArctic\tpolar\tArctic");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir));
        assertTrue(e.getMessage().contains(dir.resolve(IssueTaxonomy.ISSUES_FILE) + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown category 'polar'"), e.getMessage());

        write(IssueTaxonomy.ISSUES_FILE, "Arctic Council\tArctic\tenvironment\tArctic");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir)).getMessage().contains("bad issue id"));

        write(IssueTaxonomy.ISSUES_FILE, "arctic\tArctic\tenvironment\tArctic\tNorway=High North");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir)).getMessage().contains("bad country code"));

        write(IssueTaxonomy.ISSUES_FILE, "arctic\tArctic\tenvironment\tArctic\tNOR High North");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir)).getMessage().contains("CODE=phrase"));

        write(IssueTaxonomy.ISSUES_FILE, "arctic\t\tenvironment\tArctic");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir)).getMessage().contains("no label"));

        write(IssueTaxonomy.ISSUES_FILE, "arctic\tArctic\tenvironment\t\"Arctic\"");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssueTaxonomy.load(dir)).getMessage().contains("must start with a letter"));
    }

    @Test
    void anEmptyUserFolderChangesNothing() {
        IssueTaxonomy t = IssueTaxonomy.load(dir);
        assertEquals(IssueTaxonomy.bundled().issues(), t.issues());
        assertEquals(IssueTaxonomy.bundled().notIssues(), t.notIssues());
    }
}
