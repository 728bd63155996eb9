package org.readout.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each command on a small store built from two invented reports of one call and one announced visit. */
class CommandsTest {
    static final String READOUT = """
            Press Releases

            Foreign Ministers' Telephone Talk

            March 14, 2023

            On March 14, commencing at 4 p.m., Mr. PARK Jin, Minister of Foreign Affairs of the Republic of Korea, held a telephone talk with the Honourable Penny Wong, Minister for Foreign Affairs of Australia, for approximately 30 minutes.
            The two ministers concurred on strengthening cooperation in the Indo-Pacific.
            """;
    static final String WIRE = """
            SEOUL, March 15 (Yonhap) -- South Korean Foreign Minister Park Jin and his Australian counterpart Penny Wong held a phone call on Tuesday, the ministry said on March 15, 2023.
            Park will visit Canberra on April 20 for talks with Wong, the ministry added.
            """;

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void ingest() throws IOException {
        Files.writeString(dir.resolve("readout.txt"), READOUT);
        Files.writeString(dir.resolve("wire.txt"), WIRE);
        db = dir.resolve("s.db").toString();
        Cli.Run run = Cli.run("--db", db, "ingest", dir.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private String idOn(String date) {
        Matcher m = Pattern.compile("(eng-[0-9a-f]+)\\s+" + date).matcher(Cli.run("--db", db, "engagements").out());
        assertTrue(m.find(), "no engagement on " + date);
        return m.group(1);
    }

    @Test
    void engagementsListsTheCallOnceWithBothReports() {
        String out = Cli.run("--db", db, "engagements").out();
        assertEquals(1, out.lines().filter(l -> l.contains("2023-03-14")).count(), out);
        assertTrue(out.contains("Park Jin (KOR, foreign minister)"), out);
        assertTrue(out.contains("Penny Wong (AUS, foreign minister)"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("2023-03-14") && l.contains("phone") && l.endsWith("2")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("2023-04-20") && l.contains("planned") && l.contains("Canberra")), out);
    }

    @Test
    void filtersByCountryPersonAndDates() {
        assertTrue(Cli.run("--db", db, "engagements", "--country", "AUS", "--country", "KOR").out().contains("2 engagements"));
        assertTrue(Cli.run("--db", db, "engagements", "--country", "CHN").out().contains("0 engagements"));
        assertTrue(Cli.run("--db", db, "engagements", "--person", "wong").out().contains("2 engagements"));
        String april = Cli.run("--db", db, "engagements", "--from", "2023-04-01", "--to", "2023-04-30").out();
        assertTrue(april.contains("1 engagement") && april.contains("2023-04-20"), april);
    }

    @Test
    void showGivesEveryFactWithItsSentence() {
        Cli.Run show = Cli.run("--db", db, "show", idOn("2023-03-14"));
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("local_time        16:00"), show.out());
        assertTrue(show.out().contains("duration_minutes  30"), show.out());
        assertTrue(show.out().contains("\u2190 \"On March 14, commencing at 4 p.m."), show.out());
        assertTrue(show.out().contains("reports"), show.out());
        assertTrue(show.out().contains("Foreign Ministers' Telephone Talk"), show.out());
    }

    @Test
    void showOfAnUnknownIdIsAClearError() {
        Cli.Run show = Cli.run("--db", db, "show", "eng-nothing");
        assertEquals(1, show.exit());
        assertTrue(show.err().contains("no engagement eng-nothing"), show.err());
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerEngagement() throws IOException {
        Path out = dir.resolve("e.csv");
        assertEquals(0, Cli.run("--db", db, "export", "--format", "csv", "-o", out.toString()).exit());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("id,date,date_end,status,format"), lines.get(0));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("2023-03-14,,held,phone")), String.join("\n", lines));
    }

    @Test
    void analyzeLeavesNoStoreBehind() throws IOException {
        Path work = Files.createDirectory(dir.resolve("work"));
        Cli.Run run = Cli.run("--db", work.resolve("never.db").toString(), "analyze", dir.resolve("readout.txt").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2023-03-14"), run.out());
        assertFalse(Files.exists(work.resolve("never.db")));
    }

    @Test
    void benchEndsWithItsFigures() {
        Cli.Run run = Cli.run("bench", "--repeat", "3", dir.toString());
        assertEquals(0, run.exit(), run.err());
        String last = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("documents/s=[0-9.]+ sentences/s=[0-9.]+ peak_heap_mb=\\d+"), last);
        assertTrue(run.out().contains("documents=6 "), run.out());
    }
}
