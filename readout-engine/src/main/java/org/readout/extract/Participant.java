package org.readout.extract;

/**
 * Someone taking part in an engagement. {@code personId} is set when the knowledge base knows them;
 * {@code name} may be null when only the office is known and nobody could be found holding it.
 */
public record Participant(String name, String country, String role, String actor, String personId,
                          Evidence evidence) {
}
