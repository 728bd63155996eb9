package org.readout.knowledge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final People PEOPLE = KB.people();

    private static People.NameForm form(String text) {
        List<PhraseIndex.Match<People.NameForm>> m = PEOPLE.index().find(text);
        assertEquals(1, m.size(), () -> text + " -> " + m);
        assertEquals(text, m.get(0).text());
        return m.get(0).value();
    }

    private static List<String> ids(People.NameForm f) {
        return f.candidates().stream().map(Person::id).sorted().toList();
    }

    private static String holder(String country, String role, String day) {
        return PEOPLE.holder(country, role, LocalDate.parse(day)).map(Person::id).orElse(null);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // --- name forms

    @Test
    void aNameIsKnownInTheSpellingsTransliterationsInterchange() {
        assertEquals(List.of("abdel-fattah-el-sisi"), ids(form("Abd Al-Fattah Al-Sisi")), "'Abd al-' is 'Abdel', 'Al' is 'el'");
        assertTrue(form("Abd Al-Fattah Al-Sisi").full());
        assertFalse(form("Al-Sisi").full(), "a spelling of the family name alone is still the family name alone");
        assertEquals(List.of("mohammed-bin-salman"), ids(form("Muhammad ibn Salman")));
        assertEquals(List.of("badr-albusaidi"), ids(form("Badr bin Hamad al Busaidy")), "a word's final 'i' is its final 'y'");
        assertEquals(List.of("nabil-fahmy"), ids(form("Nabil Fahmi")));
        assertEquals(List.of("mohammed-shia-al-sudani"), ids(form("Muhammad Shia' al-Sudani")), "'al-' joined or 'Al' apart");
        assertEquals(List.of("mohammed-bin-salman"), ids(form("Muhammed bin Selman")), "Turkish 'Selman' is 'Salman'");
        assertEquals(List.of("abdel-fattah-el-sisi"), ids(form("Abdel Fattah es-Sisi")), "the article assimilated ('es-', 'as-') is 'al-'");
    }

    @Test
    void aUsersGroupOfSpellingsIsReadLikeTheBundledOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("name-variants.tsv"), "Yoshimasa|Yosimasa\n");
        People own = KnowledgeBase.load(dir).people();
        assertEquals("yoshimasa-hayashi", own.index().find("Yosimasa Hayashi").get(0).value().candidates().get(0).id());
        assertTrue(PEOPLE.index().find("Yosimasa Hayashi").stream().noneMatch(m -> m.text().equals("Yosimasa Hayashi")));
    }

    @Test
    void aGroupWithASpellingOfNoLetterIsRefusedWithItsRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("name-variants.tsv"), "-i|-\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> NameVariants.load(dir));
        assertTrue(e.getMessage().contains("a spelling needs a letter: '-'"), e.getMessage());
    }

    @Test
    void theFamilyNameAloneAsAnotherScriptWritesItIsTheFamilyNameAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("people.tsv"), "taro-yamakawa\tTaro Yamakawa\tYamakawa|山川\tJPN\tforeign minister\t2031-01-01\t\t山川太郎\tm\n");
        People own = KnowledgeBase.load(dir).people();
        People.NameForm family = own.index().find("山川外相は").get(0).value();
        assertEquals("taro-yamakawa", family.candidates().get(0).id());
        assertFalse(family.full(), "two characters written without spaces are a full name unless they are the family name");
        assertEquals("Yamakawa", family.candidates().get(0).family(), "the first form is the one the press writes in Latin letters");
        assertTrue(own.index().find("山川太郎外相").get(0).value().full());
    }

    @Test
    void aWholeNameOnlyInAnotherScriptLeavesItsLastWordNoFamilyName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("people.tsv"),
                "ivan-dobrov\tIvan Dobrov\tDobrov\tBGR\tforeign minister\t2031-01-01\t\t=Иван Добров\tm\n"
                        + "petar-belov\tPetar Belov\tBelov\tBGR\tdefence minister\t2031-01-01\t\tПетар Белов\tm\n");
        People own = KnowledgeBase.load(dir).people();
        assertEquals("ivan-dobrov", own.index().find("Иван Добров").get(0).value().candidates().get(0).id());
        assertTrue(own.index().find("Иван Добров").get(0).value().full());
        assertTrue(own.index().find("министр Добров").stream().noneMatch(m -> m.text().equals("Добров")),
                "the last word of a name marked '=' is no family name alone");
        assertEquals("petar-belov", own.index().find("министр Белов").get(0).value().candidates().get(0).id(),
                "the last word of an unmarked name is");
    }

    @Test
    void aWholeNameMarkWithoutANameIsRefusedWithItsRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("people.tsv"), "ivan-dobrov\tIvan Dobrov\tDobrov\tBGR\tforeign minister\t2031-01-01\t\t= \tm\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("needs the name after the mark"), e.getMessage());
        assertTrue(e.getMessage().contains("people.tsv"), "the message names the file: " + e.getMessage());
    }

    @Test
    void givenNameFirst() {
        People.NameForm f = form("Yoshimasa Hayashi");
        assertEquals(List.of("yoshimasa-hayashi"), ids(f));
        assertTrue(f.full());
    }

    @Test
    void familyNameFirstInCapitals() {
        People.NameForm f = form("HAYASHI Yoshimasa");
        assertEquals(List.of("yoshimasa-hayashi"), ids(f));
        assertTrue(f.full());
    }

    @Test
    void familyNameFirstInTitleCase() {
        assertEquals(List.of("yoshimasa-hayashi"), ids(form("Hayashi Yoshimasa")));
    }

    @Test
    void familyNameAloneIsNotFull() {
        People.NameForm f = form("Hayashi");
        assertEquals(List.of("yoshimasa-hayashi"), ids(f));
        assertFalse(f.full());
    }

    @Test
    void familyNameAloneCanBeAmbiguous() {
        People.NameForm f = form("Kono");
        assertEquals(List.of("taro-kono", "yohei-kono"), ids(f));
        assertFalse(f.full());
    }

    @Test
    void fullNameIsNotAmbiguousWhereFamilyIs() {
        assertEquals(List.of("taro-kono"), ids(form("Taro Kono")));
        assertEquals(List.of("yohei-kono"), ids(form("Yohei Kono")));
    }

    @Test
    void chineseNameInNativeOrder() {
        People.NameForm f = form("Wang Yi");
        assertEquals(List.of("wang-yi"), ids(f));
        assertTrue(f.full());
    }

    @Test
    void chineseNameIsNotReversed() {
        assertTrue(PEOPLE.index().find("Yi Wang").stream().noneMatch(m -> m.text().equals("Yi Wang")));
    }

    @Test
    void familyNameSharedByTwoChinesePremiers() {
        List<String> li = ids(form("Li"));
        assertTrue(li.containsAll(List.of("li-keqiang", "li-qiang")), li.toString());
    }

    @Test
    void aliasIsAFullForm() {
        People.NameForm f = form("Tony Blinken");
        assertEquals(List.of("antony-blinken"), ids(f));
        assertTrue(f.full());
    }

    @Test
    void aliasWithTitleIsAFullForm() {
        People.NameForm f = form("President Xi");
        assertEquals(List.of("xi-jinping"), ids(f));
        assertTrue(f.full());
    }

    @Test
    void singleWordAliasIsNotFull() {
        People.NameForm f = form("Albo");
        assertEquals(List.of("anthony-albanese"), ids(f));
        assertFalse(f.full());
    }

    @Test
    void aliasSharedWithAnotherPersonsFamilyNameListsBoth() {
        List<String> kirchner = ids(form("Kirchner"));
        assertTrue(kirchner.containsAll(List.of("cristina-fernandez-de-kirchner", "nestor-kirchner")), kirchner.toString());
    }

    @Test
    void accentedAndUnaccentedFormsAreTheSameForm() {
        People.NameForm accented = form("Fernández");
        People.NameForm plain = form("Fernandez");
        assertEquals(accented, plain);
        assertTrue(ids(plain).contains("alberto-fernandez"), ids(plain).toString());
    }

    @Test
    void accentedFullName() {
        assertEquals(List.of("alberto-fernandez"), ids(form("Alberto Fernández")));
        assertEquals(List.of("alberto-fernandez"), ids(form("Alberto Fernandez")));
    }

    @Test
    void longerNameBeatsShorterNameInsideIt() {
        assertEquals(List.of("cristina-fernandez-de-kirchner"), ids(form("Cristina Fernández de Kirchner")));
    }

    @Test
    void multiWordFamilyNameAloneIsNotFull() {
        People.NameForm f = form("Fernández de Kirchner");
        assertEquals(List.of("cristina-fernandez-de-kirchner"), ids(f));
        assertFalse(f.full());
    }

    @Test
    void macronInAliasIsFolded() {
        assertEquals(List.of("taro-kono"), ids(form("Tarō Kōno")));
    }

    @Test
    void lowerCaseNameIsNotAPerson() {
        assertTrue(PEOPLE.index().find("the wang family and a li of land").isEmpty());
    }

    @Test
    void namesInASentence() {
        List<PhraseIndex.Match<People.NameForm>> m = PEOPLE.index().find("Mr. HAYASHI Yoshimasa met H.E. Mr. Qin Gang.");
        assertEquals(List.of("HAYASHI Yoshimasa", "Qin Gang"), m.stream().map(PhraseIndex.Match::text).toList());
    }

    @Test
    void possessiveWithCurlyApostropheStillFindsName() {
        List<PhraseIndex.Match<People.NameForm>> m = PEOPLE.index().find("Hayashi’s visit");
        assertEquals(1, m.size());
        assertEquals("Hayashi", m.get(0).text());
    }

    // --- lookup

    @Test
    void getById() {
        Person p = PEOPLE.get("qin-gang").orElseThrow();
        assertEquals("Qin Gang", p.name());
        assertEquals("Qin", p.family());
        assertEquals("m", p.gender());
        assertEquals(1, p.terms().size());
    }

    @Test
    void getUnknownIdIsEmpty() {
        assertTrue(PEOPLE.get("nobody-at-all").isEmpty());
    }

    @Test
    void personWithTwoTermsInOneOffice() {
        Person wang = PEOPLE.get("wang-yi").orElseThrow();
        assertEquals(2, wang.terms().size());
        assertEquals(new Person.Term("CHN", "foreign minister", d("2013-03-16"), d("2022-12-30")), wang.terms().get(0));
        assertEquals(new Person.Term("CHN", "foreign minister", d("2023-07-25"), null), wang.terms().get(1));
    }

    // --- holder at term boundaries: start inclusive, end exclusive

    @Test
    void holderOnLastDayOfTermIsTheOutgoingHolder() {
        assertEquals("wang-yi", holder("CHN", "foreign minister", "2022-12-29"));
    }

    @Test
    void holderOnEndDayIsTheIncomingHolder() {
        assertEquals("qin-gang", holder("CHN", "foreign minister", "2022-12-30"));
    }

    @Test
    void holderOnLastDayOfQinGang() {
        assertEquals("qin-gang", holder("CHN", "foreign minister", "2023-07-24"));
    }

    @Test
    void holderWhenWangYiReturns() {
        assertEquals("wang-yi", holder("CHN", "foreign minister", "2023-07-25"));
    }

    @Test
    void holderOfJapaneseForeignMinistryAcrossHayashiKamikawa() {
        assertEquals("yoshimasa-hayashi", holder("JPN", "foreign minister", "2021-11-10"));
        assertEquals("yoshimasa-hayashi", holder("JPN", "foreign minister", "2023-09-12"));
        assertEquals("yoko-kamikawa", holder("JPN", "foreign minister", "2023-09-13"));
    }

    @Test
    void holderOfOpenEndedTermLongAfter() {
        assertEquals("emmanuel-macron", holder("FRA", "head of state", "2024-06-01"));
    }

    @Test
    void holderBeforeAnyoneKnownIsEmpty() {
        assertEquals(null, holder("JPN", "foreign minister", "1900-01-01"));
    }

    @Test
    void holderOfUnknownCountryOrRoleIsEmpty() {
        assertEquals(null, holder("XXX", "foreign minister", "2023-01-01"));
        assertEquals(null, holder("JPN", "court jester", "2023-01-01"));
    }

    @Test
    void holderWithNullsIsEmpty() {
        assertEquals(Optional.empty(), PEOPLE.holder(null, "foreign minister", d("2023-01-01")));
        assertEquals(Optional.empty(), PEOPLE.holder("JPN", null, d("2023-01-01")));
        assertEquals(Optional.empty(), PEOPLE.holder("JPN", "foreign minister", null));
    }

    @Test
    void holderOfBritishPremiershipOnSunaksFirstDay() {
        assertEquals("rishi-sunak", holder("GBR", "head of government", "2022-10-25"));
    }

    @Test
    void holderOfPolishPremiershipWhenTuskReturned() {
        assertEquals("mateusz-morawiecki", holder("POL", "head of government", "2023-12-12"));
        assertEquals("donald-tusk", holder("POL", "head of government", "2023-12-13"));
    }

    @Test
    void americanPresidentHoldsBothLeaderRoles() {
        assertEquals("joe-biden", holder("USA", "head of state", "2022-07-01"));
        assertEquals("joe-biden", holder("USA", "head of government", "2022-07-01"));
    }

    // --- Person.Term and Person.termOn

    @Test
    void termCoversStartDay() {
        Person.Term t = new Person.Term("JPN", "foreign minister", d("2021-11-10"), d("2023-09-13"));
        assertTrue(t.covers(d("2021-11-10")));
        assertFalse(t.covers(d("2021-11-09")));
    }

    @Test
    void termDoesNotCoverEndDay() {
        Person.Term t = new Person.Term("JPN", "foreign minister", d("2021-11-10"), d("2023-09-13"));
        assertTrue(t.covers(d("2023-09-12")));
        assertFalse(t.covers(d("2023-09-13")));
    }

    @Test
    void openTermCoversEveryDayFromStart() {
        Person.Term t = new Person.Term("FRA", "head of state", d("2017-05-14"), null);
        assertTrue(t.covers(d("2099-01-01")));
        assertFalse(t.covers(d("2017-05-13")));
    }

    @Test
    void termCoversUnknownDay() {
        assertTrue(new Person.Term("FRA", "head of state", d("2017-05-14"), d("2018-01-01")).covers(null));
    }

    @Test
    void termOnPicksTheTermInForce() {
        Person kono = PEOPLE.get("taro-kono").orElseThrow();
        assertEquals("foreign minister", kono.termOn(d("2019-09-10")).orElseThrow().role());
        assertEquals("defence minister", kono.termOn(d("2019-09-11")).orElseThrow().role());
    }

    @Test
    void withoutADayTheOfficeHeldLastAndTheSeniorOfSeveral() {
        Person p = new Person("x", "X Y", "Y", "m", List.of(
                new Person.Term("NRL", "foreign minister", d("2015-01-01"), d("2018-01-01")),
                new Person.Term("NRL", "head of government", d("2024-08-08"), null),
                new Person.Term("NRL", "defence minister", d("2024-08-16"), null)));
        assertEquals("head of government", p.termOn(null).orElseThrow().role(), "the later defence portfolio is the head of government's too");
        Person q = new Person("y", "Y Z", "Z", "f", List.of(
                new Person.Term("NRL", "foreign minister", d("2015-01-01"), d("2018-01-01")),
                new Person.Term("NRL", "defence minister", d("2018-01-01"), d("2020-01-01"))));
        assertEquals("defence minister", q.termOn(null).orElseThrow().role(), "the office held last");
    }

    @Test
    void termOnOutsideEveryTermIsEmpty() {
        Person kono = PEOPLE.get("taro-kono").orElseThrow();
        assertTrue(kono.termOn(d("2017-08-02")).isEmpty());
        assertTrue(kono.termOn(d("2020-09-16")).isEmpty());
    }

    @Test
    void termOnPrefersTheMoreSeniorOffice() {
        Person biden = PEOPLE.get("joe-biden").orElseThrow();
        assertEquals("head of state", biden.termOn(d("2023-03-01")).orElseThrow().role());
    }

    @Test
    void termOnPrefersSeniorOfficeWhateverTheOrder() {
        Person p = new Person("x", "X Y", "Y", "f", List.of(
                new Person.Term("NRL", "foreign minister", d("2020-01-01"), null),
                new Person.Term("NRL", "head of government", d("2021-01-01"), null)));
        assertEquals("head of government", p.termOn(d("2022-01-01")).orElseThrow().role());
    }

    @Test
    void termOnWithoutDayIsTheLatestTerm() {
        Person kishida = PEOPLE.get("fumio-kishida").orElseThrow();
        assertEquals("head of government", kishida.termOn(null).orElseThrow().role());
        Person hayashi = PEOPLE.get("yoshimasa-hayashi").orElseThrow();
        assertEquals("foreign minister", hayashi.termOn(null).orElseThrow().role());
    }

    @Test
    void termOnOfPersonWithoutTermsIsEmpty() {
        assertTrue(new Person("x", "X", "X", null, List.of()).termOn(null).isEmpty());
    }


}
