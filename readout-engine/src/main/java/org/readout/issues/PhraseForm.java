package org.readout.issues;

import org.readout.knowledge.PhraseIndex;

/**
 * The one way taxonomy phrases and sentences are put into comparable form: case, accents and
 * curly quotes folded (by {@link PhraseIndex#foldSameLength}), hyphens read as spaces, runs of
 * spaces read as one. A text keeps a map back to its original offsets.
 */
final class PhraseForm {
    private PhraseForm() {
    }

    /** A text in compact form: {@code original} and {@code folded} are aligned char for char. */
    record Compact(String original, String folded, int[] offsets) {
        /** Offset in the source text of compact position {@code i}. */
        int sourceStart(int i) {
            return offsets[i];
        }

        /** Offset in the source text just past compact position {@code end - 1}. */
        int sourceEnd(int end) {
            return offsets[end - 1] + 1;
        }
    }

    /** Compacts {@code s}: every whitespace or hyphen run becomes one space. */
    static Compact compact(String s) {
        String folded = PhraseIndex.foldSameLength(s);
        int n = s.length();
        StringBuilder orig = new StringBuilder(n);
        StringBuilder fold = new StringBuilder(n);
        int[] offsets = new int[n];
        int k = 0;
        boolean inGap = false;
        for (int i = 0; i < n; i++) {
            char f = folded.charAt(i);
            if (isGap(f)) {
                if (inGap) continue;
                inGap = true;
                orig.append(' ');
                fold.append(' ');
            } else {
                inGap = false;
                orig.append(s.charAt(i));
                fold.append(f);
            }
            offsets[k++] = i;
        }
        int[] trimmed = k == n ? offsets : java.util.Arrays.copyOf(offsets, k);
        return new Compact(orig.toString(), fold.toString(), trimmed);
    }

    /** A phrase of the taxonomy with its original case, hyphens and space runs made single spaces, stripped. */
    static String compactPhrase(String phrase) {
        return compact(phrase.strip()).original().strip();
    }

    /** The key a phrase is known by: two phrases with the same key are the same phrase. */
    static String key(String phrase) {
        return PhraseIndex.foldSameLength(compactPhrase(phrase));
    }

    static boolean isGap(char folded) {
        return folded == '-' || Character.isWhitespace(folded) || Character.isSpaceChar(folded);
    }

    /**
     * Which chars of a compacted phrase must be capitals in the text: the letters of every word
     * written all in capitals with two letters or more (WHO, AI, ALPS), or {@code null} when none.
     */
    static boolean[] capitalsMask(String compactPhrase) {
        boolean[] mask = null;
        int n = compactPhrase.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(compactPhrase.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int letters = 0;
            boolean allUpper = true;
            while (j < n && Character.isLetterOrDigit(compactPhrase.charAt(j))) {
                char c = compactPhrase.charAt(j);
                if (Character.isLetter(c)) {
                    letters++;
                    if (!Character.isUpperCase(c)) allUpper = false;
                }
                j++;
            }
            if (letters >= 2 && allUpper) {
                if (mask == null) mask = new boolean[n];
                for (int p = i; p < j; p++) mask[p] = Character.isLetter(compactPhrase.charAt(p));
            }
            i = j;
        }
        return mask;
    }
}
