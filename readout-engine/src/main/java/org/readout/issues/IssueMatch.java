package org.readout.issues;

/**
 * An issue mentioned in a sentence.
 *
 * @param issue     the issue
 * @param start     offset of the mention in the sentence (inclusive)
 * @param end       offset just past the mention
 * @param text      the mention as written in the sentence ({@code sentence.substring(start, end)})
 * @param phrase    the taxonomy phrase that matched, as the taxonomy writes it; for mentions merged
 *                  from several adjacent phrases ("Senkaku/Diaoyu islands") the phrases joined by " / "
 * @param wordingOf the ISO 3166 alpha-3 code of the side whose distinctive wording the mention is
 *                  ({@code CHN} for "nuclear-contaminated water"), or {@code null} for a neutral alias
 *                  or a merged mention that mixes the wordings of several sides
 */
public record IssueMatch(Issue issue, int start, int end, String text, String phrase, String wordingOf) {

    public String id() {
        return issue.id();
    }

    /** Whether the mention is one side's distinctive wording of the issue. */
    public boolean isWording() {
        return wordingOf != null;
    }
}
