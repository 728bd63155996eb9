package org.readout.link;

import org.readout.extract.DateClue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups reports into engagements: dated reports first, then the undated ones by their clues. */
final class Clustering {
    private static final int MAX_SEARCH_DAYS = 20_000;
    /** The longest window of days (a summit and its margin) searched for the one day a clue admits. */
    private static final int MAX_WINDOW_DAYS = 14;

    private final Linker linker;

    private final LocalDate today;

    Clustering(Linker linker) {
        this(linker, LocalDate.now());
    }

    /** With the day after which no encounter told as held can be. */
    Clustering(Linker linker, LocalDate today) {
        this.linker = linker;
        this.today = today;
    }

    List<List<Linker.Node>> cluster(List<Linker.Node> nodes) {
        List<Linker.Node> dated = new ArrayList<>(nodes.stream().filter(n -> n.date() != null).toList());
        dated.sort(java.util.Comparator.comparing(Linker.Node::date).thenComparing(Linker.Node::key));
        List<Linker.Node> undated = nodes.stream().filter(n -> n.date() == null).toList();
        UnionFind<Linker.Node> uf = new UnionFind<>(dated);
        for (int i = 0; i < dated.size(); i++) {
            long day = dated.get(i).date().toEpochDay();
            for (int j = i + 1; j < dated.size() && dated.get(j).date().toEpochDay() - day <= Linker.ANNOUNCED_TO_HELD_DAYS; j++) {
                if (sameDay(dated.get(i), dated.get(j))) uf.unionIfAll(i, j, linker::compatible);
            }
        }
        List<List<Linker.Node>> clusters = new ArrayList<>(uf.groups());
        // a report joins the engagement of exactly its sides before one of more sides that only includes them: the pair's
        // own meeting, and not the trilateral summit the same page recalls, takes the pair's other reports
        List<Linker.Node> notExact = joinTheOnlyAdmitting(clusters, undated, (c, n) -> sides(c).equals(n.countries()));
        List<Linker.Node> leftover = joinTheOnlyAdmitting(clusters, notExact, (c, n) -> true);
        UnionFind<Linker.Node> rest = new UnionFind<>(leftover);
        java.util.function.BiPredicate<Linker.Node, Linker.Node> joinable = (x, y) -> linker.compatible(x, y) && cluesAgree(x.report.clue(), y.report.clue())
                && publishedAroundOneDay(x, y);
        // "Saturday" joins "Saturday 19 December", which names the same weekday, before "17 December", which only does not
        // contradict it: pairs that name more alike are joined first, and every pair of a group must agree, so the two dates
        // never chain through "Saturday"
        for (int alike = CLUE_FIELDS; alike >= 0; alike--) {
            for (int i = 0; i < leftover.size(); i++) {
                for (int j = i + 1; j < leftover.size(); j++) {
                    DateClue a = leftover.get(i).report.clue();
                    DateClue b = leftover.get(j).report.clue();
                    if (shared(a, b) == alike && cluesAgree(a, b)) rest.unionIfAll(i, j, joinable);
                }
            }
        }
        clusters.addAll(rest.groups());
        return clusters;
    }

    /** Each node to the one dated cluster of those {@code eligible} that admits it; the nodes no such cluster took. */
    private List<Linker.Node> joinTheOnlyAdmitting(List<List<Linker.Node>> clusters, List<Linker.Node> nodes,
                                                   java.util.function.BiPredicate<List<Linker.Node>, Linker.Node> eligible) {
        List<Linker.Node> left = new ArrayList<>();
        for (Linker.Node n : nodes) {
            List<Linker.Node> home = onlyAdmitting(clusters.stream().filter(c -> eligible.test(c, n)).toList(), n);
            if (home != null) home.add(n);
            else left.add(n);
        }
        return left;
    }

    private static java.util.Set<String> sides(List<Linker.Node> cluster) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Linker.Node n : cluster) out.addAll(n.countries());
        return out;
    }

    /** Year, month, day and weekday: what two clues may both name. */
    private static final int CLUE_FIELDS = 4;

    /** How many of year, month, day and weekday two clues both name (alike, as they agree). */
    private static int shared(DateClue a, DateClue b) {
        int n = 0;
        if (a.year() != null && b.year() != null) n++;
        if (a.month() != null && b.month() != null) n++;
        if (a.day() != null && b.day() != null) n++;
        if (a.weekday() != null && b.weekday() != null) n++;
        return n;
    }

    /** Same day within a day's tolerance (time zones), or an announcement and the meeting held soon after. */
    private static boolean sameDay(Linker.Node a, Linker.Node b) {
        long gap = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        if (gap > 0 && gap <= Linker.SAME_DAY_TOLERANCE && namedByOneGovernment(a, b)) return false;
        if (gap <= Linker.SAME_DAY_TOLERANCE || within(a, b) || within(b, a)) return true;
        if (a.held() == b.held()) return false;
        Linker.Node planned = a.held() ? b : a;
        Linker.Node held = a.held() ? a : b;
        long after = held.date().toEpochDay() - planned.date().toEpochDay();
        return after >= 0 && after <= Linker.ANNOUNCED_TO_HELD_DAYS;
    }

    /**
     * "On August 29 ... held a telephone talk" and "On August 30 ... held a telephone talk" in two readouts of one
     * government: days it named itself, in its own time zone, a day apart are two encounters, not one told across
     * time zones.
     */
    private static boolean namedByOneGovernment(Linker.Node a, Linker.Node b) {
        if (a.report.dateFromPublication() || b.report.dateFromPublication() || !a.held() || !b.held()) return false;
        if (a.report.dateEnd() != null || b.report.dateEnd() != null) return false;
        String ia = issuer(a);
        return ia != null && ia.equals(issuer(b)) && !a.report.document().equals(b.report.document());
    }

    private static String issuer(Linker.Node n) {
        var issuer = n.input.extraction().issuer();
        return issuer == null ? null : issuer.value();
    }

    /**
     * "a visit to India on 17-20 January" and another report's talks on the 19th: a day of the visit (as far as dated
     * reports are compared at all, {@value Linker#ANNOUNCED_TO_HELD_DAYS} days, which {@link Blocking} relies on).
     */
    private static boolean within(Linker.Node span, Linker.Node day) {
        return span.report.dateEnd() != null && day.report.dateEnd() == null
                && !day.date().isBefore(span.date()) && !day.date().isAfter(span.report.dateEnd().value());
    }

    /**
     * The one dated engagement an undated report can belong to (of several, the only one whose reports tell its format),
     * or null when none or several fit. A call
     * across time zones may be dated a day apart by its two sides ("on Friday" in Seoul, "the evening
     * of August 5" in Washington): a remote report's clue may then admit the day before or after.
     */
    private List<Linker.Node> onlyAdmitting(List<List<Linker.Node>> clusters, Linker.Node n) {
        List<Linker.Node> exact = onlyAdmitting(clusters, n, 0);
        return exact != null || !isRemote(n) ? exact : onlyAdmitting(clusters, n, Linker.SAME_DAY_TOLERANCE);
    }

    static boolean isRemote(Linker.Node n) {
        String f = n.report.format() == null ? null : n.report.format().value();
        return "phone".equals(f) || "video".equals(f);
    }

    private List<Linker.Node> onlyAdmitting(List<List<Linker.Node>> clusters, Linker.Node n, int slack) {
        List<List<Linker.Node>> admitting = admitting(clusters, n, slack);
        if (admitting.size() > 1) admitting = admitting.stream().filter(c -> c.stream().allMatch(m -> sameFormat(m, n))).toList();
        return admitting.size() == 1 ? admitting.get(0) : null;
    }

    /** Whether two reports tell the same format, when both tell one (a video conference may be told as a call or a meeting). */
    private static boolean sameFormat(Linker.Node a, Linker.Node b) {
        String fa = a.statedFormat();
        String fb = b.statedFormat();
        return fa == null || fb == null || fa.equals(fb);
    }

    private List<List<Linker.Node>> admitting(List<List<Linker.Node>> clusters, Linker.Node n, int slack) {
        List<List<Linker.Node>> found = new ArrayList<>();
        for (List<Linker.Node> c : clusters) {
            LocalDate day = c.get(0).date();
            boolean admits = false;
            for (int d = -slack; d <= slack && !admits; d++) admits = n.report.clue().admits(day.plusDays(d));
            if (!admits) continue;
            if (!fitsPublication(n, day)) continue;
            if (!c.stream().allMatch(m -> linker.compatible(m, n))) continue;
            if (!linker.inOffice(List.of(n), day)) continue;
            found.add(c);
        }
        return found;
    }

    /**
     * A held report cannot be of an engagement after the day it was published; an announcement, of one days before it
     * ({@link Linker#ANNOUNCED_TO_HELD_DAYS}), nor, unless it names a year, of one more than {@link Blocking#ANNOUNCED_AHEAD_DAYS}
     * after it.
     */
    private static boolean fitsPublication(Linker.Node n, LocalDate day) {
        List<long[]> windows = publicationWindows(n);
        return windows.isEmpty() || windows.stream().anyMatch(w -> day.toEpochDay() >= w[0] && day.toEpochDay() <= w[1]);
    }

    /**
     * Whether two undated reports were published around one day that both could tell of: a held report within
     * {@link Blocking#PUBLISHED_AFTER_DAYS} days after it, an announcement before it. Two pages of "talks began" published
     * ten months apart tell two encounters, however alike their sides and their silence on the date.
     */
    private static boolean publishedAroundOneDay(Linker.Node a, Linker.Node b) {
        List<long[]> wa = publicationWindows(a);
        List<long[]> wb = publicationWindows(b);
        if (wa.isEmpty() || wb.isEmpty()) return true;
        return wa.stream().anyMatch(x -> wb.stream().anyMatch(y -> x[0] <= y[1] && y[0] <= x[1]));
    }

    /**
     * The days (first and last, as epoch days) the encounter of a held report or an announcement can be on, one window
     * per reading of its publication day ({@link Blocking#publicationWindow}); none when the publication says nothing of it.
     */
    private static List<long[]> publicationWindows(Linker.Node n) {
        if (!n.held() && !n.report.announced()) return List.of();
        boolean yearOfItsOwn = n.report.clue() != null && n.report.clue().year() != null;
        return n.publishedReadings().stream()
                .map(r -> Blocking.publicationWindow(n.held(), r.toEpochDay(), r.toEpochDay(), yearOfItsOwn)).toList();
    }

    private static boolean cluesAgree(DateClue a, DateClue b) {
        return same(a.year(), b.year()) && same(a.month(), b.month()) && same(a.day(), b.day())
                && (a.weekday() == null || b.weekday() == null || a.weekday() == b.weekday());
    }

    private static boolean same(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    /** The single day that every clue of the group admits while all its participants were in office, or null. */
    LocalDate solve(List<Linker.Node> group) {
        DateClue all = DateClue.NONE;
        for (Linker.Node n : group) all = all.isEmpty() ? n.report.clue() : all.and(n.report.clue());
        boolean specific = all.day() != null && (all.year() != null || all.weekday() != null || all.month() != null);
        if (!specific) {
            LocalDate inWindow = onlyDayInWindow(group, all);
            return inWindow != null ? inWindow : lastBeforeAPublication(group, all);
        }
        LocalDate[] term = linker.commonTerm(group);
        // an encounter told as held is not after today
        LocalDate last = group.stream().allMatch(Linker.Node::held) && term[1].isAfter(today) ? today.plusDays(1) : term[1];
        List<LocalDate> days = admittedDays(group, all, term[0], last.minusDays(1));
        return days.size() > 1 ? lastBeforeAPublication(group, all) : days.isEmpty() ? null : days.get(0);
    }

    /** The first two days from {@code from} to {@code to} (at most {@link #MAX_SEARCH_DAYS} of them) that the clue admits while all the group's people were in office. */
    private List<LocalDate> admittedDays(List<Linker.Node> group, DateClue all, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>(2);
        int steps = 0;
        for (LocalDate d = from; !d.isAfter(to) && steps < MAX_SEARCH_DAYS && out.size() < 2; d = d.plusDays(1), steps++) {
            if (all.admits(d) && linker.inOffice(group, d)) out.add(d);
        }
        return out;
    }

    /** "On Tuesday" on the sidelines of a summit held from the 22nd to the 24th: the one day the summit's days (and a margin) admit. */
    private LocalDate onlyDayInWindow(List<Linker.Node> group, DateClue all) {
        if (all.notBefore() == null || all.notAfter() == null || all.notAfter().toEpochDay() - all.notBefore().toEpochDay() > MAX_WINDOW_DAYS) return null;
        List<LocalDate> days = admittedDays(group, all, all.notBefore(), all.notAfter());
        return days.size() == 1 ? days.get(0) : null;
    }

    /**
     * "Duda met Zelenskyy on Thursday" or "talked on August 29" in an undated report, and a report of the same
     * encounter published on a known day that dates it no other way: the day is the last one on or before
     * the earliest day a report of it as held was published that the clues admit (a weekday within the week
     * before, a day and month within the year before), as it would be had that report named it itself.
     */
    private LocalDate lastBeforeAPublication(List<Linker.Node> group, DateClue all) {
        if (all.year() != null) return null;
        int window;
        if (all.weekday() != null && all.day() == null && all.month() == null) window = 6;
        else if (all.month() != null && all.day() != null) window = 365;
        else return null;
        LocalDate earliest = null;
        for (Linker.Node n : group) {
            LocalDate p = n.input.extraction().published().date();
            if (n.held() && p != null && (earliest == null || p.isBefore(earliest))) earliest = p;
        }
        if (earliest == null) return null;
        for (LocalDate d = earliest; !d.isBefore(earliest.minusDays(window)); d = d.minusDays(1)) {
            if (all.admits(d)) return linker.inOffice(group, d) ? d : null;
        }
        return null;
    }

    /** Union-find over a fixed list, groups returned in the list's order. */
    static final class UnionFind<T> {
        private final List<T> items;
        private final int[] parent;

        UnionFind(List<T> items) {
            this.items = items;
            this.parent = new int[items.size()];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
        }

        /**
         * Joins the groups of a and b only if every member of one is compatible with every member of
         * the other, so that A–B and B–C never chain A and C together when A and C conflict.
         */
        void unionIfAll(int a, int b, java.util.function.BiPredicate<T, T> compatible) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) return;
            // two groups that could not join cannot once either has grown: each pair of groups is tried once
            long key = (long) Math.min(ra, rb) << 32 | Math.max(ra, rb);
            if (refused.contains(key)) return;
            for (int x : members(ra)) {
                for (int y : members(rb)) {
                    if (!compatible.test(items.get(x), items.get(y))) {
                        refused.add(key);
                        return;
                    }
                }
            }
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            members(Math.min(ra, rb)).addAll(members.remove(Math.max(ra, rb)));
        }

        private final Map<Integer, List<Integer>> members = new java.util.HashMap<>();
        private final java.util.Set<Long> refused = new java.util.HashSet<>();

        private List<Integer> members(int root) {
            return members.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
        }

        private int find(int i) {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        List<List<T>> groups() {
            Map<Integer, List<T>> g = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) g.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
            return new ArrayList<>(g.values());
        }
    }
}
