package org.readout.link;

import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.extract.DateClue;
import org.readout.extract.DocumentExtraction;
import org.readout.extract.EngagementExtractor;
import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;
import org.readout.extract.Sourced;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Documents for linking: real texts run through annotate and extract, or reports written by hand. */
final class Corpus {
    static final KnowledgeBase KB = KnowledgeBase.bundled();

    private Corpus() {
    }

    // --- from text

    static LinkInput input(KnowledgeBase kb, String id, String published, DocumentKind kind, String text) {
        SourceMeta meta = published == null ? SourceMeta.EMPTY : new SourceMeta(null, null, LocalDate.parse(published), "en", null);
        CleanDocument doc = new CleanDocument(id, "test/" + id, text, "Title of " + id, null, kind, "en", meta);
        DocumentExtraction x = new EngagementExtractor(kb).extract(new KnowledgeAnnotator(kb).annotate(doc));
        return new LinkInput(new DocumentSummary(id, "test/" + id, doc.title(), null, kind.code(), "en"), x);
    }

    static LinkInput input(String id, String published, DocumentKind kind, String text) {
        return input(KB, id, published, kind, text);
    }

    static LinkInput official(String id, String published, String text) {
        return input(id, published, DocumentKind.OFFICIAL, text);
    }

    static LinkInput news(String id, String published, String text) {
        return input(id, published, DocumentKind.NEWS, text);
    }

    static LinkInput fixture(String id, String published, DocumentKind kind, String name) {
        return input(id, published, kind, text(name));
    }

    static String text(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/link/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinkedCorpus link(LinkInput... inputs) {
        return new Linker(KB).link(List.of(inputs));
    }

    static Engagement only(LinkedCorpus c) {
        if (c.engagements().size() != 1) throw new AssertionError("expected one engagement, got " + c.engagements());
        return c.engagements().get(0);
    }

    static LinkedDocument doc(LinkedCorpus c, String id) {
        return c.documents().stream().filter(d -> d.summary().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id));
    }

    static List<String> personIds(Engagement e) {
        return e.participants().stream().map(Participant::personId).toList();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // --- by hand

    static Evidence ev(String doc) {
        return new Evidence(doc, 0, 4, "text");
    }

    /** A participant as the extractor would give a known person holding their office on that day. */
    static Participant person(String id, String day) {
        Person p = KB.people().get(id).orElseThrow();
        Person.Term t = p.termOn(LocalDate.parse(day)).orElseThrow(() -> new AssertionError(id + " not in office on " + day));
        return new Participant(p.name(), t.country(), t.role(), t.country() + "GOV", id, ev("x"));
    }

    static Participant office(String country, String role) {
        return new Participant(null, country, role, country + "GOV", null, ev("x"));
    }

    /** A report; {@code date} may be null (then {@code clue} tells what is known). */
    static EngagementReport report(String doc, int ordinal, String status, String format, String date, DateClue clue,
                                   Participant... participants) {
        String relation = ordinal > 0 ? "mentions" : "planned".equals(status) ? "announces" : "reports";
        return new EngagementReport(doc, ordinal, relation, Sourced.of(status, ev(doc)), Sourced.of(format, ev(doc)),
                date == null ? null : Sourced.of(LocalDate.parse(date), ev(doc)), clue == null ? DateClue.NONE : clue,
                null, null, null, null, "talk", List.of(participants), List.of(ev(doc)));
    }

    static EngagementReport withDetails(EngagementReport r, String localTime, Integer duration, Location location,
                                        String occasion) {
        Evidence e = ev(r.document());
        return new EngagementReport(r.document(), r.ordinal(), r.relation(), r.status(), r.format(), r.date(), r.clue(),
                Sourced.of(localTime, e), Sourced.of(duration, e), Sourced.of(location, e), Sourced.of(occasion, e),
                r.kind(), r.participants(), r.evidence());
    }

    static LinkInput synthetic(String id, String kind, PublishedDate published, EngagementReport... reports) {
        return new LinkInput(new DocumentSummary(id, "test/" + id, null, null, kind, "en"),
                new DocumentExtraction(id, published, List.of(reports)));
    }

    static PublishedDate given(String day) {
        return new PublishedDate(LocalDate.parse(day), "given", null, List.of());
    }
}
