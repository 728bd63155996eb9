package org.readout.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date measurement on three invented pages: one dated right, one wrong, one without a date, and one of unknown day. */
class BenchDatesCommandTest {
    private static final String BODY = "<p>The two foreign ministers held a telephone call on Monday to discuss trade and the "
            + "coming summit, the ministry said in a statement issued after the call.</p>";

    @TempDir
    Path dir;

    private static String page(String head) {
        return "<html><head><title>Ministers talk</title>" + head + "</head><body><article><h1>Ministers talk</h1>"
                + BODY + BODY + "</article></body></html>";
    }

    @Test
    void countsExactWrongAndMissingPages() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages/sub"));
        Files.writeString(pages.resolve("right.html"), page("<meta property=\"article:published_time\" content=\"2023-03-14T09:00:00Z\">"));
        Files.writeString(pages.resolve("wrong.html"), page("<meta property=\"article:published_time\" content=\"2023-03-15T09:00:00Z\">"));
        Files.writeString(pages.resolve("none.html"), page(""));
        Files.writeString(pages.resolve("unknown.html"), page(""));
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"https://example.org/a": {"file": "right.html", "date": "2023-03-14"},
                 "https://example.org/b": {"file": "wrong.html", "date": "2023-03-14"},
                 "https://example.org/c": {"file": "none.html", "date": "2023-03-14"},
                 "https://example.org/d": {"file": "unknown.html", "date": NaN}}
                """);
        Cli.Run run = Cli.run("bench-dates", "--list", dir.resolve("pages").toString(), gold.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("pages=4 exact=1 (25.0%) wrong=1 (25.0%) missing=2 (50.0%) failed=0"), run.out());
        assertTrue(run.out().contains("wrong\twrong.html\tknown=2023-03-14\tfound=2023-03-15"), run.out());
        assertTrue(run.out().contains("missing\tnone.html\tknown=2023-03-14\tfound=null"), run.out());
    }

    @Test
    void withTheAddressAPageIsDatedByIt() throws IOException {
        Files.writeString(dir.resolve("p.html"), page(""));
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{\"https://example.org/news/2023/03/14/ministers-talk\": {\"file\": \"p.html\", \"date\": \"2023-03-14\"}}");
        assertTrue(Cli.run("bench-dates", dir.toString(), gold.toString()).out().contains("exact=0"));
        Cli.Run run = Cli.run("bench-dates", "--with-url", dir.toString(), gold.toString());
        assertTrue(run.out().contains("pages=1 exact=1 (100.0%)"), run.out());
    }
}
