package org.readout.annotate;

/** One sentence (or headline line) of a document: {@code start}/{@code end} are offsets in the cleaned text. */
public record Sentence(int index, int start, int end, String text) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
