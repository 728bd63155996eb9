package org.readout.store;

import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceReader;

import java.nio.file.Path;

/** One document for a batch to ingest: a file, an uploaded file, a web page or a feed's item. */
public interface Input {
    /** How failures name it: the path or the address as given. */
    String source();

    /** Its bytes and metadata, read or fetched now; a document that cannot be used is rejected with a reason. */
    RawDocument read() throws InputRejected;

    /** Told once the document it made is in the store (added now, or stored before). */
    default void stored(Ingestion.Stored stored) {
    }

    /** A file found by a {@link SourceReader}. */
    static Input file(SourceReader reader, Path file) {
        return new Input() {
            @Override
            public String source() {
                return file.toString();
            }

            @Override
            public RawDocument read() throws InputRejected {
                return reader.read(file);
            }
        };
    }
}
