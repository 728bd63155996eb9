package org.readout.compare;

/**
 * One document's account of an engagement, as a column of the comparison.
 *
 * @param issuer   the country whose government issued the document (the document's {@code issuer}), or null
 * @param side     the side whose own readout this is: its issuer when that is a side of the engagement, or, for an
 *                 official document of no known issuer, the side whose speakers make most of its statements; null
 *                 for news, analysis, other sources and a third government's account
 * @param sideFrom how the side was found: {@code issuer} or {@code statements}; null without a side
 */
public record Account(String document, String title, String outlet, String kind, String issuer, String side, String sideFrom) {
    public String name() {
        String who = outlet != null ? outlet : kind;
        return side != null ? side + " readout (" + who + ")" : who + (title == null ? "" : ": " + title);
    }

    /** A short name for the account in a sentence: "JPN's readout", "The Diplomat", "news". */
    public String shortName() {
        if (side != null) return side + "'s readout";
        return outlet != null ? outlet : kind;
    }
}
