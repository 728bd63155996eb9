package org.readout.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.source.FileSourceReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the reader and cleaner over the shared corpus of real scraped documents, when it is there. */
class CorpusTest {
    private static final List<String> JUNK = List.of("ArrowArtboard", "Want to Read More", "Most Viewed", "Leave a Comment",
            "Sponsored Content", "For Academic Citation", "Akismet", "Back to Press Releases", "MOST READ", "In the Spotlight",
            "Reading Time:", "Archive search", "Print version", "Related pages", "/Public Release", "Home »", "Home Page >",
            "Discover the all new", "Photo: ", "Recommended", "Find out more");

    /** Short fragments of article text (datelines, first and last sentences) that must survive cleaning. */
    private static final Map<String, List<String>> KEPT = Map.ofEntries(
            Map.entry("000_4c56d04d693168ac.txt", List.of("Telephone Talk", "February 3, 2023", "On February 2, commencing at 10 p.m.", "5. The two ministers concurred")),
            Map.entry("001_5eb6aec37c052476.txt", List.of("Tokyo continues to try", "On February 2, Japanese Foreign Minister", "Previously, Qin was ambassador")),
            Map.entry("002_55a2025d106eb4d2.txt", List.of("November 25, 2023", "On November 25, commencing at 5:30 p.m.", "6. The two Ministers also exchanged")),
            Map.entry("003_e2d5a160401ece19.txt", List.of("to hold talks in Beijing", "TOKYO (Kyodo) --", "It will be the second straight year")),
            Map.entry("004_17134629949613e8.txt", List.of("convene in Beijing", "Status: 04/02/2023 3:24 p.m", "The foreign ministers of Japan and China have met", "has never explicitly condemned")),
            Map.entry("dev_01.txt", List.of("January 6, 2022", "For 35 minutes from 8:10 a.m.", "(2) As for Russia and Ukraine")),
            Map.entry("dev_02.txt", List.of("BEIJING, Oct 31 (Reuters)", "Spoke by phone with PRC Foreign Minister", "The statement added that Blinken")),
            Map.entry("dev_03.txt", List.of("Rishi Sunak is to travel to France", "the idea of holding this summit", "The rapport between Mr Sunak")),
            Map.entry("dev_04.txt", List.of("Main points of the", "Foreign Minister Taro Kono of Japan", "North Korea", "The ministers agreed that both countries")),
            Map.entry("dev_05.txt", List.of("At Casa Rosada, President", "Around eleven in the morning")),
            Map.entry("dev_06.txt", List.of("The following is to be attributed", "spoke today with Wang Yi", "the people of Haiti.")),
            Map.entry("dev_07.txt", List.of("The French and British leaders hailed", "Mr Sunak and Mr Macron each had a doctor")),
            Map.entry("dev_08.txt", List.of("20:00 JST, July 29, 2024", "Meeting in Tokyo on Monday", "previously met in New York")),
            Map.entry("dev_09.txt", List.of("(Xinhua/Liu Weibing)", "On Sunday, Chinese Foreign Minister Wang Yi", "Kono also met on Sunday")),
            Map.entry("dev_10.txt", List.of("The following is from Spokesperson", "spoke today with Hayashi Yoshimasa", "recovering from it.")),
            Map.entry("dev_11.txt", List.of("Scholz welcomes Prime Minister Tusk", "Poland and Germany, neighbours", "Standing together is essential")),
            Map.entry("dev_12.txt", List.of("2022-10-31 17:58", "State Councilor and Foreign Minister Wang Yi", "Blinken said the U.S. side")));

    private static final Map<String, CleanDocument> CLEANED = new LinkedHashMap<>();
    private static final Map<String, String> RAW = new LinkedHashMap<>();
    private static final Map<String, JsonNode> GOLD = new LinkedHashMap<>();

    @BeforeAll
    static void cleanCorpus() throws Exception {
        Path corpus = shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus.resolve("seeds")), "shared corpus not found; set -Dreadout.shared");
        List<Path> folders = new ArrayList<>();
        for (String name : List.of("seeds", "dev")) {
            if (Files.isDirectory(corpus.resolve(name))) {
                folders.add(corpus.resolve(name));
                readGold(corpus.resolve(name).resolve("gold.json"));
            }
        }
        FileSourceReader reader = new FileSourceReader();
        DefaultCleaner cleaner = new DefaultCleaner();
        for (Path file : reader.list(folders)) {
            String name = file.getFileName().toString();
            RAW.put(name, Files.readString(file, StandardCharsets.UTF_8));
            CLEANED.put(name, cleaner.clean(reader.read(file)));
        }
    }

    private static String normal(String line) {
        return TextNormalizer.collapse(TextNormalizer.normalize(line));
    }

    private static Path shared() {
        String property = System.getProperty("readout.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolveSibling("shared")) ? here.resolveSibling("shared") : here.getParent().resolveSibling("shared");
    }

    private static void readGold(Path gold) throws IOException {
        if (Files.isRegularFile(gold)) {
            for (JsonNode doc : new ObjectMapper().readTree(gold.toFile()).get("documents")) {
                GOLD.put(doc.get("file").asText(), doc);
            }
        }
    }

    @Test
    void everyCorpusFileIsCleaned() {
        assertEquals(RAW.keySet(), CLEANED.keySet());
        assertTrue(CLEANED.size() >= 5);
    }

    @Test
    void noKnownJunkSurvives() {
        CLEANED.forEach((name, doc) -> {
            for (String junk : JUNK) {
                assertFalse(doc.text().contains(junk), () -> name + " still holds \"" + junk + "\":\n" + doc.text());
            }
        });
    }

    @Test
    void articleTextSurvives() {
        CLEANED.forEach((name, doc) -> {
            for (String fragment : KEPT.getOrDefault(name, List.of())) {
                assertTrue(doc.text().contains(fragment), () -> name + " lost \"" + fragment + "\":\n" + doc.text());
            }
        });
    }

    @Test
    void longSentencesOfTheBodySurvive() {
        CLEANED.forEach((name, doc) -> RAW.get(name).lines()
                .map(CorpusTest::normal)
                .filter(line -> line.length() >= 150 && line.endsWith(".") && JUNK.stream().noneMatch(line::contains)
                        && !line.contains("Public Release"))
                .forEach(line -> assertTrue(doc.text().contains(line.substring(0, 60)),
                        () -> name + " lost a paragraph: " + line)));
    }

    @Test
    void aRepeatedBodyAppearsOnce() {
        int repeatedDocuments = 0;
        for (var entry : CLEANED.entrySet()) {
            List<String> rawLines = RAW.get(entry.getKey()).lines().map(CorpusTest::normal).filter(l -> l.length() >= 80).toList();
            boolean repeats = false;
            for (String line : rawLines) {
                if (rawLines.indexOf(line) != rawLines.lastIndexOf(line)) {
                    repeats = true;
                    String text = entry.getValue().text();
                    String start = line.substring(0, 60);
                    assertEquals(text.indexOf(start), text.lastIndexOf(start), () -> entry.getKey() + " repeats: " + start);
                    assertTrue(text.contains(start), () -> entry.getKey() + " lost both copies of: " + start);
                }
            }
            repeatedDocuments += repeats ? 1 : 0;
        }
        assertTrue(repeatedDocuments >= 1, "the corpus has a page with its body twice");
    }

    @Test
    void kindsAgreeWithTheGoldMostly() {
        assumeTrue(!GOLD.isEmpty(), "no gold.json");
        int agree = 0;
        int compared = 0;
        for (var entry : CLEANED.entrySet()) {
            JsonNode gold = GOLD.get(entry.getKey());
            if (gold == null) {
                continue;
            }
            compared++;
            String expected = gold.get("kind").asText();
            String actual = entry.getValue().kind().code();
            agree += expected.equals(actual) ? 1 : 0;
            if (!actual.equals("other")) {
                assertEquals(expected, actual, () -> entry.getKey() + " is not " + actual);
            }
        }
        assertTrue(agree >= compared * 0.8, agree + " of " + compared + " kinds agree");
    }

    @Test
    void outletsFoundAreTheOnesTheGoldNames() {
        CLEANED.forEach((name, doc) -> {
            JsonNode gold = GOLD.get(name);
            if (gold != null && doc.outlet() != null) {
                assertTrue(gold.get("outlet").asText().contains(doc.outlet()), () -> name + ": " + doc.outlet() + " vs " + gold.get("outlet"));
            }
        });
    }

    @Test
    void idsAreDistinctAndLanguageIsEnglish() {
        assertEquals(CLEANED.size(), CLEANED.values().stream().map(CleanDocument::id).distinct().count());
        CLEANED.forEach((name, doc) -> assertEquals("en", doc.language(), name));
    }
}
