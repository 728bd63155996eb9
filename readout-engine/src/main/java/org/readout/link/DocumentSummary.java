package org.readout.link;

/** What the linker and the export need to know of a document besides its extraction; {@code url} is null unless given. */
public record DocumentSummary(String id, String source, String title, String outlet, String kind, String language, String url) {

    public DocumentSummary(String id, String source, String title, String outlet, String kind, String language) {
        this(id, source, title, outlet, kind, language, null);
    }
}
