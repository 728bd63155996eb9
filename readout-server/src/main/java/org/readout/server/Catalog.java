package org.readout.server;

import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;
import org.readout.store.EngagementFilter;
import org.readout.store.SqliteStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of the store's linked view (engagements, documents, statements), read once
 * after start and after each change, so that reads never wait for the writer and never contend for
 * the store's one connection. Comparisons are computed on first use and kept with the snapshot.
 */
final class Catalog {
    /** What {@code GET /api/engagements} and the timeline filter on; nulls and empty sets mean "any". */
    record Query(Set<String> countries, String person, LocalDate from, LocalDate to, String format, String status,
                 boolean newestFirst) {
        static final Query ALL = new Query(Set.of(), null, null, null, null, null, false);
    }

    private final LinkedCorpus corpus;
    private final Map<String, Engagement> engagements = new LinkedHashMap<>();
    private final Map<String, LinkedDocument> documents = new LinkedHashMap<>();
    private final Map<String, List<Statement>> byEngagement = new LinkedHashMap<>();
    private final Map<String, List<Statement>> byDocument = new LinkedHashMap<>();
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();
    private final Comparer comparer;
    private final Map<String, String> aliases;

    Catalog(LinkedCorpus corpus, Comparer comparer) {
        this(corpus, comparer, Map.of());
    }

    /** {@code aliases}: engagement ids that a relink replaced, and the id each resolves to now. */
    Catalog(LinkedCorpus corpus, Comparer comparer, Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
        this.corpus = corpus;
        this.comparer = comparer;
        for (Engagement e : corpus.engagements()) engagements.put(e.id(), e);
        for (LinkedDocument d : corpus.documents()) documents.put(d.summary().id(), d);
        for (Statement s : corpus.statements()) {
            if (s.engagement() != null) byEngagement.computeIfAbsent(s.engagement(), k -> new ArrayList<>()).add(s);
            byDocument.computeIfAbsent(s.report().document(), k -> new ArrayList<>()).add(s);
        }
    }

    static Catalog load(SqliteStore store, Comparer comparer) {
        return new Catalog(store.corpus(), comparer, store.aliases());
    }

    LinkedCorpus corpus() {
        return corpus;
    }

    /** Engagements in the store's order (by date, undated last, then id), or newest first. */
    List<Engagement> engagements(Query q) {
        List<Engagement> out = new ArrayList<>();
        for (Engagement e : engagements.values()) if (matches(e, q)) out.add(e);
        if (q.newestFirst()) {
            out.sort(Comparator.comparing(Engagement::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Engagement::id));
        }
        return out;
    }

    /** The same conditions as {@link SqliteStore#engagements(EngagementFilter)}, plus format and status. */
    private static boolean matches(Engagement e, Query q) {
        for (String c : q.countries()) {
            boolean found = false;
            for (Participant p : e.participants()) found |= c.equalsIgnoreCase(p.country());
            if (!found) return false;
        }
        if (q.person() != null) {
            String needle = q.person().toLowerCase(Locale.ROOT);
            boolean found = false;
            for (Participant p : e.participants()) found |= p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(needle);
            if (!found) return false;
        }
        if (q.from() != null && (e.date() == null || e.date().isBefore(q.from()))) return false;
        if (q.to() != null && (e.date() == null || e.date().isAfter(q.to()))) return false;
        if (q.format() != null && !q.format().equalsIgnoreCase(e.format())) return false;
        return q.status() == null || q.status().equalsIgnoreCase(e.status());
    }

    Optional<Engagement> engagement(String id) {
        Engagement e = engagements.get(id);
        if (e != null) return Optional.of(e);
        Engagement found = null;
        for (String key : engagements.keySet()) {
            if (key.startsWith(id)) {
                if (found != null) return Optional.empty();
                found = engagements.get(key);
            }
        }
        if (found == null && aliases.containsKey(id)) found = engagements.get(aliases.get(id));
        return Optional.ofNullable(found);
    }

    List<Statement> statementsOf(String engagementId) {
        return byEngagement.getOrDefault(engagementId, List.of());
    }

    List<Statement> statementsIn(String documentId) {
        return byDocument.getOrDefault(documentId, List.of());
    }

    List<LinkedDocument> documents() {
        return corpus.documents();
    }

    Optional<LinkedDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The engagements a document is linked to, with the relation. */
    List<Map.Entry<Engagement, String>> engagementsOf(LinkedDocument d) {
        List<Map.Entry<Engagement, String>> out = new ArrayList<>();
        for (DocLink l : d.engagements()) {
            Engagement e = engagements.get(l.id());
            if (e != null) out.add(Map.entry(e, l.relation()));
        }
        return out;
    }

    Comparison comparison(Engagement e) {
        return comparisons.computeIfAbsent(e.id(), k -> comparer.compare(e, corpus.documents(), statementsOf(e.id())));
    }

    int engagementCount() {
        return engagements.size();
    }
}
