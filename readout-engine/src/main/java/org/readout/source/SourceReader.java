package org.readout.source;

import java.nio.file.Path;
import java.util.List;

/** First stage: finds the documents under the paths a user gives and reads each one's bytes and metadata. */
public interface SourceReader {

    /** Every readable document file under these paths (files as given, directories recursively), in a stable order. */
    List<Path> list(List<Path> paths) throws InputRejected;

    /** Reads one file and its sidecar metadata; a file that cannot be used is rejected with a reason. */
    RawDocument read(Path file) throws InputRejected;
}
