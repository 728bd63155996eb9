package org.readout.knowledge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled knowledge base loads every row of its files, and every phrase it loads can be found again. */
class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    /** The single match covering the whole phrase, or fails. */
    private static <T> T whole(PhraseIndex<T> index, String phrase) {
        List<PhraseIndex.Match<T>> m = index.find(phrase);
        assertEquals(1, m.size(), () -> phrase + " -> " + m);
        assertEquals(0, m.get(0).start(), phrase);
        assertEquals(phrase.length(), m.get(0).end(), phrase);
        return m.get(0).value();
    }

    @Test
    void bundledIsLoadedOnce() {
        assertSame(KB, KnowledgeBase.bundled());
    }

    @Test
    void allPartsArePresent() {
        assertNotNull(KB.countries());
        assertNotNull(KB.people());
        assertNotNull(KB.places());
        assertNotNull(KB.titles());
        assertNotNull(KB.lexicon());
    }

    @Test
    void aTownNamedAsAnotherCountryIsReadAsThatCountryAndACapitalNamedAsItsOwnStaysAPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("places.tsv"), "Armenia\t\tCOL\t315328\t\t\t\nSingapore\t\tSGP\t5000000\t\t\t\n");
        Places places = Places.load(dir, KB.countries(), NameSounds.load(dir));
        assertTrue(places.index().find("talks in Armenia today").isEmpty(), "Armenia is the country, not a town of Colombia");
        assertEquals("SGP", places.index().find("talks in Singapore today").get(0).value().country());
    }

    @Test
    void countriesFileHasAtLeast195Rows() {
        assertTrue(BundledFiles.rows("countries.tsv").size() >= 195);
    }

    @Test
    void everyCountryRowIsLoaded() {
        Set<String> codes = new HashSet<>();
        for (String[] r : BundledFiles.rows("countries.tsv")) {
            codes.add(r[0]);
            Country c = KB.countries().get(r[0]).orElseThrow(() -> new AssertionError("not loaded: " + r[0]));
            assertEquals(r[1], c.name());
        }
        assertTrue(codes.size() >= 195, "distinct countries: " + codes.size());
    }

    @Test
    void everyCountryNameFindsItsCountry() {
        for (String[] r : BundledFiles.rows("countries.tsv")) {
            Countries.Ref ref = whole(KB.countries().index(), r[1]);
            assertEquals(r[0], ref.iso3(), r[1]);
            assertEquals(Countries.Form.NAME, ref.form(), r[1]);
        }
    }

    @Test
    void everyCountryAdjectiveFindsItsCountry() {
        int n = 0;
        for (String[] r : BundledFiles.rows("countries.tsv")) {
            for (String adjective : BundledFiles.list(r[3])) {
                Countries.Ref ref = whole(KB.countries().index(), adjective);
                assertEquals(r[0], ref.iso3(), adjective);
                // "Saudi" is an alias and an adjective: the name form was added first and is kept.
                boolean alsoAlias = BundledFiles.list(r[2]).contains(adjective);
                assertEquals(alsoAlias ? Countries.Form.NAME : Countries.Form.ADJECTIVE, ref.form(), adjective);
                n++;
            }
        }
        assertTrue(n >= 195, "adjectives: " + n);
    }

    @Test
    void everyCapitalFindsACountryWithThatCapital() {
        for (String[] r : BundledFiles.rows("countries.tsv")) {
            if (r[4].isEmpty()) continue;
            Countries.Ref ref = whole(KB.countries().index(), r[4]);
            Country found = KB.countries().get(ref.iso3()).orElseThrow();
            if (ref.form() == Countries.Form.NAME) {
                // A city state: "Djibouti", "Singapore" name the country first.
                assertTrue(found.name().equals(r[4]) || found.aliases().contains(r[4]), r[4]);
            } else {
                assertEquals(Countries.Form.CAPITAL, ref.form(), r[4]);
                assertEquals(r[4], found.capital(), r[4]);
            }
        }
    }

    @Test
    void peopleAtLeast800DistinctPersons() {
        assertTrue(KB.people().all().size() >= 800, "people: " + KB.people().all().size());
    }

    @Test
    void everyPeopleRowBecomesATermOfItsPerson() {
        int terms = 0;
        for (String[] r : BundledFiles.rows("people.tsv")) {
            Person p = KB.people().get(r[0]).orElseThrow(() -> new AssertionError("not loaded: " + r[0]));
            assertTrue(p.terms().stream().anyMatch(t -> t.country().equals(r[3]) && t.role().equals(r[4])
                    && t.start().toString().equals(r[5])), () -> "term missing: " + String.join("\t", r));
            terms++;
        }
        int loaded = KB.people().all().stream().filter(p -> !p.id().startsWith("petrarch:"))
                .mapToInt(p -> p.terms().size()).sum();
        assertEquals(terms, loaded);
        assertTrue(terms >= 1000, "terms: " + terms);
    }

    @Test
    void everyPersonHasAtLeastOneTermAndAFamilyName() {
        for (Person p : KB.people().all()) {
            assertTrue(!p.terms().isEmpty(), p.id());
            assertTrue(!p.family().isBlank(), p.id());
            assertTrue(!p.name().isBlank(), p.id());
        }
    }

    @Test
    void everyTermEndsAfterItStarts() {
        for (Person p : KB.people().all()) {
            for (Person.Term t : p.terms()) {
                assertTrue(t.end() == null || t.end().isAfter(t.start()), () -> p.id() + " " + t);
            }
        }
    }

    @Test
    void everyTermIsOfAKnownCountry() {
        for (Person p : KB.people().all()) {
            for (Person.Term t : p.terms()) {
                assertTrue(KB.countries().get(t.country()).isPresent(), () -> p.id() + " " + t.country());
            }
        }
    }

    @Test
    void everyPersonIsFoundByTheirUsualName() {
        for (Person p : KB.people().all()) {
            People.NameForm f = whole(KB.people().index(), p.name());
            assertTrue(f.candidates().contains(p), p.id());
        }
    }

    @Test
    void placesFileHasAtLeast5000Rows() {
        assertTrue(BundledFiles.rows("places.tsv").size() >= 5000);
    }

    @Test
    void everyCapitalisedPlaceIsFoundAndTheMostPopulousWins() {
        int checked = 0;
        for (String[] r : BundledFiles.rows("places.tsv")) {
            // Names that do not start with a capital letter ("eMbalenhle", "'s-Hertogenbosch") are left out here.
            if (!Character.isUpperCase(r[0].charAt(0))) continue;
            // A town named as another country ("Armenia", Colombia) is left to that country.
            if (Places.namedAsAnotherCountry(KB.countries(), r[0], r[2])) continue;
            Place p = whole(KB.places().index(), r[0]);
            long population = r[3].isEmpty() ? 0 : Long.parseLong(r[3]);
            assertTrue(p.population() >= population, () -> r[0] + " -> " + p);
            checked++;
        }
        assertTrue(checked >= 5000, "places: " + checked);
    }

    @Test
    void everyVenueIsFoundWithItsCity() {
        List<String[]> rows = BundledFiles.rows("venues.tsv");
        assertTrue(rows.size() >= 20);
        for (String[] r : rows) {
            Place p = whole(KB.places().index(), r[0]);
            assertTrue(p.venue(), r[0]);
            assertEquals(r[1], p.name(), r[0]);
            assertEquals(r[2], p.country(), r[0]);
            for (String alias : BundledFiles.list(r.length > 3 ? r[3] : "")) {
                assertEquals(p, whole(KB.places().index(), alias), alias);
            }
        }
    }

    @Test
    void everyTitleIsFoundWithItsRole() {
        List<String[]> rows = BundledFiles.rows("titles.tsv");
        assertTrue(rows.size() >= 45);
        for (String[] r : rows) {
            Titles.Title t = whole(KB.titles().index(), r[0]);
            assertEquals(r[1], t.role(), r[0]);
            assertEquals(r.length > 2 && !r[2].isEmpty() ? r[2] : null, t.country(), r[0]);
        }
    }

    @Test
    void everyTriggerIsFoundWithItsFormatAndKind() {
        List<String[]> rows = BundledFiles.rows("engagement-triggers.tsv");
        assertTrue(rows.size() >= 40);
        for (String[] r : rows) {
            // an open word ("susitik*") is found in its forms, of which the stem alone is one
            Lexicon.Trigger t = whole(KB.lexicon().triggers(), r[0].replace(String.valueOf(Scripts.OPEN), ""));
            assertEquals(r[1], t.format(), r[0]);
            assertEquals(r[2], t.kind(), r[0]);
        }
    }

    @Test
    void aMediumAndANounForATalkMakeATriggerInEitherSpelling() {
        Lexicon.Trigger t = whole(KB.lexicon().triggers(), "telephone discussion");
        assertEquals("phone", t.format());
        assertEquals("talk", t.kind());
        assertEquals("video", whole(KB.lexicon().triggers(), "virtual conversation").format());
        assertEquals("summit", whole(KB.lexicon().triggers(), "online summit").kind());
        assertEquals("phone", whole(KB.lexicon().triggers(), "telephonic-conversation").format());
        assertEquals("video", whole(KB.lexicon().triggers(), "video teleconference").format());
    }

    @Test
    void aUsersMediumCombinesWithTheBundledNouns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("engagement-trigger-parts.tsv"), "medium\thologram\tvideo\n");
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertEquals("video", whole(kb.lexicon().triggers(), "hologram meeting").format());
        assertEquals("meeting", KB.lexicon().triggers().find("hologram meeting").get(0).text(), "the bundled lexicon knows no hologram");
    }

    @Test
    void aUsersTriggerWithAnUnknownFormatIsAnErrorThatNamesItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("engagement-triggers.tsv"), "beamed to\thologram\ttalk\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("engagement-triggers.tsv:1:"), e.getMessage());
    }

    @Test
    void aUsersStatusCueWithAnUnknownStatusIsAnErrorThatNamesItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("status-cues.tsv"), "beckoned\tinvited\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("status-cues.tsv:1:") && e.getMessage().contains("invitation"), e.getMessage());
    }

    @Test
    void aMediumWithAnUnknownFormatIsAnErrorThatNamesItsLine() {
        var rows = List.of(new Tsv.Row("parts.tsv", 7, new String[]{"medium", "hologram", "holo"}));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Lexicon.composed(rows));
        assertTrue(e.getMessage().startsWith("parts.tsv:7:"), e.getMessage());
    }

    @Test
    void aPartOtherThanMediumOrExchangeIsAnError() {
        var rows = List.of(new Tsv.Row("parts.tsv", 3, new String[]{"modifier", "virtual", "video"}));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Lexicon.composed(rows));
        assertTrue(e.getMessage().startsWith("parts.tsv:3:"), e.getMessage());
    }

    @Test
    void everyCueStartingWithALetterIsFoundWithItsStatus() {
        List<String[]> rows = BundledFiles.rows("status-cues.tsv");
        assertTrue(rows.size() >= 40);
        List<String> checked = new ArrayList<>();
        for (String[] r : rows) {
            // "'ll" is left out: a phrase that starts with an apostrophe is never indexed (see the report of this branch).
            if (!Character.isLetter(r[0].charAt(0))) continue;
            Lexicon.Cue c = whole(KB.lexicon().cues(), r[0]);
            assertEquals(r[1], c.status(), r[0]);
            checked.add(r[0]);
        }
        assertTrue(checked.size() >= 40);
    }

    @Test
    void cueStatusesAreTheKnownOnes() {
        for (String[] r : BundledFiles.rows("status-cues.tsv")) {
            assertTrue(Set.of("planned", "invitation", "held", "unreal", "report", "sameday").contains(r[1]), r[0]);
        }
    }

    @Test
    void triggerFormatsAndKindsAreTheKnownOnes() {
        for (String[] r : BundledFiles.rows("engagement-triggers.tsv")) {
            assertTrue(Set.of("phone", "video", "in_person", "any", "either", "spoke").contains(r[1]), r[0]);
            assertTrue(Set.of("talk", "visit", "summit").contains(r[2]), r[0]);
        }
    }

    @Test
    void titlesAreMatchedCaseInsensitively() {
        assertEquals("foreign minister", whole(KB.titles().index(), "FOREIGN MINISTER").role());
        assertEquals("foreign minister", whole(KB.titles().index(), "foreign minister").role());
    }

    @Test
    void longerTitleBeatsItsPrefix() {
        assertEquals("foreign minister", whole(KB.titles().index(), "State Councilor and Foreign Minister").role());
        assertEquals("state councilor", whole(KB.titles().index(), "State Councilor").role());
        assertEquals("USA", whole(KB.titles().index(), "U.S. Secretary of State").country());
    }

    @Test
    void visitTriggersAreVisits() {
        assertTrue(whole(KB.lexicon().triggers(), "visited").isVisit());
        assertTrue(!whole(KB.lexicon().triggers(), "met").isVisit());
    }
}
