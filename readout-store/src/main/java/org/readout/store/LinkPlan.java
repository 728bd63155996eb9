package org.readout.store;

import org.readout.link.LinkKey;
import org.readout.link.LinkedCorpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one relink writes: the linked rows of {@code documents} (those of whole blocks, gone documents included) and
 * the engagements they were linked to before ({@code replaced}) give way to {@code corpus}, the linking of those
 * blocks; the {@code pending} documents get their blocking keys ({@code keys}, none for a gone one) and are no
 * longer pending. {@code whole} replaces every linked row.
 */
record LinkPlan(boolean whole, Set<String> documents, Set<String> replaced, Set<String> pending,
                Map<String, List<LinkKey>> keys, LinkedCorpus corpus) {
    LinkPlan {
        documents = Set.copyOf(documents);
        replaced = Set.copyOf(replaced);
        pending = Set.copyOf(pending);
        keys = Map.copyOf(keys);
    }
}
