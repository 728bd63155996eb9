package org.readout.link;

import org.junit.jupiter.api.Test;
import org.readout.clean.DocumentKind;
import org.readout.extract.Location;
import org.readout.knowledge.KnowledgeBase;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.link.Corpus.d;
import static org.readout.link.Corpus.doc;
import static org.readout.link.Corpus.fixture;
import static org.readout.link.Corpus.link;
import static org.readout.link.Corpus.news;
import static org.readout.link.Corpus.only;
import static org.readout.link.Corpus.personIds;

/** Documents about the same encounters, linked end to end: text, annotate, extract, link. */
class LinkerTest {
    private static final LinkInput CALL_OFFICIAL = fixture("mofa-call", "2023-04-03", DocumentKind.OFFICIAL, "call-official.txt");
    private static final LinkInput CALL_NEWS = fixture("kyodo-call", "2023-04-02", DocumentKind.NEWS, "call-news.txt");
    private static final LinkInput MEETING = fixture("mofa-meeting", "2023-04-03", DocumentKind.OFFICIAL, "meeting-same-day.txt");

    // --- two reports of one call

    @Test
    void twoReportsOfOneCallAreOneEngagement() {
        LinkedCorpus c = link(CALL_OFFICIAL, CALL_NEWS);
        Engagement e = only(c);
        assertEquals(List.of(new DocLink("kyodo-call", "reports"), new DocLink("mofa-call", "reports")), e.documents());
        assertEquals(2, e.reports().size());
    }

    @Test
    void linkedCallFields() {
        Engagement e = only(link(CALL_OFFICIAL, CALL_NEWS));
        assertEquals("held", e.status());
        assertEquals("phone", e.format());
        assertEquals(d("2023-04-02"), e.date());
        assertNull(e.dateEnd());
        assertNull(e.location());
        assertNull(e.setting());
        assertNull(e.host());
        assertNull(e.occasion());
        assertEquals(List.of("qin-gang", "yoshimasa-hayashi"), personIds(e));
    }

    @Test
    void officialReadoutWinsForTimeAndDuration() {
        Engagement e = only(link(CALL_OFFICIAL, CALL_NEWS));
        assertEquals("15:00", e.localTime());
        assertEquals(90, e.durationMinutes());
        assertEquals("mofa-call", e.evidence().get("duration_minutes").document());
    }

    @Test
    void eachDocumentLinksToTheEngagement() {
        LinkedCorpus c = link(CALL_OFFICIAL, CALL_NEWS);
        String id = only(c).id();
        assertEquals(List.of(new DocLink(id, "reports")), doc(c, "mofa-call").engagements());
        assertEquals(List.of(new DocLink(id, "reports")), doc(c, "kyodo-call").engagements());
    }

    @Test
    void documentsKeepTheirGivenPublicationDates() {
        LinkedCorpus c = link(CALL_OFFICIAL, CALL_NEWS);
        assertEquals(d("2023-04-03"), doc(c, "mofa-call").published());
        assertEquals("given", doc(c, "mofa-call").publishedBasis());
        assertEquals(d("2023-04-02"), doc(c, "kyodo-call").published());
    }

    @Test
    void documentsAreListedByIdWithTheirSummaries() {
        LinkedCorpus c = link(CALL_OFFICIAL, CALL_NEWS);
        assertEquals(List.of("kyodo-call", "mofa-call"), c.documents().stream().map(x -> x.summary().id()).toList());
        assertEquals("news", doc(c, "kyodo-call").summary().kind());
        assertEquals("test/kyodo-call", doc(c, "kyodo-call").summary().source());
    }

    // --- kept apart

    @Test
    void callAndMeetingOnOneDayAreTwoEngagements() {
        LinkedCorpus c = link(CALL_OFFICIAL, MEETING);
        assertEquals(2, c.engagements().size());
        assertEquals(Set.of("phone", "in_person"), c.engagements().stream().map(Engagement::format).collect(Collectors.toSet()));
        assertNotEquals(c.engagements().get(0).id(), c.engagements().get(1).id());
    }

    @Test
    void aVideoConferenceToldAsAMeetingOnTheSameDayIsOneEngagement() {
        LinkedCorpus c = link(news("video", "2023-05-11", "Prime Minister Fumio Kishida held a video conference with President Joe Biden "
                        + "on May 10, 2023."),
                news("meeting", "2023-05-11", "Prime Minister Fumio Kishida held a meeting with President Joe Biden on May 10, 2023."));
        Engagement e = only(c);
        assertEquals(2, e.documents().size());
        assertEquals("video", e.format());
    }

    @Test
    void anUndatedVideoConferenceJoinsThePairsVideoConferenceRatherThanItsMeeting() {
        LinkedCorpus c = link(news("video", "2023-05-11", "Prime Minister Fumio Kishida held a video conference with President Joe Biden "
                        + "on May 10, 2023."),
                news("meeting", "2023-05-21", "Prime Minister Fumio Kishida held a meeting with President Joe Biden in Hiroshima on May 20, 2023."),
                news("undated", null, "Prime Minister Fumio Kishida held a video conference with President Joe Biden."));
        Engagement video = c.engagements().stream().filter(e -> e.documents().contains(new DocLink("video", "reports"))).findFirst().orElseThrow();
        assertEquals(List.of(new DocLink("undated", "reports"), new DocLink("video", "reports")), video.documents());
        assertEquals(2, c.engagements().size());
    }

    @Test
    void meetingInTokyoIsAVisitHostedByJapan() {
        Engagement e = only(link(MEETING));
        assertEquals("visit", e.setting());
        assertEquals("JPN", e.host());
        assertEquals(new Location("Tokyo", "JPN"), e.location());
    }

    @Test
    void sameDayMeetingsWithDifferentPeopleStayApart() {
        LinkedCorpus c = link(fixture("kono-wang", "2018-01-29", DocumentKind.OFFICIAL, "kono-wang.txt"),
                fixture("kono-li", "2018-01-29", DocumentKind.OFFICIAL, "kono-li.txt"));
        assertEquals(2, c.engagements().size());
        List<List<String>> people = c.engagements().stream().map(Corpus::personIds).toList();
        assertTrue(people.contains(List.of("wang-yi", "taro-kono")), people.toString());
        assertTrue(people.contains(List.of("li-keqiang", "taro-kono")), people.toString());
    }

    @Test
    void anOfficesHolderReadFromTheDayStaysBesideSomeoneNamedInAnotherOffice() {
        LinkedCorpus c = link(news("named", "2024-03-21", "Ministers meet in Canberra\n\nForeign Minister Penny Wong and Defence Minister "
                        + "Richard Marles hosted British Foreign Secretary David Cameron in Canberra on March 21, 2024."),
                news("offices", "2024-03-21", "Australia-United Kingdom Defence Ministers Meeting\n\nThe Australia-United Kingdom "
                        + "Defence Ministers Meeting was held in Canberra on March 21, 2024."));
        List<String> people = c.engagements().stream().flatMap(e -> personIds(e).stream()).toList();
        assertTrue(people.contains("grant-shapps"), "the British defence minister is not the foreign secretary named: " + c.engagements());
        assertTrue(c.engagements().stream().flatMap(e -> e.participants().stream()).noneMatch(p -> "Meeting".equals(p.name())),
                "a meeting is no one's name: " + c.engagements());
    }

    @Test
    void konoWangAndKonoYangStayApartWhenTheKnowledgeBaseKnowsYang() throws URISyntaxException {
        KnowledgeBase kb = KnowledgeBase.load(Path.of(LinkerTest.class.getResource("/link/knowledge-yang").toURI()));
        LinkInput wang = Corpus.input(kb, "kono-wang", "2018-01-29", DocumentKind.OFFICIAL, Corpus.text("kono-wang.txt"));
        LinkInput yang = Corpus.input(kb, "kono-yang", "2018-01-29", DocumentKind.OFFICIAL, Corpus.text("kono-yang.txt"));
        LinkedCorpus c = new Linker(kb).link(List.of(wang, yang));
        assertEquals(2, c.engagements().size());
        Engagement withYang = c.engagements().stream().filter(e -> personIds(e).contains("yang-jiechi")).findFirst().orElseThrow();
        assertEquals("20:00", withYang.localTime());
        assertEquals(50, withYang.durationMinutes());
        assertEquals(List.of(new DocLink("kono-yang", "reports")), withYang.documents());
        Engagement withWang = c.engagements().stream().filter(e -> personIds(e).contains("wang-yi")).findFirst().orElseThrow();
        assertEquals("16:00", withWang.localTime());
        assertEquals(180, withWang.durationMinutes());
    }

    // --- announced, then held

    @Test
    void announcementAndHeldReportNextDayAreOneEngagement() {
        LinkedCorpus c = link(fixture("announce", "2023-03-30", DocumentKind.OFFICIAL, "announce-visit.txt"),
                fixture("held", "2023-04-03", DocumentKind.NEWS, "held-visit-news.txt"));
        Engagement e = only(c);
        assertEquals("held", e.status());
        assertEquals(d("2023-04-02"), e.date(), "the held day, not the announced one");
        assertEquals(List.of(new DocLink("announce", "announces"), new DocLink("held", "reports")), e.documents());
        assertEquals(List.of(new DocLink(e.id(), "announces")), doc(c, "announce").engagements());
    }

    @Test
    void announcementAloneIsPlanned() {
        Engagement e = only(link(fixture("announce", "2023-03-30", DocumentKind.OFFICIAL, "announce-visit.txt")));
        assertEquals("planned", e.status());
        assertEquals(d("2023-04-01"), e.date());
        assertEquals(List.of(new DocLink("announce", "announces")), e.documents());
    }

    // --- undated reports

    @Test
    void undatedReportJoinsTheOnlyAdmissibleEngagement() {
        LinkedCorpus c = link(fixture("visit", "2023-04-03", DocumentKind.OFFICIAL, "visit-official.txt"),
                fixture("undated", null, DocumentKind.NEWS, "undated-news.txt"));
        Engagement e = only(c);
        assertEquals(d("2023-04-02"), e.date());
        assertEquals(List.of(new DocLink("undated", "reports"), new DocLink("visit", "reports")), e.documents());
        assertEquals(List.of(new DocLink(e.id(), "reports")), doc(c, "undated").engagements());
    }

    @Test
    void undatedReportWithTwoAdmissibleEngagementsStaysApart() {
        LinkedCorpus c = link(CALL_OFFICIAL, fixture("visit", "2023-04-03", DocumentKind.OFFICIAL, "visit-official.txt"),
                fixture("undated", null, DocumentKind.NEWS, "undated-news.txt"),
                Corpus.official("visit-later", "2023-04-20",
                        "On April 19, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting Beijing, "
                                + "held a meeting with Mr. Qin Gang, Minister of Foreign Affairs of China."));
        Engagement undated = c.engagements().stream().filter(e -> e.documents().contains(new DocLink("undated", "reports")))
                .findFirst().orElseThrow();
        assertEquals(List.of(new DocLink("undated", "reports")), undated.documents());
        assertNull(undated.date());
        assertEquals(4, c.engagements().size());
    }

    @Test
    void undatedReportNamingFewerOfASidesPeopleJoinsTheDatedOne() {
        LinkInput dated = Corpus.news("dated", "2023-04-03",
                "On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met in Beijing with Premier Li Qiang "
                        + "and Mr. Qin Gang, Minister of Foreign Affairs of China.");
        LinkInput undated = Corpus.news("undated", "2023-04-03",
                "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting Beijing, held a meeting with "
                        + "Mr. Qin Gang, Minister of Foreign Affairs of China.");
        for (LinkedCorpus c : List.of(link(dated, undated), link(undated, dated))) {
            Engagement e = only(c);
            assertEquals(d("2023-04-02"), e.date());
            assertEquals(List.of(new DocLink("dated", "reports"), new DocLink("undated", "reports")), e.documents());
        }
    }

    @Test
    void undatedReportAloneIsKeptWithoutDate() {
        Engagement e = only(link(fixture("undated", null, DocumentKind.NEWS, "undated-news.txt")));
        assertNull(e.date());
        assertEquals("held", e.status());
        assertEquals(List.of(new DocLink("undated", "reports")), e.documents());
    }

    // --- clues that only together fix a day

    @Test
    void marchTenthAndFridayResolveToOneDayInTheLeadersTerms() {
        LinkedCorpus c = link(fixture("march10", null, DocumentKind.NEWS, "march10.txt"),
                fixture("friday", null, DocumentKind.NEWS, "friday.txt"));
        Engagement e = only(c);
        assertEquals(d("2023-03-10"), e.date());
        assertEquals(List.of("emmanuel-macron", "rishi-sunak"), personIds(e));
        assertEquals(new Location("Paris", "FRA"), e.location());
        assertEquals("visit", e.setting());
        assertEquals("FRA", e.host());
    }

    @Test
    void marchTenthAloneIsNotEnough() {
        Engagement e = only(link(fixture("march10", null, DocumentKind.NEWS, "march10.txt")));
        assertNull(e.date(), "10 March 2023 and 10 March 2024 both fall in Sunak's term");
    }

    @Test
    void fridayAloneIsNotEnough() {
        assertNull(only(link(fixture("friday", null, DocumentKind.NEWS, "friday.txt"))).date());
    }

    @Test
    void aSolvedDateDoesNotSayWhenAReportOfFridayWasWritten() {
        LinkedCorpus c = link(fixture("march10", null, DocumentKind.NEWS, "march10.txt"),
                fixture("friday", null, DocumentKind.NEWS, "friday.txt"));
        assertEquals(d("2023-03-10"), only(c).date());
        assertNull(doc(c, "friday").published(), "written that Friday or any day of the week after");
        assertNull(doc(c, "friday").publishedBasis());
    }

    // --- publication dates settled by linking

    @Test
    void spokeTodayGetsItsPublicationDateFromTheLinkedCall() {
        LinkedCorpus c = link(fixture("today", null, DocumentKind.NEWS, "spoke-today.txt"),
                fixture("dated", "2023-05-21", DocumentKind.OFFICIAL, "call-dated.txt"));
        Engagement e = only(c);
        assertEquals(d("2023-05-20"), e.date());
        assertEquals("phone", e.format());
        LinkedDocument today = doc(c, "today");
        assertEquals(d("2023-05-20"), today.published());
        assertEquals("inferred", today.publishedBasis());
        assertTrue(today.publishedEvidence().text().contains("spoke"), "the sentence that says 'today'");
        assertEquals("today", today.publishedEvidence().document());
    }

    @Test
    void spokeTodayAloneHasNoPublicationDate() {
        LinkedCorpus c = link(fixture("today", null, DocumentKind.NEWS, "spoke-today.txt"));
        assertNull(doc(c, "today").published());
        assertNull(doc(c, "today").publishedBasis());
    }

    @Test
    void ambiguousNumericDateIsResolvedByTheLinkedEngagement() {
        LinkedCorpus c = link(fixture("status", null, DocumentKind.NEWS, "status-line.txt"),
                fixture("visit", "2023-04-03", DocumentKind.OFFICIAL, "visit-official.txt"));
        Engagement e = only(c);
        assertEquals(d("2023-04-02"), e.date());
        LinkedDocument status = doc(c, "status");
        assertEquals(d("2023-04-02"), status.published(), "2 April, not 4 February");
        assertEquals("text", status.publishedBasis());
        assertEquals("Status: 04/02/2023 3:24 p.m", status.publishedEvidence().text());
    }

    @Test
    void ambiguousNumericDateAloneStaysUnknown() {
        LinkedCorpus c = link(fixture("status", null, DocumentKind.NEWS, "status-line.txt"));
        assertNull(doc(c, "status").published());
        assertNull(doc(c, "status").publishedBasis());
    }

    // --- mentions without a day

    @Test
    void engagementOnlyMentionedWithoutADayIsLeftOut() {
        LinkedCorpus c = link(fixture("main", "2023-04-03", DocumentKind.OFFICIAL, "main-with-mention.txt"));
        Engagement e = only(c);
        assertEquals(List.of("qin-gang", "yoshimasa-hayashi"), personIds(e));
        assertEquals(List.of(new DocLink(e.id(), "reports")), doc(c, "main").engagements());
        assertEquals(1, doc(c, "main").engagements().size());
    }

    @Test
    void mentionWithADayIsKept() {
        LinkedCorpus c = link(Corpus.official("two", "2023-04-03", """
                On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting Beijing, held a meeting with Mr. Qin Gang, Minister of Foreign Affairs of China.
                Minister Hayashi also recalled his telephone talk with Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea, on March 3.
                """));
        assertEquals(2, c.engagements().size());
        Engagement park = c.engagements().get(0);
        assertEquals(d("2023-03-03"), park.date());
        assertEquals(List.of(new DocLink("two", "mentions")), park.documents());
        assertEquals(List.of(d("2023-03-03"), d("2023-04-02")), c.engagements().stream().map(Engagement::date).toList());
    }

    // --- ids and order

    private static List<LinkInput> corpus() {
        return List.of(CALL_OFFICIAL, CALL_NEWS, MEETING,
                fixture("announce", "2023-03-30", DocumentKind.OFFICIAL, "announce-visit.txt"),
                fixture("held", "2023-04-03", DocumentKind.NEWS, "held-visit-news.txt"),
                fixture("undated", null, DocumentKind.NEWS, "undated-news.txt"),
                fixture("march10", null, DocumentKind.NEWS, "march10.txt"),
                fixture("friday", null, DocumentKind.NEWS, "friday.txt"),
                fixture("today", null, DocumentKind.NEWS, "spoke-today.txt"),
                fixture("dated", "2023-05-21", DocumentKind.OFFICIAL, "call-dated.txt"),
                fixture("status", null, DocumentKind.NEWS, "status-line.txt"));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<LinkInput> inputs = corpus();
        LinkedCorpus reference = new Linker(Corpus.KB).link(inputs);
        Random random = new Random(20230402);
        for (int i = 0; i < 5; i++) {
            List<LinkInput> shuffled = new ArrayList<>(inputs);
            Collections.shuffle(shuffled, random);
            LinkedCorpus c = new Linker(Corpus.KB).link(shuffled);
            assertEquals(reference.engagements().stream().map(Engagement::id).toList(),
                    c.engagements().stream().map(Engagement::id).toList());
            assertEquals(reference, c);
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        List<String> first = new Linker(Corpus.KB).link(corpus()).engagements().stream().map(Engagement::id).toList();
        List<String> second = new Linker(KnowledgeBase.bundled()).link(corpus()).engagements().stream().map(Engagement::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size(), "ids are unique");
        for (String id : first) assertTrue(id.matches("eng-[0-9a-f]{12}"), id);
    }

    @Test
    void anUndatedEngagementKeepsItsIdWhenAnotherReportOfItArrives() {
        LinkInput first = news("first", null, "Foreign Minister Yoshimasa Hayashi spoke by phone with Chinese Foreign Minister Qin Gang, officials said.");
        LinkInput second = news("second", null, "Japan's Yoshimasa Hayashi and China's Qin Gang held a telephone call, the ministry said in a statement.");
        Engagement alone = only(link(first));
        Engagement joined = only(link(first, second));
        assertNull(joined.date());
        assertEquals(2, joined.documents().size());
        assertEquals(alone.id(), joined.id());
        assertEquals(alone.id(), only(link(second)).id(), "the id says what the encounter is, not which report came first");
    }

    @Test
    void idIsPinnedAcrossRunsAndMachines() throws java.security.NoSuchAlgorithmException {
        String key = "CHN,JPN|phone|2023-04-02|qin-gang|yoshimasa-hayashi";
        byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = "eng-" + java.util.HexFormat.of().formatHex(h, 0, 6);
        assertEquals("eng-8a2128974d87", expected);
        assertEquals(expected, only(link(CALL_OFFICIAL, CALL_NEWS)).id());
    }

    @Test
    void idOfADatedEngagementDependsOnWhatItIsNotWhoReportedIt() {
        String both = only(link(CALL_OFFICIAL, CALL_NEWS)).id();
        assertEquals(both, only(link(CALL_OFFICIAL)).id());
        assertEquals(both, only(link(CALL_NEWS)).id());
    }

    @Test
    void engagementsAreSortedByDateWithUndatedLast() {
        LinkedCorpus c = new Linker(Corpus.KB).link(corpus());
        List<Engagement> es = c.engagements();
        for (int i = 1; i < es.size(); i++) {
            Engagement a = es.get(i - 1);
            Engagement b = es.get(i);
            if (a.date() == null) assertNull(b.date());
            else if (b.date() != null) assertTrue(!a.date().isAfter(b.date()));
        }
        assertNull(es.get(es.size() - 1).date());
    }

    @Test
    void everyDocumentLinkHasTheEngagementsOtherSide() {
        LinkedCorpus c = new Linker(Corpus.KB).link(corpus());
        for (LinkedDocument d : c.documents()) {
            for (DocLink l : d.engagements()) {
                Engagement e = c.engagements().stream().filter(x -> x.id().equals(l.id())).findFirst().orElseThrow();
                assertTrue(e.documents().contains(new DocLink(d.summary().id(), l.relation())), d.summary().id() + " " + l);
            }
        }
        for (Engagement e : c.engagements()) {
            for (DocLink l : e.documents()) {
                assertTrue(doc(c, l.id()).engagements().contains(new DocLink(e.id(), l.relation())), e.id() + " " + l);
            }
        }
    }

    @Test
    void emptyInput() {
        LinkedCorpus c = new Linker(Corpus.KB).link(List.of());
        assertTrue(c.documents().isEmpty());
        assertTrue(c.engagements().isEmpty());
    }

    @Test
    void documentWithoutEngagementsIsStillListed() {
        LinkedCorpus c = link(Corpus.news("empty", "2023-04-03", "The weather in Tokyo was mild."));
        assertTrue(c.engagements().isEmpty());
        assertEquals(List.of(), doc(c, "empty").engagements());
        assertEquals(d("2023-04-03"), doc(c, "empty").published());
    }
}
