package org.readout.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of {@code readout/extract/cues.tsv}, extended or replaced by a user's {@code DIR/cues.tsv} as every
 * knowledge file is, compiled into the patterns the extractors and the cleaner use. Immutable and thread-safe.
 */
public final class Cues {
    static final String RESOURCE_DIR = "readout/extract/";
    static final String FILE = "cues.tsv";

    private final Pattern negated;
    private final Pattern recalled;
    private final Pattern hedged;
    private final Pattern obligation;
    private final Pattern group;
    private final Pattern notTheEngagementDate;
    private final Pattern locative;
    private final Pattern sidelines;
    private final Pattern objectBefore;
    private final Pattern subjectAccused;
    private final Pattern issuer;
    private final Pattern clauseOpener;
    private final String nameParticles;
    private final Pattern monthFirstZone;
    private final Pattern publishedLabel;
    private final String publishedLabels;
    private final Pattern occasionMarker;
    private final Pattern otherEncounter;
    private final Pattern notTheHolder;
    private final Pattern participle;
    private final Pattern passiveInside;
    private final Pattern pairJoint;
    private final Pattern sourceAttribution;

    /** The kinds of cue, the first column of {@code cues.tsv}. */
    private static final Set<String> KINDS = Set.of("negation", "recalled", "hedge", "obligation", "group",
            "not-engagement-date", "locative", "sidelines", "object-marker", "issuer", "clause-opener", "name-particle",
            "month-first-zone", "published-label", "occasion-marker", "other-encounter", "not-the-holder", "subject-accused",
            "participle", "pair-joint", "source-attribution");

    private Cues(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            if (!KINDS.contains(r.get(0))) throw r.error("no such kind of cue '" + r.get(0) + "' (see the head of the bundled cues.tsv)");
            if (r.get(1).isEmpty()) throw r.error("a cue needs a phrase in the second column");
        }
        negated = Pattern.compile("(?i)\\b(?:" + words(rows, "negation") + ")\\s+(?:\\w+\\s+){0,2}$");
        hedged = Pattern.compile("(?i)\\b(?:" + words(rows, "hedge") + ")\\s+(?:\\w+\\s+)?$");
        recalled = Pattern.compile("(?i)\\b(?:" + words(rows, "recalled") + ")\\s+(?:\\w+\\s+)?$");
        obligation = Pattern.compile("(?i)\\b(?:" + words(rows, "obligation") + ")\\b");
        group = Pattern.compile("\\b(?i:" + words(rows, "group") + ")\\b"
                + "|\\b[Tt]he\\s+\\p{Lu}\\p{L}+\\s+and\\s+\\p{Lu}\\p{L}+\\s+(?i:leaders|ministers|foreign ministers|presidents|prime ministers|governments)\\b");
        notTheEngagementDate = Pattern.compile("(?i)\\b(?:" + words(rows, "not-engagement-date") + ")\\s*$");
        locative = Pattern.compile("(?i)\\b(?:" + words(rows, "locative") + ")\\s+(?:the\\s+)?(?:[\\p{L}]+\\s+capital,?\\s+)?$");
        sidelines = Pattern.compile("(?i)\\b(?:" + words(rows, "sidelines") + ")\\b");
        objectBefore = Pattern.compile("\\b(?i:" + words(rows, "object-marker") + ")\\s+(?:(?:the|his|her|their|its|and|H\\.E\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|"
                + "\\p{Lu}[\\p{L}.'’-]*)\\s+){0,5}$");
        issuer = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:" + words(rows, "issuer") + ")\\b");
        clauseOpener = Pattern.compile("[,;]|\\b(?i:" + words(rows, "clause-opener") + ")\\b");
        nameParticles = words(rows, "name-particle");
        monthFirstZone = Pattern.compile("\\b(?:" + exact(rows, "month-first-zone") + ")\\b");
        publishedLabels = words(rows, "published-label");
        publishedLabel = Pattern.compile("(?i)^\\s*(?:" + publishedLabels + ")\\s*[:\\-–—]?\\s*$");
        occasionMarker = Pattern.compile("(?i)\\b(?:" + words(rows, "occasion-marker") + ")\\s+(?:the\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}$");
        otherEncounter = Pattern.compile("(?i)\\b(?:" + words(rows, "other-encounter") + ")\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$");
        notTheHolder = Pattern.compile("(?i)\\b(?:" + words(rows, "not-the-holder") + ")\\s+$");
        subjectAccused = Pattern.compile("(?i)^(?:" + words(rows, "subject-accused") + ")\\b");
        String participles = "\\p{L}+(?:ed|en)|" + words(rows, "participle");
        participle = Pattern.compile("(?i)^(?:" + participles + ")\\b");
        pairJoint = Pattern.compile("(?i)^\\s*(?:" + words(rows, "pair-joint") + ")\\s*(?:the\\s+)?$");
        sourceAttribution = Pattern.compile("(?i)\\b(?:" + words(rows, "source-attribution") + ")\\b");
        passiveInside = Pattern.compile("(?i)\\b(?:was|were|is|are)\\s+(?:\\p{L}+ly\\s+)?(?:" + participles + ")\\b");
    }

    /** The bundled cues with a user's {@code DIR/cues.tsv} (none when {@code userDir} is null). */
    public static Cues load(Path userDir) {
        return new Cues(Tsv.load(RESOURCE_DIR, FILE, userDir));
    }

    /** "did not agree", "refused to accept": ends right after a negation and at most two words. */
    public Pattern negated() {
        return negated;
    }

    /** "as agreed": ends right after a word that recalls an earlier act and at most one word. */
    public Pattern recalled() {
        return recalled;
    }

    /** "seem to agree": ends right after a hedge and at most one word. */
    public Pattern hedged() {
        return hedged;
    }

    /** "must", "should": a statement of what someone must do. */
    public Pattern obligation() {
        return obligation;
    }

    /** "both sides", "the Japanese and Chinese ministers": both sides speaking together. */
    public Pattern group() {
        return group;
    }

    /** "since he took office on": ends right before a date that is of something else. */
    public Pattern notTheEngagementDate() {
        return notTheEngagementDate;
    }

    /** "in", "visiting the Chinese capital,": ends right before the place of the engagement. */
    public Pattern locative() {
        return locative;
    }

    /** "on the sidelines of". */
    public Pattern sidelines() {
        return sidelines;
    }

    /** "told the Minister": ends right before a name or side that is an object, not who speaks. */
    public Pattern objectBefore() {
        return objectBefore;
    }

    /** "its missile activities threaten": a criticism that accuses its own subject, from the act's start. */
    public Pattern subjectAccused() {
        return subjectAccused;
    }

    /** "spokesperson said", right after a seat of government or a country: whose account a document is. */
    public Pattern issuer() {
        return issuer;
    }

    /** Commas, semicolons and the words that open a clause of their own. */
    public Pattern clauseOpener() {
        return clauseOpener;
    }

    /** The lower-case words inside a person's name ("al", "da") as a regex alternation. */
    public String nameParticles() {
        return nameParticles;
    }

    /** Time zones whose writers put the month first in numeric dates. */
    public Pattern monthFirstZone() {
        return monthFirstZone;
    }

    /** A whole stretch that is a label dating a page ("Published:"). */
    public Pattern publishedLabel() {
        return publishedLabel;
    }

    /** The labels that date a page, as a case-insensitive regex alternation (lower-cased). */
    public String publishedLabels() {
        return publishedLabels;
    }

    /** "on the sidelines of the": ends right before the summit an encounter was held at. */
    public Pattern occasionMarker() {
        return occasionMarker;
    }

    /** "after her telephone": ends right before an engagement word of another encounter. */
    public Pattern otherEncounter() {
        return otherEncounter;
    }

    /** "the next U.S.": ends right before an office that is not its holder's on the day. */
    public Pattern notTheHolder() {
        return notTheHolder;
    }

    /** "held", "discussed": a past participle, from the start. */
    public Pattern participle() {
        return participle;
    }

    /** "was paid", "were duly discussed": an auxiliary and a past participle. */
    public Pattern passiveInside() {
        return passiveInside;
    }

    /** "and", "-": the whole stretch between two countries named as a pair ("Canada-Mexico", "India and Australia"). */
    public boolean isPairJoint(String between) {
        return pairJoint.matcher(between).matches();
    }

    /** "said", "according to": words that attribute what follows to someone, as the press does line after line. */
    public Pattern sourceAttribution() {
        return sourceAttribution;
    }

    /** The phrases of one kind as a regex alternation, longest first, quoted, inner spaces flexible. */
    private static String words(List<Tsv.Row> rows, String kind) {
        return alternation(rows, kind, true);
    }

    /** As {@link #words}, keeping the case of the file. */
    private static String exact(List<Tsv.Row> rows, String kind) {
        return alternation(rows, kind, false);
    }

    private static String alternation(List<Tsv.Row> rows, String kind, boolean lowerCase) {
        try {
            return Tsv.alternation(rows, kind, lowerCase);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cues.tsv has no '" + kind + "' rows", e);
        }
    }
}
