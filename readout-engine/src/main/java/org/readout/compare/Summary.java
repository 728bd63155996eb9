package org.readout.compare;

import java.util.List;
import java.util.Map;

/**
 * What heads a comparison: the issues both sides raised, those only one side raised, those the sides word
 * differently, each with its evidence; and {@code text}, a paragraph of it an analyst can paste into a note.
 */
public record Summary(List<Point> bothSides, List<Point> oneSide, List<Point> divergent, String text) {
    /**
     * One issue of the summary.
     *
     * @param sides    the sides that raised it
     * @param joint    whether a side raised it only together with the other ("the two ministers agreed")
     * @param said     the evidence: per side (or {@link Row#BOTH}) its first act on the issue, own readouts first
     * @param wordings for a divergent wording, each side's words
     */
    public record Point(String issue, String label, List<String> sides, boolean joint, List<Said> said,
                        Map<String, List<String>> wordings) {
    }

    /** One side's act on an issue: the account it is in, its statements and the clause quoted. */
    public record Said(String side, String document, List<String> statements, String quote) {
    }
}
