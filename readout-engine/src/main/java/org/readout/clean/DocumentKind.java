package org.readout.clean;

/** Kind of document, as in readout/1: a government's own statement, news, analysis or anything else. */
public enum DocumentKind {
    OFFICIAL, NEWS, ANALYSIS, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
