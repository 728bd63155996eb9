package org.readout.annotate;

import org.readout.clean.CleanDocument;

/** Third stage: sentences, known names, titles, places, trigger words and temporal expressions. */
public interface Annotator {
    AnnotatedDocument annotate(CleanDocument document);
}
