package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code readout compare} end to end: Japan's and China's own (invented) readouts of one telephone talk
 * and a news story of it are ingested into a store, and the engagement is compared as text and as JSON.
 */
class CompareCommandTest {
    static final String JPN_READOUT = """
            Press Releases

            Japan-China Foreign Ministers' Telephone Talk

            February 22, 2023

            On February 22, commencing at 5:00 p.m. for approximately 60 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Qin Gang, Minister of Foreign Affairs of the People's Republic of China.

            1. Minister Hayashi expressed serious concerns regarding the situation in the East China Sea, China's military activities around Japan and the situation in Hong Kong.

            2. Minister Hayashi strongly called for the prompt lifting of import restrictions on Japanese food products.

            3. Minister Hayashi explained that the discharge of ALPS-treated water into the sea will be carried out safely in line with international standards.

            4. The two ministers concurred on continuing close communication at all levels.

            5. Minister Hayashi expressed his gratitude for China's cooperation in the evacuation of Japanese nationals.
            """;
    static final String CHN_READOUT = """
            Foreign Minister Qin Gang Holds Phone Call with Japanese Foreign Minister Yoshimasa Hayashi

            2023-02-22 22:10

            On the afternoon of February 22, 2023, Foreign Minister Qin Gang held a phone call with Japanese Foreign Minister Yoshimasa Hayashi at the request of the latter.

            Qin Gang said that China and Japan are close neighbors and that a sound and stable China-Japan relationship serves the interests of the two peoples.

            Qin Gang expressed grave concern over Japan's plan to discharge nuclear-polluted water from Fukushima into the ocean, and urged Japan to stop the discharge plan and dispose of the water in a science-based, open and transparent manner.

            Qin Gang stated China's solemn position on Diaoyu Dao and its affiliated islands, and asked the Japanese side to avoid actions that complicate the situation.

            The two sides agreed to maintain communication at all levels.
            """;
    static final String NEWS = """
            Japan, China foreign ministers spar over Fukushima water in phone talks

            TOKYO, Feb. 23 (Kyodo) -- Japanese Foreign Minister Yoshimasa Hayashi and his Chinese counterpart Qin Gang held phone talks on Wednesday as the planned release of treated water from the crippled Fukushima nuclear plant strained ties, the Foreign Ministry announced on February 23, 2023.

            Hayashi urged China to lift its import restrictions on Japanese food products, while Qin called on Japan to halt the discharge of nuclear-contaminated water into the sea.

            "It is extremely regrettable that the ocean discharge is going ahead without consultation," Qin said, according to the Chinese readout.

            The two ministers agreed to keep communicating, the ministry said.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;
    static String id;

    @BeforeAll
    static void ingest() throws IOException {
        Path docs = Files.createDirectory(dir.resolve("docs"));
        Files.writeString(docs.resolve("mofa-japan.txt"), JPN_READOUT);
        Files.writeString(docs.resolve("mfa-china.txt"), CHN_READOUT);
        Files.writeString(docs.resolve("kyodo.txt"), NEWS);
        db = dir.resolve("s.db").toString();
        Cli.Run run = Cli.run("--db", db, "ingest", docs.toString());
        assertEquals(0, run.exit(), run.err());
        id = idOn(db, "2023-02-22");
    }

    private static String idOn(String db, String date) {
        String out = Cli.run("--db", db, "engagements").out();
        Matcher m = Pattern.compile("(eng-[0-9a-f]+)\\s+" + date).matcher(out);
        assertTrue(m.find(), "no engagement on " + date + " in\n" + out);
        String found = m.group(1);
        assertFalse(m.find(), "one engagement on " + date + " in\n" + out);
        assertTrue(out.contains("1 engagement"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith(found) && l.strip().endsWith("3")), "three documents:\n" + out);
        return found;
    }

    private static List<JsonNode> list(JsonNode array) {
        assertTrue(array.isArray(), array.toString());
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static JsonNode row(JsonNode comparison, String issue) {
        return list(comparison.get("rows")).stream().filter(r -> r.get("issue").asText().equals(issue)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + issue));
    }

    @Test
    void textShowsTheEngagementAndEveryAccount() {
        Cli.Run run = Cli.run("--db", db, "compare", id);
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Comparison of " + id + ": 2023-02-22, phone, "
                + "Qin Gang (CHN, foreign minister) – Yoshimasa Hayashi (JPN, foreign minister)\n"), out);
        assertTrue(out.contains("\nAccounts:\n"), out);
        String chn = "CHN's own readout: \"Foreign Minister Qin Gang Holds Phone Call with Japanese Foreign Minister Yoshimasa Hayashi\"";
        String jpn = "JPN's own readout, Ministry of Foreign Affairs of Japan: \"Japan-China Foreign Ministers' Telephone Talk\"";
        String news = "news, Kyodo: \"Japan, China foreign ministers spar over Fukushima water in phone talks\"";
        assertTrue(out.contains(chn), out);
        assertTrue(out.contains(jpn), out);
        assertTrue(out.contains("  [C] " + news), "the news story is the third account:\n" + out);
        assertTrue(out.indexOf(news) > out.indexOf(chn) && out.indexOf(news) > out.indexOf(jpn), out);
        assertFalse(out.contains("Note:"), "both readouts are in the store:\n" + out);
        assertEquals("", run.err());
    }

    @Test
    void textFlagsTheDivergentWordingAndOneSidedIssues() {
        String out = Cli.run("--db", db, "compare", id).out();
        assertTrue(out.contains("Fukushima water release and food import restrictions  [raised by "), out);
        assertTrue(out.contains("wording differs: CHN \"nuclear-polluted water\", \"nuclear-contaminated water\" vs JPN \"ALPS-treated water\"]"),
                out);
        assertTrue(out.contains("Hong Kong  [raised by JPN; only in JPN's readout; the other side does not take it up]"), out);
        assertTrue(out.contains("Safety of nationals abroad  [raised by JPN; only in JPN's readout; the other side does not take it up]"),
                out);
        assertTrue(out.contains("no PLOVER type explained  (wording: \"ALPS-treated water\")"), out);
        assertTrue(out.contains("ACCUSE   expressed grave concern  (wording: \"nuclear-polluted water\")"), out);
        assertTrue(out.contains("REQUEST  strongly called for the prompt lifting"), out);
        assertTrue(out.contains("      \"2. Minister Hayashi strongly called for the prompt lifting of import restrictions on Japanese food products.\""),
                out);
        assertTrue(out.contains("BOTH AGREE    concurred on continuing close communication"), out);
        assertEquals(6, out.lines().filter(l -> l.matches("\\d+\\. .*  \\[raised by .*\\]")).count(), out);
        assertEquals(6, out.lines().filter(l -> l.startsWith("   taken up ")).count(), out);
    }

    @Test
    void textSaysEachAccountsOrderInWordsAndQuotesTheClauseOfEachIssue() {
        String out = Cli.run("--db", db, "compare", id).out();
        assertTrue(out.contains("   taken up 3rd of 6 issues in JPN's readout [B]; not in CHN's readout [A] or Kyodo [C]\n"), out);
        assertTrue(out.contains("   taken up 1st of 3 issues in CHN's readout [A], 4th of 6 in JPN's readout [B], 1st of 1 in Kyodo [C]\n"),
                out);
        assertFalse(out.contains("order:"), out);
        assertTrue(out.contains("Hong Kong  [raised by JPN; only in JPN's readout; the other side does not take it up]\n"
                + "   taken up 3rd of 6 issues in JPN's readout [B]; not in CHN's readout [A] or Kyodo [C]\n"
                + "   B JPN  ACCUSE   expressed serious concerns\n"
                + "      \"…China's military activities around Japan and the situation in Hong Kong.\"\n"), out);
    }

    @Test
    void textOpensWithASummaryAndEndsWithTheUnclassifiedStatements() {
        String out = Cli.run("--db", db, "compare", id).out();
        int summary = out.indexOf("\nSummary:\nQin Gang (CHN) and Yoshimasa Hayashi (JPN), by phone on 22 February 2023. Accounts: ");
        assertTrue(summary > 0 && summary < out.indexOf("\n1. "), out);
        assertTrue(out.contains("Both sides raised: East China Sea and the Senkaku (Diaoyu) Islands (CHN \"asked the Japanese side to avoid "
                + "actions that complicate the situation\"; JPN \"expressed serious concerns regarding the situation in the East China Sea…\")"),
                out);
        assertTrue(out.contains("Only JPN raised: Military activities and build-up; Hong Kong; Safety of nationals abroad."), out);
        assertTrue(out.contains("The wording differs on Fukushima water release and food import restrictions: CHN \"nuclear-polluted water\", "
                + "\"nuclear-contaminated water\" against JPN \"ALPS-treated water\"."), out);
        int unclassified = out.indexOf("\nUnclassified (statements on no issue of the taxonomy):\n");
        assertTrue(unclassified > out.indexOf("\n6. "), out);
        assertTrue(out.substring(unclassified).contains("   A CHN  no PLOVER type said\n      \"Qin Gang said that China and Japan are close "
                + "neighbors…\"\n"), out);
    }

    @Test
    void aUniquePrefixOfTheIdIsEnough() {
        Cli.Run full = Cli.run("--db", db, "compare", id);
        Cli.Run prefix = Cli.run("--db", db, "compare", id.substring(0, 9));
        assertEquals(0, prefix.exit(), prefix.err());
        assertEquals(full.out(), prefix.out());
    }

    @Test
    void jsonHasTheAccountsRowsAndNotes() throws IOException {
        Cli.Run run = Cli.run("--db", db, "compare", id, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode c = JSON.readTree(run.out());
        assertEquals(Set.of("engagement", "accounts", "summary", "rows", "unclassified", "notes"), fields(c));
        assertEquals(id, c.get("engagement").get("id").asText());
        assertEquals("2023-02-22", c.get("engagement").get("date").asText());

        List<JsonNode> accounts = list(c.get("accounts"));
        assertEquals(3, accounts.size());
        assertEquals(Set.of("CHN", "JPN"), Set.of(accounts.get(0).get("side").asText(), accounts.get(1).get("side").asText()));
        assertEquals("official", accounts.get(0).get("kind").asText());
        assertEquals("official", accounts.get(1).get("kind").asText());
        assertTrue(accounts.get(2).get("side").isNull());
        assertEquals("news", accounts.get(2).get("kind").asText());
        assertEquals("Kyodo", accounts.get(2).get("outlet").asText());

        assertEquals(List.of(), list(c.get("notes")));

        List<JsonNode> rows = list(c.get("rows"));
        assertEquals(6, rows.size());
        for (JsonNode r : rows) {
            assertEquals(Set.of("issue", "label", "cells", "raised_by", "only_in", "wordings", "divergent", "order"), fields(r));
            assertEquals(3, r.get("cells").size(), "a cell list per account");
            assertEquals(3, r.get("order").size(), "an order per account");
        }

        JsonNode water = row(c, "topic:fukushima");
        assertTrue(water.get("divergent").asBoolean());
        assertTrue(water.get("only_in").isNull());
        assertEquals("ALPS-treated water", water.get("wordings").get("JPN").get(0).asText());
        assertEquals("nuclear-polluted water", water.get("wordings").get("CHN").get(0).asText());
        assertEquals(1, water.get("order").get(2).get("place").asInt(), "the news story begins with the water");
        assertEquals("1st of 1", water.get("order").get(2).get("words").asText());

        JsonNode hongKong = row(c, "hong-kong");
        assertEquals("JPN", hongKong.get("only_in").asText());
        assertFalse(hongKong.get("divergent").asBoolean());
        int jpnColumn = accounts.get(0).get("side").asText().equals("JPN") ? 0 : 1;
        List<JsonNode> cells = list(hongKong.get("cells").get(jpnColumn));
        assertEquals(1, cells.size());
        JsonNode cell = cells.get(0);
        assertEquals("JPN", cell.get("side").asText());
        assertEquals("Yoshimasa Hayashi", cell.get("speaker").asText());
        assertEquals("ACCUSE", cell.get("type").asText());
        assertEquals("110", cell.get("cameo").asText());
        assertEquals("expressed serious concerns", cell.get("verb").asText());
        assertTrue(cell.get("statements").get(0).asText().startsWith("st-"));
        JsonNode ev = cell.get("sentence");
        assertEquals(accounts.get(jpnColumn).get("document").asText(), ev.get("document").asText());
        assertTrue(ev.get("text").asText().startsWith("1. Minister Hayashi expressed serious concerns regarding"));
        assertEquals(ev.get("text").asText().length(), ev.get("end").asInt() - ev.get("start").asInt());
        JsonNode quote = cell.get("quote");
        assertEquals("China's military activities around Japan and the situation in Hong Kong.", quote.get("text").asText());
        assertEquals(quote.get("text").asText(), ev.get("text").asText().substring(quote.get("start").asInt() - ev.get("start").asInt(),
                quote.get("end").asInt() - ev.get("start").asInt()), "the quote's offsets are the document's, as the sentence's");
        assertEquals("issuer", accounts.get(jpnColumn).get("side_from").asText());
        assertTrue(c.get("summary").get("text").asText().contains("Only JPN raised: "));
        assertEquals("said", c.get("unclassified").get(0).get(0).get("verb").asText());
        assertEquals(0, list(hongKong.get("cells").get(1 - jpnColumn)).size());
    }

    @Test
    void anUnknownEngagementIsAClearError() {
        Cli.Run run = Cli.run("--db", db, "compare", "eng-nothing");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no engagement eng-nothing (see 'readout engagements')"), run.err());
        Cli.Run json = Cli.run("--db", db, "compare", "eng-nothing", "--format", "json");
        assertEquals(1, json.exit());
        assertEquals("", json.out());
    }

    @Test
    void withOneSidesReadoutOnlyANoteSaysTheOtherIsMissing() throws IOException {
        Path docs = Files.createDirectory(dir.resolve("japan-only"));
        Files.writeString(docs.resolve("mofa-japan.txt"), JPN_READOUT);
        Files.writeString(docs.resolve("kyodo.txt"), NEWS);
        String japanOnly = dir.resolve("japan-only.db").toString();
        assertEquals(0, Cli.run("--db", japanOnly, "ingest", docs.toString()).exit());
        String engagement = idOn(japanOnly, "2023-02-22", 2);

        String out = Cli.run("--db", japanOnly, "compare", engagement).out();
        assertTrue(out.contains("Note: No CHN readout of this engagement is in the store: CHN's positions come only from the other accounts."),
                out);
        assertFalse(out.contains("only in JPN's readout"), "nothing to compare Japan's readout with:\n" + out);
        assertTrue(out.contains("  [B] news, Kyodo"), out);

        JsonNode c = JSON.readTree(Cli.run("--db", japanOnly, "compare", engagement, "--format", "json").out());
        assertEquals(List.of("No CHN readout of this engagement is in the store: CHN's positions come only from the other accounts."),
                list(c.get("notes")).stream().map(JsonNode::asText).toList());
        assertEquals(2, c.get("accounts").size());
    }

    private static String idOn(String db, String date, int documents) {
        String out = Cli.run("--db", db, "engagements").out();
        Matcher m = Pattern.compile("(eng-[0-9a-f]+)\\s+" + date + ".*\\s" + documents + "$", Pattern.MULTILINE).matcher(out);
        assertTrue(m.find(), "no engagement on " + date + " with " + documents + " documents in\n" + out);
        return m.group(1);
    }

    private static Set<String> fields(JsonNode o) {
        Set<String> out = new TreeSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
