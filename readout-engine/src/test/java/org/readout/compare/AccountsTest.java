package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.document;
import static org.readout.compare.Built.said;

/** Whose account a document is: its issuer; the side its statements favour only when it names no issuer. */
class AccountsTest {
    private static final String HAYASHI = "Minister Hayashi expressed serious concerns regarding the situation in Hong Kong.";

    @Test
    void anOfficialDocumentIsTheReadoutOfItsIssuerEvenWhenItQuotesTheOtherSideMost() {
        LinkedDocument chn = document("doc-chn", "official", "MFA of the PRC", "CHN");
        Comparison c = compare(List.of(chn),
                said(chn, 0, HAYASHI, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"),
                said(chn, 100, "Hayashi called for the prompt lifting of import restrictions on Japanese food products.",
                        "called for", "JPN", "REQUEST", "food-import-restrictions"));
        Account a = c.accounts().get(0);
        assertEquals("CHN", a.issuer());
        assertEquals("CHN", a.side(), "the issuer's readout, though every statement in it is Japan's");
        assertEquals("issuer", a.sideFrom());
        assertTrue(c.notes().contains("No JPN readout of this engagement is in the store: JPN's positions come only from the other accounts."),
                c.notes().toString());
    }

    @Test
    void withoutAnIssuerAnOfficialDocumentIsTheSideItsStatementsFavourAndANoteSaysSo() {
        LinkedDocument d = document("doc-x", "official", "A ministry", null);
        Comparison c = compare(List.of(d), said(d, 0, HAYASHI, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"));
        Account a = c.accounts().get(0);
        assertNull(a.issuer());
        assertEquals("JPN", a.side());
        assertEquals("statements", a.sideFrom());
        assertTrue(c.notes().contains("The JPN readout (A ministry) names no issuer: it is taken for JPN's because most of its "
                + "statements are JPN's."), c.notes().toString());
    }

    @Test
    void aThirdGovernmentsStatementAndTheNewsAreOtherAccountsAfterTheReadouts() {
        LinkedDocument usa = document("doc-usa", "official", "U.S. Department of State", "USA");
        LinkedDocument news = document("doc-news", "news", "Kyodo", null);
        LinkedDocument jpn = document("doc-jpn", "official", "MOFA", "JPN");
        Comparison c = compare(List.of(usa, news, jpn), said(usa, 0, HAYASHI, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"));
        assertEquals(List.of("doc-jpn", "doc-usa", "doc-news"), c.accounts().stream().map(Account::document).toList());
        Account third = c.accounts().get(1);
        assertEquals("USA", third.issuer());
        assertNull(third.side(), "not a side of this engagement");
        assertNull(third.sideFrom());
        assertNull(c.accounts().get(2).side());
        assertEquals(List.of("No CHN readout of this engagement is in the store: CHN's positions come only from the other accounts."),
                c.notes());
    }

    @Test
    void eachSidesReadoutInTheOrderOfTheParticipants() {
        Comparison c = compare(List.of(Built.news(), Built.chnReadout(), Built.jpnReadout()));
        assertEquals(List.of("JPN", "CHN"), c.accounts().stream().limit(2).map(Account::side).toList());
        assertEquals(List.of(), c.notes());
        assertEquals("JPN's readout", c.accounts().get(0).shortName());
        assertEquals("Kyodo", c.accounts().get(2).shortName());
    }
}
