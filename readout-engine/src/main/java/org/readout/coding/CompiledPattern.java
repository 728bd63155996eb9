package org.readout.coding;

import java.util.List;

/**
 * A pattern of either dictionary compiled to a sequence of {@link Slot}s with one anchor slot (the
 * verb of a PETRARCH pattern, the first word of a diplomatic pattern) by which it is indexed.
 * Matching starts from an occurrence of the anchor and extends right, then left, with bounded gaps
 * and backtracking; the first (nearest) assignment wins. A match never crosses a clause boundary.
 */
final class CompiledPattern {

    final Slot[] slots;
    final int anchor;
    final String cameo;          // null for a null-coded PETRARCH pattern ("---") or a reciprocal-only code
    final String reciprocal;     // second code of a paired PETRARCH code, else null
    final boolean nullCode;
    final SpeechActMatch.Origin origin;
    final String text;
    final String note;
    final int line;
    final int literalTokens;
    final int priority;

    CompiledPattern(Slot[] slots, int anchor, String cameo, String reciprocal, boolean nullCode,
                    SpeechActMatch.Origin origin, String text, String note, int line) {
        this.slots = slots;
        this.anchor = anchor;
        this.cameo = cameo;
        this.reciprocal = reciprocal;
        this.nullCode = nullCode;
        this.origin = origin;
        this.text = text;
        this.note = note;
        this.line = line;
        int lit = 0;
        for (Slot s : slots) lit += s.literalLength();
        this.literalTokens = lit;
        this.priority = (origin == SpeechActMatch.Origin.DIPLOMATIC ? 1000 : 0) + 10 * lit;
    }

    /**
     * Tries to match with the anchor slot's alternative {@code anchorSeq} placed at token {@code at}.
     * Returns per-slot [start, end) token spans (2 ints per slot) or null.
     */
    int[] match(List<Tokenizer.Token> tokens, int at, String[] anchorSeq) {
        int n = tokens.size();
        if (at + anchorSeq.length > n) return null;
        int clause = tokens.get(at).clause();
        for (int i = 0; i < anchorSeq.length; i++) {
            Tokenizer.Token t = tokens.get(at + i);
            if (t.clause() != clause || !t.text().equals(anchorSeq[i])) return null;
        }
        int[] spans = new int[slots.length * 2];
        spans[2 * anchor] = at;
        spans[2 * anchor + 1] = at + anchorSeq.length;
        if (!right(tokens, clause, anchor + 1, at + anchorSeq.length, spans)) return null;
        if (!left(tokens, clause, anchor - 1, at, spans)) return null;
        return spans;
    }

    private boolean right(List<Tokenizer.Token> tokens, int clause, int si, int pos, int[] spans) {
        if (si >= slots.length) return true;
        Slot s = slots[si];
        int n = tokens.size();
        if (s.kind == Slot.Kind.GAP) {
            for (int len = s.minLen; len <= s.maxLen; len++) {
                int end = pos + len;
                if (end > n || tokens.get(end - 1).clause() != clause) break;
                spans[2 * si] = pos;
                spans[2 * si + 1] = end;
                if (right(tokens, clause, si + 1, end, spans)) return true;
            }
            return false;
        }
        for (int gap = s.minGap; gap <= s.maxGap; gap++) {
            int start = pos + gap;
            if (start >= n || tokens.get(start).clause() != clause) return false;
            List<String[]> cands = s.alternatives.byFirst.get(tokens.get(start).text());
            if (cands == null) continue;
            for (String[] seq : cands) {
                if (!fits(tokens, clause, start, seq)) continue;
                spans[2 * si] = start;
                spans[2 * si + 1] = start + seq.length;
                if (right(tokens, clause, si + 1, start + seq.length, spans)) return true;
            }
        }
        return false;
    }

    /** Matches slot {@code si} ending before token {@code end}, the gap rule being that of slot si+1. */
    private boolean left(List<Tokenizer.Token> tokens, int clause, int si, int end, int[] spans) {
        if (si < 0) return true;
        Slot s = slots[si];
        Slot next = slots[si + 1];
        if (s.kind == Slot.Kind.GAP) {
            for (int len = s.minLen; len <= s.maxLen; len++) {
                int start = end - len;
                if (start < 0 || tokens.get(start).clause() != clause) break;
                spans[2 * si] = start;
                spans[2 * si + 1] = end;
                if (left(tokens, clause, si - 1, start, spans)) return true;
            }
            return false;
        }
        int minGap = next.kind == Slot.Kind.GAP ? 0 : next.minGap;
        int maxGap = next.kind == Slot.Kind.GAP ? 0 : next.maxGap;
        for (int gap = minGap; gap <= maxGap; gap++) {
            int last = end - 1 - gap;
            if (last < 0 || tokens.get(last).clause() != clause) return false;
            List<String[]> cands = s.alternatives.byLast.get(tokens.get(last).text());
            if (cands == null) continue;
            for (String[] seq : cands) {
                int start = last - seq.length + 1;
                if (start < 0 || !fits(tokens, clause, start, seq)) continue;
                spans[2 * si] = start;
                spans[2 * si + 1] = last + 1;
                if (left(tokens, clause, si - 1, start, spans)) return true;
            }
        }
        return false;
    }

    private static boolean fits(List<Tokenizer.Token> tokens, int clause, int start, String[] seq) {
        if (start + seq.length > tokens.size()) return false;
        for (int i = 0; i < seq.length; i++) {
            Tokenizer.Token t = tokens.get(start + i);
            if (t.clause() != clause || !t.text().equals(seq[i])) return false;
        }
        return true;
    }
}
