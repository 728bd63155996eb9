package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MojibakeTest {
    @Test
    void utf8ReadAsWindows1252() {
        assertEquals("the minister’s “plan” – café", Mojibake.repair("the ministerâ€™s â€œplanâ€\u009d â€“ cafÃ©"));
    }

    @Test
    void utf8ReadAsMacRoman() {
        assertEquals("the minister’s “plan”", Mojibake.repair("the minister‚Äôs ‚Äúplan‚Äù"));
    }

    @Test
    void zeroWidthSpaceReadAsMacCentralEuropean() {
        assertEquals("idea of \u200B\u200Bholding", Mojibake.repair("idea of ‚Äč‚Äčholding"));
    }

    @Test
    void realAccentedTextIsLeftAlone() {
        for (String text : new String[] {"Élysée Palace", "l’école à « Paris »", "Fabiola Yáñez", "Ärger über Öl", "São Paulo", "Łódź", "Dvořák"}) {
            assertEquals(text, Mojibake.repair(text));
        }
    }

    @Test
    void asciiIsReturnedAsIs() {
        String text = "plain ascii";
        assertSame(text, Mojibake.repair(text));
    }

    @Test
    void truncatedSequenceAtTheEndIsKept() {
        assertEquals("end â€", Mojibake.repair("end â€"));
    }

    @Test
    void aByteWindows1252LeavesUndefinedIsReadAsItsControlCharacter() {
        assertEquals("a \u201cthird\u201d location", Mojibake.repair("a \u00e2\u20ac\u0153third\u00e2\u20ac\u009d location"));
    }
}
