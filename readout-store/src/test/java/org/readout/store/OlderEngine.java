package org.readout.store;

import org.readout.Readout;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DefaultCleaner;
import org.readout.export.ReadoutJson;
import org.readout.extract.DocumentExtraction;
import org.readout.extract.EngagementExtractor;
import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Sourced;
import org.readout.extract.StatementExtractor;
import org.readout.extract.TaxonomyIssues;
import org.readout.coding.SpeechActLexicon;
import org.readout.knowledge.KnowledgeBase;
import org.readout.link.Linker;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Invented documents, the current pipeline, and an "older engine" to build stores with: it reads every
 * engagement but the first of a document as nothing, finds no statements, misses the day of the announced
 * visit (so its engagement has another id), reads the wire's phone call as a meeting (so the call is two
 * engagements), cleans one file to another text (so the document has another
 * id), and stamps its extractions with an older version and knowledge digest.
 */
final class OlderEngine {
    static final ExtractedBy STAMP = new ExtractedBy("0.0.9+e1", "0123456789abcdef");
    private static Pipeline current;

    private OlderEngine() {
    }

    static synchronized Pipeline current() {
        if (current == null) current = Readout.bundled().pipeline();
        return current;
    }

    /** The older engine, stamped {@link #STAMP}. */
    static Pipeline older() {
        return older(STAMP);
    }

    static Pipeline older(ExtractedBy stamp) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        DefaultCleaner cleaner = new DefaultCleaner();
        EngagementExtractor extractor = new EngagementExtractor(kb,
                new StatementExtractor(SpeechActLexicon.bundled(), TaxonomyIssues.bundled(), kb.people(), kb.cues()));
        return new Pipeline(raw -> {
            CleanDocument d = cleaner.clean(raw);
            if (!raw.fileName().startsWith("c-")) return d;
            return new CleanDocument("old" + d.id().substring(3), d.source(), d.text() + "\n\nShare this page", d.title(), d.outlet(),
                    d.kind(), d.language(), d.meta(), d.citation(), d.warnings());
        }, new KnowledgeAnnotator(kb), annotated -> {
            DocumentExtraction x = extractor.extract(annotated);
            String source = annotated.document().source();
            List<EngagementReport> first = x.engagements().stream().limit(1)
                    .map(r -> source.contains("e-visit") ? withoutDay(r) : source.contains("b-wire") ? inPerson(r) : r).toList();
            return new DocumentExtraction(x.document(), x.published(), first, List.of(), x.issuer());
        }, new Linker(kb)).stampedAs(stamp);
    }

    private static EngagementReport inPerson(EngagementReport r) {
        return new EngagementReport(r.document(), r.ordinal(), r.relation(), r.status(), new Sourced<>("in_person", r.format().evidence()),
                r.date(), r.clue(), r.localTime(), r.durationMinutes(), r.location(), r.occasion(), r.kind(), r.participants(), r.evidence(),
                r.dateEnd());
    }

    private static EngagementReport withoutDay(EngagementReport r) {
        return new EngagementReport(r.document(), r.ordinal(), r.relation(), r.status(), r.format(), null, DateClue.NONE, r.localTime(),
                r.durationMinutes(), r.location(), r.occasion(), r.kind(), r.participants(), r.evidence(), null);
    }

    /** Writes the invented documents into {@code dir}; returns it. */
    static Path documents(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a-tokyo.txt"), """
                Japan-China Foreign Ministers' Telephone Talk

                January 10, 2023

                On January 10, Foreign Minister Yoshimasa Hayashi held a telephone talk with Chinese Foreign Minister Qin Gang for about 40 minutes.

                Minister Hayashi expressed serious concern about the situation in the East China Sea. The two ministers agreed to continue close communication.

                Minister Hayashi also said he looked forward to meeting Foreign Minister Penny Wong in Canberra on February 20, 2023.
                """);
        Files.writeString(dir.resolve("b-wire.txt"), """
                BEIJING, Jan 10 (Wire) -- Chinese Foreign Minister Qin Gang and Japanese Foreign Minister Yoshimasa Hayashi held a phone call on January 10, 2023, the ministry said.

                Qin urged Japan to handle the water release from the Fukushima plant responsibly.
                """);
        Files.writeString(dir.resolve("c-seoul.txt"), """
                Foreign Minister Penny Wong met Foreign Minister Park Jin in Seoul on May 3, 2024.

                The two ministers agreed to deepen cooperation on critical minerals and condemned the missile launches.
                """);
        Files.writeString(dir.resolve("d-jakarta.html"), """
                <html><head><title>Minister Wong in Jakarta</title></head><body>
                <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
                <article><h1>Minister Wong in Jakarta</h1>
                <p>Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on 6 June 2023.</p>
                <p>Minister Wong welcomed Indonesia's leadership of ASEAN.</p></article>
                </body></html>
                """);
        Files.writeString(dir.resolve("d-jakarta.html.meta.json"), """
                {"url": "https://www.example.org/news/wong-jakarta", "outlet": "Example News", "published": "2023-06-07"}
                """);
        Files.writeString(dir.resolve("e-visit.txt"), """
                Foreign Minister Retno Marsudi will visit Seoul on 12 September 2023 to meet Foreign Minister Park Jin, the ministry announced on 1 September 2023.
                """);
        return dir;
    }

    static SqliteStore ingest(Path db, Pipeline pipeline, Path in) {
        SqliteStore store = SqliteStore.open(db);
        Ingestion.Result r = new Ingestion(new FileSourceReader(), pipeline, store).ingest(List.of(in), Ingestion.Listener.NONE);
        if (!r.failures().isEmpty()) throw new AssertionError(r.failures().toString());
        return store;
    }

    /** The readout/1 export of a store, as text. */
    static String export(SqliteStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReadoutJson.write(store.corpus(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
