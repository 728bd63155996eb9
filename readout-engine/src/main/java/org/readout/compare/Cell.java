package org.readout.compare;

import org.readout.extract.Evidence;

/** One statement in a comparison row: who said it, what kind of act it is, in whose words, and its sentence. */
public record Cell(String statement, String side, String speaker, String type, String cameo, String verb,
                   String wording, String wordingOf, Evidence evidence) {
}
