package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(JunkRules.load());
    private static final String P = "<p>The foreign ministers of Norland and Sudmark met on Tuesday in the harbour city and agreed "
            + "to reopen talks on fishing quotas, officials from both sides said after the meeting ended.</p>";

    private static String text(String html) {
        return String.join("\n", EXTRACTOR.extract(html, null).lines());
    }

    @Test
    void articleOfARealisticPage() {
        HtmlExtractor.Page page = EXTRACTOR.extract(new String(Fixtures.bytes("article.html"), StandardCharsets.UTF_8), null);
        assertEquals("Envoys Agree to Reopen Fishing Talks", page.meta().title());
        assertEquals("June 14, 2023", page.lines().get(0));
        assertTrue(page.lines().contains("Quotas and patrols"));
        assertEquals("The Harbour Gazette", page.meta().outlet());
    }

    @Test
    void navigationAsidesFootersAndScriptsGo() {
        String text = text("<html><body><nav>Home World Sport</nav><header>Site Name</header><main><article>" + P + P.replace("Tuesday", "Friday")
                + "<aside>Related: Other Story</aside></article></main><footer>Contact us</footer><script>var a = 1;</script></body></html>");
        assertTrue(text.contains("met on Tuesday"));
        for (String junk : List.of("Home World", "Site Name", "Other Story", "Contact us", "var a")) {
            assertFalse(text.contains(junk), junk);
        }
    }

    @Test
    void shareAndRelatedBlocksGoByClass() {
        String text = text("<html><body><article><div class='share-tools'>Share on Facebook</div>" + P
                + "<div class='related-links'>Another Headline</div></article></body></html>");
        assertFalse(text.contains("Facebook"));
        assertFalse(text.contains("Another Headline"));
        assertTrue(text.contains("met on Tuesday"));
    }

    @Test
    void furnitureClassNeverRemovesTheArticle() {
        String text = text("<html><body><div class='page-wrapper social'><article>" + P + "</article></div></body></html>");
        assertTrue(text.contains("met on Tuesday"));
    }

    @Test
    void classNamesAreMatchedWholeNotByTheirParts() {
        String text = text("<html><body><div class='l-main l-sidebar-fixed'><div>" + P + P.replace("Tuesday", "Friday") + "</div></div>"
                + "<div class='l-col__sidebar'><p>Most read: a story about something else entirely, told at length here.</p></div></body></html>");
        assertTrue(text.contains("met on Tuesday"), text);
        assertTrue(text.contains("met on Friday"), text);
        assertFalse(text.contains("Most read"), text);
    }

    @Test
    void anElementHoldingMostOfThePagesTextStaysWhateverItsClassOrTag() {
        for (String wrapper : List.of("<div class='sidebar'>", "<div class='comments'>", "<aside>", "<div aria-hidden='true'>")) {
            String close = wrapper.startsWith("<aside") ? "</aside>" : "</div>";
            String text = text("<html><body><nav><a href='/'>Home</a></nav>" + wrapper + P + P.replace("Tuesday", "Friday") + close
                    + "<p>A short note on the weather in the harbour city.</p></body></html>");
            assertTrue(text.contains("met on Tuesday"), wrapper + ": " + text);
            assertTrue(text.contains("met on Friday"), wrapper + ": " + text);
        }
    }

    @Test
    void aFurnitureClassHoldingLittleOfThePagesTextGoes() {
        String text = text("<html><body><div>" + P + P.replace("Tuesday", "Friday") + P.replace("Tuesday", "Sunday") + "</div>"
                + "<div class='sidebar'><p>Most read: a story about something else entirely, told at length here.</p></div></body></html>");
        assertTrue(text.contains("met on Tuesday"), text);
        assertFalse(text.contains("Most read"), text);
    }

    @Test
    void runsOfLinksGoAndRunsOfShortLinesThatAreNotLinksStay() {
        String text = text("<html><body><article>" + P + "<h2>Ferry times</h2><ul><li>Monday 08:00</li><li>Wednesday 09:30</li>"
                + "<li>Friday 17:15</li><li>Sunday 11:00</li></ul>" + P.replace("Tuesday", "Friday")
                + "<ul><li><a href='/a'>Storm closes port</a></li><li><a href='/b'>Mayor opens bridge</a></li>"
                + "<li><a href='/c'>Gulls return early</a></li></ul></article></body></html>");
        for (String kept : List.of("Ferry times", "Monday 08:00", "Wednesday 09:30", "Friday 17:15", "Sunday 11:00", "met on Friday")) {
            assertTrue(text.contains(kept), kept + ": " + text);
        }
        for (String gone : List.of("Storm closes port", "Mayor opens bridge", "Gulls return early")) {
            assertFalse(text.contains(gone), gone + ": " + text);
        }
    }

    @Test
    void aTableInsideTheArticleStaysRowByRow() {
        String text = text("<html><body><article>" + P + "<table><tr><th>Crew</th><th>Points</th></tr><tr><td>Harbour Rowers</td><td>120</td></tr>"
                + "<tr><td>Strait Oars</td><td>95</td></tr><tr><td>Gull Point</td><td>80</td></tr></table>" + P.replace("Tuesday", "Friday")
                + "</article></body></html>");
        assertTrue(text.contains("Crew Points\nHarbour Rowers 120\nStrait Oars 95\nGull Point 80"), text);
    }

    private static final List<String> HEADLINE_ONLY = List.of("Quota Talks Reopen");

    @Test
    void whenReadabilityFindsAlmostNothingTheArticleHoldingTheMostTextIsRead() {
        var doc = org.jsoup.Jsoup.parse("<html><body><article><p>A teaser for another story.</p></article><article>" + P
                + P.replace("Tuesday", "Friday") + "</article></body></html>");
        List<String> lines = HtmlExtractor.fallback(doc, HEADLINE_ONLY, List.of());
        assertTrue(String.join("\n", lines).contains("met on Friday"), lines.toString());
        assertFalse(String.join("\n", lines).contains("teaser"), lines.toString());
    }

    @Test
    void thenMainThenJsonLdThenTheDensestBlock() {
        var main = org.jsoup.Jsoup.parse("<html><body><div>Menu</div><main>" + P + "</main></body></html>");
        assertTrue(String.join("\n", HtmlExtractor.fallback(main, HEADLINE_ONLY, List.of())).contains("met on Tuesday"));

        var bare = org.jsoup.Jsoup.parse("<html><body><div><a href='/'>Home</a></div></body></html>");
        List<String> ld = List.of("The ministers met on Monday in the harbour city.", "They agreed to meet again in May.");
        assertEquals(ld, HtmlExtractor.fallback(bare, HEADLINE_ONLY, ld));

        var divs = org.jsoup.Jsoup.parse("<html><body><div class='teasers'><p>One short teaser.</p></div><div class='x'>" + P
                + P.replace("Tuesday", "Friday") + "</div><div><p>Contact the newsroom.</p></div></body></html>");
        String text = String.join("\n", HtmlExtractor.fallback(divs, HEADLINE_ONLY, List.of()));
        assertTrue(text.contains("met on Friday"), text);
        assertFalse(text.contains("teaser"), text);
        assertFalse(text.contains("newsroom"), text);
    }

    @Test
    void theFallbacksReplaceOnlyWhatHoldsHalfTheirWordsOrLess() {
        var doc = org.jsoup.Jsoup.parse("<html><body><article><p>A teaser for another story about the harbour.</p></article></body></html>");
        List<String> found = List.of("The ministers met on Tuesday in the harbour city and agreed to talk again.");
        assertEquals(found, HtmlExtractor.fallback(doc, found, List.of()));
    }

    @Test
    void captionsAndCreditsGo() {
        String text = text("<html><body><article>" + P + "<figure><img src='a.jpg'><figcaption>The ministers shake hands at the harbour office "
                + "before their talks on Tuesday.</figcaption></figure><div class='image-caption'>Gulls over the harbour wall at dawn, "
                + "as the talks began.</div><span class='photo-credit'>A. Lensworth / Harbour Wire</span>" + P.replace("Tuesday", "Friday")
                + "</article></body></html>");
        assertTrue(text.contains("met on Tuesday"), text);
        assertTrue(text.contains("met on Friday"), text);
        for (String gone : List.of("shake hands", "Gulls over", "Lensworth")) {
            assertFalse(text.contains(gone), gone + ": " + text);
        }
    }

    @Test
    void textHiddenByItsStyleGoes() {
        String text = text("<html><body><article>" + P + "<div style='display: none'><div itemprop='keywords'>fishing, quotas, harbour talks, "
                + "ministers, strait</div></div><span style=\"VISIBILITY:hidden\">Hidden words of a tracking pixel</span>"
                + P.replace("Tuesday", "Friday") + "</article></body></html>");
        assertTrue(text.contains("met on Friday"), text);
        assertFalse(text.contains("strait\n"), text);
        assertFalse(text.contains("fishing, quotas"), text);
        assertFalse(text.contains("tracking pixel"), text);
    }

    @Test
    void smallTablesAndListsInsideTheArticleStayWhereReadabilityAloneWouldDropThem() {
        String table = text("<html><body><article>" + P + "<table><tr><td>Oars</td><td>12</td></tr><tr><td>Sails</td><td>3</td></tr></table>"
                + P.replace("Tuesday", "Friday") + P.replace("Tuesday", "Sunday") + "</article></body></html>");
        assertTrue(table.contains("Oars 12\nSails 3"), table);
        String list = text("<html><body><article>" + P + "<ul class='tools'><li>Oars 12</li><li>Sails 3</li><li>Nets 40</li></ul>"
                + P.replace("Tuesday", "Friday") + P.replace("Tuesday", "Sunday") + "</article></body></html>");
        assertTrue(list.contains("Oars 12\nSails 3\nNets 40"), list);
        assertTrue(list.contains("met on Sunday"), list);
    }

    @Test
    void formWrappingThePageStays() {
        String text = text("<html><body><form id='aspnetForm'><div>" + P + "</div></form></body></html>");
        assertTrue(text.contains("met on Tuesday"));
    }

    @Test
    void shortPagesFallBackToBodyText() {
        assertEquals("Ministers met.", text("<html><body><div>Ministers met.</div></body></html>"));
    }

    @Test
    void theHeadlineIsTheTitleNotALineOfTheText() {
        HtmlExtractor.Page page = EXTRACTOR.extract("<html><head><meta property='og:title' content='Quota Talks Reopen'></head><body><article>"
                + "<h1>Quota Talks Reopen</h1>" + P + P.replace("Tuesday", "Friday") + "</article></body></html>", null);
        assertEquals("Quota Talks Reopen", page.meta().title());
        assertTrue(page.lines().get(0).startsWith("The foreign ministers"), page.lines().get(0));
        assertFalse(page.lines().contains("Quota Talks Reopen"));
    }

    @Test
    void aLineLikeTheHeadlineAfterTheFirstProseStays() {
        List<String> lines = List.of("Quota Talks Reopen", "The foreign ministers of Norland and Sudmark met on Tuesday and agreed to reopen talks.",
                "Quota talks reopen");
        assertEquals(lines.subList(1, 3), HtmlExtractor.withoutTitle(lines, "Quota Talks Reopen"));
        assertEquals(lines, HtmlExtractor.withoutTitle(lines, null));
    }

    @Test
    void onlyScriptsGiveNoLines() {
        assertEquals(List.of(), EXTRACTOR.extract(new String(Fixtures.bytes("scripts-only.html"), StandardCharsets.UTF_8), null).lines());
    }

    @Test
    void hasTags() {
        assertTrue(HtmlExtractor.hasTags("text <p>more</p>"));
        assertTrue(HtmlExtractor.hasTags("<!DOCTYPE html>"));
        assertFalse(HtmlExtractor.hasTags("Plain text where 3 < 4 and 5 > 2."));
    }

    @Test
    void looksLikeHtml() {
        assertTrue(HtmlExtractor.looksLikeHtml("<!DOCTYPE html><html>"));
        assertTrue(HtmlExtractor.looksLikeHtml("  \n<html lang=en>"));
        assertTrue(HtmlExtractor.looksLikeHtml("<?xml version='1.0'?>\n<!-- saved -->\n<html>"));
        assertFalse(HtmlExtractor.looksLikeHtml("Ministers used <html> tags in the text."));
        assertFalse(HtmlExtractor.looksLikeHtml("Plain text"));
    }

    @Test
    void thousandsOfNestedElementsAreFlattenedAndTheirTextStillRead() {
        String html = "<html><body>" + "<div>".repeat(5000) + P + "<p>Second paragraph of the nested page.</p>" + "</div>".repeat(5000)
                + "</body></html>";
        HtmlExtractor.Page page = EXTRACTOR.extract(html, null);
        assertTrue(page.lines().stream().anyMatch(l -> l.startsWith("The foreign ministers of Norland")), page.lines().toString());
        assertTrue(page.lines().contains("Second paragraph of the nested page."), page.lines().toString());
        assertEquals(List.of("HTML nested deeper than " + HtmlExtractor.MAX_DEPTH + " elements flattened"), page.warnings());
    }

    @Test
    void aPageWithinTheDepthLimitIsLeftAsItIs() {
        String html = "<html><body>" + "<div>".repeat(100) + P + "</div>".repeat(100) + "</body></html>";
        HtmlExtractor.Page page = EXTRACTOR.extract(html, null);
        assertTrue(page.lines().get(0).startsWith("The foreign ministers of Norland"));
        assertEquals(List.of(), page.warnings());
    }
}
