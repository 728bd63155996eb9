package org.readout.link;

import org.readout.extract.Evidence;

import java.time.LocalDate;
import java.util.List;

/** A document with its publication date as finally settled and the engagements it is linked to. */
public record LinkedDocument(DocumentSummary summary, LocalDate published, String publishedBasis,
                             Evidence publishedEvidence, List<DocLink> engagements) {
}
