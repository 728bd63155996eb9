package org.readout.compare;

import java.util.List;
import java.util.Map;

/**
 * One issue (or one topic of related issues, or the courtesies) across the accounts.
 *
 * @param issue     the issue id, {@code topic:ID} for a topic of topics.tsv, or {@link #COURTESIES}
 * @param cells     per account (in the order of the comparison's accounts), the acts on the issue
 * @param raisedBy  the sides whose speakers make a statement on the issue in any account
 * @param onlyIn    the one official account that raises the issue when the other side's readout does not, else null
 * @param wordings  each side's words for the issue where one side uses a distinctive wording of it (that side's
 *                  distinctive wordings; another side's own readout's words, or the words a source quotes), else empty
 * @param divergent whether the sides name the issue in different words, one side's being distinctive
 * @param order     per account, the place (1-based) at which it takes up the issue among its issues, or 0
 */
public record Row(String issue, String label, List<List<Cell>> cells, List<String> raisedBy, String onlyIn,
                  Map<String, List<String>> wordings, boolean divergent, List<Integer> order) {
    /** The row of congratulations, condolences, thanks: statements on the issue {@code courtesy}. */
    public static final String COURTESIES = "courtesy";
    /** The side of a statement both sides make together. */
    public static final String BOTH = "BOTH";

    public boolean courtesies() {
        return COURTESIES.equals(issue);
    }
}
