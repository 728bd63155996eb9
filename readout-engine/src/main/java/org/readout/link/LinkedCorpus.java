package org.readout.link;

import java.util.List;

/** Every document, engagement and statement of a store, linked. */
public record LinkedCorpus(List<LinkedDocument> documents, List<Engagement> engagements, List<Statement> statements) {

    public LinkedCorpus(List<LinkedDocument> documents, List<Engagement> engagements) {
        this(documents, engagements, List.of());
    }

    public LinkedCorpus {
        statements = statements == null ? List.of() : statements;
    }
}
