package org.readout.pipeline;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Annotator;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.Cleaner;
import org.readout.extract.DocumentExtraction;
import org.readout.extract.EngagementExtractor;
import org.readout.extract.Extractor;
import org.readout.extract.TaxonomyIssues;
import org.readout.extract.StatementExtractor;
import org.readout.coding.SpeechActLexicon;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.KnowledgeDigest;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.link.Linker;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The engine: clean, annotate and extract one document at a time, then link them all. The CLI, the
 * server and the Spark job all run this, as {@link org.readout.Readout} composes it. One instance per
 * thread (the annotator is not thread-safe).
 */
public final class Pipeline {
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final Extractor extractor;
    private final Linker linker;
    private final ExtractedBy extractedBy;

    /** With the bundled issues and speech-act patterns; {@link org.readout.Readout#pipeline()} composes one with a user's. */
    public Pipeline(KnowledgeBase kb, Cleaner cleaner) {
        this(cleaner, new KnowledgeAnnotator(kb),
                new EngagementExtractor(kb, new StatementExtractor(SpeechActLexicon.bundled(), TaxonomyIssues.bundled(), kb.people(), kb.cues())),
                new Linker(kb), new ExtractedBy(EngineVersion.CURRENT, kb.digest()));
    }

    /** From parts built on the bundled knowledge: its extractions are stamped as the bundled knowledge's. */
    public Pipeline(Cleaner cleaner, Annotator annotator, Extractor extractor, Linker linker) {
        this(cleaner, annotator, extractor, linker, new ExtractedBy(EngineVersion.CURRENT, KnowledgeDigest.of(null)));
    }

    /** From parts, stamping its extractions with {@code extractedBy}. */
    public Pipeline(Cleaner cleaner, Annotator annotator, Extractor extractor, Linker linker, ExtractedBy extractedBy) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
        this.extractedBy = extractedBy;
    }

    /** The engine version and knowledge digest this pipeline's extractions are stamped with. */
    public ExtractedBy extractedBy() {
        return extractedBy;
    }

    /** This pipeline stamping its extractions as another engine's (tests use it to make a store look older). */
    public Pipeline stampedAs(ExtractedBy other) {
        return new Pipeline(cleaner, annotator, extractor, linker, other);
    }

    public ProcessedDocument process(RawDocument raw) throws InputRejected {
        return process(raw, UnaryOperator.identity());
    }

    /** As {@link #process(RawDocument)}, with the cleaned document rewritten first (the benchmark renames copies). */
    public ProcessedDocument process(RawDocument raw, UnaryOperator<CleanDocument> afterClean) throws InputRejected {
        CleanDocument clean = afterClean.apply(cleaner.clean(raw));
        AnnotatedDocument annotated = annotator.annotate(clean);
        DocumentExtraction extraction = extractor.extract(annotated);
        CleanDocument read = extraction.kind() == null ? annotated.document() : annotated.document().withKind(extraction.kind());
        return new ProcessedDocument(read, annotated.sentences(), extraction, extractedBy);
    }

    public LinkedCorpus link(List<LinkInput> documents) {
        return linker.link(documents);
    }
}
