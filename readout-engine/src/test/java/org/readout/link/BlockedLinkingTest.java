package org.readout.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking block by block gives what linking everything at once gives, on invented corpora of every shape. */
class BlockedLinkingTest {
    private static final Linker LINKER = new Linker(Corpus.KB);

    @Test
    void blockByBlockIsTheWholeLinking() {
        int blocked = 0;
        for (long seed = 0; seed < 150; seed++) {
            List<LinkInput> docs = new RandomCorpus(seed, 20 + (int) seed % 120).documents(5 + (int) (seed % 40));
            assertEquals(LINKER.link(docs, false), LINKER.link(docs, true), "seed " + seed);
            if (Blocking.blocks(docs).size() > 1) blocked++;
        }
        assertTrue(blocked > 60, "corpora with several blocks: " + blocked);
    }

    @Test
    void theOrderOfTheDocumentsDoesNotMatter() {
        for (long seed = 0; seed < 40; seed++) {
            List<LinkInput> docs = new RandomCorpus(seed, 60).documents(30);
            List<LinkInput> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(LINKER.link(docs), LINKER.link(shuffled), "seed " + seed);
        }
    }

    /**
     * Some blocks linked on their own give what the whole linking gives for their documents, unless an engagement of
     * theirs shares its natural id with one of another block (then the whole must be linked with it).
     */
    @Test
    void someBlocksLinkedAloneAreTheirPartOfTheWhole() {
        int compared = 0;
        for (long seed = 0; seed < 60; seed++) {
            List<LinkInput> docs = new RandomCorpus(seed, 120).documents(40);
            List<List<LinkInput>> blocks = Blocking.blocks(docs);
            Random random = new Random(seed);
            List<LinkInput> part = new ArrayList<>();
            for (List<LinkInput> b : blocks) if (random.nextBoolean()) part.addAll(b);
            Set<String> ids = new HashSet<>();
            for (LinkInput in : part) ids.add(in.summary().id());
            LinkedCorpus whole = LINKER.link(docs);
            LinkedCorpus alone = LINKER.link(part);
            List<Engagement> theirs = whole.engagements().stream().filter(e -> e.documents().stream().anyMatch(l -> ids.contains(l.id()))).toList();
            Set<String> inside = new HashSet<>();
            theirs.forEach(e -> inside.add(Linker.naturalId(e)));
            boolean shared = whole.engagements().stream().anyMatch(e -> !theirs.contains(e) && inside.contains(Linker.naturalId(e)));
            if (shared) continue;
            assertEquals(theirs, alone.engagements(), "seed " + seed);
            assertEquals(whole.documents().stream().filter(d -> ids.contains(d.summary().id())).toList(), alone.documents(), "seed " + seed);
            compared++;
        }
        assertTrue(compared > 50, "compared " + compared);
    }

    @Test
    void naturalIdIsTheIdUnlessAnotherEngagementHoldsIt() {
        int renamed = 0;
        int kept = 0;
        for (long seed = 0; seed < 60; seed++) {
            List<Engagement> all = LINKER.link(new RandomCorpus(seed, 30).documents(40)).engagements();
            Set<String> ids = new HashSet<>();
            all.forEach(e -> ids.add(e.id()));
            for (Engagement e : all) {
                String natural = Linker.naturalId(e);
                if (natural.equals(e.id())) {
                    kept++;
                } else {
                    assertTrue(ids.contains(natural), e.id() + " renamed though none holds " + natural);
                    renamed++;
                }
            }
        }
        assertTrue(kept > renamed, kept + " kept, " + renamed + " renamed");
    }
}
