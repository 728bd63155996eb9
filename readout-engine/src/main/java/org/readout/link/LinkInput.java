package org.readout.link;

import org.readout.extract.DocumentExtraction;

/** One document as the linker takes it. */
public record LinkInput(DocumentSummary summary, DocumentExtraction extraction) {
}
