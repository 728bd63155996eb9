package org.readout.source;

import java.time.LocalDate;

/** What the user or a sidecar {@code NAME.meta.json} says about a document; every field may be null. */
public record SourceMeta(String url, String outlet, LocalDate published, String language, String title) {
    public static final SourceMeta EMPTY = new SourceMeta(null, null, null, null, null);

    /** Fields of {@code this} win; missing ones are taken from {@code fallback}. */
    public SourceMeta orElse(SourceMeta fallback) {
        return new SourceMeta(
                url != null ? url : fallback.url,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language,
                title != null ? title : fallback.title);
    }
}
