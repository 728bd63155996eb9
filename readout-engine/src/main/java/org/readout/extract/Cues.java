package org.readout.extract;

import org.readout.knowledge.Tsv;

import java.util.List;
import java.util.regex.Pattern;

/** The words of {@code readout/extract/cues.tsv}, compiled into the patterns the extractors use. */
final class Cues {
    static final Pattern NEGATED;
    static final Pattern RECALLED;
    static final Pattern HEDGED;
    static final Pattern OBLIGATION;
    static final Pattern GROUP;
    static final Pattern NOT_THE_ENGAGEMENT_DATE;
    static final Pattern LOCATIVE;
    static final Pattern SIDELINES;
    static final Pattern OBJECT_BEFORE;
    static final Pattern SUBJECT_ACCUSED;
    static final Pattern ISSUER;
    static final Pattern CLAUSE_OPENER;
    static final String NAME_PARTICLES;
    static final Pattern MONTH_FIRST_ZONE;
    static final Pattern PUBLISHED_LABEL;
    static final Pattern OCCASION_MARKER;
    static final Pattern OTHER_ENCOUNTER;
    static final Pattern NOT_THE_HOLDER;

    static {
        List<Tsv.Row> rows = Tsv.load("readout/extract/", "cues.tsv", null);
        NEGATED = Pattern.compile("(?i)\\b(?:" + words(rows, "negation") + ")\\s+(?:\\w+\\s+){0,2}$");
        HEDGED = Pattern.compile("(?i)\\b(?:" + words(rows, "hedge") + ")\\s+(?:\\w+\\s+)?$");
        RECALLED = Pattern.compile("(?i)\\b(?:" + words(rows, "recalled") + ")\\s+(?:\\w+\\s+)?$");
        OBLIGATION = Pattern.compile("(?i)\\b(?:" + words(rows, "obligation") + ")\\b");
        GROUP = Pattern.compile("\\b(?i:" + words(rows, "group") + ")\\b"
                + "|\\b[Tt]he\\s+\\p{Lu}\\p{L}+\\s+and\\s+\\p{Lu}\\p{L}+\\s+(?i:leaders|ministers|foreign ministers|presidents|prime ministers|governments)\\b");
        NOT_THE_ENGAGEMENT_DATE = Pattern.compile("(?i)\\b(?:" + words(rows, "not-engagement-date") + ")\\s*$");
        LOCATIVE = Pattern.compile("(?i)\\b(?:" + words(rows, "locative") + ")\\s+(?:the\\s+)?(?:[\\p{L}]+\\s+capital,?\\s+)?$");
        SIDELINES = Pattern.compile("(?i)\\b(?:" + words(rows, "sidelines") + ")\\b");
        OBJECT_BEFORE = Pattern.compile("\\b(?i:" + words(rows, "object-marker") + ")\\s+(?:(?:the|his|her|their|its|and|H\\.E\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|"
                + "\\p{Lu}[\\p{L}.'’-]*)\\s+){0,5}$");
        ISSUER = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:" + words(rows, "issuer") + ")\\b");
        CLAUSE_OPENER = Pattern.compile("[,;]|\\b(?i:" + words(rows, "clause-opener") + ")\\b");
        NAME_PARTICLES = words(rows, "name-particle");
        MONTH_FIRST_ZONE = Pattern.compile("\\b(?:" + exact(rows, "month-first-zone") + ")\\b");
        PUBLISHED_LABEL = Pattern.compile("(?i)^\\s*(?:" + words(rows, "published-label") + ")\\s*[:\\-–—]?\\s*$");
        OCCASION_MARKER = Pattern.compile("(?i)\\b(?:" + words(rows, "occasion-marker") + ")\\s+(?:the\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}$");
        OTHER_ENCOUNTER = Pattern.compile("(?i)\\b(?:" + words(rows, "other-encounter") + ")\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$");
        NOT_THE_HOLDER = Pattern.compile("(?i)\\b(?:" + words(rows, "not-the-holder") + ")\\s+$");
        SUBJECT_ACCUSED = Pattern.compile("(?i)^(?:" + words(rows, "subject-accused") + ")\\b");
    }

    private Cues() {
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
