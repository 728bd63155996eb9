package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.source.SourceMeta;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whose own account an official document is (issue 9): said, by address, by publisher, or by voice. */
class IssuerFinderTest {
    private static final String CALL = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with "
            + "Chinese Foreign Minister Qin Gang. The two ministers exchanged views on bilateral relations.";

    private static String issuer(DocumentKind kind, String url, String outlet, String text) {
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, outlet, kind, "en",
                new SourceMeta(url, null, LocalDate.of(2023, 3, 3), "en", null));
        DocumentExtraction x = Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
        return x.issuer() == null ? null : x.issuer().value();
    }

    @Test
    void theVoiceOfAReadoutNamesItsOwnPeopleBare() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, CALL));
        assertEquals("CHN", issuer(DocumentKind.OFFICIAL, null, null, "On March 3, 2023, Foreign Minister Qin Gang held a "
                + "telephone call with Yoshimasa Hayashi, Foreign Minister of Japan, at the request of the Japanese side."));
    }

    @Test
    void aNameInAnotherScriptIsTheParticipantsAndSpeaksForTheVoice() {
        assertEquals("CHN", issuer(DocumentKind.OFFICIAL, null, null, "2023年3月3日，外交部长秦刚同日本外务大臣林芳正通电话。双方就双边关系交换了意见。"),
                "the minister named bare is the issuer's, the one after 'Japan' the other side's");
    }

    @Test
    void aCountryWordMarksANameAfterALongOffice() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "Foreign Minister Yoshimasa Hayashi met with China's Director of the "
                + "Office of the Central Foreign Affairs Commission and Foreign Minister Wang Yi in Beijing."));
        assertEquals("CHN", issuer(DocumentKind.OFFICIAL, null, null, "Japan's Minister for Foreign Affairs and for Economic Cooperation "
                + "Yoshimasa Hayashi met with Foreign Minister Wang Yi in Beijing."),
                "a far country word marks no one past another name or the encounter's word");
    }

    @Test
    void theVoiceOfAReadoutCallsItsOwnPrincipalByABareTitle() {
        String call = "The Prime Minister spoke to the Prime Minister of India, Narendra Modi, this morning.\n"
                + "The leaders reflected on the strength of the relationship between India and the UK.";
        assertEquals("GBR", issuer(DocumentKind.OFFICIAL, null, null, call),
                "the Prime Minister the page pairs with India, named bare, though the pair names India first");
    }

    @Test
    void remarksByOnePersonAreTheirGovernmentsOwnAccount() {
        String text = """
                Remarks by President Cyril Ramaphosa, Official Visit of the Chancellor, Union Buildings, Pretoria
                Members of the German and South African media,
                It is an honour to receive Chancellor Olaf Scholz this morning. We have discussed trade and investment.
                """;
        assertEquals("ZAF", issuer(DocumentKind.OFFICIAL, null, null, text));
        assertEquals("ZAF", issuer(DocumentKind.OFFICIAL, null, null, "Press statement by President Cyril Ramaphosa after the talks\n"
                + "We have discussed trade and investment with Chancellor Olaf Scholz."), "two words may open the line before 'statement by'");
        assertEquals(null, issuer(DocumentKind.OFFICIAL, null, null, "Remarks by President Cyril Ramaphosa and Chancellor Olaf Scholz\n"
                + "The two leaders met in Pretoria today."), "two governments' people: the line does not say whose account it is");
    }

    @Test
    void aNameWhoseRemarksThePageIsMakesItsGovernmentsAccountAndItsI() {
        String text = """
                The Ministry of Foreign Affairs

                Foreign Minister Yoshimasa Hayashi's remarks and answers to questions following talks with Foreign Minister of the People's Republic of China Qin Gang, Tokyo, March 3, 2023

                Ladies and gentlemen,

                Minister of Foreign Affairs of the People's Republic of China Qin Gang and I have held a useful meeting.

                Regular meetings between Prime Minister of Japan Fumio Kishida and President of China Xi Jinping are of special importance.
                """;
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, text), "the line names two governments' people, one of them its author");
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, null, DocumentKind.OFFICIAL, "en",
                new SourceMeta(null, null, LocalDate.of(2023, 3, 3), "en", null));
        DocumentExtraction x = Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
        assertEquals(java.util.List.of("Qin Gang", "Yoshimasa Hayashi"), x.engagements().get(0).participants().stream()
                .map(Participant::name).sorted().toList(), "'I' is the author: the page reports the ministers' meeting");
    }

    @Test
    void aNameWrittenInAnotherCaseThanTheKnowledgeBasesIsStillTheName() {
        assertEquals("EGY", issuer(DocumentKind.OFFICIAL, null, null, "Today, President Abdel Fattah El-Sisi received a phone call "
                + "from the Prime Minister of Italy, Ms. Giorgia Meloni."));
    }

    @Test
    void ofACountryRightAfterTheNameMarksIt() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "Foreign Minister Yoshimasa Hayashi has this afternoon, "
                + "3 March 2023, held a telephone discussion with Foreign Minister Qin Gang of the People's Republic of China."));
    }

    @Test
    void aHeadlineNamingBothBareLeavesItToTheLeadAndACountrysOfficeAfterACommaMarks() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "Minister Hayashi Holds Telephone Talk With Minister Qin Gang\n\n"
                + "Yoshimasa Hayashi, the Minister for Foreign Affairs, held a telephone talk with Qin Gang, China's Foreign Minister, on March 3, 2023."));
    }

    @Test
    void theDocumentsTitleIsReadAsAHeadline() {
        CleanDocument doc = new CleanDocument("d", "test/d", "Minister Hayashi on telephone talk with Minister Qin Gang\n\nMinister Yoshimasa Hayashi "
                + "has today, March 3, 2023, held a telephone talk with Minister Qin Gang of China.", "Minister Hayashi on telephone talk with Minister Qin Gang",
                null, DocumentKind.OFFICIAL, "en", new SourceMeta(null, null, LocalDate.of(2023, 3, 3), "en", null));
        DocumentExtraction x = Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
        assertEquals("JPN", x.issuer().value());
    }

    @Test
    void onlyTheFirstSentenceNamingBothSidesSpeaksForTheVoice() {
        assertNull(issuer(DocumentKind.OFFICIAL, null, null, "At the invitation of Chinese Foreign Minister Qin Gang, the Foreign Minister "
                + "of Japan, Yoshimasa Hayashi, will visit China on March 3, 2023. This will be Foreign Minister Hayashi's first visit "
                + "to China, where he will hold talks with Qin Gang."));
    }

    @Test
    void aCountryBeforeTheNameAndItsHonorificMarksIt() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "On March 3, 2023, Minister Yoshimasa Hayashi received a "
                + "telephone call from the Foreign Minister of China, Mr. Qin Gang."));
    }

    @Test
    void aSentenceAboveTheReportThatNamesBothSidesSpeaksForTheVoice() {
        assertEquals("DEU", issuer(DocumentKind.OFFICIAL, null, null, "Chancellor Olaf Scholz and French President Emmanuel Macron "
                + "have reaffirmed their close friendship. President Macron called Chancellor Scholz on March 3, 2023."));
    }

    @Test
    void bothSidesMarkedTheCountryAGovernmentPairsFirstIsItsOwn() {
        String call = "On March 3, 2023, the Chancellor of Germany Olaf Scholz held a telephone call with the President of France "
                + "Emmanuel Macron. They reviewed the %s partnership.";
        assertEquals("FRA", issuer(DocumentKind.OFFICIAL, null, null, call.formatted("France-Germany")));
        assertEquals("DEU", issuer(DocumentKind.OFFICIAL, null, null, call.formatted("Germany and France")));
        assertNull(issuer(DocumentKind.OFFICIAL, null, null, call.formatted("European")));
        assertEquals("GBR", issuer(DocumentKind.OFFICIAL, null, null, "On March 3, 2023, the Chancellor of Germany Olaf Scholz held "
                + "a telephone call with the Prime Minister of the United Kingdom Rishi Sunak. Ties between the United Kingdom and Germany are strong."));
        assertEquals("DEU", issuer(DocumentKind.OFFICIAL, null, null, "On March 3, 2023, the Chancellor of Germany Olaf Scholz held "
                + "a telephone call with the Prime Minister of the United Kingdom Rishi Sunak. Ties between Germany and the United Kingdom are strong."));
    }

    @Test
    void theVoiceReadsThePeopleOfEveryReport() {
        assertEquals("SGP", issuer(DocumentKind.OFFICIAL, null, null, "Ferdinand Marcos Jr., President of the Philippines, will make a "
                + "State Visit to Singapore from 6 to 7 September 2022, at the invitation of President Halimah Yacob. Prime Minister "
                + "Lee Hsien Loong will also meet President Marcos Jr. on 7 September 2022."));
    }

    @Test
    void aCountryAfterTheVerbIsTheOtherSidesNotTheNameBeforeIt() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "Today, the Foreign Minister, Yoshimasa Hayashi, spoke with "
                + "the Foreign Minister of China, Qin Gang. The ministers exchanged views on bilateral relations."));
    }

    @Test
    void theOneGovernmentWhoseAddressesAnOfficialPageGivesIsTheIssuer() {
        String call = "Japanese Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister Qin Gang.\n\n";
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, call + "Media enquiries: press.office@mofa.go.jp"));
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, call + "More at www.mofa.go.jp/policy"));
        assertNull(issuer(DocumentKind.OFFICIAL, null, null, call + "Contacts: press@mofa.go.jp, info@fmprc.gov.cn"), "two governments: unsettled");
        assertNull(issuer(DocumentKind.OFFICIAL, null, null, call + "Contact: desk@example.com"), "not a government's address");
        assertNull(issuer(DocumentKind.NEWS, null, null, call + "Media enquiries: press.office@mofa.go.jp"), "news has no issuer");
    }

    @Test
    void aCountrysTitleAndACommaBeforeTheNameMarkIt() {
        assertEquals("PAK", issuer(DocumentKind.OFFICIAL, null, null, "Foreign Minister Bilawal Bhutto-Zardari received a telephone "
                + "call on May 6, 2022 from the United States’ Secretary of State, Antony Blinken."));
    }

    @Test
    void whenBothSidesAreNamedBareTheVoiceSaysNothing() {
        assertNull(issuer(DocumentKind.OFFICIAL, null, null,
                "On March 3, 2023, Yoshimasa Hayashi held a telephone call with Qin Gang."));
    }

    @Test
    void aGovernmentSiteOrPublisherNamesTheIssuerWhereverTheTextStands() {
        assertEquals("KOR", issuer(DocumentKind.OFFICIAL, "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1", null, CALL),
                "a republished readout keeps its address only on its own site: the address wins");
        assertEquals("KOR", issuer(DocumentKind.OFFICIAL, null, "Ministry of Foreign Affairs of the Republic of Korea", CALL));
        assertEquals("FRA", issuer(DocumentKind.OFFICIAL, "https://za.ambafrance.org/Telephone-conversation", null, CALL),
                "an embassy's site in its government's network");
        assertEquals("GRC", issuer(DocumentKind.OFFICIAL, "https://www.primeminister.gr/en/2024/02/21/33700", null, CALL));
    }

    @Test
    void honorificsAfterTheCommaStillMarkTheNameWithTheCountryBeforeIt() {
        assertEquals("EGY", issuer(DocumentKind.OFFICIAL, null, null, "Today, President Abdel Fattah El-Sisi received a phone call from "
                + "the King of the Hashemite Kingdom of Jordan, His Majesty King Abdullah II ibn Al Hussein."));
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "At China's request, Foreign Minister Yoshimasa Hayashi held a "
                + "telephone call with Chinese Foreign Minister Qin Gang."), "a title after a clause's comma is not marked by the country before it");
        assertEquals("PAK", issuer(DocumentKind.OFFICIAL, null, null, "On December 19, 2024, Prime Minister Shehbaz Sharif met with the Chief "
                + "Adviser of the People's Republic of Bangladesh, H.E. Professor Dr. Muhammad Yunus, for a bilateral meeting."),
                "academic forms of address among the honorifics");
    }

    @Test
    void aDatelinesCountryMarksNoOneAndABracketedAbbreviationKeepsTheMark() {
        assertEquals("JPN", issuer(DocumentKind.OFFICIAL, null, null, "TOKYO, Japan - Foreign Minister Yoshimasa Hayashi together with "
                + "the People's Republic of China (PRC) Foreign Minister Mr. Qin Gang held a meeting today in Tokyo."),
                "Hayashi named bare after the dateline, Qin marked by his country and its abbreviation");
    }

    @Test
    void theDocumentCanSayWhoseAccountItIs() {
        assertEquals("GBR", issuer(DocumentKind.OFFICIAL, null, null, "A Downing Street spokesperson said: "
                + "The Prime Minister spoke to Chancellor Olaf Scholz of Germany on March 3, 2023."));
    }

    @Test
    void aCountryEndingItsSentenceIsNotTheOneTheNextLinesStatementIsBy() {
        assertEquals("USA", issuer(DocumentKind.OFFICIAL, null, null, "President Biden to Meet Prime Minister Kishida of Japan\n\n"
                + "Statement by Press Secretary Jane Example on the meeting.\n\n"
                + "President Joseph R. Biden, Jr. will meet virtually with Prime Minister Kishida Fumio of Japan on Friday, January 21, 2022."),
                "not Japan, the word before the line break");
    }

    @Test
    void aDepartmentNamedWithoutItsCountrySaysWhoseAccountItIsUnlessNewsAttributesToIt() {
        assertEquals("USA", issuer(DocumentKind.OFFICIAL, null, null, "Department of Defense Spokesman John Example provided the "
                + "following readout: Secretary of Defense Lloyd J. Austin III met with Foreign Minister Yoshimasa Hayashi on March 3, 2023."));
        DocumentExtraction news = read(DocumentKind.NEWS, "US Defense Secretary Lloyd Austin and Foreign Minister Yoshimasa Hayashi "
                + "agreed in a call on Friday that the launch was a dangerous escalation, according to a Pentagon readout.");
        assertNull(news.kind(), "still news: " + news.kind());
        assertNull(news.issuer());
    }

    private static DocumentExtraction read(DocumentKind kind, String text) {
        return read(kind, text, "en");
    }

    private static DocumentExtraction read(DocumentKind kind, String text, String language) {
        CleanDocument doc = new CleanDocument("d", "test/d", text, null, null, kind, language,
                new SourceMeta(null, null, LocalDate.of(2023, 3, 3), language, null));
        return Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc));
    }

    @Test
    void aPageInAnotherLanguageIsNotTakenForAReadoutRepublished() {
        String readout = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. Minister Hayashi expressed serious concern about the situation. Mr. Qin explained the position of China.";
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, readout).kind());
        assertNull(read(DocumentKind.NEWS, readout, null).kind(), "the signs of a republished readout are English words");
    }

    @Test
    void underADistributorsReleaseBannerAPageInAnyLanguageIsItsVoicesOwnAccount() {
        String body = "El canciller Yoshimasa Hayashi sostuvo hoy una conversación telefónica con el canciller de China, Qin Gang.";
        DocumentExtraction x = read(DocumentKind.NEWS, "03/03/2023 | Press release | Distributed by Example on 03/03/2023 10:01\n" + body, null);
        assertEquals(DocumentKind.OFFICIAL, x.kind());
        assertEquals("JPN", x.issuer().value());
        assertNull(read(DocumentKind.NEWS, body, null).kind(), "without the banner, news");
    }

    @Test
    void aReadoutRepublishedAsNewsKeepsItsVoiceAndIsThatGovernmentsAccount() {
        String readout = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. Minister Hayashi expressed serious concern about the situation. Mr. Qin explained the position of China.";
        DocumentExtraction x = read(DocumentKind.NEWS, readout);
        assertEquals(DocumentKind.OFFICIAL, x.kind());
        assertEquals("JPN", x.issuer().value());
        assertEquals("official", Readouts.process("republished.txt", "Japan and China hold talks\n\n" + readout.replace("situation. ", "situation.\n\n")
                + " The two ministers agreed to remain in close communication on the issues of the region.").summary().kind(),
                "the pipeline's document takes the kind its reading settled");
    }

    @Test
    void aRepublishedReadoutTellsWhatItsOwnMinisterSaidByHisOfficeAlone() {
        String readout = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. The Foreign Minister said that the detention was deeply regrettable. He said Japan would stay in close "
                + "communication. Mr. Qin explained the position of China.";
        DocumentExtraction x = read(DocumentKind.NEWS, readout);
        assertEquals(DocumentKind.OFFICIAL, x.kind());
        assertEquals("JPN", x.issuer().value());
        assertNull(read(DocumentKind.NEWS, readout.replace("He said", "The Kremlin said") + " The talks were useful, TASS reported.").kind(),
                "named sources are news's");
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, "Hayashi calls Qin\n" + readout).kind(),
                "the republisher's heading may name them as news does");
    }

    @Test
    void aWordThatIsSomeonesFamilyNameIsNoNameWhenThePageNeverNamedThemInFull() {
        String readout = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. They hoped to start initiatives in the areas of Climate Action and Green Energy.";
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, readout).kind(), "no one called Green was named in full");
        assertNull(read(DocumentKind.NEWS, readout + " Rosario Green was there. Green said so.").kind(), "once named in full, a family name alone is news's");
    }

    @Test
    void aPageThatQuotesAPostOnSocialMediaIsNews() {
        String readout = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. Minister Hayashi expressed serious concern about the situation. Mr. Qin explained the position of China.";
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, readout).kind());
        assertNull(read(DocumentKind.NEWS, readout + " Following the call, Minister Hayashi in a post on X wrote that the talks were useful.").kind());
    }

    @Test
    void aNewsAgencysDatelineKeepsItsReportNews() {
        String readout = "Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister "
                + "Qin Gang. Minister Hayashi expressed serious concern about the situation. Mr. Qin explained the position of China.";
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, "Tokyo, March 3 " + readout).kind(), "the readout's voice");
        assertNull(read(DocumentKind.NEWS, "Tokyo, March 3 (Kyodo) " + readout).kind(), "the agency's report");
        assertNull(read(DocumentKind.NEWS, "Tokyo, March 3 (AFP): " + readout).kind());
        assertEquals(DocumentKind.OFFICIAL, read(DocumentKind.NEWS, "A photo of the minister. (Reuters)\nTokyo, March 3 " + readout).kind(),
                "a photo's credit ends its line");
    }

    @Test
    void newsThatNamesPeopleByFamilyNameAloneOrAttributesLineAfterLineStaysNews() {
        String call = "On March 3, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Chinese Foreign Minister Qin Gang. ";
        DocumentExtraction familyName = read(DocumentKind.NEWS, call + "Hayashi expressed serious concern about the situation.");
        assertNull(familyName.kind());
        assertNull(familyName.issuer());
        DocumentExtraction attributed = read(DocumentKind.NEWS, call + "Minister Hayashi expressed concern, the ministry said. "
                + "Mr. Qin explained the position of China, according to a statement.");
        assertNull(attributed.kind());
        assertNull(read(DocumentKind.NEWS, "On March 3, 2023, Yoshimasa Hayashi held a telephone call with Qin Gang.").kind(),
                "both sides named bare: no voice");
    }

    @Test
    void newsHasNoIssuer() {
        assertNull(issuer(DocumentKind.NEWS, "https://www.mofa.go.jp/x.html", null, CALL + " Hayashi told reporters the talks were frank."));
    }

    @Test
    void onItsOwnSiteAGovernmentsBareTitleIsItsOfficeHolder() {
        CleanDocument doc = new CleanDocument("d", "test/d", "The Prime Minister spoke to the President of the United States, "
                + "Joe Biden, this evening. The leaders discussed support for Ukraine.", null, null, DocumentKind.OFFICIAL, "en",
                new SourceMeta("https://www.gov.uk/government/news/pm-call", null, LocalDate.of(2022, 10, 25), "en", null));
        EngagementReport r = Docs.only(Docs.EXTRACTOR.extract(new KnowledgeAnnotator(Docs.KB).annotate(doc)));
        assertEquals("Rishi Sunak", Docs.side(r, "GBR").name());
        assertEquals("Joe Biden", Docs.side(r, "USA").name());
        assertEquals("phone", Docs.value(r.format()));
    }

    @Test
    void anAggregatorsPublisherLineNamesTheGovernmentWhoseReleaseItReposts() {
        String release = "The Prime Minister spoke to the President of the United States, Joe Biden, this evening. "
                + "The leaders discussed support for Ukraine.";
        DocumentExtraction x = read(DocumentKind.NEWS, "UK Gov\n" + release);
        assertEquals(DocumentKind.OFFICIAL, x.kind());
        assertEquals("GBR", x.issuer().value());
        EngagementReport r = Docs.only(x);
        assertEquals("USA", Docs.side(r, "USA").country());
        assertEquals("GBR", Docs.side(r, "GBR").country(), "the bare title is the publisher's office holder");
        DocumentExtraction labelled = read(DocumentKind.NEWS, "Tuesday, 19 April 2022, 6:30 pm\nPress Release: UK Government\n\n" + release);
        assertEquals(DocumentKind.OFFICIAL, labelled.kind());
        assertEquals("GBR", labelled.issuer().value(), "a label and a colon may head the publisher's line");
        assertNull(read(DocumentKind.NEWS, "Opinion: UK Government\n" + release).issuer(), "not a publisher's label");
        String quoting = release + " \u201cWe stand together,\u201d the Prime Minister said. \u201cWe will not waver,\u201d the Prime Minister said.";
        assertEquals("GBR", read(DocumentKind.NEWS, "Press Release: UK Government\n\n" + quoting).issuer().value(),
                "a release that quotes its own leader twice is still the release its publisher's line names");
        assertNull(read(DocumentKind.NEWS, "A Downing Street spokesperson said the talks went well.\n\n" + quoting).issuer(),
                "news quoting a spokesperson line after line stays news");
        assertNull(read(DocumentKind.NEWS, "UK Government announces a review\n" + release).issuer(),
                "a headline that goes on is not a publisher's line");
    }

    @Test
    void aCountrysMinistryAloneOnALineIsThePublisherToo() {
        String release = "Secretary Lloyd Austin spoke with the Kuwaiti defense minister, Sheikh Ahmad Fahad Al-Ahmad Al-Sabah, by phone "
                + "on Sunday. The talks were constructive, a spokesman said. More talks will follow, officials said.";
        assertEquals(null, read(DocumentKind.NEWS, release).kind(), "attributed line after line, the page alone reads as news");
        DocumentExtraction x = read(DocumentKind.NEWS, "U.S. Department of Defense\n\n" + release);
        assertEquals(DocumentKind.OFFICIAL, x.kind());
        assertEquals("USA", x.issuer().value());
        assertNull(read(DocumentKind.NEWS, "U.S. Department of Defense officials said\n\n" + release).issuer(), "a line that goes on is not a publisher's");
    }

    @Test
    void onAPageThatSaysNotWhoseItIsABareTitleIsTheOneHolderItNamesInFull() {
        String meeting = "The president made the call during a virtual meeting with the US Secretary of State, Antony Blinken.";
        DocumentExtraction x = read(DocumentKind.NEWS, "President Luiz Inacio Lula da Silva and Foreign Minister Mauro Vieira on "
                + "Tuesday urged the United States to cut its tariffs.\n" + meeting);
        EngagementReport r = Docs.only(x);
        assertEquals("Luiz Inácio Lula da Silva", Docs.side(r, "BRA").name());
        assertEquals("USA", Docs.side(r, "USA").country());
        DocumentExtraction two = read(DocumentKind.NEWS, "President Luiz Inacio Lula da Silva, Foreign Minister Mauro Vieira and President Gabriel "
                + "Boric on Tuesday urged the United States to cut its tariffs.\n" + meeting);
        assertTrue(two.engagements().stream().noneMatch(e -> e.countries().size() >= 2), "two presidents named: the bare title stays unsettled");
    }
}
