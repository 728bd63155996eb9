package org.readout.link;

import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.PublishedDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which documents the linker must see together, so that linking them block by block gives exactly what one linking
 * of everything gives. The blocks are the connected components of the graph whose nodes are the reports of two
 * countries or more (the only ones the linker takes), described by their {@link LinkKey}s, and whose edges join two
 * reports that
 * <ol>
 * <li>are of one document;</li>
 * <li>share a pair of countries and are both dated, at most {@value Linker#ANNOUNCED_TO_HELD_DAYS} days apart;</li>
 * <li>share a pair, one dated on a day in the other's reach;</li>
 * <li>share a pair and are both undated.</li>
 * </ol>
 * Why that is enough, following {@link Clustering} and {@link Linker}:
 * <ul>
 * <li>Two reports are linked only when compatible, and compatible reports share a pair, since one's set of countries
 * holds the other's. Dated reports are joined only at most {@value Linker#ANNOUNCED_TO_HELD_DAYS} days apart (edge
 * 2); a join depends only on the members of the two groups it joins, and the joins are tried in the order of the
 * reports by day and key, which, restricted to a block, is the block's own order. So the dated groups of a block are
 * those of the whole.</li>
 * <li>An undated report joins the one dated group that admits it, if there is exactly one: the group's day (that of
 * its first report) must be one its clue admits (or a day either side, for a call or video call), within its
 * publication window when it is a held report (from 60 days before a reading of its publication day to a day after),
 * and every report of the group must be compatible with it. Its reach is the span of those days ({@link
 * #reach}), so every candidate group's first report is joined to it by edge 3, and it sees all its candidates. The
 * undated reports of one group come in one order in the block and in the whole (by document, then report).</li>
 * <li>Undated reports that joined no group are grouped when their clues agree and they are compatible, so they share
 * a pair: edge 4 joins them (more than needed: it does not compare their clues).</li>
 * <li>A document's links and its published date come from all of its reports' engagements, and each statement
 * follows a report of its own document: edge 1.</li>
 * <li>An engagement is built from its own reports only. Two engagements that would get the same id (an undated call
 * of the same people told twice) are told apart by their first reports; {@link Linker} settles ids after all blocks
 * are linked, and whoever links some blocks again must bring in those holding an engagement of the same id
 * ({@link Linker#naturalId}).</li>
 * </ul>
 * So blocks split a pair's dated reports into windows of days where no undated report can bridge them. An undated
 * report whose clue admits a day in every year (a weekday, a day and month, or nothing) and that is not a held report
 * with a known publication day reaches every dated report of its pairs; and all undated reports of a pair are one
 * block: a pair with such reports is linked whole.
 */
public final class Blocking {
    /** How long before its publication a held report may tell of an encounter (as {@link Clustering} admits it). */
    static final int PUBLISHED_AFTER_DAYS = 60;
    /** How long after the day it was published an undated announcement may tell of its encounter. */
    static final int ANNOUNCED_AHEAD_DAYS = 60;

    private Blocking() {
    }

    /** The keys of a document's reports of two countries or more, in their order. */
    public static List<LinkKey> keys(LinkInput in) {
        List<LinkKey> out = new ArrayList<>();
        for (EngagementReport r : in.extraction().engagements()) {
            if (r.countries().size() < 2) continue;
            List<String> pairs = pairs(r.countries());
            if (r.date() != null && r.date().value() != null) {
                out.add(new LinkKey(in.summary().id(), pairs, r.date().value().toEpochDay(), 0, -1));
            } else {
                long[] reach = reach(r, in.extraction().published());
                out.add(new LinkKey(in.summary().id(), pairs, null, reach[0], reach[1]));
            }
        }
        return out;
    }

    static List<String> pairs(java.util.Set<String> countries) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(countries));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) out.add(sorted.get(i) + "," + sorted.get(j));
        }
        return out;
    }

    /**
     * The first and last day of a dated engagement an undated report could join: the days its clue's year (and
     * month) and bounds admit, a day more either side for a call, within the publication window of a held report.
     */
    static long[] reach(EngagementReport r, PublishedDate published) {
        DateClue c = r.clue() == null ? DateClue.NONE : r.clue();
        long from = LinkKey.OPEN_FROM;
        long to = LinkKey.OPEN_TO;
        if (c.year() != null) {
            try {
                YearMonth first = YearMonth.of(c.year(), c.month() != null ? c.month() : 1);
                YearMonth last = YearMonth.of(c.year(), c.month() != null ? c.month() : 12);
                from = first.atDay(1).toEpochDay();
                to = last.atEndOfMonth().toEpochDay();
            } catch (DateTimeException e) {
                return new long[]{0, -1}; // a month that is none admits no day
            }
        }
        if (c.notBefore() != null) from = Math.max(from, c.notBefore().toEpochDay());
        if (c.notAfter() != null) to = Math.min(to, c.notAfter().toEpochDay());
        String format = r.format() == null ? null : r.format().value();
        if ("phone".equals(format) || "video".equals(format)) {
            if (from != LinkKey.OPEN_FROM) from -= Linker.SAME_DAY_TOLERANCE;
            if (to != LinkKey.OPEN_TO) to += Linker.SAME_DAY_TOLERANCE;
        }
        boolean held = r.status() != null && "held".equals(r.status().value());
        List<LocalDate> readings = published == null ? List.of()
                : published.date() != null ? List.of(published.date()) : published.candidates();
        if ((held || r.announced()) && !readings.isEmpty()) {
            long first = readings.stream().mapToLong(LocalDate::toEpochDay).min().orElseThrow();
            long last = readings.stream().mapToLong(LocalDate::toEpochDay).max().orElseThrow();
            long[] told = publicationWindow(held, first, last, c.year() != null);
            from = Math.max(from, told[0]);
            to = Math.min(to, told[1]);
        }
        return new long[]{from, to};
    }

    /**
     * The days an encounter a page told of, published from day {@code first} to {@code last}, can be on: a held one on or
     * before the day it was told of (within {@value #PUBLISHED_AFTER_DAYS} days); an announced one ("ahead of a meeting
     * with") from then on and, with no year of its own, not more than {@value #ANNOUNCED_AHEAD_DAYS} days later.
     */
    static long[] publicationWindow(boolean held, long first, long last, boolean yearOfItsOwn) {
        if (held) return new long[]{first - PUBLISHED_AFTER_DAYS, last + 1};
        return new long[]{first - Linker.ANNOUNCED_TO_HELD_DAYS, yearOfItsOwn ? LinkKey.OPEN_TO : last + ANNOUNCED_AHEAD_DAYS};
    }

    /** Whether blocking joins two reports directly (edges 1 to 4 above). */
    public static boolean joined(LinkKey a, LinkKey b) {
        if (a.document().equals(b.document())) return true;
        if (a.pairs().stream().noneMatch(b.pairs()::contains)) return false;
        if (a.dated() && b.dated()) return Math.abs(a.day() - b.day()) <= Linker.ANNOUNCED_TO_HELD_DAYS;
        if (a.dated()) return b.reaches(a.day());
        if (b.dated()) return a.reaches(b.day());
        return true;
    }

    /**
     * The blocks of these documents, each in the documents' order, in the order of their first documents. A
     * document without a report of two countries is a block of its own; documents of one id are in one block.
     */
    public static List<List<LinkInput>> blocks(List<LinkInput> inputs) {
        Map<String, List<LinkKey>> keysOf = new LinkedHashMap<>();
        for (LinkInput in : inputs) keysOf.computeIfAbsent(in.summary().id(), id -> new ArrayList<>()).addAll(keys(in));
        Map<LinkKey, String> named = blocksOfKeys(keysOf.values());
        Map<String, List<LinkInput>> blocks = new LinkedHashMap<>();
        for (LinkInput in : inputs) {
            List<LinkKey> keys = keysOf.get(in.summary().id());
            String block = keys.isEmpty() ? "\u0000" + in.summary().id() : named.get(keys.get(0).anonymous());
            blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(in);
        }
        return new ArrayList<>(blocks.values());
    }

    /**
     * The block of every key, given each document's keys (a document's list once is enough, and the keys' documents
     * are not read: a key stands for every report of its pairs and days), as the {@link LinkKey#signature()} of the
     * smallest key of its block: the keys of one document are one block, and keys are joined by edges 2 to 4. Each key
     * of the map is {@linkplain LinkKey#anonymous() without its document}.
     */
    public static Map<LinkKey, String> blocksOfKeys(Collection<List<LinkKey>> documents) {
        Map<LinkKey, Integer> index = new LinkedHashMap<>();
        for (List<LinkKey> doc : documents) for (LinkKey k : doc) index.putIfAbsent(k.anonymous(), index.size());
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (List<LinkKey> doc : documents) {
            for (int i = 1; i < doc.size(); i++) union(parent, index.get(doc.get(0).anonymous()), index.get(doc.get(i).anonymous()));
        }
        Map<String, List<Keyed>> byPair = new HashMap<>();
        index.forEach((k, i) -> {
            for (String p : k.pairs()) byPair.computeIfAbsent(p, x -> new ArrayList<>()).add(new Keyed(k, i));
        });
        for (List<Keyed> keyed : byPair.values()) joinPair(keyed, parent);
        Map<Integer, String> names = new HashMap<>();
        index.forEach((k, i) -> names.merge(find(parent, i), k.signature(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<LinkKey, String> out = new HashMap<>();
        index.forEach((k, i) -> out.put(k, names.get(find(parent, i))));
        return out;
    }

    /** A key and its node in the union-find. */
    private record Keyed(LinkKey key, int node) {
    }

    /** Edges 2 to 4 among the reports that share one pair, in time linear in their number (after sorting). */
    private static void joinPair(List<Keyed> keyed, int[] parent) {
        List<Keyed> dated = new ArrayList<>(keyed.stream().filter(k -> k.key().dated()).toList());
        dated.sort(Comparator.comparingLong(k -> k.key().day()));
        for (int i = 1; i < dated.size(); i++) {
            if (dated.get(i).key().day() - dated.get(i - 1).key().day() <= Linker.ANNOUNCED_TO_HELD_DAYS) {
                union(parent, dated.get(i - 1).node(), dated.get(i).node());
            }
        }
        long[] days = dated.stream().mapToLong(k -> k.key().day()).toArray();
        int[] cover = new int[days.length + 1];
        Keyed firstUndated = null;
        for (Keyed k : keyed) {
            if (k.key().dated()) continue;
            if (firstUndated == null) firstUndated = k;
            else union(parent, firstUndated.node(), k.node());
            int lo = firstAtLeast(days, k.key().from());
            int hi = firstAtLeast(days, k.key().to() == LinkKey.OPEN_TO ? LinkKey.OPEN_TO : k.key().to() + 1) - 1;
            if (k.key().from() > k.key().to() || lo > hi) continue;
            union(parent, k.node(), dated.get(lo).node());
            cover[lo]++;
            cover[hi]--;
        }
        // every dated report in an undated one's reach is joined to it: chain each run of covered reports
        int open = 0;
        for (int i = 0; i + 1 < days.length; i++) {
            open += cover[i];
            if (open > 0) union(parent, dated.get(i).node(), dated.get(i + 1).node());
        }
    }

    /** The index of the first day not before {@code day} (days sorted), or {@code days.length}. */
    private static int firstAtLeast(long[] days, long day) {
        if (day == LinkKey.OPEN_TO) return days.length;
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
