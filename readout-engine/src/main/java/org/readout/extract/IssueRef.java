package org.readout.extract;

/**
 * What a statement is about: a taxonomy issue ({@code id} from issues.tsv), or, for an issue the
 * taxonomy lacks, a label taken from the text with an id starting {@code text:}.
 */
public record IssueRef(String id, String label, String category) {
    public boolean fromTaxonomy() {
        return !id.startsWith("text:");
    }
}
