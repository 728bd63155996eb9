package org.readout.extract;

import java.util.List;

/** Everything the extract stage read from one document. */
public record DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements,
                                 List<StatementReport> statements, Sourced<String> issuer) {

    public DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements) {
        this(document, published, engagements, List.of(), null);
    }

    public DocumentExtraction {
        statements = statements == null ? List.of() : statements;
    }
}
