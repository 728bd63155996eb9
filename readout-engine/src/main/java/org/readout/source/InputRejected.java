package org.readout.source;

/** A document that cannot be used, with a one-line reason fit to show the user next to its name. */
public final class InputRejected extends Exception {
    private final String source;

    public InputRejected(String source, String reason) {
        super(reason);
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** {@code path: reason}, the line a batch prints for a file it skips, control characters escaped ({@link OneLine}). */
    public String oneLine() {
        return OneLine.of(source, getMessage());
    }
}
