package org.readout.extract;

import org.readout.issues.Issue;
import org.readout.issues.IssueMatch;
import org.readout.issues.IssueTaxonomy;
import org.readout.issues.IssueTagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The issue taxonomy (issues.tsv) as the statement extractor sees it. */
public final class TaxonomyIssues implements IssueLookup {
    private final IssueTaxonomy taxonomy;
    private final IssueTagger tagger;

    public TaxonomyIssues(IssueTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.tagger = taxonomy.tagger();
    }

    public static TaxonomyIssues bundled() {
        return new TaxonomyIssues(IssueTaxonomy.bundled());
    }

    @Override
    public List<Hit> find(String sentence) {
        List<Hit> out = new ArrayList<>();
        for (IssueMatch m : tagger.perIssue(sentence)) {
            Issue i = m.issue();
            out.add(new Hit(m.start(), m.end(), m.text(), new IssueRef(i.id(), i.label(), i.category()), m.wordingOf()));
        }
        return out;
    }

    @Override
    public Optional<String> labelFromText(String clause) {
        return tagger.labelFromText(clause);
    }

    public IssueTaxonomy taxonomy() {
        return taxonomy;
    }
}
