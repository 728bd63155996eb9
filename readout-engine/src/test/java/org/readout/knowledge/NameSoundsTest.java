package org.readout.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSoundsTest {
    private static NameSounds<String> sounds(String... latinNames) {
        NameSounds<String> s = NameSounds.load(null);
        for (String n : latinNames) s.add(n, n);
        return s;
    }

    @Test
    void aCyrillicOrGreekSpellingSoundsAsTheLatinOne() {
        NameSounds<String> s = sounds("Kowalczyk", "Papadakis", "Jankowski");
        assertEquals(List.of("Kowalczyk"), s.named("Ковальчик"));
        assertEquals(List.of("Papadakis"), s.named("Παπαδάκης"), "η and the accent read as i");
        assertEquals(List.of("Papadakis"), s.named("Пападакис"));
        assertEquals(List.of("Jankowski"), s.named("Янковский"));
    }

    @Test
    void aCaseEndingAfterTheStemIsTheSameName() {
        NameSounds<String> s = sounds("Jankowski", "Papadakis", "Borodin");
        assertEquals(List.of("Jankowski"), s.named("Янковским"), "the instrumental");
        assertEquals(List.of("Papadakis"), s.named("Παπαδάκη"), "the accusative drops the final s");
        assertEquals(List.of("Borodin"), s.named("Бородиным"));
        assertEquals(List.of(), s.named("Бородинская улица"), "more than a case ending is another word");
    }

    @Test
    void aNameInAScriptWithoutShortVowelsIsKnownByItsConsonants() {
        NameSounds<String> s = sounds("Durnovak", "Amir-Talbani", "Lulu");
        assertEquals(List.of("Durnovak"), s.namedByConsonants("دورنوفاك"), "D R N F K: the long vowels drop, v is written f");
        assertEquals(List.of("Amir-Talbani"), s.namedByConsonants("طالباني"), "the last word of a hyphenated name");
        assertEquals(List.of("Amir-Talbani"), s.namedByConsonants("أمير" + "طالباني"), "the whole of it, its words joined");
        assertEquals(List.of(), s.namedByConsonants("لولو"), "one consonant says too little");
        assertEquals(List.of(), s.namedByConsonants("دارنيك"), "other consonants, another name");
        assertTrue(s.readsConsonantsOf("أمير") && !s.readsConsonantsOf("Amir"));
    }

    @Test
    void aConsonantRowNeedsOneLetterAndAClassInCapitals(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-sounds.tsv"), "consonant\tبب\tB\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NameSounds.load(dir)).getMessage().contains("reads one letter"));
        Files.writeString(dir.resolve("name-sounds.tsv"), "consonant-latin\tb\tbee\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NameSounds.load(dir)).getMessage().contains("upper-case letters"));
    }

    @Test
    void aShortNameMatchesOnlyInFull() {
        NameSounds<String> s = sounds("Rau", "el-Sisi");
        assertEquals(List.of("Rau"), s.named("Рау"));
        assertEquals(List.of(), s.named("Раума"), "a stem of three letters takes no ending");
        assertEquals(List.of("el-Sisi"), s.named("Сиси"), "the last word of a name with a particle");
    }

    @Test
    void aFoldRowThatIsNoRegularExpressionOrRefersToAMissingGroupIsReportedWhereItStands(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("name-sounds.tsv"), "fold\t(ab\tx\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> NameSounds.load(dir));
        assertTrue(bad.getMessage().contains("name-sounds.tsv:1") && bad.getMessage().contains("not a regular expression"), bad.getMessage());
        Files.writeString(dir.resolve("name-sounds.tsv"), "fold\tab\t$1\n");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> NameSounds.load(dir));
        assertTrue(missing.getMessage().contains("group 1"), missing.getMessage());
    }
}
