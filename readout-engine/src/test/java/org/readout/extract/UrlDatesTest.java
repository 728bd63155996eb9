package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.source.SourceMeta;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publication dates as a crawler reads them from the page's address and its first line (issue 9). */
class UrlDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void datesInAddresses() {
        assertEquals(LocalDate.of(2020, 9, 11), UrlDates.find("https://news.example.com/world/2020/09/11/leaders-talk/", TODAY));
        assertEquals(LocalDate.of(2023, 3, 16), UrlDates.find("https://example.org/news/2023-03-16-ministers-meet", TODAY));
        assertEquals(LocalDate.of(2024, 12, 15), UrlDates.find("https://example.net/en/20241215-227926", TODAY));
        assertEquals(LocalDate.of(2020, 9, 13), UrlDates.find("https://example.com/a?utm_content=20200913&x=1", TODAY));
        assertEquals(LocalDate.of(2022, 10, 25), UrlDates.find("https://www.example.gov/news/pm-call-with-president-25-october-2022", TODAY));
    }

    @Test
    void noDayOrTwoDaysIsNone() {
        assertNull(UrlDates.find("https://example.com/2020/09/leaders-talk", TODAY), "a month is not a day");
        assertNull(UrlDates.find("https://example.com/2020/09/11/story-2021-01-05", TODAY), "two days contradict each other");
        assertNull(UrlDates.find("https://example.com/article/11142785", TODAY));
        assertNull(UrlDates.find("https://example.com/2031/01/05/future", TODAY), "a day after today is no publication day");
        assertNull(UrlDates.find(null, TODAY));
        assertNull(UrlDates.find("https://blog.example.de/2023/10/3-fragen-an-die-ministerin/", TODAY),
                "a month's folder, then a title that starts with a number");
    }

    @Test
    void aDayFolderOrATwoDigitDayBeforeATitle() {
        assertEquals(LocalDate.of(2023, 10, 3), UrlDates.find("https://example.org/2023/10/3/ministers-talk", TODAY));
        assertEquals(LocalDate.of(2023, 10, 3), UrlDates.find("https://example.org/2023/10/03-ministers-talk", TODAY));
        assertEquals(LocalDate.of(2023, 10, 3), UrlDates.find("https://example.org/news/2023_10_03_ministers_talk", TODAY));
        assertEquals(LocalDate.of(2022, 4, 15), UrlDates.find("http://en.example.gov.cn/2022-04/15/c_745130.htm", TODAY));
    }

    @Test
    void timestampsAndDaysWrittenInOnePieceAfterAFolder() {
        assertEquals(LocalDate.of(2015, 12, 28), UrlDates.find("http://news.example.com/view.php?ud=20151228001138", TODAY));
        assertEquals(LocalDate.of(2023, 6, 17), UrlDates.find("https://example.com/english/state/ministers-meet/na20230617133854092092430", TODAY));
        assertEquals(LocalDate.of(2024, 7, 17), UrlDates.find("http://example.cn/n3/2024/0717/c416983-20194679.html", TODAY));
        assertEquals(LocalDate.of(2024, 6, 14), UrlDates.find("https://example.go.jp/101_pm/diplomatic/202406/14canada.html", TODAY));
        assertEquals(LocalDate.of(2019, 11, 22), UrlDates.find("https://example.gov.sg/Newsroom/2019/11/22112019-FMV-Japan", TODAY));
        assertNull(UrlDates.find("https://example.com/article/20194679", TODAY), "no day in eight digits that are none");
        assertNull(UrlDates.find("https://example.gov.sg/Newsroom/2019/11/22102019-FMV-Japan", TODAY), "a day of another month than its folders'");
    }

    @Test
    void anArchivedPageIsDatedByItsOwnAddressNotByTheCapture() {
        assertNull(UrlDates.find("https://web.archive.org/web/20130307194448/http://blog.example.org/2008/05/mountain-quests/", TODAY));
        assertEquals(YearMonth.of(2008, 5), UrlDates.month("https://web.archive.org/web/20130307194448/http://blog.example.org/2008/05/mountain-quests/", TODAY));
        assertEquals(LocalDate.of(2012, 8, 2), UrlDates.find("https://archive.example.net/web/20130217080612/http:/news.example.de/2012/08/02/hope-island", TODAY));
    }

    @Test
    void anAddressInMonthFoldersGivesThatMonthOnly() {
        assertEquals(java.time.YearMonth.of(2024, 9), UrlDates.month("https://news.example/2024/09/chancellor-visits/", TODAY));
        assertNull(UrlDates.month("https://news.example/2024/chancellor-visits/", TODAY));
        assertNull(UrlDates.month("https://news.example/2024/09/a/2023/08/b", TODAY), "two months");
        assertEquals(java.time.YearMonth.of(2023, 5), UrlDates.month("https://agency.example/noticia/2023-05/em-hiroshima/", TODAY), "a folder '2023-05'");
        assertEquals(java.time.YearMonth.of(2025, 6), UrlDates.month("https://county.example.cn/news/202506/9ed9eda47e36.shtml", TODAY), "a folder '202506'");
        assertNull(UrlDates.month("https://county.example.cn/news/202513/9ed9eda47e36.shtml", TODAY), "no thirteenth month");
    }

    @Test
    void aPageStampedWithItsMonthAloneGivesTheYearToADayAndMonth() {
        String text = "date 2023-02 Foreign Minister Antonio Tajani met Chinese Foreign Minister Wang Yi in Rome on 16 February. "
                + "The two ministers discussed trade.";
        DocumentExtraction x = extractAt(null, text);
        assertNull(x.published().date(), "a month is not a day of publication");
        assertEquals(LocalDate.of(2023, 2, 16), x.engagements().get(0).date().value());
    }

    @Test
    void aDatelineAfterAMonthStampOnItsLineDatesThePageAndItsToday() {
        String text = "date 2021-03 Valparaíso, 9 de marzo (Agencia).– El canciller de Chile, Andrés Allamand, habló por teléfono "
                + "hoy con su homólogo de Argentina, Felipe Solá.";
        DocumentExtraction x = extractAt(null, text);
        assertEquals(LocalDate.of(2021, 3, 9), x.published().date());
        assertEquals(LocalDate.of(2021, 3, 9), x.engagements().get(0).date().value());
        assertEquals(LocalDate.of(2023, 2, 16), extractAt(null, "date 2023-02 ROME, 16 FEB - Foreign Minister Antonio Tajani met "
                + "Chinese Foreign Minister Wang Yi in Rome.").published().date(), "the stamp gives the dateline its year");
    }

    @Test
    void aPlaceNamedWithTheDayInsideAnEngagementPhraseDoesNotBreakIt() {
        String text = "O presidente Luiz Inácio Lula da Silva se reuniu, nesta sexta-feira (19), em Hiroshima, com o primeiro-ministro "
                + "da Austrália, Anthony Albanese.";
        assertEquals(LocalDate.of(2023, 5, 19), extractAt("https://agency.example/noticia/2023-05/lula/", text).engagements().get(0).date().value());
    }

    @Test
    void aDayAndMonthOnAnUndatedPageTakeTheYearOfItsAddresssMonthFolder() {
        String text = "ASTANA - The President hosted Federal Chancellor Olaf Scholz at the palace during an official visit on Sept 16. "
                + "Olaf Scholz and Kassym-Jomart Tokayev discussed trade.";
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta("https://news.example/2024/09/chancellor-visits/", null, null, "en", null));
        DocumentExtraction x = Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
        assertNull(x.published().date(), "a month is not a day of publication");
        assertEquals(LocalDate.of(2024, 9, 16), x.engagements().get(0).date().value());
        CleanDocument january = new CleanDocument("d", "test/d", text.replace("Sept 16", "Dec 16"), null, null, DocumentKind.NEWS, "en",
                new SourceMeta("https://news.example/2025/01/chancellor-visits/", null, null, "en", null));
        assertEquals(LocalDate.of(2024, 12, 16), Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(january)).engagements().get(0).date().value(),
                "a December day on a January page is of the year before");
    }

    private static DocumentExtraction extractAt(String url, String text) {
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta(url, null, null, "en", null));
        return Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
    }

    @Test
    void aWeekdayWithItsDayOfTheMonthOnAnUndatedPageIsInItsAddresssMonthFolderOrTheOneBefore() {
        String text = "Chancellor Olaf Scholz comes to Kazakhstan on an official visit this Friday (13). "
                + "President Kassym-Jomart Tokayev will receive him at the palace.";
        assertEquals(LocalDate.of(2024, 9, 13), extractAt("https://news.example/2024/09/visit/", text).engagements().get(0).date().value(),
                "Friday the 13th of September 2024");
        assertEquals(LocalDate.of(2024, 9, 13), extractAt("https://news.example/2024/10/visit/", text).engagements().get(0).date().value(),
                "October 13, 2024 is a Sunday: the month before");
        assertNull(extractAt("https://news.example/2024/11/visit/", text).engagements().get(0).date(), "neither November nor October 13 is a Friday");
    }

    @Test
    void aWeekdayWithItsDayOfTheMonthIsNotTheEncounterOfAMonthWhoseDayFallsOnAnotherWeekday() {
        String text = "Chancellor Olaf Scholz will meet President Kassym-Jomart Tokayev in Astana this Friday (13).\n"
                + "Chancellor Olaf Scholz and President Kassym-Jomart Tokayev at their meeting in Astana in May 2023.";
        List<EngagementReport> reports = extractAt("https://news.example/2024/09/visit/", text).engagements();
        assertEquals(2, reports.size(), "May 13, 2023 was a Saturday: two encounters");
        assertEquals(LocalDate.of(2024, 9, 13), reports.get(0).date().value());
    }

    private static PublishedDate published(String url, String text) {
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, null, DocumentKind.NEWS, "en",
                new SourceMeta(url, null, null, "en", null));
        return new PublicationDater(Docs.KB.cues()).date(new KnowledgeAnnotator(Docs.KB).annotate(doc));
    }

    @Test
    void theAddressDatesAPageWhoseTextDoesNot() {
        PublishedDate p = published("https://example.org/news/2023-03-16-ministers-meet",
                "The foreign ministers met on Thursday in the capital and discussed trade.");
        assertEquals(LocalDate.of(2023, 3, 16), p.date());
        assertEquals("given", p.basis());
        assertEquals("https://example.org/news/2023-03-16-ministers-meet", p.evidence().text());
    }

    @Test
    void aPublicationLabelOpeningTheFirstLineDatesThePage() {
        PublishedDate p = published(null, "Published: May 12, 2024 The foreign ministers met on Thursday in the capital.");
        assertEquals(LocalDate.of(2024, 5, 12), p.date());
        assertEquals("text", p.basis());
        assertEquals(LocalDate.of(2024, 9, 26),
                published(null, "Date 2024-09-26 The Prime Minister met the President this afternoon.").date());
        assertNull(published(null, "The ministers met on May 12, 2024 in the capital and agreed to meet again.").date(),
                "a date inside the story is not the publication date");
    }

    @Test
    void aPublicationLabelInAnotherLanguageAndAMonthStampDateThePage() {
        assertEquals(LocalDate.of(2018, 8, 13), published(null, "Os ministros se reuniram.\n\nPublicado em 13/08/2018 - 17:20 Por Agência EFE - Brasília\n\n"
                + "O secretário de Defesa se reuniu nesta segunda-feira com os ministros.").date());
        assertEquals(LocalDate.of(2023, 2, 16), published(null, "date 2023-02\nROMA, 16 FEB - Il ministro Antonio Tajani ha incontrato "
                + "il ministro Wang Yi.").date(), "the month stamp gives the dateline its year");
    }

    @Test
    void theAddressTellsTheArticlesDatelineFromTheDayThePageWasViewed() {
        String text = """
                Tuesday, January 27, 2026

                New Delhi | November 20, 2025 11:47:50 PM IST
                The foreign ministers met in New Delhi on Thursday and reviewed their cooperation.
                """;
        assertEquals(LocalDate.of(2025, 11, 20), published("https://news.example.in/Articles/World/20251120/4386094.html", text).date());
        assertEquals(LocalDate.of(2026, 1, 27), published(null, text).date(), "without an address, the first date line stands");
    }

    @Test
    void theAddresssMonthFolderTellsTheArticlesDateFromASitesStaleBanner() {
        String text = """
                Monday, June 4, 2018

                Premier meets visiting foreign minister

                2025-06-20

                The premier met the visiting foreign minister in the capital on the morning of June 20.
                """;
        assertEquals(LocalDate.of(2025, 6, 20), published("https://county.example.cn/news/202506/9ed9eda47e36.shtml", text).date());
        assertEquals(LocalDate.of(2018, 6, 4), published(null, text).date(), "without an address, the first date line stands");
    }
}
