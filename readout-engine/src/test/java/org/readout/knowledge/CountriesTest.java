package org.readout.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {
    private static final Countries COUNTRIES = KnowledgeBase.bundled().countries();

    private static List<PhraseIndex.Match<Countries.Ref>> find(String text) {
        return COUNTRIES.index().find(text);
    }

    private static Countries.Ref only(String text) {
        List<PhraseIndex.Match<Countries.Ref>> m = find(text);
        assertEquals(1, m.size(), () -> text + " -> " + m);
        return m.get(0).value();
    }

    @Test
    void nameForm() {
        assertEquals(new Countries.Ref("JPN", Countries.Form.NAME), only("Japan"));
    }

    @Test
    void adjectiveForm() {
        assertEquals(new Countries.Ref("JPN", Countries.Form.ADJECTIVE), only("Japanese"));
    }

    @Test
    void capitalForm() {
        assertEquals(new Countries.Ref("CHN", Countries.Form.CAPITAL), only("Beijing"));
    }

    @Test
    void aliasIsANameForm() {
        assertEquals(new Countries.Ref("CHN", Countries.Form.NAME), only("People's Republic of China"));
        assertEquals(new Countries.Ref("KOR", Countries.Form.NAME), only("Republic of Korea"));
        assertEquals(new Countries.Ref("GBR", Countries.Form.NAME), only("Britain"));
    }

    @Test
    void longestFormWins() {
        List<PhraseIndex.Match<Countries.Ref>> m = find("the People's Republic of China");
        assertEquals(1, m.size());
        assertEquals("People's Republic of China", m.get(0).text());
    }

    @Test
    void curlyApostropheInAlias() {
        assertEquals("CHN", only("People’s Republic of China").iso3());
    }

    @Test
    void adjectiveLongerThanName() {
        List<PhraseIndex.Match<Countries.Ref>> m = find("the South Korean minister");
        assertEquals(1, m.size());
        assertEquals("South Korean", m.get(0).text());
        assertEquals(new Countries.Ref("KOR", Countries.Form.ADJECTIVE), m.get(0).value());
    }

    @Test
    void initialismWithDots() {
        Countries.Ref ref = only("U.S.");
        assertEquals("USA", ref.iso3());
        assertEquals(Countries.Form.NAME, ref.form());
    }

    @Test
    void lowerCasePronounUsIsNotACountry() {
        assertTrue(find("let us talk").isEmpty());
    }

    @Test
    void anAdjectiveWrittenInLowerCaseIsFoundOnlySoWritten() {
        assertEquals("IND", only("el presidente indio").iso3());
        assertEquals("MAR", only("o chanceler marroquino").iso3());
        assertEquals("IND", only("il ministro indiano").iso3());
        assertTrue(find("Indiana Governor Eric Holcomb").isEmpty(), "the state, not the Italian adjective");
        assertTrue(find("a dinner on fine china").isEmpty(), "an adjective that spells the country's English name is left out");
    }

    @Test
    void countryFormsAreCapitalised() {
        assertTrue(find("japan and china").isEmpty());
    }

    @Test
    void hyphenatedPairGivesTwoCountries() {
        List<PhraseIndex.Match<Countries.Ref>> m = find("the Japan-China Summit Meeting");
        assertEquals(List.of("JPN", "CHN"), m.stream().map(x -> x.value().iso3()).toList());
    }

    @Test
    void capitalsAreCapitalForms() {
        List<PhraseIndex.Match<Countries.Ref>> m = find("Washington and Tokyo");
        assertEquals(List.of("USA", "JPN"), m.stream().map(x -> x.value().iso3()).toList());
        assertTrue(m.stream().allMatch(x -> x.value().form() == Countries.Form.CAPITAL));
    }

    @Test
    void getKnownCountry() {
        Country jpn = COUNTRIES.get("JPN").orElseThrow();
        assertEquals("Japan", jpn.name());
        assertEquals("Tokyo", jpn.capital());
        assertEquals("JPN", jpn.cameo());
        assertEquals("head of government", jpn.summitRole());
        assertTrue(jpn.adjectives().contains("Japanese"));
    }

    @Test
    void summitRoleOfPresidentialRepublic() {
        assertEquals("head of state", COUNTRIES.get("CHN").orElseThrow().summitRole());
        assertEquals("head of state", COUNTRIES.get("USA").orElseThrow().summitRole());
    }

    @Test
    void aliasesAreSplitOnBars() {
        Country usa = COUNTRIES.get("USA").orElseThrow();
        assertTrue(usa.aliases().containsAll(List.of("United States of America", "U.S.", "America")), usa.aliases().toString());
    }

    @Test
    void getUnknownOrNullIsEmpty() {
        assertTrue(COUNTRIES.get("XXX").isEmpty());
        assertTrue(COUNTRIES.get(null).isEmpty());
    }

    @Test
    void nameOfKnownCountry() {
        assertEquals("South Korea", COUNTRIES.name("KOR"));
    }

    @Test
    void nameOfUnknownCountryIsTheCode() {
        assertEquals("XYZ", COUNTRIES.name("XYZ"));
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "Talks between the People’s Republic of China and Japanese officials in Seoul.";
        for (PhraseIndex.Match<Countries.Ref> m : find(text)) {
            assertEquals(text.substring(m.start(), m.end()), m.text());
        }
        assertEquals(3, find(text).size());
    }
}
