package org.readout.coding;

/** Small text repairs for the shipped data files (their mojibake is repaired by {@link org.readout.clean.Mojibake}). */
final class Text {

    private Text() {
    }

    /** Trims and collapses runs of white space to one blank. */
    static String squeeze(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
