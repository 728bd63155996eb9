package org.readout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.link.Engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A format only assumed from words said of calls and meetings alike gives way to another report's stated format. */
class FormatAcrossReportsTest {
    private static final String CALL = "Seoul, March 14, 2023 -- Foreign Minister Park Jin held a telephone call with Australian "
            + "Foreign Minister Penny Wong on March 14, 2023. The two ministers agreed to strengthen cooperation on critical minerals.\n";

    @TempDir
    Path dir;

    private List<Engagement> engagements(String other) throws IOException {
        Files.writeString(dir.resolve("call.txt"), CALL);
        Files.writeString(dir.resolve("other.txt"), other);
        return Readout.bundled().analyze(List.of(dir)).engagements();
    }

    @Test
    void aConversationWithIsTheCallAnotherPageTells() throws IOException {
        List<Engagement> one = engagements("Canberra, 14 March 2023. Foreign Minister Penny Wong had a conversation with South Korean "
                + "Foreign Minister Park Jin on 14 March 2023 about critical minerals.\n");
        assertEquals(1, one.size(), one.toString());
        assertEquals("phone", one.get(0).format());
    }

    @Test
    void aMeetingStaysAMeeting() throws IOException {
        List<Engagement> two = engagements("Canberra, 14 March 2023. Foreign Minister Penny Wong met South Korean Foreign Minister "
                + "Park Jin on 14 March 2023 in Canberra.\n");
        assertEquals(2, two.size(), two.toString());
    }
}
