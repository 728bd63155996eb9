package org.readout.link;

/** What the linker and the export need to know of a document besides its extraction. */
public record DocumentSummary(String id, String source, String title, String outlet, String kind, String language) {
}
