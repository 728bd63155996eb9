package org.readout.pipeline;

/**
 * What read a document: the engine's version ({@link EngineVersion}) and the digest of the knowledge it
 * had loaded ({@link org.readout.knowledge.KnowledgeDigest}). A stored extraction whose stamp differs
 * from the current pipeline's is out of date; {@code readout reprocess} reads it again.
 */
public record ExtractedBy(String engineVersion, String knowledgeDigest) {
    public ExtractedBy {
        if (engineVersion == null || knowledgeDigest == null) throw new IllegalArgumentException("engine version and knowledge digest are required");
    }
}
