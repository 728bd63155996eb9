package org.readout.synthetic;

import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * A generated document: its file name, text and metadata, and what it is to the encounter it was written about:
 * {@code relation} (reports, announces), {@code kind} (official, news), for an official one its {@code issuer}, and
 * which of the encounter's facts that not every document gives it states ({@code time}, {@code minutes}).
 */
public record SyntheticDocument(String name, String text, SourceMeta meta, int encounter, String relation, String kind,
                                String issuer, List<String> states) {
    public SyntheticDocument {
        states = List.copyOf(states);
    }

    /** The document as a file of that name in {@code folder} would be read, with its sidecar's metadata. */
    public RawDocument raw(String folder) {
        return new RawDocument(folder + "/" + name, name, text.getBytes(StandardCharsets.UTF_8), meta);
    }
}
