package org.readout.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that signal an engagement and its format ({@code engagement-triggers.tsv}, and the pairs that
 * {@code engagement-trigger-parts.tsv} builds), and cues that
 * put it in the future, in the past, or outside the facts ({@code status-cues.tsv}).
 */
public final class Lexicon {

    /**
     * Whether the word reports an encounter only with a guest: {@code NEAR}, someone right after it ("welcomed Prime
     * Minister X", not "welcomed the decision"); {@code NEXT}, someone as its very next words ("called Prime Minister X",
     * "called his counterpart", not "called on X to" or "called for"); {@code BEFORE}, right after the guest it addresses
     * ("Minister X, welcome to the Pentagon"), whom the one speaking receives.
     */
    public enum Guest { NONE, NEAR, NEXT, BEFORE }

    /**
     * {@code guest}: whether and where the word needs a guest; {@code each}: a plural that tells one encounter with each
     * counterpart named ("bilateral meetings with A and B", "phone calls with A and B"); {@code afterGroup}: only right after
     * words that name both sides ("the two leaders spoke on Thursday", not "Modi spoke at the summit").
     */
    public record Trigger(String format, String kind, Guest guest, boolean each, boolean afterGroup) {
        public Trigger(String format, String kind) {
            this(format, kind, Guest.NONE, false, false);
        }

        public boolean needsGuest() {
            return guest != Guest.NONE;
        }

        public boolean guestNext() {
            return guest == Guest.NEXT;
        }

        public boolean guestBefore() {
            return guest == Guest.BEFORE;
        }

        public boolean isVisit() {
            return "visit".equals(kind);
        }

        /** "met", "a conversation with": words that leave the format to other words ("any", "either"). */
        public boolean leavesFormatOpen() {
            return "any".equals(format) || "either".equals(format);
        }
    }

    /**
     * {@code planned}, {@code invitation} (planned, as an invitation tells it), {@code held}, {@code unreal} (negated,
     * hypothetical), {@code report} or {@code sameday}.
     */
    public record Cue(String status) {
        /** Whether the cue places an encounter in the future. */
        public boolean toCome() {
            return status.equals("planned") || status.equals("invitation");
        }
    }

    private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();

    static Lexicon load(Path userDir) {
        Lexicon l = new Lexicon();
        for (Tsv.Row r : Tsv.load("engagement-triggers.tsv", userDir)) {
            if (!TRIGGER_FORMATS.contains(r.get(1))) throw r.error("the format is phone, video, in_person, any, either or spoke, not '" + r.get(1) + "'");
            if (!TRIGGER_KINDS.contains(r.get(2))) throw r.error("the kind is talk, visit or summit, not '" + r.get(2) + "'");
            String mark = r.get(3);
            if (!TRIGGER_MARKS.contains(mark)) {
                throw r.error("the fourth column is 'guest', 'guest-next', 'guest-before', 'each', 'group' or empty, not '" + mark + "'");
            }
            Guest guest = GUEST_MARKS.getOrDefault(mark, Guest.NONE);
            l.triggers.add(r, r.get(0), new Trigger(r.get(1), r.orNull(2), guest, mark.equals("each"), mark.equals("group")), false);
        }
        for (Map.Entry<String, Trigger> e : composed(Tsv.load("engagement-trigger-parts.tsv", userDir)).entrySet()) {
            l.triggers.add(e.getKey(), e.getValue(), false);
        }
        for (Tsv.Row r : Tsv.load("status-cues.tsv", userDir)) {
            if (!CUE_STATUSES.contains(r.get(1))) throw r.error("the status is one of " + CUE_STATUSES + ", not '" + r.get(1) + "'");
            l.cues.add(r, r.get(0), new Cue(r.get(1)), false);
        }
        return l;
    }

    private static final java.util.Set<String> CUE_STATUSES = java.util.Set.of("planned", "invitation", "held", "unreal", "report", "sameday");
    private static final java.util.Set<String> TRIGGER_FORMATS = java.util.Set.of("phone", "video", "in_person", "any", "either", "spoke");
    private static final java.util.Set<String> TRIGGER_MARKS = java.util.Set.of("", "guest", "guest-next", "guest-before", "each", "group");
    private static final Map<String, Guest> GUEST_MARKS = Map.of("guest", Guest.NEAR, "guest-next", Guest.NEXT, "guest-before", Guest.BEFORE);
    private static final java.util.Set<String> TRIGGER_KINDS = java.util.Set.of("talk", "visit", "summit");
    private static final java.util.Set<String> MEDIUM_FORMATS = java.util.Set.of("phone", "video", "in_person");
    private static final java.util.Set<String> EXCHANGE_KINDS = java.util.Set.of("talk", "summit");

    /** Every medium with every exchange ("telephone discussion", "video-conversation"): the format from the one, the kind from the other. */
    static Map<String, Trigger> composed(List<Tsv.Row> parts) {
        Map<String, String> media = new LinkedHashMap<>();
        Map<String, String> exchanges = new LinkedHashMap<>();
        Map<String, Boolean> each = new LinkedHashMap<>();
        for (Tsv.Row r : parts) {
            switch (r.get(0)) {
                case "medium" -> {
                    if (!MEDIUM_FORMATS.contains(r.get(2))) throw r.error("a medium's format is phone, video or in_person, not '" + r.get(2) + "'");
                    media.put(r.get(1), r.get(2));
                }
                case "exchange" -> {
                    if (!EXCHANGE_KINDS.contains(r.get(2))) throw r.error("an exchange's kind is talk or summit, not '" + r.get(2) + "'");
                    exchanges.put(r.get(1), r.get(2));
                    each.put(r.get(1), "each".equals(r.get(3)));
                }
                default -> throw r.error("part must be 'medium' or 'exchange', not '" + r.get(0) + "'");
            }
        }
        Map<String, Trigger> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> m : media.entrySet()) {
            for (Map.Entry<String, String> x : exchanges.entrySet()) {
                Trigger t = new Trigger(m.getValue(), x.getValue(), Guest.NONE, each.get(x.getKey()), false);
                out.put(m.getKey() + " " + x.getKey(), t);
                out.put(m.getKey() + "-" + x.getKey(), t);
            }
        }
        return out;
    }

    public PhraseIndex<Trigger> triggers() {
        return triggers;
    }

    public PhraseIndex<Cue> cues() {
        return cues;
    }
}
