package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.countries;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.only;

/** What an encounter was about, told in the sentence that tells the encounter, on invented texts. */
class EncounterTopicTest {

    @Test
    void theTopicOfACallIsAConsultationOfBothSides() {
        ProcessedDocument d = Readouts.process("topic.txt", """
                Ministers speak by phone

                CANBERRA, March 14, 2023 - Foreign Minister Penny Wong spoke today with Foreign Minister Park Jin on shared priorities in the bilateral relationship.
                """);
        StatementReport s = only(d, "CANBERRA, March 14, 2023 - Foreign Minister Penny Wong spoke today");
        assertEquals("CONSULT", s.type());
        assertEquals(Set.of("AUS", "KOR"), countries(s));
        assertEquals(null, s.target());
    }

    @Test
    void aDayAfterTheTopicWordIsNotTheTopic() {
        ProcessedDocument d = Readouts.process("day.txt", """
                Ministers meet in Seoul

                SEOUL, March 14, 2023 - Foreign Minister Penny Wong held talks with Foreign Minister Park Jin on Tuesday about regional security.
                """);
        StatementReport s = only(d, "SEOUL, March 14, 2023 - Foreign Minister Penny Wong held talks");
        assertEquals("CONSULT", s.type());
        assertTrue(s.verb().startsWith("about"), s.verb());
    }

    @Test
    void theNameOfAMeetingAboutSomethingIsNoTopic() {
        ProcessedDocument d = Readouts.process("named.txt", """
                Ministers meet in Brussels

                BRUSSELS, March 14, 2023 - Foreign Minister Penny Wong met Foreign Minister Park Jin on the sidelines of the Ministerial Meeting on Regional Security.
                """);
        assertEquals(0, in(d, "BRUSSELS, March 14, 2023 - Foreign Minister Penny Wong met").size());
    }

    @Test
    void whatAnotherActIsAboutIsThatActs() {
        ProcessedDocument d = Readouts.process("act.txt", """
                Leaders speak by phone

                SEOUL, May 24, 2022 - In a phone call, President Yoon Suk Yeol praised Prime Minister Anthony Albanese on his government's efforts on climate change.
                """);
        StatementReport s = only(d, "SEOUL, May 24, 2022 - In a phone call, President Yoon");
        assertEquals("SUPPORT", s.type());
    }

    @Test
    void aThirdSideNamedBeforeTheTopicWordIsAnotherConversation() {
        ProcessedDocument d = Readouts.process("third.txt", """
                Leaders speak by phone

                CANBERRA, May 24, 2022 - Prime Minister Anthony Albanese spoke by phone with President Yoon Suk Yeol.
                Albanese also spoke with Yoon and with his counterparts in Japan and India on regional security.
                """);
        assertEquals(0, in(d, "Albanese also spoke").stream().filter(s -> "CONSULT".equals(s.type())).count());
    }
}
