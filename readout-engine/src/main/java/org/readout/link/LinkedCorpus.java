package org.readout.link;

import java.util.List;

/** Every document and every engagement of a store, linked. */
public record LinkedCorpus(List<LinkedDocument> documents, List<Engagement> engagements) {
}
