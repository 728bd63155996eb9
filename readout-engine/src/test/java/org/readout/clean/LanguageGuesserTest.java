package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageGuesserTest {
    @Test
    void english() {
        assertEquals("en", LanguageGuesser.guess("The two ministers met on Monday and agreed that they would meet again in the spring."));
    }

    @Test
    void otherLatinLanguages() {
        assertNull(LanguageGuesser.guess("Los ministros de ambos países se reunieron el lunes y acordaron volver a reunirse en primavera."));
        assertNull(LanguageGuesser.guess("Die Minister beider Länder trafen sich am Montag und vereinbarten ein weiteres Treffen im Frühjahr."));
    }

    @Test
    void nonLatinScripts() {
        assertNull(LanguageGuesser.guess("両国の外相は月曜日に会談し、春に再び会うことで合意した。外相会談は約一時間行われた。"));
        assertNull(LanguageGuesser.guess("Министры двух стран встретились в понедельник и договорились встретиться снова весной."));
    }

    @Test
    void tooShortOrNoLetters() {
        assertNull(LanguageGuesser.guess("The talks."));
        assertNull(LanguageGuesser.guess("2024 - 12 / 31"));
        assertNull(LanguageGuesser.guess(""));
    }
}
