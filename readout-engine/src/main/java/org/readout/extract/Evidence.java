package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Sentence;

/**
 * The sentence a fact was read from: its offsets in the document's cleaned text, and its words.
 * Offsets are -1 for evidence kept outside the article text (a page's citation line).
 */
public record Evidence(String document, int start, int end, String text) {

    /** A whole sentence of a document as the evidence of what was read in it. */
    public static Evidence of(AnnotatedDocument doc, Sentence s) {
        return new Evidence(doc.document().id(), s.start(), s.end(), s.text());
    }
}
