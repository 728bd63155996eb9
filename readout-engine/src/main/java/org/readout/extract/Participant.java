package org.readout.extract;

/**
 * Someone taking part in an engagement. {@code personId} is set when the knowledge base knows them;
 * {@code name} may be null when only the office is known and nobody could be found holding it.
 * {@code inferred} marks a participant the text names only by office ("the foreign ministers of
 * Japan and China"), filled from the knowledge base: anyone the text names gives it way.
 */
public record Participant(String name, String country, String role, String actor, String personId,
                          Evidence evidence, boolean inferred) {

    public Participant(String name, String country, String role, String actor, String personId, Evidence evidence) {
        this(name, country, role, actor, personId, evidence, false);
    }

    Participant asInferred() {
        return new Participant(name, country, role, actor, personId, evidence, true);
    }
}
