package org.readout.compare;

/**
 * One document's account of an engagement, as a column of the comparison.
 *
 * @param side the government whose own readout this is (an official document whose statements are
 *             mostly that side's), or null for news, analysis and other sources
 */
public record Account(String document, String title, String outlet, String kind, String side) {
    public String name() {
        String who = outlet != null ? outlet : kind;
        return side != null ? side + " readout (" + who + ")" : who + (title == null ? "" : ": " + title);
    }
}
