package org.readout.store;

import org.junit.jupiter.api.Test;
import org.readout.extract.Evidence;
import org.readout.pipeline.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredJsonTest {
    record Fact(String value, Evidence evidence, List<Evidence> more) {
    }

    private static final String TEXT = "Ruritania and Freedonia talk\n\nOn May 2, Foreign Minister Ana Lima held a telephone talk with "
            + "Foreign Minister Jan Berg. The two ministers agreed to meet again.";
    private static final StoredJson.Texts TEXTS = Map.of("d1", TEXT)::get;

    private static Evidence at(String sentence) {
        int start = TEXT.indexOf(sentence);
        return new Evidence("d1", start, start + sentence.length(), sentence);
    }

    private static final String SENTENCE = "On May 2, Foreign Minister Ana Lima held a telephone talk with Foreign Minister Jan Berg.";

    @Test
    void aRecordReadsBackEqualWithItsSentencesKeptOnceInTheDocument() throws Exception {
        Fact fact = new Fact("phone", at(SENTENCE), List.of(at(SENTENCE), at(SENTENCE), at("The two ministers agreed to meet again."),
                new Evidence("d1", -1, -1, "https://example.org/ruritania"), new Evidence("d1", 0, 9, "Not there"),
                new Evidence("d2", 0, 4, "else")));
        byte[] stored = StoredJson.encode(fact, TEXTS);
        assertEquals(fact, StoredJson.decode(stored, Fact.class, TEXTS));
        assertEquals(Json.MAPPER.writeValueAsString(fact), StoredJson.plain(stored, Fact.class, TEXTS));
        assertTrue(stored.length * 4 < Json.MAPPER.writeValueAsBytes(fact).length, stored.length + " bytes");
        assertFalse(new String(StoredJson.encode(fact, StoredJson.Texts.NONE), StandardCharsets.ISO_8859_1).contains("Jan Berg"),
                "deflated, not plain");
    }

    @Test
    void plainJsonOfOlderStoresIsReadAsItIs() throws Exception {
        Fact fact = new Fact("phone", at(SENTENCE), List.of());
        String plain = Json.MAPPER.writeValueAsString(fact);
        assertEquals(fact, StoredJson.decode(plain, Fact.class, StoredJson.Texts.NONE));
        assertEquals(plain, StoredJson.plain(plain, Fact.class, StoredJson.Texts.NONE));
    }

    @Test
    void anUnknownFormatADamagedRowAndAMissingDocumentAreClearErrors() {
        byte[] stored = StoredJson.encode(new Fact("phone", at(SENTENCE), List.of()), TEXTS);
        byte[] newer = stored.clone();
        newer[0] = 9;
        assertTrue(assertThrows(StoreException.class, () -> StoredJson.decode(newer, Fact.class, TEXTS)).getMessage()
                .contains("unknown format 9 (a newer Readout wrote it)"));
        byte[] cut = java.util.Arrays.copyOf(stored, stored.length / 2);
        assertThrows(StoreException.class, () -> StoredJson.decode(cut, Fact.class, TEXTS));
        assertTrue(assertThrows(StoreException.class, () -> StoredJson.decode(stored, Fact.class, StoredJson.Texts.NONE)).getMessage()
                .contains("evidence in document d1"));
    }
}
