package org.readout.coding;

import java.util.List;

/**
 * A speech-act (or event) pattern found in a sentence.
 *
 * @param start           character offset of the first matched token in the sentence
 * @param end             character offset just after the last matched token
 * @param tokenStart      index of the first matched token (see {@link SpeechActLexicon#tokens(String)})
 * @param tokenEnd        index just after the last matched token; the caller looks left of
 *                        {@code tokenStart} for negation ("did not", "refused to") and modality
 * @param text            the matched text, {@code sentence.substring(start, end)}
 * @param pattern         the pattern as written in its dictionary
 * @param cameo           CAMEO 1.1b3 code of the event (for a paired PETRARCH code "042:043" the first)
 * @param reciprocalCameo second code of a paired PETRARCH code (the event of the target towards the
 *                        source: "043" for a visit), else null; a PETRARCH code "[:173]" has a null
 *                        {@code cameo} and only a reciprocal code
 * @param origin          which dictionary the pattern comes from
 * @param priority        higher wins when matches overlap: diplomatic patterns first, then more literal words
 * @param event           the coding of {@code cameo} (name, Goldstein, PLOVER), null when cameo is null
 * @param markers         the spans of PETRARCH {@code $ + ^ %} markers (source, target, skipped
 *                        phrase, compound), in pattern order; empty for most patterns
 * @param line            line of the pattern in its dictionary file
 * @param note            the note of a diplomatic pattern or the comment of a PETRARCH pattern
 */
public record SpeechActMatch(int start, int end, int tokenStart, int tokenEnd, String text, String pattern,
                             String cameo, String reciprocalCameo, Origin origin, int priority, EventCode event,
                             List<Marker> markers, int line, String note) {

    /** The dictionary a pattern comes from. */
    public enum Origin { DIPLOMATIC, PETRARCH }

    /** The character span of a PETRARCH marker in the sentence; {@code symbol} is one of {@code $ + ^ %}. */
    public record Marker(String symbol, int start, int end) {
    }

    /**
     * Whether this is a PETRARCH verb matched on its own (its block's or its own default code, no
     * pattern). Without a parser these are the least reliable matches: a noun spelled like a verb
     * ("forces", "signals") can match. Callers that want precision can drop them.
     */
    public boolean verbOnly() {
        return origin == Origin.PETRARCH && !pattern.startsWith("-");
    }

    /** A diplomatic pattern marked as a noun phrase ("an exchange of views"), whose doer the words around it tell. */
    public boolean nounPhrase() {
        return origin == Origin.DIPLOMATIC && pattern.startsWith(DiplomaticPatterns.NOUN_PHRASE);
    }

    /** Whether two matches share a token. */
    public boolean overlaps(SpeechActMatch o) {
        return tokenStart < o.tokenEnd && o.tokenStart < tokenEnd;
    }
}
