package org.readout.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents the linker must see together, so that linking block by block gives exactly what one linking of
 * everything gives.
 *
 * <p>The engine's {@code Linker} links two reports only when one's set of countries contains the other's
 * ({@code Linker.compatible}), and every report of an engagement is compatible with every other one; a statement
 * follows the report of its own document; and a document's links and published date are settled by all the
 * engagements its reports went to. So a block must hold, with every document in it, every document whose reports
 * could link to any of its reports. The blocks are therefore the connected components of the graph whose nodes are the sets of countries
 * of the reports (the two or more countries of each report, the only reports the linker takes) and whose edges join
 * a set to its subsets and supersets, and join the sets of one document. Documents without such a report are
 * linked to nothing and may go anywhere: they are spread over {@code buckets} blocks by their id.
 *
 * <p>These blocks are coarser than the blocking keys (the set of countries and a window of days): the engine
 * does not expose linking a window of days on its own, nor merging the documents' links and published dates across
 * blocks, and the days could not be cut without them. A component that grows large (a country in every encounter,
 * documents telling several encounters) is linked by one task.
 *
 * <p>One thing a block cannot see: when two encounters would get the same id (same countries, format, day and
 * people, which the id hashes), the linker tells the second apart by renaming it. Two such encounters are in one
 * block unless their participants' countries were narrowed from reports of different blocks; the job counts ids
 * found in two blocks and warns of them ({@link BlockLinker}).
 */
final class Blocking {
    static final String UNLINKED = "-unlinked-";

    private Blocking() {
    }

    /**
     * The block of every set of countries, given each document's sets ({@link Processed#countrySets()}, each
     * document's list once is enough): the smallest set of its component, in string order.
     */
    static Map<String, String> blocks(Collection<List<String>> documents) {
        Map<String, Integer> index = new HashMap<>();
        List<String> sets = new ArrayList<>();
        for (List<String> doc : documents) {
            for (String s : doc) {
                if (index.putIfAbsent(s, sets.size()) == null) sets.add(s);
            }
        }
        int[] parent = new int[sets.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (List<String> doc : documents) {
            for (int i = 1; i < doc.size(); i++) union(parent, index.get(doc.get(0)), index.get(doc.get(i)));
        }
        // a set and its supersets: every superset holds the set's first country, so only the sets holding it are tried
        List<Set<String>> members = new ArrayList<>();
        Map<String, List<Integer>> byCountry = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            Set<String> m = new HashSet<>(Arrays.asList(sets.get(i).split(",")));
            members.add(m);
            for (String c : m) byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < sets.size(); i++) {
            Set<String> m = members.get(i);
            String rarest = null;
            for (String c : m) if (rarest == null || byCountry.get(c).size() < byCountry.get(rarest).size()) rarest = c;
            for (int j : byCountry.get(rarest)) {
                if (j != i && members.get(j).size() > m.size() && members.get(j).containsAll(m)) union(parent, i, j);
            }
        }
        Map<Integer, TreeSet<String>> components = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) components.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(sets.get(i));
        Map<String, String> out = new HashMap<>();
        for (TreeSet<String> c : components.values()) for (String s : c) out.put(s, c.first());
        return out;
    }

    /** The block of one document: that of its sets, or one of {@code buckets} blocks for a document with none. */
    static String blockOf(String documentId, List<String> countrySets, Map<String, String> blocks, int buckets) {
        if (countrySets.isEmpty()) return UNLINKED + Math.floorMod(documentId.hashCode(), Math.max(1, buckets));
        String block = blocks.get(countrySets.get(0));
        if (block == null) throw new IllegalStateException("no block for " + countrySets.get(0) + " of " + documentId);
        return block;
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
