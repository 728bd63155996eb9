package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletFinderTest {
    private static final OutletFinder FINDER = OutletFinder.load();

    private static String find(List<String> head, List<String> boilerplate) {
        Outlet outlet = FINDER.find(head, boilerplate);
        return outlet == null ? null : outlet.name();
    }

    @Test
    void wireDatelines() {
        assertEquals("Kyodo", find(List.of("OSLOBY (Kyodo) -- The minister said on Friday he would travel."), List.of()));
        assertEquals("Reuters", find(List.of("BEIJING, Oct 31 (Reuters) – The minister said the talks went well."), List.of()));
        assertEquals("Harbour Wire", find(List.of("VALLETTA, June 13 (Harbour Wire) -- Talks resumed."), List.of()));
        assertTrue(FINDER.find(List.of("LONDON (AP) -- Talks resumed."), List.of()).isNews());
    }

    @Test
    void sectionHeader() {
        assertEquals("The Diplomat", find(List.of("Analysis & Opinions - The Diplomat"), List.of()));
        assertNull(find(List.of("Analysis & Opinions - The Strait Review"), List.of()), "an outlet not known, on no site");
        OutletFinder belfer = CleaningRules.load(null).at("https://www.belfercenter.org/publication/x").outlets();
        assertEquals("The Strait Review", belfer.find(List.of("Analysis & Opinions - The Strait Review"), List.of()).name(),
                "the Belfer Center's listing names any outlet (sites.tsv)");
        assertEquals("Foreign Policy", find(List.of("Commentary | Foreign Policy"), List.of()));
        assertNull(find(List.of("Opinion - Why the Strait Matters"), List.of()));
    }

    @Test
    void agencyPhotoCredit() {
        assertEquals("Xinhua", find(List.of("Ministers hold talks in the capital, Jan. 28, 2018. (Xinhua/Photographer Name)"), List.of()));
        assertNull(find(List.of("Ministers hold talks. (Photo/Photographer Name)"), List.of()));
    }

    @Test
    void knownNameInHeaderLinesOrBoilerplate() {
        assertEquals("Nikkei Asia", find(List.of("Nikkei Asia"), List.of()));
        assertEquals("Mirage News", find(List.of(), List.of("/Public Release. Mirage.News takes no stance.")));
    }

    @Test
    void bodyMentionsAreNoEvidence() {
        assertNull(find(List.of("The talks were frank, according to a report by the news agency Kyodo, which cited officials."), List.of()));
    }

    @Test
    void ministriesAreLeftToIssuer() {
        assertNull(find(List.of("Ministry of Foreign Affairs of Japan"), List.of()));
    }

    @Test
    void issuerIsTheMinistryNamedAsSubject() {
        Outlet issuer = FINDER.issuer("On February 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Chinese minister.");
        assertEquals("Ministry of Foreign Affairs of Japan", issuer.name());
        assertEquals("gov", issuer.type());
    }

    @Test
    void ministryOfTheCounterpartIsNoIssuer() {
        assertNull(FINDER.issuer("Antony J. Blinken, the Secretary of State, spoke today with Hayashi Yoshimasa, Japan's Minister for Foreign Affairs."));
        assertNull(FINDER.issuer(null));
    }

    @Test
    void departmentNamedAsSubject() {
        assertEquals("U.S. Department of State", FINDER.issuer("The U.S. Department of State welcomes the agreement reached on Monday.").name());
    }
}
