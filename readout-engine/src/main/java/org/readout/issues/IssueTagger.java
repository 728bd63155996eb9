package org.readout.issues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readout.knowledge.PhraseIndex;

/**
 * Finds the issues of the taxonomy that a sentence mentions. Matching follows the rules written in
 * the head of {@code issues.tsv}: folded case and accents, hyphen = space, capitalised phrases and
 * capital words only matched as written, whole words, longest phrase first; adjacent mentions of
 * one issue merge. Thread-safe once built.
 */
public final class IssueTagger {

    /** At most this many separator chars between two mentions of one issue that merge. */
    private static final int MAX_MERGE_GAP = 5;

    private record Known(IssueTaxonomy.Phrase phrase, boolean[] capitals) {
    }

    private final PhraseIndex<Known> index = new PhraseIndex<>();
    private final ClauseLabel labels;

    public IssueTagger(IssueTaxonomy taxonomy) {
        this.labels = taxonomy.labels();
        for (IssueTaxonomy.Phrase p : taxonomy.phrases()) {
            String compact = PhraseForm.compactPhrase(p.text());
            if (compact.isEmpty()) continue;
            boolean capitalised = Character.isUpperCase(compact.charAt(0));
            index.add(compact, new Known(p, PhraseForm.capitalsMask(compact)), capitalised);
        }
    }

    /** The tagger over the bundled taxonomy. */
    public static IssueTagger bundled() {
        return IssueTaxonomy.bundled().tagger();
    }

    /**
     * Every issue mention in {@code sentence}, left to right, with offsets into {@code sentence}.
     * One issue may appear several times; mentions of one issue separated only by spaces or
     * {@code / - ( )} are merged into one.
     */
    public List<IssueMatch> find(String sentence) {
        if (sentence == null || sentence.isEmpty()) return List.of();
        PhraseForm.Compact c = PhraseForm.compact(sentence);
        List<PhraseIndex.Match<Known>> raw = index.find(c.original(), c.folded());
        List<IssueMatch> out = new ArrayList<>(raw.size());
        String groupCountry = null;
        boolean groupMixed = false;
        for (PhraseIndex.Match<Known> m : raw) {
            Known k = m.value();
            IssueTaxonomy.Phrase p = k.phrase();
            if (p.issue() == null) continue;
            if (k.capitals() != null && !capitalsHold(c.original(), m.start(), k.capitals())) continue;
            int s = c.sourceStart(m.start());
            int e = c.sourceEnd(m.end());
            IssueMatch prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.issue() == p.issue() && isSeparator(sentence, prev.end(), s)) {
                if (p.country() != null) {
                    if (groupCountry == null) groupCountry = p.country();
                    else if (!groupCountry.equals(p.country())) groupMixed = true;
                }
                e = closeBracket(sentence, prev.start(), e);
                out.set(out.size() - 1, new IssueMatch(p.issue(), prev.start(), e, sentence.substring(prev.start(), e),
                        prev.phrase() + " / " + p.text(), groupMixed ? null : groupCountry));
            } else {
                groupCountry = p.country();
                groupMixed = false;
                out.add(new IssueMatch(p.issue(), s, e, sentence.substring(s, e), p.text(), p.country()));
            }
        }
        return out;
    }

    /**
     * One mention per issue, in the order the issues are first mentioned. Where any mention of an
     * issue is a side's distinctive wording, the first such mention stands for the issue.
     */
    public List<IssueMatch> perIssue(String sentence) {
        Map<String, IssueMatch> byIssue = new LinkedHashMap<>();
        for (IssueMatch m : find(sentence)) {
            IssueMatch seen = byIssue.get(m.id());
            if (seen == null || (!seen.isWording() && m.isWording())) byIssue.put(m.id(), m);
        }
        return List.copyOf(byIssue.values());
    }

    /**
     * A short label (at most eight words) for what a clause is about when no issue of the taxonomy
     * names it: the noun phrase after "regarding", "concerning", "about", "over", "on", "for", ...
     * ("called for the early release of a detained employee" gives "early release of a detained
     * employee"); empty when the clause has no such phrase.
     */
    public Optional<String> labelFromText(String clause) {
        return labels.of(clause);
    }

    /** "Women, Peace and Security (WPS": takes in the ")" that closes a bracket the merge opened. */
    private static int closeBracket(String s, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '(') open++;
            else if (c == ')') open--;
        }
        return open > 0 && end < s.length() && s.charAt(end) == ')' ? end + 1 : end;
    }

    private static boolean capitalsHold(String text, int start, boolean[] capitals) {
        for (int j = 0; j < capitals.length; j++) {
            if (capitals[j] && !Character.isUpperCase(text.charAt(start + j))) return false;
        }
        return true;
    }

    private static boolean isSeparator(String s, int from, int to) {
        if (to - from > MAX_MERGE_GAP || to < from) return false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean sep = Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '/' || c == '(' || c == ')' || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '—';
            if (!sep) return false;
        }
        return true;
    }
}
