package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentKindTest {
    @Test
    void codesAreTheExportNames() {
        assertEquals("official", DocumentKind.OFFICIAL.code());
        assertEquals("news", DocumentKind.NEWS.code());
        assertEquals("analysis", DocumentKind.ANALYSIS.code());
        assertEquals("other", DocumentKind.OTHER.code());
    }
}
