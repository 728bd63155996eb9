package org.readout.clean;

import org.readout.source.SourceMeta;

import java.util.List;

/**
 * Article text with web junk removed, plus what the page itself says about where it comes from.
 *
 * @param id      stable id derived from the cleaned text: the same content always gets the same id
 * @param text    article text only; every later offset points into this string
 * @param title   the headline, or null
 * @param outlet  the publisher as found in the text or metadata, or null
 * @param kind    official, news, analysis or other
 * @param citation the page's own citation line ("Author. “Title.” Outlet, February 7, 2023."), kept out of
 *                 the text because it is not article text, but evidence of when the document was published
 * @param warnings what had to be changed or bounded to read the document at all, one line each ("3 invalid UTF-8
 *                 bytes replaced with U+FFFD", "HTML nested deeper than 512 elements flattened"); empty for most
 */
public record CleanDocument(String id, String source, String text, String title, String outlet,
                            DocumentKind kind, String language, SourceMeta meta, String citation, List<String> warnings) {

    public CleanDocument {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public CleanDocument withKind(DocumentKind other) {
        return new CleanDocument(id, source, text, title, outlet, other, language, meta, citation, warnings);
    }

    public CleanDocument withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new CleanDocument(id, source, text, title, outlet, kind, language, meta, citation, all);
    }

    public CleanDocument(String id, String source, String text, String title, String outlet,
                         DocumentKind kind, String language, SourceMeta meta, String citation) {
        this(id, source, text, title, outlet, kind, language, meta, citation, List.of());
    }

    public CleanDocument(String id, String source, String text, String title, String outlet,
                         DocumentKind kind, String language, SourceMeta meta) {
        this(id, source, text, title, outlet, kind, language, meta, null);
    }
}
