package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.said;

/** The summary that heads a comparison: both sides, one side, divergent wordings, each with its evidence; a paragraph. */
class SummaryTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument CHN = Built.chnReadout();
    static final Statement JPN_WATER = said(JPN, 0, "Minister Hayashi strongly called for the prompt lifting of import restrictions on "
            + "Japanese food products.", "strongly called for", "JPN", "REQUEST", "food-import-restrictions");
    static final Statement CHN_WATER = said(CHN, 0, "Qin Gang expressed grave concern over Japan's plan to discharge nuclear-polluted "
            + "water into the ocean.", "expressed grave concern", "CHN", "ACCUSE", "fukushima-water", "nuclear-polluted water");
    static final Statement JPN_HK = said(JPN, 100, "Minister Hayashi expressed serious concerns regarding the situation in Hong Kong.",
            "expressed serious concerns", "JPN", "ACCUSE", "hong-kong");
    static final Statement TOGETHER = said(CHN, 100, "The two sides agreed to maintain close communication at all levels.",
            "agreed to", "JPN+CHN", "AGREE", "dialogue-mechanisms");

    @Test
    void issuesBothSidesRaiseOnlyOneSideRaisesAndWordDifferentlyWithTheirEvidence() {
        Summary s = compare(List.of(JPN, CHN), JPN_WATER, CHN_WATER, JPN_HK, TOGETHER).summary();

        assertEquals(List.of("topic:fukushima", "dialogue-mechanisms"), s.bothSides().stream().map(Summary.Point::issue).toList());
        Summary.Point water = s.bothSides().get(0);
        assertFalse(water.joint());
        assertEquals(List.of("JPN", "CHN"), water.said().stream().map(Summary.Said::side).toList());
        assertEquals(List.of(JPN_WATER.id()), water.said().get(0).statements());
        assertEquals("doc-jpn", water.said().get(0).document());
        assertEquals("strongly called for the prompt lifting of import restrictions on Japanese food products", water.said().get(0).quote(),
                "the act in its own words");
        Summary.Point together = s.bothSides().get(1);
        assertTrue(together.joint());
        assertEquals(List.of("BOTH"), together.said().stream().map(Summary.Said::side).toList());

        assertEquals(1, s.oneSide().size());
        assertEquals(List.of("JPN"), s.oneSide().get(0).sides());
        assertEquals(List.of(JPN_HK.id()), s.oneSide().get(0).said().get(0).statements());

        assertEquals(1, s.divergent().size());
        assertEquals(Map.of("CHN", List.of("nuclear-polluted water"), "JPN", List.of("import restrictions on Japanese food products")),
                s.divergent().get(0).wordings());
    }

    @Test
    void theParagraphSaysWhoWhenWhichAccountsAndTheIssuesInWords() {
        String t = compare(List.of(JPN, CHN), JPN_WATER, CHN_WATER, JPN_HK, TOGETHER).summary().text();
        assertEquals("Yoshimasa Hayashi (JPN) and Qin Gang (CHN), by phone on 2 February 2023. Accounts: JPN's own readout "
                + "(Ministry of Foreign Affairs of Japan) and CHN's own readout (Ministry of Foreign Affairs of the PRC). Both sides "
                + "raised: Fukushima water release and food import restrictions (JPN \"strongly called for the prompt lifting of import "
                + "restrictions on Japanese food products\"; CHN \"expressed grave concern over Japan's plan to discharge "
                + "nuclear-polluted water into the ocean\"). The two sides jointly took up: Dialogue, consultation and communication "
                + "mechanisms. Only JPN raised: Hong Kong. The wording differs on Fukushima water release and food import "
                + "restrictions: CHN \"nuclear-polluted water\" against JPN \"import restrictions on Japanese food products\".", t);
    }

    @Test
    void anActToldAfterTheWordsItReportsIsQuotedByItsClause() {
        Statement added = said(Built.news(), 0, "China wants to \"manage and control differences\" on the East China Sea, Mao added.",
                "added", "CHN", null, "east-china-sea");
        Statement jpn = said(JPN, 0, "Minister Hayashi expressed serious concerns regarding the East China Sea.",
                "expressed serious concerns", "JPN", "ACCUSE", "east-china-sea");
        Summary s = compare(List.of(JPN, Built.news()), jpn, added).summary();
        assertEquals("China wants to \"manage and control differences\" on the East China Sea, Mao added.",
                s.bothSides().get(0).said().get(1).quote(), "not just 'added'");
    }

    @Test
    void withOneReadoutMissingTheParagraphSaysSoAndHedgesWhatOnlyOneSideRaised() {
        String t = compare(List.of(JPN, Built.news()), JPN_HK).summary().text();
        assertTrue(t.contains("Accounts: JPN's own readout (Ministry of Foreign Affairs of Japan) and a news story by Kyodo; "
                + "no CHN readout is in the store."), t);
        assertTrue(t.endsWith("Only JPN is reported to have raised: Hong Kong."), t);
    }
}
