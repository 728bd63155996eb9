package org.readout.source;

import java.time.LocalDate;

/**
 * What the user or a sidecar {@code NAME.meta.json} says about a document, and for a web page how it was fetched;
 * every field may be null. {@code publishedFrom} says where a page's own markup gave the publication date
 * ("meta article:published_time: 2023-03-14T09:00:00Z"); null when the user gave it.
 */
public record SourceMeta(String url, String outlet, LocalDate published, String language, String title, Fetched fetched,
                         String publishedFrom) {
    public static final SourceMeta EMPTY = new SourceMeta(null, null, null, null, null);

    /** Metadata of a file, not fetched. */
    public SourceMeta(String url, String outlet, LocalDate published, String language, String title) {
        this(url, outlet, published, language, title, null, null);
    }

    public SourceMeta(String url, String outlet, LocalDate published, String language, String title, Fetched fetched) {
        this(url, outlet, published, language, title, fetched, null);
    }

    /** Fields of {@code this} win; missing ones are taken from {@code fallback}. */
    public SourceMeta orElse(SourceMeta fallback) {
        return new SourceMeta(
                url != null ? url : fallback.url,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language,
                title != null ? title : fallback.title,
                fetched != null ? fetched : fallback.fetched,
                published != null ? publishedFrom : fallback.publishedFrom);
    }
}
