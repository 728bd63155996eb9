package org.readout.compare;

import java.util.List;
import java.util.Map;

/**
 * One issue (or one topic of related issues) across the accounts.
 *
 * @param cells         per account (in the order of the comparison's accounts), the statements on the issue
 * @param raisedBy      the sides whose speakers make a statement on the issue in any account
 * @param onlyIn        the one official account that raises the issue when the other side's readout does not, else null
 * @param wordings      each side's distinctive wording of the issue, where one is used
 * @param divergent     whether the sides use different wordings of the issue
 * @param order         per account, the position (1-based) at which it first takes up the issue, or 0
 */
public record Row(String issue, String label, List<List<Cell>> cells, List<String> raisedBy, String onlyIn,
                  Map<String, List<String>> wordings, boolean divergent, List<Integer> order) {
}
