package org.readout.source.web;

/**
 * One item a feed or sitemap lists: its place in the list (from 1), its title if it has one, and the address of its
 * page; or, instead of the address, why it cannot be read ("feed item without a link").
 */
public record FeedItem(int number, String title, String link, String problem) {
    /** How the item is named in a failure line: {@code FEED item 3 ("Title")}. */
    public String label(String feed) {
        return feed + " item " + number + (title == null || title.isBlank() ? "" : " (\"" + shortTitle() + "\")");
    }

    private String shortTitle() {
        String t = title.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }
}
