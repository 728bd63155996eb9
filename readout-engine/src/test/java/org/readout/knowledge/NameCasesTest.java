package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameCasesTest {
    private static final NameCases BUNDLED = NameCases.load(null);

    @Test
    void everyWordOfANameTakesTheSameCase() {
        List<String> forms = BUNDLED.of("Jan Kowalski", "m");
        assertTrue(forms.contains("Jana Kowalskiego"), forms::toString);
        assertTrue(forms.contains("Janem Kowalskim"), forms::toString);
        assertFalse(forms.contains("Janem Kowalskiego"), "two cases in one name");
    }

    @Test
    void aRowForOneGenderFitsOnlyNamesOfThatGender() {
        List<String> her = BUNDLED.of("Anna Nowacka", "f");
        assertTrue(her.contains("Anny Nowackiej"), her::toString);
        assertTrue(BUNDLED.of("Ewa Baum", "f").contains("Ewy Baum"), "a woman's family name ending in a consonant stays as it is");
        assertTrue(BUNDLED.of("Jan Baum", "m").contains("Janem Baumem"));
    }

    @Test
    void slovakInstrumentalAndLocativeBesideCzech() {
        List<String> forms = BUNDLED.of("Karol Novak", "m");
        assertTrue(forms.contains("Karolom Novakom"), forms::toString);
        assertTrue(forms.contains("Karolem Novakem"), "the Czech instrumental too");
        assertFalse(forms.contains("Karolom Novakem"), "two languages in one name");
        List<String> adjective = BUNDLED.of("Pavol Hruský", "m");
        assertTrue(adjective.contains("Pavolom Hruským"), adjective::toString);
        assertTrue(adjective.contains("Pavolovi Hruskom"), "the Slovak locative of -ý");
    }

    @Test
    void lithuanianAndSouthSlavicCases() {
        assertTrue(BUNDLED.of("Tomas Vilkas", "m").contains("Tomu Vilku"), "Lithuanian instrumental of -as");
        assertTrue(BUNDLED.of("John Baker", "m").contains("Johnu Bakeru"), "a foreign name's consonant takes the ending");
        assertFalse(BUNDLED.of("Paul Albert", "m").contains("Paulo Alberto"), "no genitive: it would be another name");
        List<String> hr = BUNDLED.of("Ivan Horvatić", "m");
        assertTrue(hr.contains("Ivanom Horvatićem"), hr::toString);
    }

    @Test
    void shortWordsAndWordsNoRowFitsStayAsTheyAre() {
        assertEquals(List.of(), BUNDLED.of("Bar", "m"), "a family name of three letters alone is left as it is");
        assertTrue(BUNDLED.of("Jan Bar", "m").contains("Janem Barem"), "in a full name it declines");
        assertFalse(BUNDLED.of("Paolo Rubio", "m").stream().anyMatch(f -> f.startsWith("Paol") && !f.startsWith("Paolo ")),
                "no row of a language that declines every word fits a name ending in -o");
    }

    @Test
    void aLanguageThatDeclinesTheLastWordLeavesTheGivenNameAsItIs() {
        List<String> forms = BUNDLED.of("Oskar Lindqvist", "m");
        assertTrue(forms.contains("Oskar Lindqvistin"), "Finnish genitive: " + forms);
        assertTrue(forms.contains("Oskar Lindqvistile"), "Estonian allative: " + forms);
        assertTrue(forms.contains("Oskar Lindqvistiga"), "Estonian comitative: " + forms);
        assertFalse(forms.contains("Oskarin Lindqvistin"), "the given name is not declined");
        assertTrue(BUNDLED.of("Aino Kivelä", "f").contains("Aino Kivelälle"), "a name ending in a vowel: " + BUNDLED.of("Aino Kivelä", "f"));
        assertFalse(BUNDLED.of("Ada Mahama", "f").contains("Ada Mahamat"), "no Estonian partitive of a vowel: it is another name");
    }

    @Test
    void rowsOfOneLanguageAgreeOnTheWordsTheyDecline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-cases.tsv"), "xx\ta\tb|c\t\tlast\nxx\to\tp|q\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameCases.load(dir));
        assertTrue(e.getMessage().contains("every row of 'xx' declines the same words of a name"), e.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfCasesIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-cases.tsv"), "pl\tx\txa|xb\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameCases.load(dir));
        assertTrue(e.getMessage().contains("every row of 'pl' needs 5 cases, this one has 2"), e.getMessage());
    }

    @Test
    void aBadEndingInBracketsIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-cases.tsv"), "xx\t[]\ta|b\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameCases.load(dir));
        assertTrue(e.getMessage().contains("an ending in brackets is letters between them"), e.getMessage());
    }

    @Test
    void everyFormOfACaseIsKnownNotOnlyTheFirstTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-cases.tsv"), "xx\tor\tora/ori/oru\n");
        List<String> forms = NameCases.load(dir).of("Tibor", "m");
        assertTrue(forms.containsAll(List.of("Tibora", "Tibori", "Tiboru")), forms::toString);
    }

    @Test
    void aDeclinedNameFindsItsPersonAndTheFamilyAloneStaysTheFamilyAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), "jan-kowalczyk\tJan Kowalczyk\tKowalczyk\tPOL\tforeign minister\t2031-01-01\t\t\tm\n");
        People people = KnowledgeBase.load(dir).people();
        People.NameForm full = people.index().find("z Janem Kowalczykiem").get(0).value();
        assertEquals("jan-kowalczyk", full.candidates().get(0).id());
        assertTrue(full.full());
        People.NameForm family = people.index().find("z ministrem Kowalczykiem").get(0).value();
        assertEquals("jan-kowalczyk", family.candidates().get(0).id());
        assertFalse(family.full(), "the family name in a case is still the family name alone");
    }

    @Test
    void aCaseFormThatIsACountrysNameIsNoFormOfTheName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), "ana-ital\tAna Ital\tItal\tBRA\tforeign minister\t2031-01-01\t\t\tf\n");
        Files.writeString(dir.resolve("name-cases.tsv"), "xx\tl\t+y|+ou\n");
        People people = KnowledgeBase.load(dir).people();
        assertTrue(people.index().find("the ministers of Japan and Italy").isEmpty(), "'Italy' is a country, not Ital's case");
        assertEquals("ana-ital", people.index().find("with Italou").get(0).value().candidates().get(0).id(), "the other cases stay");
    }
}
