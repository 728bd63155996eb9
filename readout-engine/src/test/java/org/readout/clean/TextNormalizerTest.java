package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    @Test
    void lineEndings() {
        assertEquals("a\nb\nc\nd\ne", TextNormalizer.normalize("a\r\nb\rc\u2028d\u2029e"));
    }

    @Test
    void oddSpacesBecomeSpaces() {
        assertEquals("a b c d e f", TextNormalizer.normalize("a\u00A0b\u2009c\u202Fd\te\u3000f"));
    }

    @Test
    void invisibleCharactersGo() {
        assertEquals("holding", TextNormalizer.normalize("\uFEFFhol\u200Bd\u200Ci\u00ADng\u2060"));
    }

    @Test
    void aHashtagsSignGoesAndOtherSignsStay() {
        assertEquals("Foreign Minister Anna Kell meets Olaf Rind (OSCE) #3 page#top", TextNormalizer.normalize("Foreign Minister Anna #Kell meets #Olaf Rind (#OSCE) #3 page#top"));
    }

    @Test
    void controlCharactersGo() {
        assertEquals("ab", TextNormalizer.normalize("a\u0001\u0007\u007F\u0085b").replace("\n", ""));
    }

    @Test
    void mojibakeIsRepairedBeforeInvisiblesGo() {
        assertEquals("idea of holding", TextNormalizer.normalize("idea of ‚Äč‚Äčholding"));
    }

    @Test
    void collapse() {
        assertEquals("a b c", TextNormalizer.collapse("  a \t b\n\n c  "));
        assertEquals("", TextNormalizer.collapse(" \n "));
    }

    @Test
    void arabicVowelMarksAndElongationAreLeftOut() {
        assertEquals("تلقى اتصالا هاتفيا", TextNormalizer.normalize("تلقّى اتصالاً هاتفيـاً"));
    }
}
