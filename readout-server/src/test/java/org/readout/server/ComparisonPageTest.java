package org.readout.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts side by side on the engagement page: the summary first, each account's place for each issue in
 * words, each cell's clause with its whole sentence on hover and a link to it, the unclassified statements last.
 */
class ComparisonPageTest {
    @TempDir
    static Path dir;
    static TestServer t;
    static Document page;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of(TestServer.fixtures()));
        page = Jsoup.parse(t.get("/engagements/" + t.callId()).body());
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void aSummaryAnAnalystCanPasteHeadsTheComparison() {
        Element summary = page.selectFirst("p#comparison-summary");
        assertNotNull(summary);
        String text = summary.text();
        assertTrue(text.startsWith("Qin Gang (CHN) and Yoshimasa Hayashi (JPN), by phone on 2 February 2023. Accounts: "), text);
        assertTrue(text.contains("Both sides raised: "), text);
        assertTrue(text.contains("The wording differs on Fukushima water release and food import restrictions: "
                + "CHN \"nuclear-polluted water\" against JPN \"ALPS treated water\"."), text);
        assertEquals(t.json("/api/engagements/" + t.callId() + "/comparison").get("summary").get("text").asText(), text,
                "the page and the API say the same");
        assertTrue(summary.elementSiblingIndex() < page.selectFirst("table#comparison").parent().elementSiblingIndex());
    }

    @Test
    void eachAccountsPlaceForAnIssueInWords() {
        Element water = row("Fukushima");
        List<String> ranks = water.select("td.cell div.rank").eachText();
        assertEquals(List.of("3rd of its 3 issues", "5th of its 7 issues", "3rd of its 3 issues"), ranks);
        assertFalse(page.select("table#comparison").text().contains("#"), "no 'A#6'");
    }

    @Test
    void aCellQuotesItsClauseWithTheWholeSentenceOnHoverAndALinkToIt() {
        Element urged = row("Fukushima").select("td.cell").get(0).select("div.stmt a.quote").stream()
                .filter(a -> a.attr("title").contains("urged Japan")).findFirst().orElseThrow();
        Element grave = row("Fukushima").select("td.cell").get(0).selectFirst("div.stmt a.quote");
        assertEquals("Qin Gang expressed grave concern over the discharge of the nuclear-polluted water from Fukushima into the ocean…",
                grave.text(), "the clause of the issue, the rest left out");
        assertEquals(grave.attr("title"), urged.attr("title"), "both acts of one sentence");
        assertTrue(grave.attr("title").endsWith("and urged Japan to handle the matter in a responsible manner."), grave.attr("title"));
        assertTrue(grave.attr("href").matches("/documents/[A-Za-z0-9]+#s-\\d+-\\d+"), grave.attr("href"));
    }

    @Test
    void unclassifiedStatementsComeLastUnderOneHeading() {
        List<Element> rows = page.select("table#comparison tbody tr");
        Element last = rows.get(rows.size() - 1);
        assertEquals("Unclassified", last.selectFirst("th.issue").text());
        assertTrue(last.text().contains("…that China is willing to work with Japan to build a China-Japan relationship fit for the new era."), last.text());
        assertTrue(last.text().contains("(about: new era)"), last.text());
        assertEquals(1, page.select("table#comparison th.issue:containsOwn(Unclassified)").size());
        assertEquals(page.select("table#comparison span.filed").size(), last.select("span.filed").size(),
                "what an act was filed as is said only among the unclassified");
    }

    private static Element row(String label) {
        return page.select("table#comparison tbody tr").stream().filter(r -> r.selectFirst("th.issue").text().startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }
}
