package org.readout.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One position of a compiled pattern: a set of alternative token sequences (a word, its inflected
 * forms, the members of a synonym set, the forms of the verbs of a block) or, for a GAP, any run of
 * {@code minLen..maxLen} tokens (PETRARCH's {@code $ + ^ %} markers). {@code minGap..maxGap} is the
 * number of free tokens allowed between the previous slot and this one.
 */
final class Slot {

    enum Kind { WORDS, VERB, GAP }

    /** An immutable set of token sequences, indexed by first and by last token. */
    static final class Alternatives {
        final List<String[]> all;
        final Map<String, List<String[]>> byFirst;
        final Map<String, List<String[]>> byLast;

        Alternatives(Collection<String[]> sequences) {
            Map<String, String[]> unique = new LinkedHashMap<>();
            for (String[] s : sequences) if (s.length > 0) unique.putIfAbsent(String.join(" ", s), s);
            this.all = List.copyOf(unique.values());
            Map<String, List<String[]>> f = new HashMap<>(), l = new HashMap<>();
            for (String[] s : all) {
                f.computeIfAbsent(s[0], k -> new ArrayList<>(2)).add(s);
                l.computeIfAbsent(s[s.length - 1], k -> new ArrayList<>(2)).add(s);
            }
            this.byFirst = Collections.unmodifiableMap(f);
            this.byLast = Collections.unmodifiableMap(l);
        }

        boolean isEmpty() {
            return all.isEmpty();
        }
    }

    final Kind kind;
    final Alternatives alternatives;
    final int minGap;
    final int maxGap;
    final int minLen;
    final int maxLen;
    final String label;

    private Slot(Kind kind, Alternatives alternatives, int minGap, int maxGap, int minLen, int maxLen, String label) {
        this.kind = kind;
        this.alternatives = alternatives;
        this.minGap = minGap;
        this.maxGap = maxGap;
        this.minLen = minLen;
        this.maxLen = maxLen;
        this.label = label;
    }

    static Slot words(Alternatives alternatives, int minGap, int maxGap, String label) {
        return new Slot(Kind.WORDS, alternatives, minGap, maxGap, 0, 0, label);
    }

    static Slot verb(Alternatives alternatives, int minGap, int maxGap, String label) {
        return new Slot(Kind.VERB, alternatives, minGap, maxGap, 0, 0, label);
    }

    static Slot gap(int minLen, int maxLen, String label) {
        return new Slot(Kind.GAP, null, 0, 0, minLen, maxLen, label);
    }

    Slot withGap(int minGap, int maxGap) {
        return new Slot(kind, alternatives, minGap, maxGap, minLen, maxLen, label);
    }

    /** Number of literal tokens of the shortest alternative (0 for a GAP). */
    int literalLength() {
        if (kind == Kind.GAP) return 0;
        int min = Integer.MAX_VALUE;
        for (String[] s : alternatives.all) min = Math.min(min, s.length);
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
