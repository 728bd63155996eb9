package org.readout.extract;

import java.util.List;

/** Everything the extract stage read from one document. */
public record DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements,
                                 List<StatementReport> statements) {

    public DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements) {
        this(document, published, engagements, List.of());
    }

    public DocumentExtraction {
        statements = statements == null ? List.of() : statements;
    }
}
