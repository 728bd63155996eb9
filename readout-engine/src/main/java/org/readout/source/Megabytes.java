package org.readout.source;

/** Sizes as the one-line messages give them: whole megabytes where the size allows ("70 MB > 64 MB"), bytes for small ones. */
public final class Megabytes {
    private static final long MB = 1L << 20;

    private Megabytes() {
    }

    /** {@code roundUp} for a size found (so that it never reads as equal to the limit it broke), down for a limit. */
    public static String of(long bytes, boolean roundUp) {
        if (bytes < MB) {
            return bytes + " bytes";
        }
        return (roundUp ? (bytes + MB - 1) / MB : bytes / MB) + " MB";
    }
}
