package org.readout.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Issues compared in one row ({@code readout/compare/topics.tsv}): issue id to topic id and label. */
public final class Topics {
    public record Topic(String id, String label) {
    }

    private final Map<String, Topic> byIssue = new HashMap<>();

    public static Topics load(Path userDir) {
        Topics t = new Topics();
        InputStream in = Topics.class.getClassLoader().getResourceAsStream("readout/compare/topics.tsv");
        if (in == null) throw new IllegalStateException("missing readout/compare/topics.tsv");
        t.read(in);
        if (userDir != null && Files.isRegularFile(userDir.resolve("topics.tsv"))) {
            try {
                t.read(Files.newInputStream(userDir.resolve("topics.tsv")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return t;
    }

    private void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length < 3) continue;
                Topic topic = new Topic(cells[0].strip(), cells[1].strip());
                for (String issue : cells[2].split("\\|")) byIssue.put(issue.strip(), topic);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Topic of(String issueId) {
        return byIssue.get(issueId);
    }
}
