package org.readout.server;

import java.util.List;

/**
 * What the templates (src/main/jte) are given: the pages' content as display strings, worked out by
 * {@link Pages}, {@link EngagementPage} and {@link DocumentPage}. The templates escape every value.
 */
final class Views {
    private Views() {
    }

    /** A link with its text and, where one is wanted, a tooltip. */
    record Link(String href, String text, String title) {
    }

    /** A piece of a text: plain, or marked (a search hit, or a sentence with its anchor id and class). */
    record Span(String text, boolean marked, String id, String cls) {
        static Span plain(String text) {
            return new Span(text, false, null, null);
        }
    }

    /** A sentence behind a fact: the start of it shown, the whole on hover and on expanding, and where it is. */
    record Quote(String text, String shortText, Link source) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Select(String name, String label, List<Option> options) {
    }

    record Filters(String countries, String person, String from, String to, Select format, Select status, Select sort) {
    }

    record TimelineRow(String href, String date, String format, String place, String people, String status,
                       List<Link> documents, int statements) {
    }

    record Dyad(String name, Curve.View curve, List<TimelineRow> rows) {
    }

    record Timeline(Filters filters, int total, int limit, List<Dyad> dyads) {
    }

    record DocumentRow(String published, Link title, String outlet, String kind, int engagements, int statements) {
    }

    record Documents(int total, List<DocumentRow> rows, String newer, String older) {
    }

    record StatementHit(String href, List<Span> snippet, String engagementHref) {
    }

    record SearchHit(Link title, List<Span> snippet, List<StatementHit> statements) {
    }

    /** {@code hits} is null when there is nothing to search for yet. */
    record Search(String query, int total, List<SearchHit> hits) {
    }

    /** A document or an engagement linked from another page, with how they are related. */
    record Related(String relation, Link link, String meta) {
    }

    record Upload(long maxMegabytes) {
    }

    record ErrorPage(int code, String message) {
    }
}
