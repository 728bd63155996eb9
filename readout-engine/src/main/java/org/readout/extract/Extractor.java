package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;

/** Fourth stage: the facts one document states, each with the sentence it came from. */
public interface Extractor {
    DocumentExtraction extract(AnnotatedDocument document);
}
