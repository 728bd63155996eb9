package org.readout.compare;

import org.readout.extract.Evidence;
import org.readout.extract.IssueRef;
import org.readout.extract.Participant;
import org.readout.extract.Sourced;
import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.issues.IssueTaxonomy;
import org.readout.link.DocLink;
import org.readout.link.DocumentSummary;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built documents and statements of one invented Japan–China telephone call, with only what the comparer
 * reads: no pipeline, so each test says exactly which statements extraction would have given.
 */
final class Built {
    static final IssueTaxonomy TAXONOMY = IssueTaxonomy.bundled();
    static final Comparer COMPARER = new Comparer(TAXONOMY, Topics.load(null));
    static final String ENGAGEMENT = "eng-000000000001";

    private Built() {
    }

    static LinkedDocument document(String id, String kind, String outlet, String issuer) {
        return new LinkedDocument(new DocumentSummary(id, id + ".txt", "Title of " + id, outlet, kind, "en"),
                LocalDate.of(2023, 2, 3), "metadata", null, List.of(new DocLink(ENGAGEMENT, "reports")),
                issuer == null ? null : Sourced.of(issuer, null));
    }

    static LinkedDocument jpnReadout() {
        return document("doc-jpn", "official", "Ministry of Foreign Affairs of Japan", "JPN");
    }

    static LinkedDocument chnReadout() {
        return document("doc-chn", "official", "Ministry of Foreign Affairs of the PRC", "CHN");
    }

    static LinkedDocument news() {
        return document("doc-news", "news", "Kyodo", null);
    }

    static Engagement engagement(List<LinkedDocument> documents) {
        List<Participant> people = List.of(
                new Participant("Yoshimasa Hayashi", "JPN", "foreign minister", "JPNGOV", "yoshimasa-hayashi", null),
                new Participant("Qin Gang", "CHN", "foreign minister", "CHNGOV", "qin-gang", null));
        List<DocLink> links = documents.stream().map(d -> new DocLink(d.summary().id(), "reports")).toList();
        return new Engagement(ENGAGEMENT, "held", "phone", null, LocalDate.of(2023, 2, 2), null, null, null, null, null, null,
                people, links, Map.of(), List.of());
    }

    /** The issue as extraction files it: a taxonomy issue by id, or {@code text:...}, {@code unclassified}, {@code courtesy}. */
    static IssueRef issue(String id) {
        if (id == null) return null;
        if (id.startsWith("text:")) return new IssueRef(id, id.substring(5).replace('-', ' '), null);
        if (id.equals("unclassified")) return new IssueRef(id, "Unclassified", null);
        if (id.equals("courtesy")) return new IssueRef(id, "Courtesies", "courtesy");
        return TAXONOMY.byId(id).map(i -> new IssueRef(i.id(), i.label(), i.category()))
                .orElseThrow(() -> new IllegalArgumentException("no issue " + id));
    }

    /**
     * A statement of {@code sides} ("JPN", "CHN" or "JPN+CHN") in the sentence starting at {@code start} of a
     * document, made by the act words {@code verb} (which must be in the sentence), on an issue.
     */
    static Statement said(LinkedDocument d, int start, String sentence, String verb, String sides, String type,
                          String issue, String wording) {
        if (!sentence.contains(verb)) throw new IllegalArgumentException("'" + verb + "' is not in: " + sentence);
        List<Speaker> speakers = new ArrayList<>();
        for (String side : sides.split("\\+")) {
            speakers.add(new Speaker(side.equals("JPN") ? "Yoshimasa Hayashi" : side.equals("CHN") ? "Qin Gang" : null, side, null));
        }
        String doc = d.summary().id();
        String id = "st-" + Integer.toHexString((doc + start + verb + issue).hashCode());
        Evidence ev = new Evidence(doc, start, start + sentence.length(), sentence);
        return new Statement(ENGAGEMENT, new StatementReport(id, doc, 0, speakers, null, type, null, null, null, issue(issue),
                wording, verb, ev));
    }

    static Statement said(LinkedDocument d, int start, String sentence, String verb, String sides, String type, String issue) {
        return said(d, start, sentence, verb, sides, type, issue, null);
    }

    static Comparison compare(List<LinkedDocument> documents, Statement... statements) {
        return COMPARER.compare(engagement(documents), documents, List.of(statements));
    }

    static Row row(Comparison c, String issue) {
        return c.rows().stream().filter(r -> r.issue().equals(issue)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + issue + " in " + c.rows().stream().map(Row::issue).toList()));
    }

    static List<String> rowIds(Comparison c) {
        return c.rows().stream().map(Row::issue).toList();
    }
}
