package org.readout.spark;

import org.readout.link.LinkKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents the linker must see together: the engine's blocks ({@link org.readout.link.Blocking}, whose
 * javadoc says why linking them one by one gives exactly what one linking of everything gives), the same the store
 * relinks by. Each document carries the {@linkplain LinkKey#signature() signatures} of its reports' keys
 * ({@link Processed#blockKeys()}); the driver collects each distinct list once, and the block of a document is that of
 * its first key. Documents without a report of two countries are linked to nothing and may go anywhere: they are
 * spread over {@code buckets} blocks by their id.
 *
 * <p>Blocks are finer than the connected components of the sets of countries: within a pair of countries, dated
 * reports more than three days apart that no undated report can reach are in different blocks. One thing a block
 * cannot see: when two encounters would get the same id (same countries, format, day and people, which the id
 * hashes), the linker tells the second apart by renaming it; so blocks whose engagements share a natural id are
 * linked again together ({@link #merge}), as the store relinks them.
 */
final class Blocking {
    static final String UNLINKED = "-unlinked-";

    private Blocking() {
    }

    /** The block of every key signature, given each document's signatures (each distinct list once is enough). */
    static Map<String, String> blocks(Collection<List<String>> documents) {
        List<List<LinkKey>> keys = new ArrayList<>();
        for (List<String> doc : documents) keys.add(doc.stream().map(LinkKey::parse).toList());
        Map<String, String> out = new HashMap<>();
        org.readout.link.Blocking.blocksOfKeys(keys).forEach((k, block) -> out.put(k.signature(), block));
        return out;
    }

    /**
     * Blocks to link together: {@code merged} (each block that was merged, with the block it went into) and the groups
     * of blocks (as named after {@code merged}) that {@code together} adds; each block goes into the smallest name of
     * its group.
     */
    static Map<String, String> merge(Map<String, String> merged, Collection<? extends Iterable<String>> together) {
        Map<String, String> parent = new HashMap<>();
        merged.forEach((block, into) -> union(parent, block, into));
        for (Iterable<String> group : together) {
            String first = null;
            for (String block : group) {
                if (first == null) first = block;
                else union(parent, first, block);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String block : parent.keySet()) out.put(block, find(parent, block));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        parent.putIfAbsent(ra, ra);
        parent.putIfAbsent(rb, rb);
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else if (rb.compareTo(ra) < 0) parent.put(ra, rb);
    }

    /** The block of one document: that of its keys, or one of {@code buckets} blocks for a document with none. */
    static String blockOf(String documentId, List<String> blockKeys, Map<String, String> blocks, int buckets) {
        if (blockKeys.isEmpty()) return UNLINKED + Math.floorMod(documentId.hashCode(), Math.max(1, buckets));
        String block = blocks.get(blockKeys.get(0));
        if (block == null) throw new IllegalStateException("no block for " + blockKeys.get(0) + " of " + documentId);
        return block;
    }
}
