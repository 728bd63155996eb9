package org.readout.export;

import org.readout.annotate.KnowledgeAnnotator;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.extract.EngagementExtractor;
import org.readout.extract.Evidence;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.knowledge.KnowledgeBase;
import org.readout.link.DocLink;
import org.readout.link.DocumentSummary;
import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Linker;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Corpora to export: one linked from fixture texts, and hand-made ones with awkward values. */
final class ExportCorpus {
    private static volatile LinkedCorpus linked;

    private ExportCorpus() {
    }

    /** Five fixture documents of {@code src/test/resources/export/}, linked with the bundled knowledge. */
    static LinkedCorpus linked() {
        if (linked == null) {
            KnowledgeBase kb = KnowledgeBase.bundled();
            KnowledgeAnnotator annotator = new KnowledgeAnnotator(kb);
            EngagementExtractor extractor = new EngagementExtractor(kb);
            Object[][] docs = {
                    {"mofa-call", "2023-04-03", DocumentKind.OFFICIAL, "call-official.txt", "MOFA Japan"},
                    {"kyodo-visit", "2023-04-03", DocumentKind.NEWS, "visit-news.txt", "Kyodo"},
                    {"mofa-summit", "2023-11-17", DocumentKind.OFFICIAL, "summit.txt", null},
                    {"news-undated", null, DocumentKind.NEWS, "undated.txt", null},
                    {"blog-nothing", null, DocumentKind.OTHER, "nothing.txt", null},
            };
            List<LinkInput> inputs = new ArrayList<>();
            for (Object[] d : docs) {
                String id = (String) d[0];
                SourceMeta meta = d[1] == null ? SourceMeta.EMPTY : new SourceMeta(null, null, LocalDate.parse((String) d[1]), "en", null);
                DocumentKind kind = (DocumentKind) d[2];
                CleanDocument doc = new CleanDocument(id, "fixtures/" + d[3], text((String) d[3]), d[1] == null ? null : "Title " + id,
                        (String) d[4], kind, "en", meta);
                inputs.add(new LinkInput(new DocumentSummary(id, doc.source(), doc.title(), doc.outlet(), kind.code(), "en"),
                        extractor.extract(annotator.annotate(doc))));
            }
            linked = new Linker(kb).link(inputs);
        }
        return linked;
    }

    static String text(String name) {
        try (InputStream in = ExportCorpus.class.getResourceAsStream("/export/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Evidence EV = new Evidence("d1", 0, 4, "text");

    static Participant participant(String name, String country, String role) {
        return new Participant(name, country, role, country == null ? null : country + "GOV", null, EV);
    }

    static Engagement engagement(String id, String status, String format, String setting, LocalDate date, String localTime,
                                 Integer duration, Location location, String host, String occasion,
                                 List<Participant> participants, List<DocLink> documents) {
        return new Engagement(id, status, format, setting, date, null, localTime, duration, location, host, occasion,
                participants, documents, Map.of(), List.of());
    }

    /** An engagement with every optional field null, and a document with every optional field null. */
    static LinkedCorpus sparse() {
        Engagement e = engagement("eng-000000000001", "held", "in_person", null, null, null, null, null, null, null,
                List.of(participant(null, "CHN", "foreign minister"), participant("Yoshimasa Hayashi", "JPN", "foreign minister")),
                List.of(new DocLink("d1", "reports")));
        LinkedDocument d = new LinkedDocument(new DocumentSummary("d1", "test/d1", null, null, "news", null), null, null, null,
                List.of(new DocLink(e.id(), "reports")));
        return new LinkedCorpus(List.of(d), List.of(e));
    }

    /** An engagement whose text fields need quoting in CSV. */
    static LinkedCorpus awkward() {
        Engagement e = engagement("eng-00000000000a", "held", "in_person", "third_country", LocalDate.of(2022, 11, 15), "09:05",
                45, new Location("Washington, D.C.", "USA"), null, "the \"2+2\" Dialogue,\nsecond round",
                List.of(participant("O'Brien, \"Pat\"", "IRL", "foreign minister"), participant(null, "GBR", "head of government")),
                List.of(new DocLink("a,b", "reports"), new DocLink("c", "mentions")));
        return new LinkedCorpus(List.of(), List.of(e));
    }
}
