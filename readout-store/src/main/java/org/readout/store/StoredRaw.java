package org.readout.store;

import org.readout.source.RawDocument;

/** A file as it was stored: its raw bytes and metadata, under the digest that recognises it when offered again. */
public record StoredRaw(String digest, RawDocument raw) {
}
