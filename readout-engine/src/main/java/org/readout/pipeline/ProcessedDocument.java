package org.readout.pipeline;

import org.readout.annotate.Sentence;
import org.readout.clean.CleanDocument;
import org.readout.extract.DocumentExtraction;
import org.readout.link.DocumentSummary;

import java.util.List;

/** One document through the per-document stages: its clean text, its sentences, what was extracted and by which engine and knowledge. */
public record ProcessedDocument(CleanDocument document, List<Sentence> sentences, DocumentExtraction extraction, ExtractedBy extractedBy) {
    public DocumentSummary summary() {
        CleanDocument d = document;
        return new DocumentSummary(d.id(), d.source(), d.title(), d.outlet(), d.kind().code(), d.language(),
                d.meta() == null ? null : d.meta().url());
    }
}
