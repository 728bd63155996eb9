package org.readout.annotate;

import org.readout.clean.CleanDocument;

import java.util.List;

/** A cleaned document with its sentences, the known things named in them, and its temporal expressions. */
public record AnnotatedDocument(CleanDocument document, List<Sentence> sentences, List<Mention> mentions,
                                List<TimeMention> times) {

    public List<Mention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    public List<Mention> mentionsIn(int sentence, MentionType type) {
        return mentions.stream().filter(m -> m.sentence() == sentence && m.type() == type).toList();
    }

    public List<TimeMention> timesIn(int sentence) {
        return times.stream().filter(t -> t.sentence() == sentence).toList();
    }
}
