package org.readout.clean;

/** A publisher found in the text, with its type from {@code outlets.tsv}: agency, news, analysis, gov or unknown. */
record Outlet(String name, String type) {
    boolean isNews() {
        return type.equals("agency") || type.equals("news");
    }
}
