package org.readout.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The words of cues.tsv that tell who speaks and who took part ({@code counterpart}, {@code possessive}, {@code leaders},
 * {@code attribution}, {@code group-office}), bundled and a user's, on invented readouts.
 */
class UserSpeakerWordsTest {
    @TempDir
    static Path dir;
    private static Pipeline mine;

    private static final String JOINED = """
            Foreign ministers meet in Seoul

            SEOUL — Foreign Minister Takeshi Iwaya held talks with Foreign Minister Cho Tae-yul on Monday, January 13, 2025.
            Iwaya and his South Korean opposite number Cho Tae-yul reaffirmed maintaining close cooperation between the two countries.
            """;
    private static final String LEADERS = """
            Leaders speak

            The French and British heads of government held a telephone call on 5 March 2024.
            """;

    @BeforeAll
    static void usersWords() throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "counterpart\topposite number\nleaders\theads of government\n"
                + "attribution\tintoned\ngroup-office\tenvoys\n");
        mine = Readouts.pipeline(dir);
    }

    private static List<String> speakers(StatementReport s) {
        return s.speakers().stream().map(Speaker::country).sorted().toList();
    }

    private static List<String> participants(ProcessedDocument d) {
        return d.extraction().engagements().get(0).participants().stream().map(Participant::country).sorted().toList();
    }

    @Test
    void aUsersCounterpartJoinedToTheSubjectSpeaksWithIt() {
        StatementReport bundled = Readouts.only(Readouts.process("joined.txt", JOINED), "Iwaya and his");
        assertEquals(List.of("KOR"), speakers(bundled), "the bundled words know no 'opposite number'");
        StatementReport user = Readouts.only(Readouts.process(mine, "joined.txt", JOINED), "Iwaya and his");
        assertEquals(List.of("JPN", "KOR"), speakers(user));
    }

    @Test
    void aUsersWordForLeadersGivesEachCountrysLeader() {
        assertEquals(List.of(), Readouts.process("leaders.txt", LEADERS).extraction().engagements());
        assertEquals(List.of("FRA", "GBR"), participants(Readouts.process(mine, "leaders.txt", LEADERS)));
    }

    private static final String QUOTED = """
            Japan, China foreign ministers spar over Fukushima water in phone talks

            TOKYO, Feb. 23 (Kyodo) -- Japanese Foreign Minister Yoshimasa Hayashi and his Chinese counterpart Qin Gang held phone talks on Wednesday, the Foreign Ministry announced on February 23, 2023.

            Hayashi raised the matter. "We firmly oppose the ocean discharge," Qin intoned.

            The Japanese and Chinese envoys agreed to keep communicating.
            """;

    @Test
    void aUsersAttributionVerbGivesAQuotationToTheNameAfterIt() {
        String quote = "\"We firmly oppose";
        StatementReport bundled = Readouts.only(Readouts.process("quoted.txt", QUOTED), quote);
        assertEquals("Yoshimasa Hayashi", bundled.speakers().get(0).name(), "without the verb, 'We' is the last one named");
        StatementReport user = Readouts.only(Readouts.process(mine, "quoted.txt", QUOTED), quote);
        assertEquals("Qin Gang", user.speakers().get(0).name());
    }

    @Test
    void aUsersGroupOfficeIsBothSides() {
        String sentence = "The Japanese and Chinese envoys agreed";
        assertEquals(List.of(), Readouts.in(Readouts.process("quoted.txt", QUOTED), sentence), "no one speaks");
        StatementReport user = Readouts.only(Readouts.process(mine, "quoted.txt", QUOTED), sentence);
        assertEquals(List.of("CHN", "JPN"), speakers(user));
    }
}
