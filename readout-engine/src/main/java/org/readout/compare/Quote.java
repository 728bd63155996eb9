package org.readout.compare;

/**
 * The part of a statement's sentence a cell quotes: the clause that carries its issue (or, for a statement on
 * no issue, its act), with its offsets in the sentence.
 */
public record Quote(String text, int start, int end) {
    /** Whether words of the sentence come before the quote (a list number such as "2." aside). */
    public boolean cutsStart(String sentence) {
        return !sentence.substring(0, start).matches("\\s*(\\d{1,2}[.)]|\\(\\d{1,2}\\))?\\s*");
    }

    /** Whether words of the sentence come after the quote (a final stop or closing mark aside). */
    public boolean cutsEnd(String sentence) {
        return !sentence.substring(end).matches("\\s*[.!?\"”’)]*\\s*");
    }

    /** The quote with "…" where it leaves out words of its sentence. */
    public String shown(String sentence) {
        return (cutsStart(sentence) ? "…" : "") + text.replaceAll("\\s+", " ") + (cutsEnd(sentence) ? "…" : "");
    }
}
