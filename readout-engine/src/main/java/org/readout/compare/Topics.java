package org.readout.compare;

import org.readout.knowledge.Tsv;

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
        for (Tsv.Row r : Tsv.load("readout/compare/", "topics.tsv", userDir)) {
            if (r.get(2).isEmpty()) throw r.error("a topic needs its issue ids in the third column");
            Topic topic = new Topic(r.get(0), r.get(1));
            for (String issue : r.get(2).split("\\|")) t.byIssue.put(issue.strip(), topic);
        }
        return t;
    }

    public Topic of(String issueId) {
        return byIssue.get(issueId);
    }
}
