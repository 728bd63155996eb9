package org.readout.link;

import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fifth stage: links the reports of all documents into engagements. Reports with full dates that
 * agree on the sides, the people, the format and the day (within a day, or an announcement and the
 * meeting that followed it within three) are one engagement. A report without a full date joins the
 * one engagement its clues admit; reports that only together fix a date ("March 10" in one, "on
 * Friday" in another, both while the same leaders were in office) are resolved together.
 * An engagement only mentioned in passing, without a day, is left out: it cannot be told apart from others.
 * The result does not depend on the order documents were ingested in. Reports are compared only within their
 * blocks ({@link Blocking}), which gives what comparing all of them would, in time that grows with the blocks' sizes
 * and not with the whole corpus.
 */
public final class Linker {
    static final int SAME_DAY_TOLERANCE = 1;
    static final int ANNOUNCED_TO_HELD_DAYS = 3;

    private final KnowledgeBase kb;

    public Linker(KnowledgeBase kb) {
        this.kb = kb;
    }

    public LinkedCorpus link(List<LinkInput> inputs) {
        return link(inputs, true);
    }

    /**
     * Links block by block ({@link Blocking}), or all reports as one block when {@code blocked} is false: the same
     * result, which the tests compare.
     */
    LinkedCorpus link(List<LinkInput> inputs, boolean blocked) {
        List<LinkInput> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(i -> i.summary().id()));
        Map<String, LinkInput> byDoc = new LinkedHashMap<>();
        Map<LinkInput, List<Node>> nodesOf = new IdentityHashMap<>();
        for (LinkInput in : sorted) {
            byDoc.put(in.summary().id(), in);
            List<Node> own = new ArrayList<>();
            for (EngagementReport r : in.extraction().engagements()) {
                if (r.countries().size() < 2) continue;
                own.add(new Node(r, in));
            }
            nodesOf.put(in, own);
        }
        Clustering clustering = new Clustering(this);
        List<List<Node>> clusters = new ArrayList<>();
        for (List<LinkInput> block : blocked ? Blocking.blocks(sorted) : List.of(sorted)) {
            List<Node> nodes = new ArrayList<>();
            for (LinkInput in : block) nodes.addAll(nodesOf.get(in));
            if (!nodes.isEmpty()) clusters.addAll(clustering.cluster(nodes));
        }
        List<Engagement> engagements = new ArrayList<>();
        Map<Node, String> idOf = new HashMap<>();
        Map<String, List<Node>> clusterOf = new HashMap<>();
        clusters.sort(Comparator.comparing(Linker::firstKey));
        for (List<Node> cluster : clusters) {
            boolean undated = cluster.stream().allMatch(n -> n.date() == null);
            Engagement e = new EngagementBuilder(kb, cluster, undated ? clustering.solve(cluster) : null).build();
            if (e.date() == null && e.documents().stream().allMatch(l -> "mentions".equals(l.relation()))) continue;
            List<Node> taken = clusterOf.putIfAbsent(e.id(), cluster);
            if (taken != null) {
                e = withId(e, EngagementBuilder.hashed(e.id() + "|" + firstKey(cluster)));
                clusterOf.put(e.id(), cluster);
            }
            engagements.add(e);
            for (Node n : cluster) idOf.put(n, e.id());
        }
        engagements.sort(Comparator.comparing((Engagement e) -> e.date() == null ? LocalDate.MAX : e.date())
                .thenComparing(Engagement::id));
        return new LinkedCorpus(documents(byDoc, nodesOf, idOf, engagements), engagements, statements(sorted, nodesOf, idOf));
    }

    /**
     * The id an engagement gets from what it is (sides, format, day, people), before two that would share it are
     * told apart: its own id unless the linker gave it another. Whoever links some blocks again ({@link Blocking})
     * must link with them every block holding an engagement of the same natural id.
     */
    public static String naturalId(Engagement e) {
        Set<String> countries = new TreeSet<>();
        for (Participant p : e.participants()) if (p.country() != null) countries.add(p.country());
        return EngagementBuilder.id(countries, e.format(), e.date(), e.participants());
    }

    /** Two encounters that would share an id (two undated calls of the same people) are told apart by their first report. */
    private static String firstKey(List<Node> cluster) {
        return cluster.stream().map(Node::key).min(Comparator.naturalOrder()).orElse("");
    }

    private static Engagement withId(Engagement e, String id) {
        return new Engagement(id, e.status(), e.format(), e.setting(), e.date(), e.dateEnd(), e.localTime(), e.durationMinutes(),
                e.location(), e.host(), e.occasion(), e.participants(), e.documents(), e.evidence(), e.reports());
    }

    private List<LinkedDocument> documents(Map<String, LinkInput> byDoc, Map<LinkInput, List<Node>> nodesOf,
                                           Map<Node, String> idOf, List<Engagement> engagements) {
        Map<String, Engagement> byId = new HashMap<>();
        for (Engagement e : engagements) byId.put(e.id(), e);
        List<LinkedDocument> out = new ArrayList<>();
        for (LinkInput in : byDoc.values()) {
            Map<String, String> links = new LinkedHashMap<>();
            LocalDate inferred = null;
            Evidence inferredFrom = null;
            for (Node n : nodesOf.get(in)) {
                if (!idOf.containsKey(n)) continue;
                String id = idOf.get(n);
                links.merge(id, n.report.relation(), (a, b) -> DocLink.strength(a) >= DocLink.strength(b) ? a : b);
                Engagement e = byId.get(id);
                if (inferred == null && e.date() != null && n.held() && dateFollowsFromClue(n.report.clue())) {
                    inferred = e.date();
                    inferredFrom = n.report.evidence().isEmpty() ? null : n.report.evidence().get(0);
                }
            }
            List<DocLink> docLinks = links.entrySet().stream().map(x -> new DocLink(x.getKey(), x.getValue())).toList();
            PublishedDate p = in.extraction().published();
            LocalDate published = p.date();
            String basis = p.basis();
            Evidence evidence = p.evidence();
            if (published == null && !p.candidates().isEmpty()) {
                published = closestReading(p.candidates(), docLinks, byId);
                basis = published == null ? null : "text";
            }
            if (published == null && inferred != null) {
                published = inferred;
                basis = "inferred";
                evidence = inferredFrom;
            }
            out.add(new LinkedDocument(in.summary(), published, basis, evidence, docLinks, in.extraction().issuer()));
        }
        return out;
    }

    /** Each statement goes with the engagement its document's report was linked to. */
    private static List<Statement> statements(List<LinkInput> inputs, Map<LinkInput, List<Node>> nodesOf, Map<Node, String> idOf) {
        Map<String, String> engagementOf = new HashMap<>();
        for (LinkInput in : inputs) {
            for (Node n : nodesOf.get(in)) {
                String id = idOf.get(n);
                if (id != null) engagementOf.put(n.report.document() + ":" + n.report.ordinal(), id);
            }
        }
        List<Statement> out = new ArrayList<>();
        for (LinkInput in : inputs) {
            for (var s : in.extraction().statements()) {
                out.add(new Statement(engagementOf.get(s.document() + ":" + s.engagementOrdinal()), s));
            }
        }
        return out;
    }

    /**
     * "spoke today" in a report of a held engagement: once the engagement's date is known, so is the day
     * the report was written. "On Friday" or "6 January" admit any day of the week or more after it.
     */
    private static boolean dateFollowsFromClue(DateClue clue) {
        return clue.today();
    }

    private static LocalDate closestReading(List<LocalDate> readings, List<DocLink> links, Map<String, Engagement> byId) {
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate r : readings) {
            for (DocLink l : links) {
                Engagement e = byId.get(l.id());
                if (e == null || e.date() == null) continue;
                long gap = r.toEpochDay() - e.date().toEpochDay();
                if (gap < 0) gap = 1000 - gap;
                if (gap < bestGap) {
                    bestGap = gap;
                    best = r;
                }
            }
        }
        return bestGap <= 30 ? best : null;
    }

    /** One report in the linking, with the document it came from. */
    static final class Node {
        final EngagementReport report;
        final LinkInput input;
        private final Set<String> countries;

        Node(EngagementReport report, LinkInput input) {
            this.report = report;
            this.input = input;
            this.countries = report.countries(); // made afresh by each call: kept for the many comparisons
        }

        LocalDate date() {
            return report.date() == null ? null : report.date().value();
        }

        boolean held() {
            return report.status() != null && "held".equals(report.status().value());
        }

        Set<String> countries() {
            return countries;
        }

        String docKind() {
            return input.summary().kind();
        }

        /** The publication day, or each reading of an ambiguous numeric one. */
        List<LocalDate> publishedReadings() {
            PublishedDate p = input.extraction().published();
            return p.date() != null ? List.of(p.date()) : p.candidates();
        }

        String key() {
            return report.document() + ":" + report.ordinal();
        }

        /** The format the report's own words tell, or null where it tells none or only assumed one. */
        String statedFormat() {
            return report.format() == null || report.formatAssumed() ? null : report.format().value();
        }
    }

    boolean compatible(Node a, Node b) {
        Set<String> ca = a.countries();
        Set<String> cb = b.countries();
        // One document's reports of different sides are encounters its own reading kept apart (a bilateral beside a trilateral).
        if (a.report.document().equals(b.report.document()) && !ca.equals(cb)) return false;
        if (!ca.containsAll(cb) && !cb.containsAll(ca)) return false;
        if (formatsConflict(a.statedFormat(), b.statedFormat())) return false;
        if (heldInDifferentCountries(a.report, b.report)) return false;
        return !personConflict(a.report.participants(), b.report.participants());
    }

    /**
     * A call and a meeting are different encounters; a video conference is told as either ("a virtual meeting", "the
     * leaders spoke by video link", "the call"), so it conflicts with neither.
     */
    private static boolean formatsConflict(String fa, String fb) {
        return fa != null && fb != null && !fa.equals(fb) && !"video".equals(fa) && !"video".equals(fb);
    }

    /**
     * Two reports placing an encounter in cities of different countries ("in Vilnius", "in Ankara") are of different
     * encounters. A country alone is weaker evidence ("told him of his visit to the United States") and decides nothing.
     */
    private static boolean heldInDifferentCountries(EngagementReport a, EngagementReport b) {
        Location la = a.location() == null ? null : a.location().value();
        Location lb = b.location() == null ? null : b.location().value();
        return la != null && lb != null && la.place() != null && lb.place() != null
                && la.country() != null && lb.country() != null && !la.country().equals(lb.country());
    }

    /**
     * Two reports name different people for the same side and no one in common ("Pashinyan" in one, "Khachaturyan"
     * in the other). One naming more of a side's people than the other ("the President and the Prime Minister")
     * does not conflict with it.
     */
    private static boolean personConflict(List<Participant> a, List<Participant> b) {
        Map<String, Set<String>> sideA = namedBySide(a);
        Map<String, Set<String>> sideB = namedBySide(b);
        for (Map.Entry<String, Set<String>> e : sideA.entrySet()) {
            Set<String> other = sideB.get(e.getKey());
            if (other != null && other.stream().noneMatch(e.getValue()::contains)) return true;
        }
        return false;
    }

    private static Map<String, Set<String>> namedBySide(List<Participant> ps) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Participant p : ps) {
            if (p.personId() == null || p.inferred()) continue;
            out.computeIfAbsent(String.valueOf(p.country()), k -> new TreeSet<>()).add(p.personId());
        }
        return out;
    }

    /** Whether every participant whose terms bound the day ({@link #boundingIds}) held some office on that day. */
    boolean inOffice(List<Node> nodes, LocalDate day) {
        for (String id : boundingIds(nodes)) {
            Person person = kb.people().get(id).orElse(null);
            if (person != null && person.terms().stream().noneMatch(t -> t.covers(day))) return false;
        }
        return true;
    }

    /**
     * The people the knowledge base knows whose terms of office say when the encounter can be: those the reports name
     * in an office the knowledge base holds for them, or in none. "President-elect Tinubu" or "Deputy Prime Minister
     * Minh", where only a later presidency or an earlier foreign ministry is known, held an office it does not list, and
     * its terms say nothing of the day.
     */
    private Set<String> boundingIds(List<Node> nodes) {
        Set<String> ids = new TreeSet<>();
        Set<String> otherOffice = new TreeSet<>();
        for (Node n : nodes) {
            for (Participant p : n.report.participants()) {
                if (p.personId() == null) continue;
                Person person = kb.people().get(p.personId()).orElse(null);
                boolean listed = p.role() == null || person == null || person.terms().stream().anyMatch(t -> p.role().equals(t.role()));
                (listed ? ids : otherOffice).add(p.personId());
            }
        }
        ids.removeAll(otherOffice);
        return ids;
    }

    /** The span from the latest first day in office to the earliest last day of the named participants (gaps included). */
    LocalDate[] commonTerm(List<Node> nodes) {
        LocalDate lo = LocalDate.of(1990, 1, 1);
        LocalDate hi = LocalDate.now().plusYears(1);
        for (String id : boundingIds(nodes)) {
            Person person = kb.people().get(id).orElse(null);
            if (person == null) continue;
            LocalDate plo = null;
            LocalDate phi = null;
            for (Person.Term t : person.terms()) {
                plo = plo == null || t.start().isBefore(plo) ? t.start() : plo;
                LocalDate end = t.end() == null ? LocalDate.now().plusYears(1) : t.end();
                phi = phi == null || end.isAfter(phi) ? end : phi;
            }
            if (plo != null && plo.isAfter(lo)) lo = plo;
            if (phi != null && phi.isBefore(hi)) hi = phi;
        }
        return new LocalDate[]{lo, hi};
    }
}
