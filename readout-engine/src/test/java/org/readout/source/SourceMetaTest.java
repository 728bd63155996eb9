package org.readout.source;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceMetaTest {
    @Test
    void ownFieldsWinAndMissingOnesAreFilled() {
        SourceMeta given = new SourceMeta("u1", null, null, "en", null);
        SourceMeta page = new SourceMeta("u2", "Outlet", LocalDate.of(2020, 1, 2), "fr", "Title");
        assertEquals(new SourceMeta("u1", "Outlet", LocalDate.of(2020, 1, 2), "en", "Title"), given.orElse(page));
        assertEquals(page, SourceMeta.EMPTY.orElse(page));
    }
}
