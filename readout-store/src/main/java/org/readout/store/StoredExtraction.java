package org.readout.store;

import org.readout.pipeline.ExtractedBy;

/**
 * Which engine version and knowledge digest read a stored document (both null when it was stored before
 * they were kept), and whether its raw text is kept, without which it cannot be read again.
 */
public record StoredExtraction(String document, String engineVersion, String knowledgeDigest, boolean rawKept) {
    public boolean isBy(ExtractedBy by) {
        return by.engineVersion().equals(engineVersion) && by.knowledgeDigest().equals(knowledgeDigest);
    }
}
