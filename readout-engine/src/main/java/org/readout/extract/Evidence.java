package org.readout.extract;

/** The sentence a fact was read from: its offsets in the document's cleaned text, and its words. */
public record Evidence(String document, int start, int end, String text) {
}
