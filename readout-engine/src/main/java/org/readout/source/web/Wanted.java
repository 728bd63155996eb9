package org.readout.source.web;

import java.util.Locale;

/** What a request is for: the {@code Accept} header it sends and the content types it takes. */
enum Wanted {
    PAGE("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1"),
    FEED("application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"),
    ROBOTS("text/plain,*/*;q=0.1");

    final String accept;

    Wanted(String accept) {
        this.accept = accept;
    }

    /** Why a response of this content type is not what was wanted, or null when it may be. */
    String refusal(String contentType) {
        if (contentType == null || this == ROBOTS) return null;
        String type = mediaType(contentType);
        if (this == PAGE) {
            boolean page = type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/plain")
                    || type.equals("text/markdown") || type.equals("text/x-markdown");
            return page ? null : "not an HTML or text page (" + type + ")";
        }
        boolean media = type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/") || type.equals("application/pdf");
        return media ? "not a feed (" + type + ")" : null;
    }

    /** {@code text/html} of {@code Text/HTML; charset=utf-8}. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
    }
}
