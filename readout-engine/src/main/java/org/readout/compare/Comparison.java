package org.readout.compare;

import org.readout.link.Engagement;

import java.util.List;

/**
 * What each account of one engagement says, issue by issue.
 *
 * @param rows         the issue rows, then the courtesies' row where there is one
 * @param unclassified per account, the acts on no issue of the taxonomy (and those filed under an issue their
 *                     sentence does not name), each with its clause
 * @param issues       per account, how many issue rows it takes up (the "of 7" in "2nd of 7")
 * @param notes        what the comparison lacks
 * @param summary      what heads the comparison
 */
public record Comparison(Engagement engagement, List<Account> accounts, List<Row> rows, List<List<Cell>> unclassified,
                         List<Integer> issues, List<String> notes, Summary summary) {

    /** Where an account takes up a row's issue, in words: "2nd of 7", or null when it does not. */
    public String place(Row row, int account) {
        int at = row.order().get(account);
        return at == 0 ? null : Ordinals.of(at) + " of " + issues.get(account);
    }
}
