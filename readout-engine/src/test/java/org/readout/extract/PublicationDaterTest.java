package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.source.SourceMeta;
import org.readout.clean.DocumentKind;
import org.readout.clean.CleanDocument;
import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.readout.extract.Docs.d;

class PublicationDaterTest {
    private static final PublicationDater DATER = new PublicationDater(Docs.KB.cues());

    private static PublishedDate date(String text) {
        return DATER.date(Docs.annotate("p1", null, text));
    }

    private static void assertEvidenceIndexes(String text, PublishedDate p) {
        assertEquals(text.substring(p.evidence().start(), p.evidence().end()), p.evidence().text());
        assertEquals("p1", p.evidence().document());
    }

    // --- given

    @Test
    void aDateUnderAPublicationLabelComesBeforeTheDayTheSiteShowsAboveIt() {
        PublishedDate p = DATER.date(Docs.annotate("p1", null, """
                Tuesday June 11, 2024

                Ministers agree on closer trade ties

                Published : 04 Apr 2023, 10:30

                Foreign Minister Yoshimasa Hayashi held talks with Foreign Minister Penny Wong in Tokyo on Monday.
                """));
        assertEquals(d("2023-04-04"), p.date());
    }

    @Test
    void aStampedDayOnWhichNoOneNamedHeldOfficeGivesWayToTheDateLineOnWhichTheyDid() {
        PublishedDate p = date("""
                Published: 2012-04-10

                Readout of the Secretary's Meeting with the Polish Minister of Defense

                Sept. 21, 2017

                Secretary of Defense Jim Mattis met with Polish Minister of Defense Antoni Macierewicz today at the Pentagon.
                """);
        assertEquals(d("2017-09-21"), p.date());
    }

    @Test
    void metadataIsGiven() {
        PublishedDate p = DATER.date(Docs.annotate("p1", "2023-04-03", Docs.fixture("phone-talk.txt")));
        assertEquals(new PublishedDate(d("2023-04-03"), "given", null, List.of()), p);
    }

    /** An invented web page, cleaned as any page is, then dated. */
    static PublishedDate page(String url, String head, String body) throws Exception {
        String html = "<html lang='en-GB'><head><title>Ministers Talk Trade</title>" + head + "</head><body><article><h1>Ministers Talk Trade</h1>"
                + body + "<p>The two foreign ministers held talks in the capital on trade, energy and the coming summit, and agreed "
                + "to meet again before the end of the year.</p></article></body></html>";
        var raw = new org.readout.source.RawDocument("page.html", "page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new org.readout.source.SourceMeta(url, null, null, null, null));
        return DATER.date(new org.readout.annotate.KnowledgeAnnotator(Docs.KB).annotate(new org.readout.clean.DefaultCleaner().clean(raw)));
    }

    @Test
    void aPagesOwnMarkupIsGivenWithWhereItSaidSo() throws Exception {
        PublishedDate p = page(null, "<meta property='article:published_time' content='2023-03-14T09:00:00+01:00'>", "");
        assertEquals(d("2023-03-14"), p.date());
        assertEquals("given", p.basis());
        assertEquals("meta article:published_time: 2023-03-14T09:00:00+01:00", p.evidence().text());
        assertEquals(-1, p.evidence().start(), "not a place in the article's text");
        PublishedDate line = page(null, "", "<p class='byline'>By Anna Example | 14 March 2023</p>");
        assertEquals(d("2023-03-14"), line.date());
        assertEquals("class p.byline: By Anna Example | 14 March 2023", line.evidence().text());
    }

    @Test
    void theDayInAPagesAddressComesBeforeItsMarkup() throws Exception {
        String utc = "<meta property='article:published_time' content='2023-03-15T03:28:35+00:00'>";
        PublishedDate p = page("https://news.example/2023/03/14/ministers-talk-trade/", utc, "");
        assertEquals(d("2023-03-14"), p.date(), "the publisher's day, not UTC's");
        assertEquals("given", p.basis());
        assertEquals("https://news.example/2023/03/14/ministers-talk-trade/", p.evidence().text());
        assertEquals(d("2023-03-14"), page(null, utc + "<link rel='canonical' href='https://news.example/2023/03/14/ministers-talk-trade/'>", "").date(),
                "the address the page gives for itself");
        assertEquals(d("2023-03-15"), page("https://news.example/world/ministers-talk-trade/", utc, "").date(), "no day in the address");
    }

    @Test
    void metadataBeatsADateLine() {
        PublishedDate p = DATER.date(Docs.annotate("p1", "2023-04-05", "Talks held\nApril 2, 2023\nThe ministers met."));
        assertEquals(d("2023-04-05"), p.date());
        assertEquals("given", p.basis());
    }

    // --- stated in the text

    @Test
    void dateLineUnderHeadline() {
        String text = Docs.fixture("phone-talk.txt");
        PublishedDate p = date(text);
        assertEquals(d("2023-04-02"), p.date());
        assertEquals("text", p.basis());
        assertEquals("April 2, 2023", p.evidence().text());
        assertEquals(List.of(), p.candidates());
        assertEvidenceIndexes(text, p);
    }

    @Test
    void theDayASiteShowsAsTodayIsNotTheDayItsArticleWasPublished() {
        PublishedDate p = date("Today: August 9, 2031\nMay 14, 2029\nMinisters talk trade\n"
                + "The foreign minister spoke by phone with her counterpart this Monday.");
        assertEquals(d("2029-05-14"), p.date());
        assertEquals("May 14, 2029", p.evidence().text());
    }

    @Test
    void aHistoryDateIsNotTheYearOfAPageThatNamesSomeoneInOfficeDecadesLater() {
        PublishedDate p = date("Press conference\nCANBERRA, ACT, Sept. 17 -- The Prime Minister issued the following transcript:\n"
                + "Prime Minister James Marape said that on 16 September 1975 the flag was handed back to Prime Minister Gough Whitlam.");
        assertNull(p.date(), "Marape first took office in 2019: the page is not of 1975");
    }

    @Test
    void aWeekdayMayStandBetweenAPublicationLabelAndItsDateInABylineLine() {
        PublishedDate p = date("Leaders to hold a virtual summit\n\nby A Staff Reporter Published: Wed 16 Feb 2022, 4:45 PM Last updated: "
                + "Wed 16 Feb 2022, 4:47 PM\n\nThe two leaders will hold a virtual summit on Friday.");
        assertEquals(d("2022-02-16"), p.date());
    }

    @Test
    void aLabelledDateInsideALineOfFields() {
        PublishedDate p = date("Ministers to hold talks today\nAgency Desk\n2 min read Last Updated : Jun 04 2029 | 2:42 PM IST\n"
                + "The defence minister will meet his counterpart in the capital on Wednesday, an official statement said.");
        assertEquals(d("2029-06-04"), p.date());
        assertNull(date("Ministers to hold talks\nThe statement was last updated on Jun 04 2029 after the two ministers met in the capital.").date(),
                "a sentence of prose is not a line of fields");
    }

    @Test
    void dayMonthYearDateLine() {
        PublishedDate p = date("Prime Minister's Phone Call\n17 November 2023\nThe Prime Minister spoke with the President.");
        assertEquals(d("2023-11-17"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void aDateThatIsAFieldOfItsOwnInALineOfFieldsBelowTheSitesFurniture() {
        String furniture = String.join("\n", java.util.Collections.nCopies(9, "Harbour Daily Web Edition"));
        String text = furniture + "\nMinisters meet in Velmora\n[ 249 words|2023.05.02|English ]\n"
                + "The foreign ministers of the two countries met in Velmora on Monday and agreed to meet again soon.";
        PublishedDate p = date(text);
        assertEquals(d("2023-05-02"), p.date());
        assertEvidenceIndexes(text, p);
        assertNull(date("Ministers meet\n[ 249 words 2023.05.02 English ]\nThe ministers of the two countries met on Monday in Velmora.").date(),
                "a date inside other words is no field of its own");
    }

    @Test
    void isoDateLineWithLabel() {
        PublishedDate p = date("Readout\nPublished 2022-10-31\nThe ministers met.");
        assertEquals(d("2022-10-31"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void dateLineWithClockTime() {
        PublishedDate p = date("Readout\nUpdated: March 9, 2024 10:15 a.m.\nThe ministers met.");
        assertEquals(d("2024-03-09"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void aBylineStampedWithADateAndItsClockTime() {
        String text = "Envoys meet in Velmora\nDesk Reporter Diplomacy 2024-05-16, 10:39pm\nThe ministers of the two countries met in Velmora today.";
        PublishedDate p = date(text);
        assertEquals(d("2024-05-16"), p.date());
        assertEvidenceIndexes(text, p);
        assertNull(date("Envoys meet in Velmora\nThe ministers of the two countries met in Velmora on 2024-05-16, 10:39pm, and talked.").date(),
                "a date and time in prose is not a stamp");
    }

    @Test
    void theWordsADateLineMayHoldAreTheDateLineWordsOfCuesTsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "Readout\nZuletzt aktualisiert: March 9, 2024\nThe ministers met.";
        assertNull(date(text).date(), "two words besides the date: no date line");
        java.nio.file.Files.writeString(dir.resolve("cues.tsv"), "date-line-word\tzuletzt\n");
        PublicationDater mine = new PublicationDater(org.readout.knowledge.Cues.load(dir));
        PublishedDate p = mine.date(Docs.annotate("p1", null, text));
        assertEquals(d("2024-03-09"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void ambiguousStatusLineKeepsBothReadings() {
        String text = Docs.fixture("status-line.txt");
        PublishedDate p = date(text);
        assertNull(p.date());
        assertNull(p.basis());
        assertEquals(List.of(d("2023-04-02"), d("2023-02-04")), p.candidates());
        assertEquals("Status: 04/02/2023 3:24 p.m", p.evidence().text());
        assertEvidenceIndexes(text, p);
    }

    @Test
    void aDatelineWithoutItsYearKeepsTheDaysInTheTermsOfThoseItNames() {
        PublishedDate p = date("Talks in London\nLONDON, 1 August (Agency) - Foreign Secretary Dominic Raab met his counterpart.");
        assertNull(p.date());
        assertEquals(List.of(d("2019-08-01"), d("2020-08-01"), d("2021-08-01")), p.candidates(), "Raab was Foreign Secretary 2019-2021");
        assertEquals(List.of(), date("Talks in London\nLONDON, 1 August (Agency) - The two ministers met.").candidates(), "no one named: no reading");
    }

    @Test
    void numericDateWithOnlyOneValidReading() {
        PublishedDate p = date("Headline here\nStatus: 13/02/2023 10:05 a.m\nThe ministers met.");
        assertEquals(d("2023-02-13"), p.date());
        assertEquals("text", p.basis());
        assertEquals(List.of(), p.candidates());
    }

    @Test
    void numericDateWithEqualReadings() {
        PublishedDate p = date("Headline here\nUpdated 05/05/2023\nThe ministers met.");
        assertEquals(d("2023-05-05"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void readingsOfNumericDates() {
        assertEquals(List.of(d("2023-04-02"), d("2023-02-04")), PublicationDater.readings(new TimeValue.NumericDate(4, 2, 2023)));
        assertEquals(List.of(d("2023-02-13")), PublicationDater.readings(new TimeValue.NumericDate(13, 2, 2023)));
        assertEquals(List.of(d("2023-02-13")), PublicationDater.readings(new TimeValue.NumericDate(2, 13, 2023)));
        assertEquals(List.of(d("2023-05-05")), PublicationDater.readings(new TimeValue.NumericDate(5, 5, 2023)));
        assertEquals(List.of(), PublicationDater.readings(new TimeValue.NumericDate(13, 14, 2023)));
    }

    @Test
    void datelineWithYearGivenElsewhere() {
        String text = Docs.fixture("dateline.txt");
        PublishedDate p = date(text);
        assertEquals(d("2023-03-03"), p.date());
        assertEquals("text", p.basis());
        assertEquals(text.indexOf("SEOUL, March 3"), p.evidence().start());
        assertEvidenceIndexes(text, p);
    }

    @Test
    void aDatelineDaysAfterTheDateLineAboveItIsThePublication() {
        String wire = "\nDurban, Oct 19, 2023 (IANS) Foreign Minister Wang Yi and Minister Naledi Pandor held talks in Durban.";
        assertEquals(d("2023-10-19"), date("2023-10-17\n" + wire).date(), "not published before its dateline was written");
        assertEquals(d("2023-10-18"), date("2023-10-18\n" + wire).date(),
                "a day later may be the same moment in another time zone");
    }

    @Test
    void datelineTakesTheLatestYearInTheText() {
        PublishedDate p = date("BEIJING, Oct 31 (Xinhua) -- Wang Yi met the envoy. It recalled the talks of May 2, 2019 and "
                + "the accord of June 5, 2022.");
        assertEquals(d("2022-10-31"), p.date());
    }

    @Test
    void aDatelineBeforeADayTheTextTellsOfAsPastFallsInTheYearAfter() {
        PublishedDate p = date("MOSCOW, January 19. Foreign Minister Szijjarto will visit Moscow on January 23. The ministers will "
                + "discuss the agreements reached at the meeting held on February 17, 2022.");
        assertEquals(d("2023-01-19"), p.date(), "not written before the meeting it tells of as held");
        assertEquals(d("2022-01-19"), date("MOSCOW, January 19. Foreign Minister Szijjarto will visit Moscow on January 23. The "
                + "ministers will meet again on February 17, 2022.").date(), "a day still to come does not move it");
    }

    @Test
    void aDatelinesYearIsNotALatestYearInWhichNoOneTheTextNamesHeldOffice() {
        PublishedDate p = date("TOKYO, March 31 - Foreign Minister Yoshimasa Hayashi received Foreign Minister Qin Gang on Friday. "
                + "They recalled the treaty of August 12, 1978.");
        assertEquals(d("2023-03-31"), p.date(), "1978 is before both held office; their terms leave one year with a Friday");
    }

    @Test
    void aNewswiresDatelineNamesTheCityAndItsRegionOrCountryBeforeTheDate() {
        assertEquals(d("2025-11-23"), date("JOHANNESBURG, South Africa, Nov. 23, 2025 /CNW/ - Today, the Prime Minister met the "
                + "President. The accord of June 5, 2022 was cited.").date());
        assertEquals(d("2024-03-04"), date("Ottawa, Ontario, March 4, 2024 - The Minister met her counterpart.").date());
    }

    @Test
    void aDatelinesPlaceMayJoinItsWordsWithShortParticles() {
        assertEquals(d("2022-04-05"), date("date 2022-04\nRio de Janeiro, 5 de abril (Agencia).– El Presidente conversó con el Primer "
                + "Ministro por teléfono.").date(), "'Rio de Janeiro' is a dateline's place");
        assertEquals(d("2024-03-04"), date("Dar es Salaam, March 4, 2024 - The Minister met her counterpart.").date());
    }

    @Test
    void aDatelineOpeningItsLineBelowASummaryInProseStillStartsTheStory() {
        String text = """
                What Did The Ministers Say?
                Synopsis
                The two ministers discussed trade. The world watches. The stakes are high. Can diplomacy prevail?
                Key Takeaways
                - The ministers discussed trade and investment in detail.
                - Officials called for calm on both sides of the border.
                - Analysts expect further talks between the two sides soon.
                - Exporters welcomed the news from the capital this week.
                Dar es Salaam, March 4, 2024 (Wire) The Minister held talks with her counterpart on Monday.
                """;
        assertEquals(d("2024-03-04"), date(text).date());
        assertNull(date(text.replace("Dar es Salaam, March 4, 2024 (Wire) The", "The talks of March 4, 2024 were useful. The")).date(),
                "a date in prose far down is no dateline");
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearOfTheDayInThePagesAddress() {
        String text = "Lisbon, Portugal, Dec. 30 (Wire) - The ministers met on Friday. They recalled the accord of June 5, 1995.";
        CleanDocument doc = new CleanDocument("p1", "test/p1", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta("https://news.example/2026/01/02/ministers-meet/", null, null, "en", null));
        PublishedDate p = DATER.date(new KnowledgeAnnotator(Docs.KB).annotate(doc));
        assertEquals(d("2025-12-30"), p.date(), "the dateline's day, in the week before the address's, not in 1995");
        assertEquals("text", p.basis());
    }

    @Test
    void secondsSince1970InTheAddressAreItsTimeWhenTheTextGivesADayJustBefore() {
        PublishedDate p = stamped("https://president.example/events/talks-with-the-president-1702296195",
                "The President held talks with the visiting President on 10 December.");
        assertEquals(d("2023-12-11"), p.date(), "1702296195 s is 11 December 2023, the day after the talks the text tells");
        assertEquals("https://president.example/events/talks-with-the-president-1702296195", p.evidence().text());
        assertNull(stamped("https://news.example/1702296195/talks", "The President held talks with the visiting President on 10 March.").date(),
                "no day of the text just before it: an article's number");
    }

    @Test
    void aPageThatRepostsAReleaseOfAFewDaysBeforeIsPublishedOnItsAddresssDayAndTellsOfTheReleasesDay() {
        String text = "January 5, 2023\nForeign Minister Yoshimasa Hayashi held a telephone talk today with Foreign Minister Qin Gang.";
        PublishedDate p = stamped("https://aggregator.example/2023/01/07/179538", text);
        assertEquals(d("2023-01-07"), p.date());
        CleanDocument doc = new CleanDocument("s2", "test/s2", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta("https://aggregator.example/2023/01/07/179538", null, null, "en", null));
        assertEquals(d("2023-01-05"), DATER.dayOfTheText(new KnowledgeAnnotator(Docs.KB).annotate(doc), p.date()), "its 'today' is the release's day");
        assertEquals(d("2023-01-05"), stamped("https://aggregator.example/2023/01/17/179538", text).date(),
                "a stated day more than a few days before the address's is the page's");
        CleanDocument own = new CleanDocument("s3", "test/s3", text, null, null, DocumentKind.OFFICIAL, "en",
                new SourceMeta("https://mfa.example/eng/202301/t20230107_1.html", null, null, "en", null));
        assertEquals(d("2023-01-05"), DATER.date(new KnowledgeAnnotator(Docs.KB).annotate(own)).date(),
                "a government's own page is the release, whatever day its address was made");
    }

    private static PublishedDate stamped(String url, String text) {
        CleanDocument doc = new CleanDocument("s1", "test/s1", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta(url, null, null, "en", null));
        return DATER.date(new KnowledgeAnnotator(Docs.KB).annotate(doc));
    }

    @Test
    void datelineWithoutAnyYearIsUnknown() {
        PublishedDate p = date("SEOUL, March 3 (Reuters) - South Korean Foreign Minister Park Jin spoke by phone with Hayashi.");
        assertSame(PublishedDate.UNKNOWN, p);
    }

    @Test
    void lowerCaseTextBeforeADateIsNotADateline() {
        PublishedDate p = date("talks, March 3 - the ministers met. The accord of June 5, 2022 was cited.");
        assertNull(p.date());
    }

    @Test
    void dateInsideAReportingSentenceIsNotAPublicationDate() {
        PublishedDate p = date("On April 2, 2023, Mr. HAYASHI Yoshimasa held a telephone talk with Mr. Qin Gang.");
        assertSame(PublishedDate.UNKNOWN, p);
    }

    @Test
    void dateLineFarDownTheDocumentIsIgnored() {
        StringBuilder text = new StringBuilder("Headline\n");
        for (int i = 0; i < 9; i++) text.append("Filler sentence number ").append(i).append(" says nothing.\n");
        text.append("April 2, 2023\n");
        assertSame(PublishedDate.UNKNOWN, date(text.toString()));
    }

    @Test
    void dateLineWithinTheFirstEightSentences() {
        StringBuilder text = new StringBuilder("Headline\n");
        for (int i = 0; i < 6; i++) text.append("Filler sentence number ").append(i).append(" says nothing.\n");
        text.append("April 2, 2023\n");
        assertEquals(d("2023-04-02"), date(text.toString()).date());
    }

    // --- inferred

    @Test
    void anniversaryWeekendAndPastWeekdayInferTheDay() {
        String text = Docs.fixture("anniversary.txt");
        PublishedDate p = date(text);
        assertEquals(d("2023-07-07"), p.date());
        assertEquals("inferred", p.basis());
        assertEquals("This year marks the 45th anniversary of the 1978 Treaty of Peace and Friendship between Japan and China.",
                p.evidence().text());
        assertEvidenceIndexes(text, p);
    }

    @Test
    void anniversaryAloneIsUnknown() {
        assertSame(PublishedDate.UNKNOWN, date("This year marks the 45th anniversary of the 1978 treaty between Japan and China."));
    }

    @Test
    void anniversaryWithOnlyAFutureDateLeavesAWideWindow() {
        assertSame(PublishedDate.UNKNOWN, date("This year marks the 45th anniversary of the 1978 treaty. "
                + "Hayashi is scheduled to arrive in Beijing on July 8."));
    }

    @Test
    void anniversaryWithPastAndFutureDatesAWeekApart() {
        PublishedDate p = date("This year marks the 50th anniversary of the 1972 normalisation. "
                + "The ministers met on September 20. They will meet again on September 25.");
        assertEquals(d("2022-09-24"), p.date());
        assertEquals("inferred", p.basis());
    }

    @Test
    void pastAndFutureDatesWithoutAnniversaryAreUnknown() {
        assertSame(PublishedDate.UNKNOWN, date("The ministers met on September 20. They will meet again on September 25."));
    }

    @Test
    void nothingIsUnknown() {
        PublishedDate p = date("The two ministers concurred on keeping close communication.");
        assertSame(PublishedDate.UNKNOWN, p);
        assertNull(p.date());
        assertNull(p.basis());
        assertNull(p.evidence());
        assertEquals(List.of(), p.candidates());
    }

    @Test
    void emptyDocumentIsUnknown() {
        assertSame(PublishedDate.UNKNOWN, date(""));
    }

    // --- tense around a time expression

    private static Tense tenseOf(String text, String expression) {
        AnnotatedDocument a = Docs.annotate("p1", null, text);
        TimeMention t = a.times().stream().filter(x -> x.text().equals(expression)).findFirst().orElseThrow();
        return PublicationDater.tenseAround(a, t);
    }

    @Test
    void tenseFromTheNearestCue() {
        assertEquals(Tense.PAST, tenseOf("Hayashi spoke with Qin on Tuesday.", "Tuesday"));
        assertEquals(Tense.FUTURE, tenseOf("Hayashi will visit Beijing on Tuesday.", "Tuesday"));
        assertEquals(Tense.UNREAL, tenseOf("Hayashi did not meet Qin on Tuesday.", "Tuesday"));
        assertEquals(Tense.NONE, tenseOf("A visit to Beijing on Tuesday.", "Tuesday"));
    }

    @Test
    void tenseRightAfterAReportingVerbIsPast() {
        assertEquals(Tense.PAST, tenseOf("The visit will go ahead, the ministry said on Tuesday.", "Tuesday"));
    }

    @Test
    void aFullDateOpeningAShortLineWithTimeAndPlaceIsThePublicationDate() {
        PublishedDate p = date("Press Conferences\nExtraordinary Press Conference by the Foreign Minister\n"
                + "Tuesday, August 29, 2017, 3:25 p.m. Ministry of Foreign Affairs\nThe minister held a telephone talk with his counterpart.");
        assertEquals(d("2017-08-29"), p.date());
        assertEquals("text", p.basis());
    }

    @Test
    void aSentenceOpeningWithADateIsNotADateLine() {
        PublishedDate p = date("Talks\n\nAugust 29, 2017 was the day the two ministers held a telephone talk about the launches.");
        assertNull(p.date());
    }
}
