package org.readout.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.readout.source.SourceMeta;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where invented pages say when they were published, each day with what gave it. */
class HtmlDatesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);
    private static final String PROSE = "<p>The two foreign ministers held talks in the capital on trade, energy and the coming summit, "
            + "and agreed to meet again before the end of the year.</p>";

    private static SourceMeta read(String html) {
        return HtmlMetadata.read(Jsoup.parse(html, "https://news.example/world/ministers-talk"));
    }

    private static SourceMeta page(String head, String body) {
        return read("<html lang='en-GB'><head><title>Ministers Talk Trade | Harbour Daily</title>" + head + "</head><body>" + body + "</body></html>");
    }

    private static void assertDay(LocalDate day, String fromStart, SourceMeta meta) {
        assertEquals(day, meta.published(), meta.publishedFrom());
        assertTrue(meta.publishedFrom() != null && meta.publishedFrom().startsWith(fromStart), meta.publishedFrom());
    }

    @Test
    void metaNamesOfThePublicationInTheRulesOrder() {
        assertDay(DAY, "meta article:published_time", page("<meta name='date' content='2023-03-20'>"
                + "<meta property='article:modified_time' content='2023-03-18T10:00:00+01:00'>"
                + "<meta property='article:published_time' content='2023-03-14T10:00:00+01:00'>", PROSE));
        assertDay(DAY, "meta parsely-pub-date", page("<meta name='parsely-pub-date' content='2023-03-14T10:00:00Z'>", PROSE));
        assertDay(DAY, "meta sailthru.date", page("<meta name='sailthru.date' content='2023-03-14 10:00:00'>", PROSE));
        assertDay(DAY, "meta DC.date.issued", page("<meta name='DC.date.issued' content='2023-03-14'>", PROSE));
        assertDay(DAY, "meta datePublished", page("", "<div itemscope><meta itemprop='datePublished' content='2023-03-14'></div>" + PROSE));
    }

    @Test
    void jsonLdOfTheArticleBeforeThatOfThePage() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"datePublished\":\"2009-01-01\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Ministers Talk Trade\",\"datePublished\":\"2023-03-14T08:00:00+01:00\","
                + "\"dateModified\":\"2023-03-16T08:00:00+01:00\"}]}</script>";
        assertDay(DAY, "JSON-LD datePublished", page(ld, PROSE));
    }

    @Test
    void anElementMarkedAsThePublicationTime() {
        assertDay(DAY, "marked time[pubdate]", page("", "<article><h1>Ministers Talk Trade</h1><time pubdate datetime='2023-03-14T09:00'>"
                + "Tuesday</time>" + PROSE + "</article>"));
        assertDay(DAY, "marked span[itemprop=datePublished]", page("", "<article><h1>Ministers Talk Trade</h1>"
                + "<span itemprop='datePublished'>14 March 2023</span>" + PROSE + "</article>"));
        assertDay(DAY, "marked time.entry-date", page("", "<time class='entry-date published updated' datetime='2023-03-14'>14/03/2023</time>" + PROSE));
    }

    @Test
    void aShortElementWhoseClassNamesADate() {
        assertDay(DAY, "class div.post-meta", page("", "<article><h1>Ministers Talk Trade</h1>" + PROSE
                + "<div class='post-meta'>Von Anna Beispiel, 14. März 2023</div></article>"));
    }

    @Test
    void datesOfOtherPagesAndOfChangesAreNotThePagesOwn() {
        String related = "<div class='related-posts'><span class='date'>02.01.2023</span></div>";
        String comments = "<ol class='commentlist'><li><span class='comment-date'>01.01.2023</span></li></ol>";
        String updated = "<span class='date-updated'>16.03.2023</span>";
        assertDay(DAY, "class span.date", page("", related + comments + updated + "<h1>Ministers Talk Trade</h1><span class='date'>14.03.2023</span>" + PROSE));
        assertDay(DAY, "class span.date", page("", "<nav><span class='date'>Heute: 03.12.2026</span></nav><aside><span class='date'>01.12.2026</span></aside>"
                + "<span class='date'>14.03.2023</span>" + PROSE));
        assertDay(DAY, "class span.date", page("", "<p class='time'>Aktuelle Zeit: 02.12.2026, 12:18</p><span class='date'>14.03.2023</span>" + PROSE));
    }

    @Test
    void anAsideOfTheArticleAndClassesOfTheWholePageDoNotHideADate() {
        assertDay(DAY, "marked time[itemprop=datePublished]", read("<html><body class='has-sidebar with-topbar comments-open'><main><article>"
                + "<h1>Ministers Talk Trade</h1><aside class='meta'><time itemprop='datePublished' datetime='2023-03-14T11:45:00+02:00'>"
                + "14. März 2023</time></aside>" + PROSE + "</article></main></body></html>"));
    }

    @Test
    void aDateAfterAPublicationLabel() {
        assertDay(DAY, "label: Published on", page("", "<h2>Ministers Talk Trade</h2><p>By Anna Example. Published on Tuesday, 14 March 2023 at 10:05</p>" + PROSE));
        assertDay(DAY, "label: Veröffentlicht am", page("", "<div><b>Veröffentlicht am</b> 14.03.2023</div>" + PROSE));
    }

    @Test
    void aClockTimeAndItsSuffixMayStandBetweenALabelAndItsDate() {
        for (String suffix : java.util.List.of("a.m.", "PM", "Uhr")) {
            assertDay(DAY, "label: Published", page("", "<p>Published 10:05 " + suffix + " 14.03.2023</p>" + PROSE), suffix);
        }
    }

    @Test
    void theWordsBetweenALabelAndAWeekdayAreTheLabelGapsOfDatesTsv() {
        for (String gap : java.util.List.of("on", "am", "le", "el", "il", "op", "den")) {
            assertDay(DAY, "label: Stand " + gap + " Dienstag", page("", "<p>Stand " + gap + " Dienstag, 14.03.2023</p>" + PROSE), gap);
        }
        SourceMeta um = page("", "<p>Stand um Dienstag, 14.03.2023</p>" + PROSE);
        org.junit.jupiter.api.Assertions.assertFalse(um.publishedFrom() != null && um.publishedFrom().startsWith("label:"), um.toString());
    }

    @Test
    void theDateLineByTheHeadline() {
        assertDay(DAY, "headline p", page("", "<h1>Other Site Name</h1><div><h1>Ministers Talk Trade</h1><p>14/03/2023 - 04:30 - Source: Wire</p>"
                + PROSE + "</div>"));
        assertDay(DAY, "headline h3", page("", "<h3>14.03.2023</h3><h1>Ministers Talk Trade</h1>" + PROSE));
        assertDay(DAY, "headline p", page("", "<h1>Ministers Talk Trade</h1><p>Harbourtown, (14.03.2023). The two foreign ministers met "
                + "in the capital on Tuesday and discussed trade, energy and the coming summit at length.</p>"));
    }

    @Test
    void aDateInAScriptsDataAndGenericMetaOnlyAfterWhatThePageShows() {
        assertDay(DAY, "script publishedDate", page("<script>window.__STATE__ = {\"article\":{\"publishedDate\":\"2023-03-14T20:37:27Z\"}};</script>", PROSE));
        assertDay(DAY, "class span.datum", page("<meta name='DCTERMS.date' content='2023-03-20T11:02:44+01:00'>", "<span class='datum'>14.03.2023</span>" + PROSE));
        assertDay(DAY, "meta DC.date", page("<meta name='DC.date' content='2023-03-14'>", PROSE));
    }

    @Test
    void aTimeInUtcGivesWayToTheDayThePageShowsNextToIt() {
        assertDay(DAY, "headline", page("<meta property='article:published_time' content='2023-03-15T03:28:35+00:00'>",
                "<h1>Ministers Talk Trade</h1><p>March 14, 2023, 10:28 PM ET</p>" + PROSE));
        assertDay(DAY, "meta article:published_time", page("<meta property='article:published_time' content='2023-03-14T23:28:35+01:00'>",
                "<h1>Ministers Talk Trade</h1><p>March 15, 2023</p>" + PROSE), "a time in the publisher's own zone is their day");
    }

    private static void assertDay(LocalDate day, String fromStart, SourceMeta meta, String message) {
        assertEquals(day, meta.published(), message);
        assertTrue(meta.publishedFrom().startsWith(fromStart), meta.publishedFrom());
    }

    @Test
    void lastResortsBeforeTheDayOfAChange() {
        assertDay(DAY, "time datetime", page("", PROSE + "<time datetime='2023-03-14'>Tuesday</time>"));
        assertDay(DAY, "image address", page("<meta property='og:image' content='https://news.example/files/2023/03/14/ministers.jpg'>", PROSE));
        assertDay(DAY, "title", read("<html><head><title>14.03.2023 | Ministers Talk Trade</title></head><body>" + PROSE + "</body></html>"));
        assertDay(DAY, "meta article:modified_time", page("<meta property='article:modified_time' content='2023-03-14T10:00:00Z'>", PROSE));
        assertDay(DAY, "marked span.updated", page("", "<span class='updated' title='2023-03-14T18:52:11+00:00'></span>" + PROSE));
        assertDay(DAY, "label: Last updated", page("", "<p>Last updated: 14 March 2023</p>" + PROSE));
    }

    @Test
    void aPageThatSaysNoDayHasNone() {
        SourceMeta meta = page("<meta name='date' content='March 2023'>", "<h1>Ministers Talk Trade</h1>" + PROSE
                + "<p>They last met on 2 February 2023 in Harbourtown.</p><footer>© 2023 Harbour Daily</footer>");
        assertNull(meta.published());
        assertNull(meta.publishedFrom());
    }

    @Test
    void aPageNestedThousandsDeepIsReadInLinearTime() {
        int depth = 5000;
        String nested = "<div class='post-meta'>".repeat(depth) + PROSE + "</div>".repeat(depth);
        SourceMeta none = assertTimeout(Duration.ofSeconds(10), () -> page("", "<h1>Ministers Talk Trade</h1>" + nested));
        assertNull(none.published());
        String dated = "<div class='post-meta'>".repeat(depth) + "<span class='date'>14.03.2023</span>" + PROSE + "</div>".repeat(depth);
        assertDay(DAY, "class span.date", assertTimeout(Duration.ofSeconds(10), () -> page("", "<h1>Ministers Talk Trade</h1>" + dated)));
    }

    @Test
    void numericOrderFollowsThePagesLanguage() {
        String body = "<h1>Ministers Talk Trade</h1><p class='date'>03/04/2023</p>" + PROSE;
        assertEquals(LocalDate.of(2023, 4, 3), read("<html lang='en-GB'><body>" + body + "</body></html>").published());
        assertEquals(LocalDate.of(2023, 3, 4), read("<html lang='en-US'><body>" + body + "</body></html>").published());
        assertEquals(LocalDate.of(2023, 4, 3), read("<html xml:lang='de'><body>" + body + "</body></html>").published());
        assertNull(read("<html lang='en'><body>" + body + "</body></html>").published(), "English of no country: either");
        assertEquals(LocalDate.of(2023, 3, 4), read("<html lang='de'><head><meta name='date' content='03/04/2023 12:43:42'></head><body>"
                + PROSE + "</body></html>").published(), "markup writes slashes in the American order");
    }
}
