package org.readout.extract;

import org.readout.clean.DocumentKind;

import java.util.List;

/**
 * Everything the extract stage read from one document. {@code kind}: what the document turned out to be
 * when reading it settled more than cleaning did (a government's readout republished on a news site), else null.
 */
public record DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements,
                                 List<StatementReport> statements, Sourced<String> issuer, DocumentKind kind) {

    public DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements) {
        this(document, published, engagements, List.of(), null, null);
    }

    public DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements,
                              List<StatementReport> statements, Sourced<String> issuer) {
        this(document, published, engagements, statements, issuer, null);
    }

    public DocumentExtraction {
        statements = statements == null ? List.of() : statements;
    }
}
