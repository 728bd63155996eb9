package org.readout.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IssueTaxonomyTest {

    private static final IssueTaxonomy T = IssueTaxonomy.bundled();

    /** The 37 contexts of PLOVER as published with POLECAT (underscores for the two hyphenated ones). */
    private static final Set<String> PLOVER_CONTEXTS = Set.of(
            "military", "intelligence", "executive", "legislative", "election", "political_institutions",
            "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
            "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
            "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resources",
            "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
            "illegal_drugs", "trafficking");

    @Test
    void bundledIsLoadedOnceAndCleanly() {
        assertSame(T, IssueTaxonomy.bundled());
        assertSame(T.tagger(), IssueTaxonomy.bundled().tagger());
        assertEquals(List.of(), T.warnings(), "no phrase may be claimed by two issues");
    }

    @Test
    void hasAtLeastEightyIssuesAndManyPhrases() {
        assertTrue(T.issues().size() >= 80, "issues: " + T.issues().size());
        int phrases = T.issues().stream().mapToInt(i -> i.phrases().size()).sum();
        assertTrue(phrases >= 1200, "phrases: " + phrases);
        long wordingIssues = T.issues().stream().filter(i -> !i.wordings().isEmpty()).count();
        assertTrue(wordingIssues >= 25, "issues with side wordings: " + wordingIssues);
    }

    @Test
    void countsPerCategoryHaveLowerBounds() {
        Map<String, Long> counts = T.issues().stream()
                .collect(Collectors.groupingBy(Issue::category, TreeMap::new, Collectors.counting()));
        Map<String, Integer> atLeast = Map.ofEntries(
                Map.entry("territory", 10), Map.entry("military", 10), Map.entry("economic", 15),
                Map.entry("multilateral", 10), Map.entry("diplomatic", 8), Map.entry("cbrn", 4),
                Map.entry("human_rights", 5), Map.entry("health", 4), Map.entry("environment", 4),
                Map.entry("technology", 4), Map.entry("culture", 3), Map.entry("legal", 4),
                Map.entry("migration", 2), Map.entry("energy", 2), Map.entry("gender", 2),
                Map.entry("history", 3), Map.entry("terrorism", 1), Map.entry("cyber", 1),
                Map.entry("humanitarian", 1), Map.entry("disasters", 2), Map.entry("peacekeeping", 2));
        atLeast.forEach((category, min) -> assertTrue(counts.getOrDefault(category, 0L) >= min,
                category + " has " + counts.get(category) + ", expected at least " + min));
    }

    @Test
    void everyIssueHasAKnownCategoryAndEveryCategoryMapsToPlover() {
        for (Issue i : T.issues()) {
            assertTrue(T.category(i.category()).isPresent(), i.id() + ": " + i.category());
            assertEquals(i, T.inCategory(i.category()).stream().filter(x -> x.id().equals(i.id())).findFirst().orElseThrow());
        }
        for (IssueCategory c : T.categories()) {
            assertTrue(PLOVER_CONTEXTS.contains(c.plover()) || c.plover().equals("humanitarian") || c.plover().equals("culture"),
                    c.name() + " exports " + c.plover());
            if (c.origin().equals("plover")) assertTrue(PLOVER_CONTEXTS.contains(c.name()), c.name());
            assertTrue(Set.of("plover", "plover-draft", "readout").contains(c.origin()), c.origin());
        }
        assertTrue(T.categories().stream().map(IssueCategory::name).collect(Collectors.toSet()).containsAll(PLOVER_CONTEXTS));
        assertFalse(T.category("energy").orElseThrow().isPlover());
        assertEquals("natural_resources", T.category("energy").orElseThrow().plover());
    }

    @Test
    void idsAreUniqueSlugsInTheBundledFile() throws Exception {
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("readout/issues/issues.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                assertTrue(cells.length == 4 || cells.length == 5, line);
                ids.add(cells[0]);
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
        assertEquals(ids.size(), T.issues().size());
        ids.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    }

    @Test
    void everyPhraseIsFoundAsItselfAndNamesExactlyItsIssue() {
        IssueTagger tagger = T.tagger();
        List<String> failures = new ArrayList<>();
        for (Issue issue : T.issues()) {
            for (String phrase : issue.phrases()) {
                List<IssueMatch> found = tagger.find(phrase);
                if (found.size() != 1 || found.get(0).issue() != issue || found.get(0).start() != 0
                        || found.get(0).end() != phrase.length()) {
                    failures.add(issue.id() + " '" + phrase + "' -> "
                            + found.stream().map(m -> m.id() + "[" + m.text() + "]").toList());
                    continue;
                }
                assertEquals(issue, T.issueOf(phrase).orElseThrow());
                assertEquals(issue.wordingOf(phrase).orElse(null), found.get(0).wordingOf(), phrase);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void sideWordingsAreKeptApartFromAliases() {
        Issue water = T.byId("fukushima-water").orElseThrow();
        assertEquals("JPN", water.wordingOf("ALPS-treated water").orElseThrow());
        assertEquals("CHN", water.wordingOf("nuclear contaminated water").orElseThrow());
        assertTrue(water.wordingOf("Fukushima Daiichi").isEmpty());
        Issue ecs = T.byId("east-china-sea").orElseThrow();
        assertTrue(ecs.wordings().get("JPN").containsAll(List.of("Senkaku Islands", "Senkakus", "Senkaku")));
        assertTrue(ecs.wordings().get("CHN").containsAll(List.of("Diaoyu Islands", "Diaoyu Dao", "Diaoyu")));
        assertTrue(T.byId("taiwan").orElseThrow().wordings().get("CHN").contains("Taiwan question"));
        for (Issue i : T.issues()) {
            i.wordings().keySet().forEach(code -> assertTrue(code.matches("[A-Z]{3}"), i.id() + " " + code));
        }
    }

    @Test
    void notIssuesNameNoIssue() {
        assertTrue(T.notIssues().contains("Department of Defense"));
        assertTrue(T.issueOf("Department of Defense").isEmpty());
        assertTrue(T.issueOf("no such phrase at all").isEmpty());
        assertTrue(T.byId("no-such-issue").isEmpty());
    }

    @Test
    void loadingAgainGivesTheSameTaxonomy() {
        // How long loading takes is measured by `readout bench`, not asserted here.
        IssueTaxonomy fresh = IssueTaxonomy.load(null);
        fresh.tagger();
        assertEquals(T.issues().size(), fresh.issues().size());
    }
}
