package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvTest {
    @Test
    void readsRowsWithoutCommentsOrBlankLines() {
        List<Tsv.Row> rows = Tsv.read("junk.tsv");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().noneMatch(r -> r.cell(0).startsWith("#") || r.cell(0).isBlank()));
        assertTrue(rows.get(0).line() > 1);
    }

    @Test
    void everyDataFileCompiles() {
        assertFalse(JunkRules.load().cut().isEmpty());
        OutletFinder.load();
        KindClassifier.load();
    }

    @Test
    void missingFileIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tsv.read("nope.tsv"));
        assertTrue(e.getMessage().contains("nope.tsv"));
    }

    @Test
    void rowErrorsNameFileAndLine() {
        Tsv.Row row = new Tsv.Row("x.tsv", 7, List.of("drop", "(unclosed"));
        assertEquals("x.tsv:7: expected at least 3 columns", assertThrows(IllegalStateException.class, () -> row.cell(2)).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> row.pattern(1)).getMessage().startsWith("x.tsv:7: bad regex"));
    }

    @Test
    void patternsIgnoreCaseUnlessTold() {
        assertTrue(Tsv.pattern("most read").matcher("MOST READ").find());
        assertFalse(Tsv.pattern("(?-i)MOST READ").matcher("most read").find());
    }
}
