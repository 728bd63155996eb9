package org.readout;

import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.Cleaner;
import org.readout.clean.CleaningRules;
import org.readout.clean.DefaultCleaner;
import org.readout.coding.SpeechActLexicon;
import org.readout.compare.Comparer;
import org.readout.compare.Topics;
import org.readout.extract.EngagementExtractor;
import org.readout.extract.StatementExtractor;
import org.readout.extract.TaxonomyIssues;
import org.readout.issues.IssueTaxonomy;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.KnowledgeDigest;
import org.readout.knowledge.KnowledgeFiles;
import org.readout.link.Linker;
import org.readout.pipeline.EngineVersion;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door to the engine, and its one composition root: every knowledge and rule file looked up in the
 * user's knowledge folder and the bundled files ({@link KnowledgeFiles}), and from them the pipeline, the file
 * reader and the comparer that the command line, the server and the load run use.
 *
 * <pre>{@code
 * Readout readout = Readout.builder().knowledge(Path.of("my-knowledge")).build();
 * Analysis analysis = readout.analyze(List.of(Path.of("readouts")));
 * }</pre>
 *
 * Each file is read on first use and kept; thread-safe, except that each {@link #pipeline()} belongs to one thread.
 */
public final class Readout {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L << 20;

    private final Path knowledgeDir;
    private final long maxDocumentBytes;
    private KnowledgeBase knowledge;
    private IssueTaxonomy issues;
    private SpeechActLexicon speechActs;
    private CleaningRules cleaning;
    private ExtractedBy extractedBy;

    private Readout(Path knowledgeDir, long maxDocumentBytes) {
        this.knowledgeDir = knowledgeDir;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The bundled knowledge alone, with the default options. */
    public static Readout bundled() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path knowledge;
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

        private Builder() {
        }

        /** A folder of knowledge and rule files that extend or replace the bundled ones; null for none. */
        public Builder knowledge(Path dir) {
            this.knowledge = dir;
            return this;
        }

        /** The largest document file read; larger ones are rejected. */
        public Builder maxDocumentBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("the largest document must be at least one byte");
            this.maxDocumentBytes = bytes;
            return this;
        }

        /** @throws IllegalArgumentException when the knowledge folder is not a folder */
        public Readout build() {
            if (knowledge != null && !Files.isDirectory(knowledge)) throw new IllegalArgumentException("no knowledge folder " + knowledge);
            return new Readout(knowledge, maxDocumentBytes);
        }
    }

    /** A new pipeline over the loaded knowledge, for one thread. */
    public Pipeline pipeline() {
        KnowledgeBase kb = knowledgeBase();
        StatementExtractor statements = new StatementExtractor(speechActs(), new TaxonomyIssues(issues()), kb.people(), kb.cues());
        return new Pipeline(cleaner(), new KnowledgeAnnotator(kb),
                new EngagementExtractor(kb, statements), new Linker(kb), extractedBy());
    }

    /** The cleaning stage alone (decoding, the article out of HTML, junk, title): what the extraction benchmark measures. */
    public Cleaner cleaner() {
        return new DefaultCleaner(cleaning(), knowledgeBase().governmentSites(), knowledgeBase().cues());
    }

    public FileSourceReader reader() {
        return new FileSourceReader(maxDocumentBytes);
    }

    public Comparer comparer() {
        return new Comparer(issues(), Topics.load(knowledgeDir));
    }

    /** Reads, extracts and links the documents under {@code paths} in memory (see {@link Analysis}). */
    public Analysis analyze(List<Path> paths) {
        return analyze(paths, Analysis.Listener.NONE);
    }

    public Analysis analyze(List<Path> paths, Analysis.Listener listener) {
        return Analysis.run(reader(), pipeline(), paths, listener);
    }

    /** The engine version and knowledge digest every extraction of this engine is stamped with. */
    public synchronized ExtractedBy extractedBy() {
        if (extractedBy == null) extractedBy = new ExtractedBy(EngineVersion.CURRENT, KnowledgeDigest.of(knowledgeDir));
        return extractedBy;
    }

    /** Every data file the engine reads, with where it came from and its rows. */
    public List<KnowledgeFiles.Listing> knowledgeFiles() {
        return KnowledgeFiles.list(knowledgeDir);
    }

    /** The user's knowledge folder, or null. */
    public Path knowledgeDir() {
        return knowledgeDir;
    }

    public synchronized KnowledgeBase knowledgeBase() {
        if (knowledge == null) knowledge = knowledgeDir == null ? KnowledgeBase.bundled() : KnowledgeBase.load(knowledgeDir);
        return knowledge;
    }

    private synchronized IssueTaxonomy issues() {
        if (issues == null) issues = knowledgeDir == null ? IssueTaxonomy.bundled() : IssueTaxonomy.load(knowledgeDir);
        return issues;
    }

    private synchronized SpeechActLexicon speechActs() {
        if (speechActs == null) speechActs = SpeechActLexicon.load(knowledgeDir);
        return speechActs;
    }

    private synchronized CleaningRules cleaning() {
        if (cleaning == null) cleaning = CleaningRules.load(knowledgeDir);
        return cleaning;
    }
}
