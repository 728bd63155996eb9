package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GovernmentSitesTest {
    private final GovernmentSites sites = KnowledgeBase.bundled().governmentSites();

    @Test
    void aGovernmentLabelUnderACountryDomainNamesThatCountry() {
        assertEquals(Optional.of("JPN"), sites.countryOf("https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000001.html"));
        assertEquals(Optional.of("GBR"), sites.countryOf("https://www.gov.uk/government/news/pm-call-1-may-2020"));
        assertEquals(Optional.of("IND"), sites.countryOf("http://mea.gov.in/bilateral-documents.htm?dtl/1"));
        assertEquals(Optional.of("FRA"), sites.countryOf("https://www.diplomatie.gouv.fr/en/"));
        assertEquals(Optional.of("MEX"), sites.countryOf("https://www.gob.mx/sre/prensa/x"));
        assertEquals(Optional.of("BRA"), sites.countryOf("https://gov.br/planalto/en/latest-news/x"), "the label right under the country's domain");
    }

    @Test
    void aPresidentsLabelInItsCountrysLanguageUnderItsDomain() {
        assertEquals(Optional.of("SVK"), sites.countryOf("https://www.prezident.sk/en/article/x/"));
        assertEquals(Optional.of("MDA"), sites.countryOf("https://presedinte.md/rom/presa/x"));
        assertEquals(Optional.of("POL"), sites.countryOf("https://www.prezydent.pl/aktualnosci/x"));
        assertEquals(Optional.empty(), sites.countryOf("https://president.example.com/x"), "under a generic domain it says nothing");
    }

    @Test
    void anArchiveOfOneGovernmentsDocumentsIsThatGovernments() {
        assertEquals(Optional.of("USA"), sites.countryOf("https://www.presidency.ucsb.edu/documents/remarks-x"));
        assertEquals(Optional.empty(), sites.countryOf("https://www.ucsb.edu/news/x"), "not the rest of the university");
    }

    @Test
    void hostsOwnedByOneGovernment() {
        assertEquals(Optional.of("USA"), sites.countryOf("https://www.state.gov/secretary-blinkens-call/"));
        assertEquals(Optional.of("RUS"), sites.countryOf("https://www.mid.ru/en/foreign_policy/news/1/"));
        assertEquals(Optional.of("DEU"), sites.countryOf("https://www.auswaertiges-amt.de/en/newsroom"));
        assertEquals(Optional.of("IND"), sites.countryOf("https://www.narendramodi.in/news/joint-statement"), "a head of government's own site");
        assertEquals(Optional.of("ARM"), sites.countryOf("https://www.primeminister.am/en/press-release/item/1/"));
        assertEquals(Optional.of("CHN"), sites.countryOf("http://xx.chineseembassy.org/eng/zgxw/t1.htm"), "a government's embassies' shared domain");
        assertEquals(Optional.of("EST"), sites.countryOf("https://www.valitsus.ee/en/news/x"));
    }

    @Test
    void otherAddressesAndNonsenseAreNobodys() {
        assertEquals(Optional.empty(), sites.countryOf("https://www.reuters.com/world/asia/x-2023-05-02/"));
        assertEquals(Optional.empty(), sites.countryOf("https://gov.example.com/news"), "gov under a generic domain says nothing");
        assertEquals(Optional.empty(), sites.countryOf("not a url"));
        assertEquals(Optional.empty(), sites.countryOf(null));
    }

    @Test
    void aUserCanAddAHost(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("government-sites.tsv"), "host\tministry.example.org\tNZL\n");
        GovernmentSites user = GovernmentSites.load(dir);
        assertEquals(Optional.of("NZL"), user.countryOf("https://press.ministry.example.org/2024/call"));
    }

    @Test
    void aSiteThatSpeaksInOneOfficeHoldersFirstPerson(@TempDir Path dir) throws Exception {
        assertEquals(Optional.of(new GovernmentSites.Voice("AUS", "foreign minister")),
                sites.voiceOf("https://www.foreignminister.gov.au/minister/media-release/x"));
        assertEquals(Optional.of("AUS"), sites.countryOf("https://www.foreignminister.gov.au/minister/media-release/x"));
        assertEquals(Optional.empty(), sites.voiceOf("https://www.dfat.gov.au/news/x"), "a ministry's site speaks for no one person");
        assertEquals(Optional.empty(), sites.voiceOf(null));
        Files.writeString(dir.resolve("government-sites.tsv"), "voice\tminister.example.org\tNZL\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GovernmentSites.load(dir));
        assertTrue(e.getMessage().contains("government-sites.tsv:1: a voice needs a country and an office"), e.getMessage());
    }
}
