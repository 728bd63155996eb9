package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.knowledge.KnowledgeBase;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test documents: built directly as cleaned documents, annotated and extracted with the bundled knowledge. */
final class Docs {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final ThreadLocal<KnowledgeAnnotator> ANNOTATOR = ThreadLocal.withInitial(() -> new KnowledgeAnnotator(KB));
    static final EngagementExtractor EXTRACTOR = new EngagementExtractor(KB);

    private Docs() {
    }

    static CleanDocument doc(String id, String published, String text) {
        SourceMeta meta = published == null ? SourceMeta.EMPTY
                : new SourceMeta("https://example.org/" + id, null, LocalDate.parse(published), "en", null);
        return new CleanDocument(id, "test/" + id, text, null, null, DocumentKind.OFFICIAL, "en", meta);
    }

    static AnnotatedDocument annotate(String id, String published, String text) {
        return ANNOTATOR.get().annotate(doc(id, published, text));
    }

    static DocumentExtraction extract(String id, String published, String text) {
        return EXTRACTOR.extract(annotate(id, published, text));
    }

    /** A fixture from {@code src/test/resources/extract/}. */
    static String fixture(String name) {
        try (InputStream in = Docs.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's single engagement report, or fails. */
    static EngagementReport only(DocumentExtraction x) {
        if (x.engagements().size() != 1) throw new AssertionError("expected one report, got " + x.engagements());
        return x.engagements().get(0);
    }

    /** The participants' countries, sorted. */
    static java.util.List<String> countries(EngagementReport r) {
        return r.participants().stream().map(Participant::country).sorted().toList();
    }

    /** The participant of that country, or fails. */
    static Participant side(EngagementReport r, String country) {
        return r.participants().stream().filter(p -> country.equals(p.country())).findFirst()
                .orElseThrow(() -> new AssertionError("no participant of " + country + " in " + r.participants()));
    }

    static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
