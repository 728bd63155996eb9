package org.readout.source;

import java.nio.ByteBuffer;

/** A document as read from disk: where it came from, its bytes, and any metadata given for it. */
public record RawDocument(String source, String fileName, byte[] bytes, SourceMeta meta) {
    public RawDocument {
        bytes = bytes.clone();
        meta = meta == null ? SourceMeta.EMPTY : meta;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes without a copy, read-only: for large files, where {@link #bytes()} would double the memory. */
    public ByteBuffer view() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    public int size() {
        return bytes.length;
    }

    /** Lower-case extension of the file name without the dot, or "" when it has none. */
    public String extension() {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
