package org.readout.extract;

/**
 * The sentence a fact was read from: its offsets in the document's cleaned text, and its words.
 * Offsets are -1 for evidence kept outside the article text (a page's citation line).
 */
public record Evidence(String document, int start, int end, String text) {
}
