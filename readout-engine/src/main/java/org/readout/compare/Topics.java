package org.readout.compare;

import org.readout.knowledge.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues compared in one row ({@code readout/compare/topics.tsv}): each topic's issues, the broader issues
 * an act joins it with, and the phrases that name it besides the issues' own aliases and wordings.
 */
public final class Topics {
    /**
     * @param issues  the issues whose statements make the row
     * @param joins   broader issues whose statements join the row only where the same act is also filed under
     *                one of {@code issues} ("lift the food import ban" is also a trade restriction)
     * @param phrases words that name the topic in a sentence, besides the issues' aliases and wordings
     */
    public record Topic(String id, String label, List<String> issues, List<String> joins, List<String> phrases) {
        public Topic {
            issues = List.copyOf(issues);
            joins = List.copyOf(joins);
            phrases = List.copyOf(phrases);
        }
    }

    private final Map<String, Topic> byIssue = new HashMap<>();
    private final Map<String, List<Topic>> byJoined = new HashMap<>();

    public static Topics load(Path userDir) {
        Topics t = new Topics();
        for (Tsv.Row r : Tsv.load("readout/compare/", "topics.tsv", userDir)) {
            if (r.get(2).isEmpty()) throw r.error("a topic needs its issue ids in the third column");
            Topic topic = new Topic(r.get(0), r.get(1), split(r.get(2)), split(r.get(3)), split(r.get(4)));
            for (String issue : topic.issues()) t.byIssue.put(issue, topic);
            for (String issue : topic.joins()) t.byJoined.computeIfAbsent(issue, k -> new ArrayList<>()).add(topic);
        }
        return t;
    }

    /** The topic whose row an issue's statements make, or null. */
    public Topic of(String issueId) {
        return byIssue.get(issueId);
    }

    /** The topics a statement on this issue joins when the same act is filed under one of theirs. */
    public List<Topic> joinedBy(String issueId) {
        return byJoined.getOrDefault(issueId, List.of());
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
