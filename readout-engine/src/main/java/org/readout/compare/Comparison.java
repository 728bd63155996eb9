package org.readout.compare;

import org.readout.link.Engagement;

import java.util.List;

/** What each account of one engagement says, issue by issue; {@code notes} say what the comparison lacks. */
public record Comparison(Engagement engagement, List<Account> accounts, List<Row> rows, List<String> notes) {
}
