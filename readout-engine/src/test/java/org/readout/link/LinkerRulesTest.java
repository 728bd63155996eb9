package org.readout.link;

import org.junit.jupiter.api.Test;
import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.extract.Sourced;
import org.readout.extract.PublishedDate;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.link.Corpus.d;
import static org.readout.link.Corpus.given;
import static org.readout.link.Corpus.link;
import static org.readout.link.Corpus.office;
import static org.readout.link.Corpus.only;
import static org.readout.link.Corpus.person;
import static org.readout.link.Corpus.personIds;
import static org.readout.link.Corpus.report;
import static org.readout.link.Corpus.synthetic;
import static org.readout.link.Corpus.withDetails;

/** The linker's rules on reports written by hand. */
class LinkerRulesTest {
    private static final String DAY = "2023-04-02";
    private static final Participant HAYASHI = person("yoshimasa-hayashi", DAY);
    private static final Participant QIN = person("qin-gang", DAY);
    private static final Participant PARK = person("park-jin", DAY);
    private static final Participant KONO = person("taro-kono", "2018-01-28");
    private static final Participant WANG = person("wang-yi", "2018-01-28");
    private static final Participant LI = person("li-keqiang", "2018-01-28");
    private static final Participant KANG = person("kang-kyung-wha", "2017-08-29");

    private static LinkInput held(String doc, String format, String date, Participant... ps) {
        return synthetic(doc, "official", given(date == null ? DAY : date), report(doc, 0, "held", format, date, null, ps));
    }

    private static LinkInput planned(String doc, String published, String date, Participant... ps) {
        return synthetic(doc, "official", given(published), report(doc, 0, "planned", "in_person", date, null, ps));
    }

    private static Linker.Node node(EngagementReport r) {
        return new Linker.Node(r, synthetic(r.document(), "news", PublishedDate.UNKNOWN, r));
    }

    private static boolean compatible(EngagementReport a, EngagementReport b) {
        return new Linker(Corpus.KB).compatible(node(a), node(b));
    }

    // --- compatible

    @Test
    void sameSidesSameFormatSamePeopleAreCompatible() {
        assertTrue(compatible(report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "phone", DAY, null, QIN, HAYASHI)));
    }

    @Test
    void aCallAndAMeetingAreNotCompatibleAVideoConferenceIsToldAsEither() {
        assertFalse(compatible(report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "in_person", DAY, null, HAYASHI, QIN)));
        assertTrue(compatible(report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "video", DAY, null, HAYASHI, QIN)));
        assertTrue(compatible(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "video", DAY, null, HAYASHI, QIN)));
    }

    @Test
    void missingFormatIsCompatibleWithAny() {
        assertTrue(compatible(report("a", 0, "held", null, DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "phone", DAY, null, HAYASHI, QIN)));
    }

    @Test
    void subsetOfSidesIsCompatible() {
        assertTrue(compatible(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "in_person", DAY, null, HAYASHI, QIN, PARK)));
    }

    @Test
    void oneDocumentsBilateralAndTrilateralStayApart() {
        assertFalse(compatible(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                report("a", 1, "held", "in_person", DAY, null, HAYASHI, QIN, PARK)));
        assertTrue(compatible(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                report("a", 1, "held", "in_person", DAY, null, QIN, HAYASHI)));
    }

    @Test
    void overlappingButDifferentSidesAreNotCompatible() {
        assertFalse(compatible(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                report("b", 0, "held", "in_person", DAY, null, HAYASHI, PARK)));
    }

    @Test
    void differentPersonOfTheSameSideIsNotCompatible() {
        assertFalse(compatible(report("a", 0, "held", "in_person", "2018-01-28", null, KONO, WANG),
                report("b", 0, "held", "in_person", "2018-01-28", null, KONO, LI)));
    }

    @Test
    void unnamedOfficeIsCompatibleWithANamedPerson() {
        assertTrue(compatible(report("a", 0, "held", "in_person", "2018-01-28", null, KONO, WANG),
                report("b", 0, "held", "in_person", "2018-01-28", null, KONO, office("CHN", "state councilor"))));
    }

    @Test
    void meetingsPlacedInDifferentCountriesAreNotCompatible() {
        EngagementReport vilnius = withDetails(report("a", 0, "held", "in_person", null, null, HAYASHI, QIN), null, null, new Location("Vilnius", "LTU"), null);
        EngagementReport ankara = withDetails(report("b", 0, "held", "in_person", null, null, HAYASHI, QIN), null, null, new Location("Ankara", "TUR"), null);
        EngagementReport istanbul = withDetails(report("c", 0, "held", "in_person", null, null, HAYASHI, QIN), null, null, new Location("Istanbul", "TUR"), null);
        EngagementReport unplaced = report("d", 0, "held", "in_person", null, null, HAYASHI, QIN);
        assertFalse(compatible(vilnius, ankara));
        assertTrue(compatible(ankara, istanbul), "places in one country may be one city and a palace in it");
        assertTrue(compatible(vilnius, unplaced));
        EngagementReport inAmerica = withDetails(report("e", 0, "held", "in_person", null, null, HAYASHI, QIN), null, null, new Location(null, "USA"), null);
        assertTrue(compatible(vilnius, inAmerica), "a country alone decides nothing");
        assertEquals(2, link(synthetic("a", "news", PublishedDate.UNKNOWN, vilnius), synthetic("b", "news", PublishedDate.UNKNOWN, ankara)).engagements().size());
    }

    @Test
    void extraPersonOnASideIsCompatible() {
        assertTrue(compatible(report("a", 0, "held", "in_person", "2018-01-28", null, KONO, WANG),
                report("b", 0, "held", "in_person", "2018-01-28", null, KONO, WANG, LI)));
    }

    // --- dated reports: the same day within a day, announced and held within three

    @Test
    void constants() {
        assertEquals(1, Linker.SAME_DAY_TOLERANCE);
        assertEquals(3, Linker.ANNOUNCED_TO_HELD_DAYS);
    }

    @Test
    void heldReportsOneDayApartAreOneEngagement() {
        Engagement e = only(link(held("a", "phone", "2023-04-02", HAYASHI, QIN), held("b", "phone", "2023-04-03", HAYASHI, QIN)));
        assertEquals(2, e.documents().size());
    }

    @Test
    void heldReportsTwoDaysApartAreTwoEngagements() {
        assertEquals(2, link(held("a", "phone", "2023-04-02", HAYASHI, QIN), held("b", "phone", "2023-04-04", HAYASHI, QIN))
                .engagements().size());
    }

    @Test
    void announcedAndHeldThreeDaysLaterAreOneEngagement() {
        Engagement e = only(link(planned("a", "2023-03-28", "2023-03-30", HAYASHI, QIN),
                held("b", "in_person", "2023-04-02", HAYASHI, QIN)));
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("held", e.status());
    }

    @Test
    void announcedAndHeldFourDaysLaterAreTwoEngagements() {
        assertEquals(2, link(planned("a", "2023-03-27", "2023-03-29", HAYASHI, QIN),
                held("b", "in_person", "2023-04-02", HAYASHI, QIN)).engagements().size());
    }

    @Test
    void heldBeforeTheAnnouncedDayIsNotTheAnnouncedEngagement() {
        assertEquals(2, link(planned("a", "2023-03-30", "2023-04-04", HAYASHI, QIN),
                held("b", "in_person", "2023-04-02", HAYASHI, QIN)).engagements().size());
    }

    @Test
    void twoAnnouncementsTwoDaysApartStayApart() {
        assertEquals(2, link(planned("a", "2023-03-28", "2023-04-02", HAYASHI, QIN),
                planned("b", "2023-03-28", "2023-04-04", HAYASHI, QIN)).engagements().size());
    }

    @Test
    void announcementsOnlyArePlanned() {
        Engagement e = only(link(planned("a", "2023-03-28", "2023-04-02", HAYASHI, QIN),
                planned("b", "2023-03-29", "2023-04-02", HAYASHI, QIN)));
        assertEquals("planned", e.status());
        assertEquals(List.of(new DocLink("a", "announces"), new DocLink("b", "announces")), e.documents());
    }

    @Test
    void heldDatesOutvoteThePlannedOne() {
        Engagement e = only(link(planned("a", "2023-03-28", "2023-04-01", HAYASHI, QIN),
                held("b", "in_person", "2023-04-02", HAYASHI, QIN), held("c", "in_person", "2023-04-02", HAYASHI, QIN)));
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("b", e.evidence().get("date").document());
    }

    /** Hayashi and Qin's encounter as document {@code doc} dates it: from its own words, or counted from its publication day. */
    private static LinkInput dated(String doc, String status, String date, boolean counted) {
        EngagementReport r = report(doc, 0, status, "in_person", date, null, HAYASHI, QIN);
        return synthetic(doc, "news", given(date), new EngagementReport(r.document(), r.ordinal(), r.relation(), r.status(),
                r.format(), r.date(), r.clue(), null, null, null, null, r.kind(), r.participants(), r.evidence(), null, false, counted));
    }

    @Test
    void aDayTheTextNamesOutvotesDaysCountedFromPagesDays() {
        Engagement e = only(link(dated("a", "held", "2023-04-02", false), dated("b", "held", "2023-04-03", true),
                dated("c", "held", "2023-04-03", true)));
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("a", e.evidence().get("date").document());
        assertEquals(d("2023-04-03"), only(link(dated("a", "held", "2023-04-02", true), dated("b", "held", "2023-04-03", true),
                dated("c", "held", "2023-04-03", true))).date(), "counted days alone: by vote");
    }

    @Test
    void daysCountedFromPagesDaysThatTieGiveTheEarlier() {
        Engagement e = only(link(dated("a", "held", "2023-04-03", true), dated("b", "held", "2023-04-02", true)));
        assertEquals(d("2023-04-02"), e.date(), "a page is not written before what it tells of; its stamp may come late");
        assertEquals("b", e.evidence().get("date").document());
        assertEquals(d("2023-04-03"), only(link(dated("a", "held", "2023-04-03", true), dated("b", "held", "2023-04-02", true),
                dated("c", "held", "2023-04-03", true))).date(), "no tie: by vote");
    }

    @Test
    void aHeldDayCountedFromAPageDayGivesWayToTheAnnouncedDayNextToIt() {
        Engagement e = only(link(dated("a", "planned", "2023-04-02", false), dated("b", "held", "2023-04-03", true)));
        assertEquals(d("2023-04-02"), e.date(), "'met today' on a page stamped the day after the announced day");
        assertEquals(d("2023-04-03"), only(link(dated("a", "planned", "2023-04-02", false), dated("b", "held", "2023-04-03", false)))
                .date(), "a held day the text names stands");
        assertEquals(d("2023-04-03"), only(link(dated("a", "planned", "2023-04-02", true), dated("b", "held", "2023-04-03", true)))
                .date(), "an announced day counted from its page ('tomorrow') is no surer");
        assertEquals(d("2023-04-03"), only(link(visit("planned", "2023-03-30", "2023-04-02", "2023-04-03"),
                dated("b", "held", "2023-04-03", true))).date(), "a visit's first day: its talks may be the day after");
    }

    /** Hayashi and Qin's call as a readout issued by {@code issuer} dates it. */
    private static LinkInput readout(String doc, String issuer, String date, boolean counted) {
        EngagementReport r = report(doc, 0, "held", "phone", date, null, HAYASHI, QIN);
        EngagementReport dated = new EngagementReport(r.document(), r.ordinal(), r.relation(), r.status(), r.format(), r.date(),
                r.clue(), null, null, null, null, r.kind(), r.participants(), r.evidence(), null, false, counted);
        return new LinkInput(new org.readout.link.DocumentSummary(doc, "test/" + doc, null, null, "official", "en"),
                new org.readout.extract.DocumentExtraction(doc, given(date), List.of(dated), List.of(),
                        Sourced.of(issuer, r.evidence().get(0)), null));
    }

    @Test
    void oneGovernmentsReadoutsNamingDaysADayApartAreTwoCalls() {
        assertEquals(2, link(readout("a", "JPN", "2023-04-02", false), readout("b", "JPN", "2023-04-03", false)).engagements().size(),
                "'On April 2' and 'On April 3' in two readouts of one ministry");
        assertEquals(1, link(readout("a", "JPN", "2023-04-02", false), readout("b", "CHN", "2023-04-03", false)).engagements().size(),
                "each side's own day, across time zones");
        assertEquals(1, link(readout("a", "JPN", "2023-04-02", false), readout("b", "JPN", "2023-04-03", true)).engagements().size(),
                "a day counted from a page's stamp may be a day off");
    }

    /** A visit of Hayashi and Qin told by document "a" from its first to its last day. */
    private static LinkInput visit(String status, String published, String first, String last) {
        EngagementReport r = report("a", 0, status, "in_person", first, null, HAYASHI, QIN);
        return synthetic("a", "official", given(published), new EngagementReport(r.document(), r.ordinal(), r.relation(),
                r.status(), r.format(), r.date(), r.clue(), null, null, null, null, "visit", r.participants(), r.evidence(),
                Sourced.of(d(last), r.evidence().get(0))));
    }

    @Test
    void heldReportWithoutDayTakesItsPublicationDayWithinTheAnnouncedDays() {
        LinkInput twoDays = visit("planned", "2023-03-30", "2023-04-01", "2023-04-02");
        LinkInput undatedHeld = synthetic("b", "news", given("2023-04-02"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        Engagement e = only(link(twoDays, undatedHeld));
        assertEquals("held", e.status());
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("b", e.evidence().get("date").document());
    }

    @Test
    void theFirstDayOfAVisitGivesWayToTheDayOfTalksAnotherReportGivesWithinIt() {
        Engagement e = only(link(visit("held", "2023-04-02", "2023-04-01", "2023-04-04"), planned("b", "2023-03-28", "2023-04-02", HAYASHI, QIN)));
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("b", e.evidence().get("date").document());
    }

    @Test
    void theFirstDayOfAnAnnouncedVisitGivesWayToTheDayOfTalksAnotherAnnouncementGivesWithinIt() {
        Engagement e = only(link(visit("planned", "2023-03-28", "2023-04-01", "2023-04-04"), planned("b", "2023-03-28", "2023-04-03", HAYASHI, QIN)));
        assertEquals("planned", e.status());
        assertEquals(d("2023-04-03"), e.date(), "the talks announced for the visit's third day");
        assertEquals("b", e.evidence().get("date").document());
    }

    @Test
    void talksOnAnyDayOfAVisitAreTheVisitsEncounter() {
        Engagement e = only(link(visit("held", "2023-04-01", "2023-04-01", "2023-04-04"), held("b", "in_person", "2023-04-03", HAYASHI, QIN)));
        assertEquals(d("2023-04-03"), e.date(), "the talks two days into the visit");
        assertEquals(2, link(visit("held", "2023-04-01", "2023-04-01", "2023-04-04"), held("b", "in_person", "2023-04-06", HAYASHI, QIN))
                .engagements().size(), "two days after it ended: another encounter");
    }

    @Test
    void heldEncounterNoReportPlacesInTimeIsDatedByItsFirstReport() {
        LinkInput later = synthetic("a", "news", given("2023-04-03"), report("a", 0, "held", "phone", null, null, HAYASHI, QIN));
        LinkInput first = synthetic("b", "news", given("2023-04-02"), report("b", 0, "held", "phone", null, null, HAYASHI, QIN));
        Engagement e = only(link(later, first));
        assertEquals(d("2023-04-02"), e.date());
        assertEquals("b", e.evidence().get("date").document());
        assertTrue(e.evidence().get("date").text().contains("2023-04-02"), "the evidence names the day it was published: " + e.evidence().get("date"));
    }

    @Test
    void heldTodayBesideASummitOnAPageOfUnknownDayIsTheDayAnotherPageReportedIt() {
        DateClue todayAtTheSummit = new DateClue(null, null, null, null, true, d("2023-03-31"), d("2023-04-04"));
        LinkInput today = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, todayAtTheSummit, HAYASHI, QIN));
        LinkInput undated = synthetic("b", "news", given("2023-04-02"), report("b", 0, "held", "in_person", null, todayAtTheSummit, HAYASHI, QIN));
        assertEquals(d("2023-04-02"), only(link(today, undated)).date());
        LinkInput late = synthetic("c", "news", given("2023-04-20"), report("c", 0, "held", "in_person", null, todayAtTheSummit, HAYASHI, QIN));
        assertNull(only(link(late)).date(), "a page published after the summit's days does not date a meeting held beside it");
    }

    @Test
    void heldEncounterWithAClueThatSettlesNoDayStaysUndated() {
        DateClue inMarch = new DateClue(null, 3, null, null, false, null, null);
        LinkInput r = synthetic("a", "news", given("2023-04-03"), report("a", 0, "held", "phone", null, inMarch, HAYASHI, QIN));
        assertNull(only(link(r)).date(), "'in March' read from the page is not the day it was published");
        LinkInput announced = synthetic("b", "news", given("2023-04-03"), report("b", 0, "planned", "phone", null, null, HAYASHI, QIN));
        assertNull(only(link(announced)).date(), "an encounter only announced did not happen on the day of its announcement");
    }

    @Test
    void heldReportWithoutDayPublishedAfterTheOneAnnouncedDayKeepsThatDay() {
        LinkInput undatedHeld = synthetic("b", "news", given("2023-04-02"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        Engagement e = only(link(planned("a", "2023-03-30", "2023-04-01", HAYASHI, QIN), undatedHeld));
        assertEquals("held", e.status());
        assertEquals(d("2023-04-01"), e.date());
        assertEquals("a", e.evidence().get("date").document());
    }

    // --- undated reports

    @Test
    void heldReportPublishedBeforeTheEngagementCannotBeOfIt() {
        LinkInput early = synthetic("b", "news", given("2023-03-20"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        LinkedCorpus c = link(held("a", "in_person", "2023-04-02", HAYASHI, QIN), early);
        assertEquals(2, c.engagements().size());
    }

    @Test
    void heldReportPublishedLongAfterTheEngagementIsNotOfIt() {
        LinkInput late = synthetic("b", "news", given("2023-06-20"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        assertEquals(2, link(held("a", "in_person", "2023-04-02", HAYASHI, QIN), late).engagements().size());
    }

    @Test
    void heldReportPublishedOnTheDayAfterJoins() {
        LinkInput next = synthetic("b", "news", given("2023-04-03"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        assertEquals(1, link(held("a", "in_person", "2023-04-02", HAYASHI, QIN), next).engagements().size());
    }

    @Test
    void clueMustAdmitTheDay() {
        DateClue friday = new DateClue(null, null, null, DayOfWeek.FRIDAY, false, null, null);
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, friday, HAYASHI, QIN));
        assertEquals(2, link(held("a", "in_person", "2023-04-02", HAYASHI, QIN), b).engagements().size(),
                "2 April 2023 is a Sunday");
        DateClue sunday = new DateClue(null, null, null, DayOfWeek.SUNDAY, false, null, null);
        LinkInput c = synthetic("c", "news", PublishedDate.UNKNOWN, report("c", 0, "held", "in_person", null, sunday, HAYASHI, QIN));
        assertEquals(1, link(held("a", "in_person", "2023-04-02", HAYASHI, QIN), c).engagements().size());
    }

    @Test
    void undatedReportOutsideItsPeoplesWholeCareerCannotJoin() {
        Participant qinLater = person("qin-gang", DAY);
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, null, HAYASHI, qinLater));
        LinkInput a = held("a", "in_person", "2021-12-02", HAYASHI, office("CHN", "foreign minister"));
        assertEquals(2, link(a, b).engagements().size(), "Qin Gang took office on 30 December 2022");
    }

    @Test
    void undatedReportsWithAgreeingCluesLinkTogether() {
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, march, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        Engagement e = only(link(a, b));
        assertNull(e.date());
        assertEquals(2, e.documents().size());
    }

    @Test
    void aWeekdayAtASummitIsTheOneDayOfThatWeekdayInTheSummitsDays() {
        DateClue tuesdayAtTheSummit = new DateClue(null, null, null, DayOfWeek.TUESDAY, false, d("2023-03-05"), d("2023-03-11"));
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, tuesdayAtTheSummit, HAYASHI, QIN));
        assertEquals(d("2023-03-07"), only(link(a)).date());
        DateClue twoTuesdays = new DateClue(null, null, null, DayOfWeek.TUESDAY, false, d("2023-03-05"), d("2023-03-15"));
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, twoTuesdays, HAYASHI, QIN));
        assertNull(only(link(b)).date(), "two Tuesdays in the window");
        DateClue noWeekday = new DateClue(null, null, null, null, false, d("2023-03-05"), d("2023-03-11"));
        LinkInput c = synthetic("c", "news", PublishedDate.UNKNOWN, report("c", 0, "held", "in_person", null, noWeekday, HAYASHI, QIN));
        assertNull(only(link(c)).date(), "any of seven days");
    }

    @Test
    void undatedReportsWithDisagreeingCluesStayApart() {
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        DateClue may = new DateClue(2023, 5, null, null, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, march, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, may, HAYASHI, QIN));
        assertEquals(2, link(a, b).engagements().size());
    }

    @Test
    void undatedReportsWithDifferentWeekdaysStayApart() {
        DateClue mon = new DateClue(null, null, null, DayOfWeek.MONDAY, false, null, null);
        DateClue tue = new DateClue(null, null, null, DayOfWeek.TUESDAY, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, mon, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "in_person", null, tue, HAYASHI, QIN));
        assertEquals(2, link(a, b).engagements().size());
    }

    @Test
    void aWeekdayInOneReportIsResolvedAgainstAnotherReportsPublicationDay() {
        DateClue sunday = new DateClue(null, null, null, DayOfWeek.SUNDAY, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, sunday, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", given("2023-04-03"), report("b", 0, "held", "in_person", null, null, HAYASHI, QIN));
        assertEquals(java.time.LocalDate.parse("2023-04-02"), only(link(a, b)).date());
    }

    @Test
    void aDayAndMonthInOneReportTakeTheYearOfAnotherReportsPublication() {
        DateClue august29 = new DateClue(null, 8, 29, null, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "phone", null, august29, KONO, KANG));
        LinkInput b = synthetic("b", "official", given("2017-08-29"), report("b", 0, "held", "phone", null, null, KONO, KANG));
        Engagement e = only(link(a, b));
        assertEquals(java.time.LocalDate.parse("2017-08-29"), e.date());
        assertEquals("a", e.evidence().get("date").document(), "the report that named the day");
        assertNull(only(link(a)).date(), "Kono and Kang were both foreign ministers on 29 August 2017 and 2018");
    }

    @Test
    void aWeekdayAloneWithAnAnnouncementsPublicationDayStaysUndated() {
        DateClue sunday = new DateClue(null, null, null, DayOfWeek.SUNDAY, false, null, null);
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "in_person", null, sunday, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", given("2023-04-03"), report("b", 0, "planned", "in_person", null, null, HAYASHI, QIN));
        assertNull(link(a, b).engagements().get(0).date());
    }

    // --- what is left out

    @Test
    void reportWithOneSideIsIgnored() {
        LinkInput a = synthetic("a", "news", given(DAY), report("a", 0, "held", "in_person", DAY, null, HAYASHI));
        LinkedCorpus c = link(a);
        assertTrue(c.engagements().isEmpty());
        assertEquals(List.of(), Corpus.doc(c, "a").engagements());
    }

    @Test
    void undatedMentionIsLeftOutButUndatedReportIsKept() {
        LinkInput a = synthetic("a", "news", given(DAY),
                report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN),
                report("a", 1, "held", "in_person", null, null, HAYASHI, PARK));
        LinkedCorpus c = link(a);
        assertEquals(1, c.engagements().size());
        assertEquals(Set.of("JPN", "CHN"), Set.copyOf(only(c).participants().stream().map(Participant::country).toList()));
    }

    @Test
    void strongestRelationOfADocumentIsKept() {
        LinkInput a = synthetic("a", "news", given(DAY),
                report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN),
                report("a", 1, "held", "phone", DAY, null, HAYASHI, QIN));
        LinkedCorpus c = link(a);
        Engagement e = only(c);
        assertEquals(List.of(new DocLink("a", "reports")), e.documents());
        assertEquals(List.of(new DocLink(e.id(), "reports")), Corpus.doc(c, "a").engagements());
    }

    @Test
    void relationStrength() {
        assertTrue(DocLink.strength("reports") > DocLink.strength("announces"));
        assertTrue(DocLink.strength("announces") > DocLink.strength("mentions"));
        assertEquals(DocLink.strength("mentions"), DocLink.strength("anything else"));
    }

    // --- building the engagement

    @Test
    void phoneCallHasNoPlaceSettingOrHost() {
        LinkInput a = synthetic("a", "official", given(DAY),
                withDetails(report("a", 0, "held", "phone", DAY, null, HAYASHI, QIN), "15:00", 90, new Location("Tokyo", "JPN"), null));
        Engagement e = only(link(a));
        assertNull(e.location());
        assertNull(e.setting());
        assertNull(e.host());
        assertEquals("15:00", e.localTime());
        assertEquals(90, e.durationMinutes());
    }

    @Test
    void videoCallHasNoPlace() {
        LinkInput a = synthetic("a", "official", given(DAY),
                withDetails(report("a", 0, "held", "video", DAY, null, HAYASHI, QIN), null, null, new Location("Tokyo", "JPN"), null));
        assertNull(only(link(a)).location());
    }

    @Test
    void aVideoCallOfThreeSidesIsMultilateral() {
        LinkInput a = synthetic("a", "official", given(DAY), report("a", 0, "held", "video", DAY, null, HAYASHI, QIN, PARK));
        Engagement e = only(link(a));
        assertEquals("multilateral", e.setting());
        assertNull(e.location());
        assertNull(e.host());
    }

    @Test
    void meetingInOneSidesCountryIsAVisitThatCountryHosts() {
        LinkInput a = synthetic("a", "official", given(DAY),
                withDetails(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN), null, null, new Location("Beijing", "CHN"), null));
        Engagement e = only(link(a));
        assertEquals("visit", e.setting());
        assertEquals("CHN", e.host());
        assertEquals(new Location("Beijing", "CHN"), e.location());
    }

    @Test
    void meetingElsewhereIsInAThirdCountryWithoutHost() {
        LinkInput a = synthetic("a", "official", given(DAY), withDetails(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN),
                null, null, new Location("Jakarta", "IDN"), "ASEAN-related Foreign Ministers’ Meeting"));
        Engagement e = only(link(a));
        assertEquals("third_country", e.setting());
        assertNull(e.host());
        assertEquals("ASEAN-related Foreign Ministers’ Meeting", e.occasion());
    }

    @Test
    void aCityNamedLikeALargerOneAbroadIsTheOneInAParticipantsCountry() {
        // Valencia of Venezuela is the larger; a meeting of Spain's and Japan's ministers "in Valencia" is in Spain's
        Participant sanchez = person("pedro-sanchez", DAY);
        LinkInput a = synthetic("a", "official", given(DAY),
                withDetails(report("a", 0, "held", "in_person", DAY, null, HAYASHI, sanchez), null, null, new Location("Valencia", "VEN"), null));
        Engagement e = only(link(a));
        assertEquals(new Location("Valencia", "ESP"), e.location());
        assertEquals("visit", e.setting());
        assertEquals("ESP", e.host());
    }

    @Test
    void threeSidesAreMultilateral() {
        LinkInput a = synthetic("a", "official", given(DAY), withDetails(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN, PARK),
                null, null, new Location("Busan", "KOR"), null));
        Engagement e = only(link(a));
        assertEquals("multilateral", e.setting());
        assertEquals("KOR", e.host());
    }

    @Test
    void meetingWithoutPlaceHasNoSetting() {
        Engagement e = only(link(held("a", "in_person", DAY, HAYASHI, QIN)));
        assertNull(e.setting());
        assertNull(e.host());
        assertNull(e.location());
    }

    @Test
    void officialSourceWinsOverNewsWhateverTheIds() {
        LinkInput news = synthetic("a-news", "news", given(DAY),
                withDetails(report("a-news", 0, "held", "phone", DAY, null, HAYASHI, QIN), "16:00", 60, null, null));
        LinkInput official = synthetic("z-official", "official", given(DAY),
                withDetails(report("z-official", 0, "held", "phone", DAY, null, HAYASHI, QIN), "15:00", 90, null, null));
        Engagement e = only(link(news, official));
        assertEquals("15:00", e.localTime());
        assertEquals(90, e.durationMinutes());
        assertEquals("z-official", e.evidence().get("local_time").document());
    }

    @Test
    void newsFillsWhatTheOfficialReadoutLacks() {
        LinkInput news = synthetic("a-news", "news", given(DAY),
                withDetails(report("a-news", 0, "held", "phone", DAY, null, HAYASHI, QIN), "16:00", 60, null, null));
        LinkInput official = synthetic("z-official", "official", given(DAY), report("z-official", 0, "held", "phone", DAY, null, HAYASHI, QIN));
        Engagement e = only(link(news, official));
        assertEquals("16:00", e.localTime());
        assertEquals("a-news", e.evidence().get("local_time").document());
    }

    @Test
    void evidenceIsKeptPerField() {
        LinkInput a = synthetic("a", "official", given(DAY),
                withDetails(report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN), "15:00", 90, new Location("Beijing", "CHN"), "X Meeting"));
        Engagement e = only(link(a));
        assertEquals(Set.of("status", "date", "format", "location", "local_time", "duration_minutes", "occasion"), e.evidence().keySet());
    }

    @Test
    void unnamedOfficeGivesWayToANamedPersonOfThatCountry() {
        Engagement e = only(link(held("a", "in_person", DAY, HAYASHI, office("CHN", "foreign minister")),
                held("b", "in_person", DAY, HAYASHI, QIN)));
        assertEquals(List.of("qin-gang", "yoshimasa-hayashi"), personIds(e));
    }

    @Test
    void unnamedOfficeAloneIsKept() {
        Engagement e = only(link(held("a", "in_person", DAY, HAYASHI, office("CHN", "state councilor"))));
        assertEquals(2, e.participants().size());
        Participant chn = e.participants().get(0);
        assertNull(chn.name());
        assertEquals("CHN", chn.country());
        assertEquals("state councilor", chn.role());
    }

    @Test
    void participantsAreSortedByCountryThenName() {
        Engagement e = only(link(held("a", "in_person", DAY, PARK, HAYASHI, QIN)));
        assertEquals(List.of("CHN", "JPN", "KOR"), e.participants().stream().map(Participant::country).toList());
    }

    @Test
    void participantsOfficeIsSettledOnTheEngagementsDay() {
        Participant konoLatest = new Participant("Taro Kono", "JPN", "defence minister", "JPNGOV", "taro-kono", Corpus.ev("a"));
        Engagement e = only(link(held("a", "in_person", "2018-01-28", konoLatest, WANG)));
        Participant kono = e.participants().stream().filter(p -> "taro-kono".equals(p.personId())).findFirst().orElseThrow();
        assertEquals("foreign minister", kono.role());
        assertEquals("JPNGOV", kono.actor());
    }

    @Test
    void reportsAreKeptOnTheEngagement() {
        EngagementReport r = report("a", 0, "held", "in_person", DAY, null, HAYASHI, QIN);
        Engagement e = only(link(synthetic("a", "official", given(DAY), r)));
        assertEquals(List.of(r), e.reports());
    }

    @Test
    void idDependsOnFormat() {
        String phone = only(link(held("a", "phone", DAY, HAYASHI, QIN))).id();
        String inPerson = only(link(held("a", "in_person", DAY, HAYASHI, QIN))).id();
        assertFalse(phone.equals(inPerson));
    }

    @Test
    void idDependsOnDate() {
        String a = only(link(held("a", "phone", "2023-04-02", HAYASHI, QIN))).id();
        String b = only(link(held("a", "phone", "2023-04-05", HAYASHI, QIN))).id();
        assertFalse(a.equals(b));
    }

    @Test
    void idOfADatedEngagementDoesNotDependOnTheDocument() {
        assertEquals(only(link(held("a", "phone", DAY, HAYASHI, QIN))).id(), only(link(held("b", "phone", DAY, QIN, HAYASHI))).id());
    }

    @Test
    void idOfAnUndatedEngagementIsWhatItIsNotWhichReportsItHas() {
        LinkInput a = synthetic("a", "news", PublishedDate.UNKNOWN, report("a", 0, "held", "phone", null, null, HAYASHI, QIN));
        LinkInput b = synthetic("b", "news", PublishedDate.UNKNOWN, report("b", 0, "held", "phone", null, null, HAYASHI, QIN));
        assertEquals(only(link(a)).id(), only(link(b)).id());
        DateClue march = new DateClue(2023, 3, null, null, false, null, null);
        DateClue may = new DateClue(2023, 5, null, null, false, null, null);
        LinkInput inMarch = synthetic("m", "news", PublishedDate.UNKNOWN, report("m", 0, "held", "phone", null, march, HAYASHI, QIN));
        LinkInput inMay = synthetic("n", "news", PublishedDate.UNKNOWN, report("n", 0, "held", "phone", null, may, HAYASHI, QIN));
        List<String> ids = link(inMarch, inMay).engagements().stream().map(Engagement::id).toList();
        assertEquals(2, ids.size());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "two encounters that would share an id are told apart");
        assertEquals(only(link(a)).id(), only(link(a)).id());
    }
}
