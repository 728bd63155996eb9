package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's folder of knowledge files ({@code src/test/resources/knowledge/user-kb}) extends the bundled ones. */
class UserKnowledgeDirTest {
    private static final KnowledgeBase USER = KnowledgeBase.load(dir("user-kb"));

    static Path dir(String name) {
        try {
            return Path.of(UserKnowledgeDirTest.class.getResource("/knowledge/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T whole(PhraseIndex<T> index, String phrase) {
        List<PhraseIndex.Match<T>> m = index.find(phrase);
        assertEquals(1, m.size(), () -> phrase + " -> " + m);
        assertEquals(phrase, m.get(0).text());
        return m.get(0).value();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void loadingADirIsNotTheSharedBundledInstance() {
        assertNotSame(KnowledgeBase.bundled(), USER);
    }

    @Test
    void inventedPersonIsLoaded() {
        Person holm = USER.people().get("arvid-holm").orElseThrow();
        assertEquals("Arvid Holm", holm.name());
        assertEquals("Holm", holm.family());
        assertEquals("m", holm.gender());
        assertEquals(List.of(
                new Person.Term("NRL", "foreign minister", d("2022-01-15"), d("2024-06-30")),
                new Person.Term("NRL", "head of government", d("2024-06-30"), null)), holm.terms());
    }

    @Test
    void inventedPersonIsNotInTheBundledBase() {
        assertTrue(KnowledgeBase.bundled().people().get("arvid-holm").isEmpty());
        assertTrue(KnowledgeBase.bundled().people().index().find("Arvid Holm").isEmpty());
    }

    @Test
    void bundledPeopleAreStillThere() {
        assertTrue(USER.people().get("qin-gang").isPresent());
        assertEquals(KnowledgeBase.bundled().people().all().size() + 2, USER.people().all().size());
    }

    @Test
    void inventedPersonNameForms() {
        People.NameForm full = whole(USER.people().index(), "Arvid Holm");
        assertTrue(full.full());
        assertEquals("arvid-holm", full.candidates().get(0).id());
        People.NameForm reversed = whole(USER.people().index(), "HOLM Arvid");
        assertTrue(reversed.full());
        assertEquals("arvid-holm", reversed.candidates().get(0).id());
        People.NameForm family = whole(USER.people().index(), "Holm");
        assertFalse(family.full());
        assertEquals(List.of("arvid-holm"), family.candidates().stream().map(Person::id).toList());
    }

    @Test
    void inventedPersonAliases() {
        assertEquals("arvid-holm", whole(USER.people().index(), "Arvid Holmsen").candidates().get(0).id());
        assertEquals("arvid-holm", whole(USER.people().index(), "A. Holm").candidates().get(0).id());
    }

    @Test
    void holderOfInventedOffices() {
        assertEquals("arvid-holm", USER.people().holder("NRL", "foreign minister", d("2022-01-15")).orElseThrow().id());
        assertTrue(USER.people().holder("NRL", "foreign minister", d("2024-06-30")).isEmpty());
        assertEquals("arvid-holm", USER.people().holder("NRL", "head of government", d("2024-06-30")).orElseThrow().id());
        assertEquals("elin-varg", USER.people().holder("SDM", "foreign minister", d("2025-01-01")).orElseThrow().id());
    }

    @Test
    void userRowsAddTermsToABundledPerson() {
        Person hayashi = USER.people().get("yoshimasa-hayashi").orElseThrow();
        assertEquals(KnowledgeBase.bundled().people().get("yoshimasa-hayashi").orElseThrow().terms().size() + 1,
                hayashi.terms().size());
        assertEquals("minister", hayashi.termOn(d("2030-02-01")).orElseThrow().role());
    }

    @Test
    void inventedCountries() {
        Country nrl = USER.countries().get("NRL").orElseThrow();
        assertEquals("Norland", nrl.name());
        assertEquals("Osloby", nrl.capital());
        assertEquals("NRL", nrl.cameo(), "an empty CAMEO column defaults to the ISO code");
        assertEquals("head of government", nrl.summitRole());
        assertEquals("SDM", USER.countries().get("SDM").orElseThrow().cameo());
    }

    @Test
    void inventedCountryForms() {
        assertEquals(new Countries.Ref("NRL", Countries.Form.NAME), whole(USER.countries().index(), "Norland"));
        assertEquals(new Countries.Ref("NRL", Countries.Form.NAME), whole(USER.countries().index(), "Kingdom of Norland"));
        assertEquals(new Countries.Ref("NRL", Countries.Form.ADJECTIVE), whole(USER.countries().index(), "Norlandic"));
        assertEquals(new Countries.Ref("NRL", Countries.Form.CAPITAL), whole(USER.countries().index(), "Osloby"));
        assertEquals(new Countries.Ref("SDM", Countries.Form.ADJECTIVE), whole(USER.countries().index(), "Sudmarkian"));
    }

    @Test
    void bundledCountriesAreStillThere() {
        assertEquals(new Countries.Ref("JPN", Countries.Form.ADJECTIVE), whole(USER.countries().index(), "Japanese"));
    }

    @Test
    void inventedPlacesAndAliases() {
        Place osloby = whole(USER.places().index(), "Osloby");
        assertEquals(new Place("Osloby", "NRL", 650000, false), osloby);
        assertEquals(osloby, whole(USER.places().index(), "Osloby City"));
    }

    @Test
    void userPlaceDoesNotBeatAMorePopulousBundledOne() {
        assertEquals("JPN", whole(USER.places().index(), "Tokyo").country());
    }

    @Test
    void inventedVenue() {
        Place palace = whole(USER.places().index(), "Tideholm Palace");
        assertTrue(palace.venue());
        assertEquals("Osloby", palace.name());
        assertEquals("NRL", palace.country());
        assertEquals(palace, whole(USER.places().index(), "Tideholm"));
    }

    @Test
    void inventedTitleWithImpliedCountry() {
        assertEquals(new Titles.Title("head of government", "NRL"), whole(USER.titles().index(), "Grand Chancellor"));
        assertEquals("foreign minister", whole(USER.titles().index(), "foreign minister").role());
    }

    @Test
    void inventedTriggerAndCue() {
        assertEquals(new Lexicon.Trigger("in_person", "talk"), whole(USER.lexicon().triggers(), "tete-a-tete"));
        assertEquals(new Lexicon.Cue("planned"), whole(USER.lexicon().cues(), "is poised to"));
        assertEquals(new Lexicon.Cue("held"), whole(USER.lexicon().cues(), "held"));
    }

    @Test
    void aDirWithOnlySomeFilesExtendsOnlyThose() {
        KnowledgeBase kb = KnowledgeBase.load(dir("only-people"));
        assertTrue(kb.people().get("solo-person").isPresent());
        assertTrue(kb.countries().get("NRL").isEmpty());
        assertTrue(kb.countries().get("JPN").isPresent());
    }

    @Test
    void aMissingDirIsLikeNoDir(@TempDir Path tmp) {
        KnowledgeBase kb = KnowledgeBase.load(tmp.resolve("does-not-exist"));
        assertEquals(KnowledgeBase.bundled().people().all().size(), kb.people().all().size());
    }

    @Test
    void anOpenWordTooShortNamesFileAndLine(@TempDir Path tmp) throws java.io.IOException {
        java.nio.file.Files.writeString(tmp.resolve("engagement-triggers.tsv"), "# a user's words\nab* med\tin_person\ttalk\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(tmp));
        assertTrue(e.getMessage().contains("engagement-triggers.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("ab*"), e.getMessage());
        Path titles = tmp.resolve("titles");
        java.nio.file.Files.createDirectories(titles);
        java.nio.file.Files.writeString(titles.resolve("titles.tsv"), "# a user's titles\nchef de la diplomatie\tforeign minister\nmi* de\tforeign minister\n");
        IllegalArgumentException inTitles = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(titles));
        assertTrue(inTitles.getMessage().contains("titles.tsv:3"), inTitles.getMessage());
    }

    @Test
    void badDateNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(dir("bad-date")));
        assertTrue(e.getMessage().contains("people.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreSkipped(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("titles.tsv"), "# a comment\n\n   \nhigh representative\tforeign minister\tEUR\n");
        KnowledgeBase kb = KnowledgeBase.load(tmp);
        assertEquals(new Titles.Title("foreign minister", "EUR"), whole(kb.titles().index(), "High Representative"));
    }

    @Test
    void cellsAreStrippedAndEmptyAliasesDropped(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("people.tsv"),
                "tilde-test\t Tove Lind \t Lind \tSDM\tforeign minister\t 2020-01-01 \t\t | T. Lind ||\tf\n");
        KnowledgeBase kb = KnowledgeBase.load(tmp);
        Person p = kb.people().get("tilde-test").orElseThrow();
        assertEquals("Tove Lind", p.name());
        assertEquals("Lind", p.family());
        assertEquals(d("2020-01-01"), p.terms().get(0).start());
        assertEquals("tilde-test", whole(kb.people().index(), "T. Lind").candidates().get(0).id());
    }

    @Test
    void aFullNameAliasWithTheSameGivenNameSpellsTheFamilyNameAnotherWay(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("people.tsv"),
                "spell-test\tTove Lind-Berg\tLind-Berg\tSDM\tforeign minister\t2020-01-01\t\tTove Lindberg|Minister Tove\tf\n");
        KnowledgeBase kb = KnowledgeBase.load(tmp);
        People.NameForm bare = whole(kb.people().index(), "Lindberg");
        assertEquals("spell-test", bare.candidates().get(0).id(), "'Lindberg' alone, from the alias 'Tove Lindberg'");
        assertFalse(bare.full());
        assertTrue(kb.people().index().find("Mr Tove arrived").stream().noneMatch(m -> m.text().equals("Tove")),
                "an alias whose first word is not the given name gives no family name");
    }
}
