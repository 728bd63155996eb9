package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KindClassifierTest {
    private static final KindClassifier KINDS = KindClassifier.load();
    private static final String PROSE = "The two ministers met on Monday in the harbour city and agreed to meet again soon.";

    private static DocumentKind kind(List<String> head, List<String> raw, Outlet outlet) {
        return KINDS.classify(head, raw, raw, outlet, null, false);
    }

    private static DocumentKind kind(String... lines) {
        return kind(List.of(lines), List.of(lines), null);
    }

    /** The kind rules of the site of sites.tsv at this address. */
    private static KindClassifier site(String url) {
        return CleaningRules.load(null).at(url).kinds();
    }

    @Test
    void aSitesCuesCountOnItsPagesAlone() {
        List<String> embassy = List.of("Home Page > News of China", "Wang Meets Envoy", PROSE);
        assertEquals(DocumentKind.OFFICIAL, CleaningRules.load(null).signedIn(embassy).kinds().classify(embassy, embassy, embassy, null, null, false),
                "a text without an address, of the embassies' layout by its breadcrumb");
        assertEquals(DocumentKind.OTHER, KINDS.classify(embassy, embassy, embassy, null, null, false));
        List<String> cited = List.of(PROSE, "For Academic Citation:", "Author, A.");
        assertEquals(DocumentKind.ANALYSIS, site("https://www.belfercenter.org/x").classify(List.of(PROSE), cited, cited, null, null, false));
        assertEquals(DocumentKind.OTHER, kind(List.of(PROSE), cited, null));
    }

    @Test
    void aForeignMinistrysTextCarriedElsewhere() {
        List<String> japanese = List.of("外務省・新着情報", "令和5年3月1日", "3月1日、山田外務大臣は来日中の外相と会談を行いました。");
        assertEquals(DocumentKind.OFFICIAL, kind(japanese.toArray(String[]::new)), "a head line naming the ministry as its source");
        List<String> korean = List.of("출처", "외교부", "작성일", "2021.07.22", "외교부 장관은 22일 외교장관회담을 개최하였다.");
        assertEquals(DocumentKind.OFFICIAL, kind(korean.toArray(String[]::new)));
        List<String> mirror = List.of("03/06/2025 | Press release | Distributed by Public on 03/05/2025", PROSE);
        assertEquals(DocumentKind.OFFICIAL, kind(mirror.toArray(String[]::new)), "a government's release on a mirror of releases");
        List<String> channel = List.of(PROSE);
        assertEquals(DocumentKind.OFFICIAL, KINDS.classify(channel, channel, channel, null, "https://news.example.com/s/mfa/123", false),
                "an address in a foreign ministry's channel");
        assertEquals(DocumentKind.OTHER, KINDS.classify(channel, channel, channel, null, "https://news.example.com/s/sports/123", false));
    }

    @Test
    void official() {
        assertEquals(DocumentKind.OFFICIAL, kind("Press Releases", "Talks", PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "Press Release 07 May, 2022", PROSE, PROSE), "the label with its day");
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "Press Release, March 3rd, 2024", PROSE, PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("The following is to be attributed to Spokesperson Lena Moor:", PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Federal Chancellor Scholz welcomes Prime Minister Tusk", PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind(PROSE, "The overview of the talk is as follows."));
        assertEquals(DocumentKind.OFFICIAL, kind(PROSE, "An outline of the conversation follows."));
    }

    @Test
    void aBylineWithThePlaceOfWritingIsNewsEvenOnAGovernmentSite() {
        List<String> lines = List.of("By Karin Holm in Port Vela", PROSE, PROSE);
        assertEquals(DocumentKind.NEWS, KINDS.classify(lines, lines, lines, null, null, false));
        assertEquals(DocumentKind.NEWS, KINDS.classify(lines, lines, lines, new Outlet("Harbour Daily", "news"), null, true));
    }

    @Test
    void aPressReleaseWireAndAnExcellencyMakeAnOfficialRelease() {
        List<String> lines = List.of("His Excellency Arturo Pena, President of Norland, will make a State Visit to Sudmark.", PROSE);
        String wire = "https://www.einpresswire.com/article/1/state-visit";
        assertEquals(DocumentKind.OFFICIAL, site(wire).classify(lines, lines, lines, null, wire, false), "the wire's address counts (sites.tsv)");
        assertEquals(DocumentKind.NEWS, KINDS.classify(lines, lines, lines, null, wire, false), "not in the general rules");
    }

    @Test
    void aReleaseAWireCarriesForAGovernmentOfficeIsOfficial() {
        List<String> lines = List.of("News provided by Prime Minister's Office", "Apr 01, 2025, 10:00 ET", PROSE, PROSE);
        String wire = "https://www.newswire.ca/news-releases/x-1.html";
        assertEquals(DocumentKind.OFFICIAL, site(wire).classify(lines, lines, lines, null, wire, false));
        List<String> company = List.of("News provided by Harbour Shipping Ltd.", PROSE, PROSE);
        assertEquals(DocumentKind.NEWS, KINDS.classify(company, company, company, null, null, false));
    }

    @Test
    void analysis() {
        assertEquals(DocumentKind.ANALYSIS, kind("Analysis & Opinions - The Strait Review", "Title", PROSE));
        assertEquals(DocumentKind.ANALYSIS, kind("Opinion", "Why the Strait Matters", PROSE));
    }

    @Test
    void news() {
        assertEquals(DocumentKind.NEWS, kind("OSLOBY (Kyodo) -- The minister said on Friday he would travel abroad this weekend."));
        assertEquals(DocumentKind.NEWS, kind("BEIJING, Oct 31 (Reuters) – The minister said the talks went well on the whole."));
        assertEquals(DocumentKind.NEWS, kind("Talks Resume", "By Marta Quill", PROSE));
        assertEquals(DocumentKind.NEWS, kind("Ministers meet", "Status: 04/02/2023 3:24 p.m", PROSE));
        assertEquals(DocumentKind.NEWS, kind("Ministers meet", "20:00 JST, July 29, 2024", PROSE));
        assertEquals(DocumentKind.NEWS, kind("Holm said one thing.", "Vos said another.", "An aide said a third."));
        assertEquals(DocumentKind.NEWS, kind(List.of(PROSE), List.of(PROSE), new Outlet("Harbour Daily", "news")));
    }

    @Test
    void otherWithoutCues() {
        assertEquals(DocumentKind.OTHER, kind(PROSE));
        assertEquals(DocumentKind.OTHER, kind(List.of(PROSE), List.of(PROSE), new Outlet("The Strait Review", "unknown")));
        assertEquals(DocumentKind.OTHER, kind("Holm said one thing.", "Vos said another."));
    }

    @Test
    void aReportOfSeveralSentencesInOneParagraphIsNews() {
        String paragraph = PROSE + " " + PROSE.replace("Monday", "Tuesday") + " The harbour city hosts such talks twice a year, and "
                + "both ministers said they would bring their deputies next time, with the trade officials of the two ports as well.";
        assertEquals(DocumentKind.NEWS, kind("Ministers meet in the harbour city", paragraph));
        assertEquals(DocumentKind.OTHER, kind("Ministers meet in the harbour city", PROSE), "one sentence is not yet a report");
    }

    @Test
    void aOneParagraphReportGluedOrInAScriptWithoutCapitalsIsNews() {
        String paragraph = PROSE + " " + PROSE.replace("Monday", "Tuesday") + " The harbour city hosts such talks twice a year, and "
                + "both ministers said they would bring their deputies next time, with the trade officials of the two ports as well.";
        assertEquals(DocumentKind.NEWS, kind("Ministers meet", paragraph.replace(". ", ".")), "sentences glued without a space");
        String japanese = "港町で両国の外相が会談した。".repeat(3) + "両氏は貿易と漁業について意見を交わし、次回は副大臣も同席させることで一致した。".repeat(3);
        assertEquals(DocumentKind.NEWS, kind("外相会談", japanese));
        assertEquals(DocumentKind.OTHER, kind("外相会談", "港町で両国の外相が会談し、貿易と漁業について長い時間をかけて意見を交わした"),
                "one sentence is not yet a report");
    }

    @Test
    void officialWinsATie() {
        assertEquals(DocumentKind.OFFICIAL, kind("Federal Chancellor Scholz welcomes Prime Minister Tusk", "Scholz said a.", "He said b.", "Tusk said c."));
    }

    @Test
    void hugeDocumentsAreSearchedAtTheirEnds() {
        List<String> lines = new ArrayList<>(Collections.nCopies(1000, PROSE));
        lines.set(0, "First");
        lines.set(999, "Last");
        List<String> ends = KindClassifier.ends(lines);
        assertEquals(2 * KindClassifier.END_LINES, ends.size());
        assertEquals("First", ends.get(0));
        assertEquals("Last", ends.get(ends.size() - 1));
        assertEquals(List.of("a"), KindClassifier.ends(List.of("a")));
    }

    @Test
    void aGovernmentsOwnSiteOrAPressReleaseAddressIsOfficial() {
        List<String> lines = List.of("Talks with the neighbours", PROSE, PROSE);
        assertEquals(DocumentKind.OFFICIAL, KINDS.classify(lines, lines, lines, null, "https://www.mofa.example/x", true));
        assertEquals(DocumentKind.OFFICIAL, KINDS.classify(lines, lines, lines, null, "https://wire.example.com/press-release/leaders-speak", false));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", PROSE, "Spokesman for the Presidency Amr Said said the two leaders spoke."));
    }

    @Test
    void aReleaseRepostedAsItWasIssuedIsOfficial() {
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "The below is attributable to Spokesperson Lena Moor:", PROSE, PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "As stated by Spokesperson Lena Moor:", PROSE, PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind(PROSE, "The two leaders spoke for an hour. The overview is as follows.", PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "Prime Minister's Office, Harbour Street | GOV.EXAMPLE", PROSE, PROSE),
                "the issuing office as the page's source line");
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "Department of State", PROSE, PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", PROSE, PROSE, "PRESS OFFICE OF THE PRESIDENT OF THE REPUBLIC OF ARCADIA"),
                "signed by the office that issued it");
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", PROSE, "The leaders spoke by phone, the wire reports citing the official website of the President of Arcadia.", PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", PROSE, PROSE, "Department of National Defence"),
                "signed in title case too");
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "Rt Hon Lena Moor", "Minister of Foreign Affairs", PROSE, PROSE),
                "a minister's release headed by their name and style");
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", PROSE, PROSE, "The Rt. Hon. Lena Moor, Prime Minister of Arcadia"));
        assertEquals(DocumentKind.OFFICIAL, kind("Opening remarks by Foreign Minister Lena Moor at the talks", PROSE, PROSE));
        assertEquals(DocumentKind.OFFICIAL, kind("Talks", "The ministers met in Harbour City, the agency reports via the Arcadian MFA.", PROSE));
        assertEquals(DocumentKind.NEWS, kind("Talks", "The news reached the capital via the ministry's hotline, officials said.", PROSE, PROSE),
                "'via' a ministry in lower case is not a release relayed");
        assertEquals(DocumentKind.NEWS, kind("Talks", "Department of State officials said the talks went well.", PROSE, PROSE),
                "a sentence that opens with an office is not its source line");
        assertEquals(DocumentKind.NEWS, kind("Talks", PROSE, PROSE, "THE WEEK IN REVIEW"));
    }

    @Test
    void proseWithoutAGovernmentsOrAnAnalystsVoiceIsNewsAndAFragmentIsOther() {
        assertEquals(DocumentKind.NEWS, kind("Leaders meet", PROSE, PROSE));
        assertEquals(DocumentKind.OTHER, kind("Leaders meet", PROSE));
        assertEquals(DocumentKind.OTHER, kind("Home", "About us", "Contact"));
    }
}
