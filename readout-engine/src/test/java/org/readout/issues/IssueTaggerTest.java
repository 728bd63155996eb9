package org.readout.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssueTaggerTest {

    private static final IssueTagger TAGGER = IssueTagger.bundled();

    private static List<String> ids(String sentence) {
        return TAGGER.find(sentence).stream().map(IssueMatch::id).toList();
    }

    private static IssueMatch only(String sentence, String id) {
        List<IssueMatch> of = TAGGER.find(sentence).stream().filter(m -> m.id().equals(id)).toList();
        assertEquals(1, of.size(), sentence + " -> " + TAGGER.find(sentence));
        return of.get(0);
    }

    private static void assertOffsets(String sentence, IssueMatch m) {
        assertEquals(m.text(), sentence.substring(m.start(), m.end()));
    }

    @Test
    void eastChinaSeaWithTheJapaneseWordingOfTheIslands() {
        String s = "The minister expressed serious concerns regarding the situation in the East China Sea, "
                + "including the Senkaku Islands, during the call.";
        List<IssueMatch> found = TAGGER.find(s);
        assertEquals(List.of("east-china-sea", "east-china-sea"), found.stream().map(IssueMatch::id).toList());
        IssueMatch sea = found.get(0);
        assertEquals("situation in the East China Sea", sea.text());
        assertNull(sea.wordingOf());
        IssueMatch islands = found.get(1);
        assertEquals("Senkaku Islands", islands.text());
        assertEquals("JPN", islands.wordingOf());
        assertTrue(islands.isWording());
        found.forEach(m -> assertOffsets(s, m));

        List<IssueMatch> per = TAGGER.perIssue(s);
        assertEquals(1, per.size());
        assertEquals("JPN", per.get(0).wordingOf(), "the side's wording stands for the issue");
        assertEquals("Senkaku Islands", per.get(0).text());
    }

    @Test
    void chineseAndTaiwaneseNamesOfTheIslands() {
        assertEquals("CHN", only("Beijing reaffirmed that Diaoyu Dao and its affiliated islands are its territory.", "east-china-sea").wordingOf());
        assertEquals("Diaoyu Dao and its affiliated islands",
                only("Beijing reaffirmed that Diaoyu Dao and its affiliated islands are its territory.", "east-china-sea").text());
        assertEquals("CHN", only("Patrol ships sailed near the Diaoyu Islands on Tuesday.", "east-china-sea").wordingOf());
        assertEquals("JPN", only("Coast guard vessels were again seen near the Senkakus.", "east-china-sea").wordingOf());
        assertEquals("TWN", only("Taipei also claims the Diaoyutai Islands.", "east-china-sea").wordingOf());
    }

    @Test
    void bothNamesTogetherMergeIntoOneNeutralMention() {
        String s = "Tension over the uninhabited Senkaku/Diaoyu islands has risen again.";
        IssueMatch m = only(s, "east-china-sea");
        assertEquals("Senkaku/Diaoyu islands", m.text());
        assertNull(m.wordingOf());
        assertOffsets(s, m);

        String b = "Ships entered waters near the Diaoyu Islands (Senkaku Islands) twice this month.";
        IssueMatch both = only(b, "east-china-sea");
        assertEquals("Diaoyu Islands (Senkaku Islands)", both.text());
        assertNull(both.wordingOf(), "wordings of two sides merged are no side's wording");
        assertEquals("Diaoyu Islands / Senkaku Islands", both.phrase());
    }

    @Test
    void fukushimaWaterInEachSidesWords() {
        IssueMatch chn = only("The spokesperson again condemned the dumping of nuclear-polluted water into the Pacific.", "fukushima-water");
        assertEquals("nuclear-polluted water", chn.text());
        assertEquals("CHN", chn.wordingOf());

        IssueMatch jpn = only("Tokyo explained the safety of the ALPS-treated water and the monitoring by the IAEA.", "fukushima-water");
        assertEquals("ALPS-treated water", jpn.text());
        assertEquals("JPN", jpn.wordingOf());
        assertEquals(chn.issue(), jpn.issue());

        assertEquals("CHN", only("It called the release of nuclear contaminated water irresponsible.", "fukushima-water").wordingOf());
        assertEquals("CHN", only("They raised the Fukushima nuclear-contaminated water again.", "fukushima-water").wordingOf());
        assertEquals("JPN", only("Japan will continue to release treated water for decades.", "fukushima-water").wordingOf());
        assertNull(only("Fishermen worry about the Fukushima Daiichi plant.", "fukushima-water").wordingOf());
        // a side's wording written with a typographic dash or a line break still matches
        assertEquals("CHN", only("the nuclear\u2010contaminated\nwater", "fukushima-water").wordingOf());
    }

    @Test
    void foodImportRestrictionsWinOverTheGeneralTradeIssue() {
        String s = "He urged the prompt removal of import restrictions on Japanese food products.";
        IssueMatch m = only(s, "food-import-restrictions");
        assertEquals("import restrictions on Japanese food products", m.text());
        assertFalse(ids(s).contains("trade-restrictions"), "the longer phrase wins");
        assertEquals(List.of("trade-restrictions"), ids("Both sides should avoid new import restrictions on steel."));
        assertEquals(List.of("food-import-restrictions"), ids("The ban on Japanese seafood remains in place."));
    }

    @Test
    void taiwan() {
        assertEquals(List.of("taiwan"), ids("The leaders underscored the importance of peace and stability across the Taiwan Strait."));
        assertEquals("CHN", only("He stressed that the Taiwan question is at the very core of China's core interests.", "taiwan").wordingOf());
        assertEquals("USA", only("Washington remains guided by the Taiwan Relations Act.", "taiwan").wordingOf());
        assertNull(only("Both sides support the peaceful resolution of cross-Strait issues.", "taiwan").wordingOf());
        assertEquals("CHN", only("Beijing insists on the one-China principle.", "taiwan").wordingOf());
        assertEquals("USA", only("Washington's one China policy has not changed.", "taiwan").wordingOf());
    }

    @Test
    void northKoreaIssues() {
        assertEquals(List.of("abductions"), ids("He asked for understanding and cooperation toward the early resolution of the abductions issue."));
        assertEquals(List.of("korean-denuclearization"), ids("They reaffirmed their commitment to the denuclearization of the Korean Peninsula."));
        assertEquals(List.of("korean-denuclearization"), ids("Both stressed the complete denuclearisation of the Korean Peninsula."));
        assertEquals(List.of("dprk-nuclear-missile"), ids("The ministers condemned North Korea's ballistic missile launches."));
        assertEquals(List.of("north-korea"), ids("The two ministers exchanged views on the situation surrounding North Korea."));
        assertEquals("CHN", only("China hopes the Peninsula issue can be settled through dialogue.", "north-korea").wordingOf());
    }

    @Test
    void smallBoatsAcrossTheChannel() {
        String s = "The two leaders pledged to stop small boats crossing the Channel this summer.";
        IssueMatch m = only(s, "channel-small-boats");
        assertEquals("small boats crossing the Channel", m.text(), "adjacent mentions of one issue merge");
        assertEquals("small boats / crossing the Channel", m.phrase());
        assertOffsets(s, m);
        assertEquals(List.of("irregular-migration", "channel-small-boats"),
                ids("New funds target illegal migration and Channel crossings."));
    }

    @Test
    void severalIssuesInOneSentenceComeInOrder() {
        String s = "The minister raised concerns about Hong Kong and Xinjiang, the detention of Japanese nationals, "
                + "and cooperation on climate change, global health and the G7.";
        assertEquals(List.of("hong-kong", "xinjiang", "detained-nationals", "climate-change", "global-health", "g7"), ids(s));
        List<IssueMatch> found = TAGGER.find(s);
        for (int i = 1; i < found.size(); i++) assertTrue(found.get(i - 1).end() <= found.get(i).start());
        found.forEach(m -> assertOffsets(s, m));
        assertEquals(6, TAGGER.perIssue(s).size());
    }

    @Test
    void manyForumsAndFrameworks() {
        assertEquals(List.of("asean", "quad", "nato", "un-security-council"),
                ids("Japan will host the ASEAN meeting, then the Quad summit, before joining NATO allies at the UN Security Council."));
        assertEquals(List.of("wps"), ids("They welcomed progress on Women, Peace and Security (WPS) in the region."));
        assertEquals("Women, Peace and Security (WPS)", only("They welcomed progress on Women, Peace and Security (WPS) in the region.", "wps").text());
        assertEquals(List.of("mercosur-integration", "mercosur-integration"), ids("They want to revive mercosur and relaunch UNASUR."));
        assertEquals(List.of("currency-settlement", "infrastructure"),
                ids("Talks covered a common currency for trade and the second stage of a gas pipeline."));
    }

    @Test
    void otherSidesWordings() {
        assertEquals("KOR", only("Seoul summoned a diplomat over claims to Dokdo.", "dokdo-takeshima").wordingOf());
        assertEquals("JPN", only("Tokyo renewed its claim to Takeshima.", "dokdo-takeshima").wordingOf());
        assertEquals("RUS", only("Moscow plans new investment in the Southern Kurils.", "northern-territories").wordingOf());
        assertEquals("JPN", only("Former residents visited graves on the Northern Territories.", "northern-territories").wordingOf());
        assertEquals("CHN", only("He described the Ukraine crisis as complex.", "ukraine-war").wordingOf());
        assertEquals("RUS", only("Moscow said the special military operation would continue.", "ukraine-war").wordingOf());
        assertEquals("CHN", only("The envoy rejected efforts at containment and suppression.", "strategic-competition").wordingOf());
        assertEquals("ARG", only("Buenos Aires reaffirmed its rights over the Malvinas.", "falklands").wordingOf());
    }

    @Test
    void caseRules() {
        // a capitalised phrase only matches capitalised text
        assertEquals(List.of(), ids("the quad bike stood near a channel of communication"));
        assertEquals(List.of("quad"), ids("Ministers of the Quad met in Delhi."));
        // a word in capitals only matches capitals
        assertEquals(List.of(), ids("Who attended? Nobody knew who."));
        assertEquals(List.of("global-health"), ids("The WHO pandemic accord talks resumed."));
        assertEquals(List.of(), ids("The painter Ai Weiwei opened a show."));
        // lower-case phrases match in any case
        assertEquals(List.of("covid-19", "covid-19"), ids("COVID-19 and Covid-19 are one disease."));
        assertEquals(List.of("mercosur-integration", "mercosur-integration"), ids("MERCOSUR, or Mercosur, met."));
        assertEquals(List.of("free-open-indo-pacific"), ids("They support a Free and Open Indo-Pacific."));
    }

    @Test
    void wholeWordsAndNotIssues() {
        assertEquals(List.of(), ids("The Department of Defense and the Defense Minister spoke."));
        assertEquals(List.of("defence-cooperation"), ids("They agreed to deepen cooperation on energy and defence.").subList(1, 2));
        assertEquals(List.of("maritime-sar"), ids("A Hong Kong-registered freighter sank in the storm."));
        assertEquals(List.of(), ids("Taiwanese tea and Ukrainian grain-free bread"), "no match inside longer words");
        assertEquals(List.of(), ids("The National Security Council met."));
        assertEquals(List.of("un-security-council"), ids("The Security Council met."));
        assertEquals(List.of(), ids(""));
        assertEquals(List.of(), ids(null));
    }

    @Test
    void offsetsPointIntoTheOriginalSentenceDespiteSpacesAndDashes() {
        String s = "Ties  between them\u00a0 and the  East   China\tSea issue \u2014 and the Russia\u2013Ukraine war.";
        List<IssueMatch> found = TAGGER.find(s);
        assertEquals(List.of("east-china-sea", "ukraine-war"), found.stream().map(IssueMatch::id).toList());
        found.forEach(m -> assertOffsets(s, m));
        assertEquals("East   China\tSea", found.get(0).text());
        assertEquals("East China Sea", found.get(0).phrase());
        assertEquals("Russia\u2013Ukraine war", found.get(1).text());
    }

    @Test
    void accentsAndCurlyApostrophesFold() {
        assertEquals(List.of("infrastructure"), ids("Brazil may finance the Néstor Kirchner pipeline."));
        assertEquals(List.of("ukraine-war"), ids("They condemned Russia\u2019s aggression against Ukraine."));
        assertEquals("Russia\u2019s aggression against Ukraine", TAGGER.find("They condemned Russia\u2019s aggression against Ukraine.").get(0).text());
    }

    @Test
    void aLongSentenceGivesEveryIssueInTheOrderOfTheText() {
        // Its speed is measured by `readout bench`, not asserted here.
        String s = "The ministers exchanged views on the East China Sea, the Senkaku Islands, the Taiwan Strait, "
                + "North Korea's nuclear and missile programmes, the abductions issue, the discharge of ALPS-treated water "
                + "and import restrictions on Japanese food products, and agreed to keep close communication.";
        assertEquals(List.of("east-china-sea", "east-china-sea", "taiwan", "dprk-nuclear-missile", "abductions",
                "fukushima-water", "food-import-restrictions", "dialogue-mechanisms"), ids(s));
    }
}
