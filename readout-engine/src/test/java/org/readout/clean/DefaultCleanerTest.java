package org.readout.clean;

import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultCleanerTest {
    private static final DefaultCleaner CLEANER = new DefaultCleaner();

    private static CleanDocument clean(String fixture) throws InputRejected {
        return CLEANER.clean(Fixtures.raw(fixture));
    }

    private static String rejection(RawDocument raw) {
        return assertThrows(InputRejected.class, () -> CLEANER.clean(raw)).getMessage();
    }

    private static void assertAbsent(String text, String... junk) {
        for (String j : junk) {
            assertFalse(text.contains(j), () -> "junk survived: " + j + "\n" + text);
        }
    }

    private static void assertPresent(String text, String... kept) {
        for (String k : kept) {
            assertTrue(text.contains(k), () -> "lost: " + k + "\n" + text);
        }
    }

    @Test
    void officialReadout() throws Exception {
        CleanDocument doc = clean("readout-official.txt");
        assertEquals(DocumentKind.OFFICIAL, doc.kind());
        assertEquals("Norland-Sudmark Foreign Ministers’ Video Conference", doc.title());
        assertNull(doc.outlet(), "no known ministry is named");
        assertPresent(doc.text(), "March 9, 2024", "On March 8, commencing at 4 p.m.", "1. At the outset",
                "3. The two ministers concurred on keeping close communication at all levels.");
        assertAbsent(doc.text(), "Back to Press Releases");
        assertEquals("fixtures/readout-official.txt", doc.source());
        assertEquals("en", doc.language());
    }

    @Test
    void analysisWithRepeatedBodyKeepsOneCopy() throws Exception {
        CleanDocument doc = clean("analysis-repeated.txt");
        assertEquals(DocumentKind.ANALYSIS, doc.kind());
        assertEquals("The Strait Review", doc.outlet());
        assertEquals("Norland and Sudmark Trade Barbs Ahead of Harbour Summit", doc.title());
        String first = "On May 4, Norland's foreign minister Arvid Holm";
        assertEquals(doc.text().indexOf(first), doc.text().lastIndexOf(first));
        assertPresent(doc.text(), first, "The two neighbours still talk", "expect little movement until the harbour summit in July....");
        assertAbsent(doc.text(), "Want to Read More", "For Academic Citation", "Recommended", "Most Viewed",
                "In the Spotlight", "Quiet Collapse", "Journal Article", "full text of this publication");
    }

    @Test
    void wireNewsWithSponsoredTail() throws Exception {
        CleanDocument doc = clean("wire-news.txt");
        assertEquals(DocumentKind.NEWS, doc.kind());
        assertEquals("Kyodo", doc.outlet());
        assertEquals("Norland minister to visit Sudmark capital for talks", doc.title());
        assertPresent(doc.text(), "OSLOBY (Kyodo) -- Norland Foreign Minister", "Holm likely to raise detained fishermen",
                "Sudmark's foreign ministry said it \"attaches importance\" to the visit.");
        assertAbsent(doc.text(), "ArrowArtboard", "Sketch", "Sponsored Content", "Discover the all new", "Read offline",
                "Find out more");
    }

    @Test
    void breadcrumbsStatusLineAndComments() throws Exception {
        CleanDocument doc = clean("breadcrumb-news.txt");
        assertEquals("Norland and Sudmark ministers meet in harbour city", doc.title());
        assertEquals(DocumentKind.NEWS, doc.kind());
        assertPresent(doc.text(), "Status: 06/03/2024 4:15 p.m", "Patrols remain the sticking point",
                "Holm also said the talks would continue in the autumn.");
        assertAbsent(doc.text(), "Home »", "Leave a Comment", "Akismet");
        assertTrue(doc.text().startsWith("Norland and Sudmark ministers meet in harbour city\n\nStatus:"));
    }

    @Test
    void spokespersonStatementWithRepublisherFooter() throws Exception {
        CleanDocument doc = clean("spokesperson.txt");
        assertEquals(DocumentKind.OFFICIAL, doc.kind());
        assertNull(doc.title());
        assertEquals("Mirage News", doc.outlet(), "the republisher names itself in its footer");
        assertPresent(doc.text(), "The following is to be attributed to Spokesperson Lena Moor:", "raised the situation of detained fishermen.");
        assertAbsent(doc.text(), "/Public Release", "View in full here");
    }

    @Test
    void readingTimePhotoCreditAndArchiveSearch() throws Exception {
        CleanDocument doc = clean("reading-time.txt");
        assertEquals("Reuters", doc.outlet());
        assertEquals(DocumentKind.NEWS, doc.kind());
        assertTrue(doc.text().startsWith("OSLOBY, Jun 2 (Reuters) – Norland and Sudmark agreed"));
        assertAbsent(doc.text(), "Reading Time", "Photo:", "Archive search");
    }

    @Test
    void mostReadListAndTimestamp() throws Exception {
        CleanDocument doc = clean("most-read.txt");
        assertPresent(doc.text(), "18:30 CET, June 4, 2024", "Foreign Minister Petra Vos, left, greets",
                "which both sides said would be discussed by experts.");
        assertAbsent(doc.text(), "MOST READ", "Cabinet Weighs", "Opposition Leader", "\n-\n");
        assertEquals("Norland and Sudmark Agree to Joint Strait Survey; Patrol Dispute Unresolved", doc.title());
    }

    @Test
    void headlineRunInsideBodyGoesButIntroducedListStays() throws Exception {
        CleanDocument doc = clean("link-run.txt");
        assertAbsent(doc.text(), "Storm warnings", "harbour levy", "ferry strike");
        assertPresent(doc.text(), "\"We have turned a page,\" Holm told reporters", "Vos said the next round",
                "The agenda covers three areas:\n\nFishing quotas\n\nPatrol lanes\n\nScientific cooperation");
        assertNull(doc.title(), "the text starts with prose");
    }

    @Test
    void markdownMarkersAreRemoved() throws Exception {
        CleanDocument doc = clean("notes.md");
        assertEquals("Norland and Sudmark Resume Talks", doc.title());
        assertPresent(doc.text(), "The foreign ministers of Norland and Sudmark met on Tuesday and agreed to resume talks on the strait. The meeting lasted two hours.",
                "Both sides agreed to a joint survey of fish stocks.", "\"We have turned a page,\" Holm said.");
        assertAbsent(doc.text(), "#", "**", "](", "map.png", "_patrol", "`", "---");
    }

    @Test
    void htmlArticle() throws Exception {
        CleanDocument doc = clean("article.html");
        assertEquals("Envoys Agree to Reopen Fishing Talks", doc.title());
        assertEquals("The Harbour Gazette", doc.outlet());
        assertEquals(DocumentKind.NEWS, doc.kind());
        assertEquals("en-GB", doc.language());
        assertEquals(LocalDate.of(2023, 6, 14), doc.meta().published());
        assertEquals("https://gazette.example/world/envoys-fishing-talks", doc.meta().url());
        assertFalse(doc.text().contains("Envoys Agree to Reopen Fishing Talks"), "the headline is the title, not a line of the text");
        assertPresent(doc.text(), "VALLETTA, June 13 (Harbour Wire) -- The foreign ministers",
                "\n\nQuotas and patrols\n\n", "which scientists from both countries have requested since the last agreement expired.");
        assertAbsent(doc.text(), "window.dataLayer", "font-family", "Politics", "Sport", "Facebook", "Twitter",
                "Related Stories", "Fleet Owners", "Most Read", "Ferry Strike", "©", "Privacy", "<", "Icon");
    }

    @Test
    void shortLinesOfAnHtmlArticleStayWhereATextFilesWouldGoAsALinkList() throws Exception {
        String article = "The ministers met on Monday in the harbour city and agreed on a timetable for the new ferry line.\n\n"
                + "Monday 08:00\n\nWednesday 09:30\n\nFriday 17:15\n\nSunday 11:00\n\n"
                + "The first ferry leaves next spring, officials of both sides said after the meeting ended.";
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (String line : article.split("\n\n")) html.append("<p>").append(line).append("</p>");
        html.append("</article></body></html>");
        assertPresent(CLEANER.clean(Fixtures.text("ferry.html", html.toString())).text(), "Monday 08:00", "Sunday 11:00");
        assertAbsent(CLEANER.clean(Fixtures.text("ferry.txt", article)).text(), "Monday 08:00", "Sunday 11:00");
    }

    @Test
    void htmlOfOnlyScriptsIsRejected() {
        assertEquals("no article text found", rejection(Fixtures.raw("scripts-only.html")));
    }

    @Test
    void textFileHoldingHtmlIsParsedAsHtml() throws Exception {
        RawDocument raw = new RawDocument("page.txt", "page.txt", Fixtures.bytes("article.html"), SourceMeta.EMPTY);
        CleanDocument doc = CLEANER.clean(raw);
        assertEquals("The Harbour Gazette", doc.outlet());
        assertAbsent(doc.text(), "<p>", "window.dataLayer");
    }

    @Test
    void htmlFileHoldingPlainTextKeepsItsLines() throws Exception {
        CleanDocument doc = CLEANER.clean(Fixtures.text("plain.html", "Talks Resume\n\nThe ministers met on Monday and talked for an hour."));
        assertEquals("Talks Resume\n\nThe ministers met on Monday and talked for an hour.", doc.text());
        assertEquals("Talks Resume", doc.title());
    }

    @Test
    void givenMetadataWinsOverThePage() throws Exception {
        SourceMeta given = new SourceMeta("https://given.example/a", "Given Outlet", LocalDate.of(2020, 1, 1), "fr", "Given Title");
        CleanDocument doc = CLEANER.clean(new RawDocument("a.html", "a.html", Fixtures.bytes("article.html"), given));
        assertEquals("Given Title", doc.title());
        assertEquals("Given Outlet", doc.outlet());
        assertEquals("fr", doc.language());
        assertEquals(given, doc.meta(), "the given day, with nothing said of where the page put one");
    }

    @Test
    void pageMetadataFillsWhatIsNotGiven() throws Exception {
        SourceMeta given = new SourceMeta(null, "Given Outlet", null, null, null);
        CleanDocument doc = CLEANER.clean(new RawDocument("a.html", "a.html", Fixtures.bytes("article.html"), given));
        assertEquals(new SourceMeta("https://gazette.example/world/envoys-fishing-talks", "Given Outlet",
                LocalDate.of(2023, 6, 14), "en-GB", "Envoys Agree to Reopen Fishing Talks", null,
                "meta article:published_time: 2023-06-14T08:30:00+02:00"), doc.meta());
    }

    @Test
    void windows1252IsDecoded() throws Exception {
        CleanDocument doc = clean("windows-1252.txt");
        assertEquals("Minister Visits Café Summit", doc.title());
        assertPresent(doc.text(), "The minister’s visit to the “Café de la Paix” summit – held in the old town – ended with a joint communiqué");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        CleanDocument doc = clean("utf8-bom.txt");
        assertEquals("Ministers Meet in Harbour City", doc.title());
        assertTrue(doc.text().startsWith("Ministers Meet"));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] bytes = "\uFEFFTalks Resume in Harbour City\n\nThe talks resumed on Monday.".getBytes(StandardCharsets.UTF_16BE);
        CleanDocument doc = CLEANER.clean(new RawDocument("u.txt", "u.txt", bytes, SourceMeta.EMPTY));
        assertEquals("Talks Resume in Harbour City\n\nThe talks resumed on Monday.", doc.text());
    }

    @Test
    void randomInvalidBytesAreRejected() {
        byte[] bytes = new byte[2000];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(128));
        }
        assertEquals("invalid UTF-8 and no other text encoding detected",
                rejection(new RawDocument("r.txt", "r.txt", bytes, SourceMeta.EMPTY)));
    }

    @Test
    void mojibakeAndInvisibleCharactersAreRepaired() throws Exception {
        CleanDocument doc = clean("mojibake.txt");
        assertEquals("Both leaders discussed the idea of holding talks in the minister’s home town.", doc.text());
    }

    @Test
    void blankTextIsRejected() {
        assertEquals("no article text found", rejection(Fixtures.text("b.txt", " \u00A0\n\u200B\n")));
        assertEquals("no article text found", rejection(Fixtures.text("c.txt", "---\n***\n")));
    }

    @Test
    void textOfOnlyJunkIsRejected() {
        assertEquals("no article text found", rejection(Fixtures.text("j.txt", "Leave a Comment\nPrint version PRINT\n")));
    }

    @Test
    void idIsStableAndIgnoresWhitespace() throws Exception {
        CleanDocument a = CLEANER.clean(Fixtures.text("a.txt", "Talks Resume\n\nThe ministers met on Monday and talked."));
        CleanDocument b = CLEANER.clean(Fixtures.text("other/b.txt", "Talks   Resume\r\n\r\n\r\nThe ministers met on Monday and talked.  \n"));
        CleanDocument c = CLEANER.clean(Fixtures.text("c.txt", "Talks Resume\n\nThe ministers met on Tuesday and talked."));
        assertEquals(a.id(), b.id());
        assertEquals(a.id(), CLEANER.clean(Fixtures.text("a.txt", "Talks Resume\n\nThe ministers met on Monday and talked.")).id());
        assertNotEquals(a.id(), c.id());
        assertTrue(a.id().matches("[0-9a-f]{16}"));
    }

    @Test
    void junkDoesNotChangeTheId() throws Exception {
        String body = "Talks Resume\n\nThe ministers met on Monday and agreed to talk again in the spring.";
        CleanDocument plain = CLEANER.clean(Fixtures.text("a.txt", body));
        CleanDocument junk = CLEANER.clean(Fixtures.text("b.txt", "Reading Time: 1 minute\n" + body + "\nLeave a Comment\nThis site uses Akismet."));
        assertEquals(plain.id(), junk.id());
    }

    @Test
    void nonEnglishTextGetsNoLanguageGuess() throws Exception {
        CleanDocument doc = CLEANER.clean(Fixtures.text("de.txt",
                "Die Außenminister beider Länder trafen sich am Montag in der Hauptstadt und vereinbarten weitere Gespräche über die Fischerei."));
        assertNull(doc.language());
        assertEquals(DocumentKind.OTHER, doc.kind());
    }

    @Test
    void largeTextIsCleanedInReasonableTime() throws Exception {
        String paragraph = "The delegations met again on Tuesday and agreed to continue the talks in the spring, officials said.\n";
        StringBuilder text = new StringBuilder("Talks Continue\n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(". ").append(paragraph);
        }
        CleanDocument doc = CLEANER.clean(Fixtures.text("big.txt", text.toString()));
        assertEquals("Talks Continue", doc.title());
        assertTrue(doc.text().contains("19999. The delegations met again"));
    }

    @Test
    void strayInvalidBytesInUtf8AreReplacedAndCountedInTheWarnings() throws Exception {
        String paragraph = "The ministers of Norland and Sudmark met on Tuesday \u2014 the harbour talks went on for hours.\n\n";
        byte[] head = ("Ministers\u2019 Talk\n\n" + paragraph.repeat(10) + "Officials said ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = " the talks went well.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = (byte) 0xFE;
        bytes[head.length + 2] = (byte) 0xC0;
        bytes[head.length + 3] = (byte) 0x80;
        System.arraycopy(tail, 0, bytes, head.length + 4, tail.length);
        CleanDocument doc = CLEANER.clean(new RawDocument("a.txt", "a.txt", bytes, SourceMeta.EMPTY));
        assertTrue(doc.text().contains("Officials said \uFFFD\uFFFD\uFFFD\uFFFD the talks"), doc.text());
        assertEquals(java.util.List.of("4 invalid UTF-8 bytes replaced with U+FFFD"), doc.warnings());
        assertEquals(java.util.List.of(), clean("article.html").warnings());
    }
}
