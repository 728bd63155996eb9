package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentIdTest {
    @Test
    void sixteenHexCharactersOfSha256() {
        // SHA-256("abc") starts with ba7816bf8f01cfea
        assertEquals("ba7816bf8f01cfea", ContentId.of("abc"));
    }

    @Test
    void whitespaceDoesNotMatter() {
        assertEquals(ContentId.of("Title\n\nBody text."), ContentId.of("  Title \n Body   text.\n"));
    }

    @Test
    void contentDoes() {
        assertNotEquals(ContentId.of("Body text."), ContentId.of("Body text!"));
        assertNotEquals(ContentId.of("Bodytext"), ContentId.of("Body text"));
    }
}
