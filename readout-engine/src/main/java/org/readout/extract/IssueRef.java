package org.readout.extract;

/**
 * What a statement is about: a taxonomy issue ({@code id} from issues.tsv), or, for a matter the
 * taxonomy lacks, {@link #UNCLASSIFIED} with the clause that names it as its label. Stores written
 * before kept such clauses under ids starting {@code text:}.
 */
public record IssueRef(String id, String label, String category) {
    public static final String UNCLASSIFIED = "unclassified";

    /** A statement on a matter no issue of the taxonomy names, labelled with its clause. */
    public static IssueRef unclassified(String clause) {
        return new IssueRef(UNCLASSIFIED, clause, UNCLASSIFIED);
    }

    public boolean fromTaxonomy() {
        return !id.equals(UNCLASSIFIED) && !id.startsWith("text:");
    }
}
