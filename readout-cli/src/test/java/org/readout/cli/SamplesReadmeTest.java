package org.readout.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What README.md says `./readout analyze samples` prints is what it prints. */
class SamplesReadmeTest {
    /** "Park Jin – Penny Wong by phone on 2023-03-14 (two reports)": two people, a day, and how many documents. */
    private static final Pattern CLAIM = Pattern.compile(
            "([\\p{Lu}][\\p{L}. ]+?) – ([\\p{Lu}][\\p{L}. ]+?) (?:by phone|in [\\p{Lu}]\\p{L}+) on (\\d{4}-\\d{2}-\\d{2}) ?(?:\\(([^)]*)\\))?");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six");

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("samples"))) dir = dir.getParent();
        return dir;
    }

    @Test
    void analyzePrintsTheEngagementsReadmePromises() throws IOException {
        Path root = root();
        String paragraph = java.util.Arrays.stream(Files.readString(root.resolve("README.md")).split("\\n\\s*\\n"))
                .filter(p -> p.contains("`analyze`")).findFirst().orElse("").replaceAll("\\s+", " ");
        Matcher promise = Pattern.compile("`analyze` should print (\\w+) engagements: (.*)").matcher(paragraph);
        assertTrue(promise.find(), "README says what analyze prints");
        Cli.Run run = Cli.run("--db", root.resolve("target-never.db").toString(), "analyze", root.resolve("samples").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("eng-")).toList();
        assertEquals(NUMBERS.indexOf(promise.group(1)), rows.size(), run.out());

        Matcher claim = CLAIM.matcher(promise.group(2));
        int claims = 0;
        while (claim.find()) {
            claims++;
            String a = claim.group(1).strip();
            String b = claim.group(2).strip();
            String day = claim.group(3);
            String row = rows.stream().filter(r -> r.contains(a) && r.contains(b)).findFirst()
                    .orElseThrow(() -> new AssertionError("no engagement of " + a + " and " + b + " in\n" + run.out()));
            assertTrue(row.contains(day), a + " – " + b + " on " + day + ", printed: " + row);
            String docs = claim.group(4);
            if (docs != null && docs.contains("reports")) {
                int n = NUMBERS.indexOf(docs.split(" ")[0]);
                assertTrue(row.strip().endsWith(" " + n), row);
            } else if (docs != null) {
                assertTrue(row.strip().endsWith(" " + docs.split(",").length), row);
            }
        }
        assertEquals(rows.size(), claims, "README describes every engagement printed");
    }
}
