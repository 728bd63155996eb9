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
 * hashes), the linker tells the second apart by renaming it; the store links such blocks together, the job counts ids
 * found in two blocks and warns of them ({@link BlockLinker}).
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

    /** The block of one document: that of its keys, or one of {@code buckets} blocks for a document with none. */
    static String blockOf(String documentId, List<String> blockKeys, Map<String, String> blocks, int buckets) {
        if (blockKeys.isEmpty()) return UNLINKED + Math.floorMod(documentId.hashCode(), Math.max(1, buckets));
        String block = blocks.get(blockKeys.get(0));
        if (block == null) throw new IllegalStateException("no block for " + blockKeys.get(0) + " of " + documentId);
        return block;
    }
}
