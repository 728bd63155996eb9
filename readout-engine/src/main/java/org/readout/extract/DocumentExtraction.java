package org.readout.extract;

import java.util.List;

/** Everything the extract stage read from one document. */
public record DocumentExtraction(String document, PublishedDate published, List<EngagementReport> engagements) {
}
