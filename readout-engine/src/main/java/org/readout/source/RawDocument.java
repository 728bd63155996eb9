package org.readout.source;

/** A document as read from disk: where it came from, its bytes, and any metadata given for it. */
public record RawDocument(String source, String fileName, byte[] bytes, SourceMeta meta) {
    public RawDocument {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
