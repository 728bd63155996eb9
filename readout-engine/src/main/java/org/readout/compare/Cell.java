package org.readout.compare;

import org.readout.extract.Evidence;
import org.readout.extract.IssueRef;

import java.util.List;

/**
 * One act in a comparison row (or among the unclassified statements): who made it, what kind of act it is, the
 * clause of its sentence that carries its issue, and the whole sentence.
 *
 * @param statements the statements of the act in this row: one, or several where one act was filed under issues
 *                   the row joins ("lift the food import ban": food import restrictions and trade restrictions)
 * @param issue      the issue the (first) statement was filed under, as extraction filed it
 * @param words      the words of the row's issue that the quote carries ("Senkaku Islands"), or null
 * @param quote      the clause quoted, with its offsets in {@code sentence}
 * @param sentence   the whole sentence with its offsets in the document's cleaned text
 */
public record Cell(List<String> statements, String side, String speaker, String type, String cameo, String verb,
                   IssueRef issue, String wording, String wordingOf, String words, Quote quote, Evidence sentence) {
    public Cell {
        statements = List.copyOf(statements);
    }

    /** The first of the act's statements. */
    public String statement() {
        return statements.get(0);
    }

    /** The quote as shown, with "…" where it leaves out words of the sentence. */
    public String shownQuote() {
        return quote.shown(sentence.text());
    }

    Cell with(List<String> more) {
        List<String> all = new java.util.ArrayList<>(statements);
        for (String s : more) if (!all.contains(s)) all.add(s);
        return new Cell(all, side, speaker, type, cameo, verb, issue, wording, wordingOf, words, quote, sentence);
    }
}
