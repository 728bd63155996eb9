package org.readout.annotate;

import java.util.List;

/** Temporal expressions in a piece of text outside the article's sentences (a citation line, a caption). */
public final class TimeExpressions {
    private static final TemporalTagger TAGGER = new TemporalTagger();

    private TimeExpressions() {
    }

    /** Offsets are within {@code text}; the sentence index is -1. */
    public static List<TimeMention> find(String text) {
        return TAGGER.tag(new Sentence(-1, 0, text.length(), text));
    }
}
