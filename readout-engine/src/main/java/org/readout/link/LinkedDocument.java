package org.readout.link;

import org.readout.extract.Evidence;
import org.readout.extract.Sourced;

import java.time.LocalDate;
import java.util.List;

/** A document with its publication date as finally settled and the engagements it is linked to. */
public record LinkedDocument(DocumentSummary summary, LocalDate published, String publishedBasis,
                             Evidence publishedEvidence, List<DocLink> engagements, Sourced<String> issuer) {

    public LinkedDocument(DocumentSummary summary, LocalDate published, String publishedBasis, Evidence publishedEvidence,
                          List<DocLink> engagements) {
        this(summary, published, publishedBasis, publishedEvidence, engagements, null);
    }

    /** The country whose government issued this official document, or null. */
    public String issuerCountry() {
        return issuer == null ? null : issuer.value();
    }
}
