package org.readout.knowledge;

import java.nio.file.Path;

/**
 * Words that signal an engagement and its format ({@code engagement-triggers.tsv}), and cues that
 * put it in the future, in the past, or outside the facts ({@code status-cues.tsv}).
 */
public final class Lexicon {

    /** {@code needsGuest}: the word reports an encounter only with someone right after it ("welcomed Prime Minister X", not "welcomed the decision"). */
    public record Trigger(String format, String kind, boolean needsGuest) {
        public Trigger(String format, String kind) {
            this(format, kind, false);
        }

        public boolean isVisit() {
            return "visit".equals(kind);
        }
    }

    /** {@code planned}, {@code held} or {@code unreal} (negated, hypothetical). */
    public record Cue(String status) {
    }

    private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();

    static Lexicon load(Path userDir) {
        Lexicon l = new Lexicon();
        for (Tsv.Row r : Tsv.load("engagement-triggers.tsv", userDir)) {
            l.triggers.add(r.get(0), new Trigger(r.get(1), r.orNull(2), "guest".equals(r.get(3))), false);
        }
        for (Tsv.Row r : Tsv.load("status-cues.tsv", userDir)) {
            l.cues.add(r.get(0), new Cue(r.get(1)), false);
        }
        return l;
    }

    public PhraseIndex<Trigger> triggers() {
        return triggers;
    }

    public PhraseIndex<Cue> cues() {
        return cues;
    }
}
