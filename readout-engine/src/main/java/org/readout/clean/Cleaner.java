package org.readout.clean;

import org.readout.source.InputRejected;
import org.readout.source.RawDocument;

/** Second stage: decodes a document, keeps the article text and drops navigation, lists and other web junk. */
public interface Cleaner {
    CleanDocument clean(RawDocument raw) throws InputRejected;
}
