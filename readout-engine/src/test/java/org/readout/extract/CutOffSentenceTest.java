package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.readout.extract.Readouts.countries;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.only;

/** A sentence cut short (a page cut off, an excerpt) is still a sentence; a short line of its own is a heading. On invented texts. */
class CutOffSentenceTest {

    @Test
    void aSentenceCutOffAtTheEndOfThePageKeepsItsAct() {
        ProcessedDocument d = Readouts.process("cut.txt", """
                Ministers meet in Seoul

                SEOUL, March 14, 2023 - Foreign Minister Penny Wong held talks with Foreign Minister Park Jin in Seoul on Tuesday. The two ministers also agreed to strengthen
                """);
        StatementReport s = only(d, "The two ministers also agreed");
        assertEquals("AGREE", s.type());
        assertEquals(Set.of("AUS", "KOR"), countries(s));
    }

    @Test
    void aSentenceWithoutItsEndAfterAnotherOnItsLineKeepsItsAct() {
        ProcessedDocument d = Readouts.process("midline.txt", """
                Ministers meet in Seoul

                SEOUL, March 14, 2023 - Foreign Minister Penny Wong held talks with Foreign Minister Park Jin in Seoul on Tuesday. Wong thanked Park for hosting her
                The ministers spoke for an hour in the Foreign Ministry building, aides said afterwards.
                """);
        assertEquals("SUPPORT", only(d, "Wong thanked Park").type());
    }

    @Test
    void aShortLineOfItsOwnFollowedByTextIsStillAHeading() {
        ProcessedDocument d = Readouts.process("heading.txt", """
                Ministers meet in Seoul

                SEOUL, March 14, 2023 - Foreign Minister Penny Wong held talks with Foreign Minister Park Jin in Seoul on Tuesday.
                Wong thanked Park for hosting her
                The ministers spoke for an hour in the Foreign Ministry building, aides said afterwards.
                """);
        assertEquals(0, in(d, "Wong thanked Park").size());
    }
}
