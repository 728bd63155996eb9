package org.readout.annotate;

/** A temporal expression found in a sentence, with its unresolved value. */
public record TimeMention(int sentence, int start, int end, String text, TimeValue value) {
}
