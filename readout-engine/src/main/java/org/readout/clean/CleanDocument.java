package org.readout.clean;

import org.readout.source.SourceMeta;

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
 */
public record CleanDocument(String id, String source, String text, String title, String outlet,
                            DocumentKind kind, String language, SourceMeta meta, String citation) {

    public CleanDocument(String id, String source, String text, String title, String outlet,
                         DocumentKind kind, String language, SourceMeta meta) {
        this(id, source, text, title, outlet, kind, language, meta, null);
    }
}
