package org.readout.coding;

import org.readout.knowledge.Scripts;
import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one tokeniser: splits text into words with their character offsets. A word is a run of letters and numbers
 * (Unicode L and N) with joiners inside it. For the speech-act patterns ({@link #tokenize}) words are lower-cased, the
 * joiners are apostrophes ("japan's", "pa'anga"), dotted abbreviations stay whole ("u.n.", "u.s.") and so do numbers
 * with separators ("1,000.5"); hyphens, punctuation and white space separate tokens ("sit-in" → "sit", "in"), and the
 * same rules are used for dictionary entries and for sentences, so both sides agree. For the issues' clause labels
 * ({@link #pieces}) hyphens, dots, ampersands and slashes join a word too ("long-term", "R&D"), and each other mark of
 * punctuation is a piece of its own.
 */
public final class Tokenizer {

    /**
     * A token: lower-case text, [start, end) offsets in the input, its clause number, whether it was
     * written with an upper-case first letter ("A", "States", "U.S.") and whether that capital is
     * followed by a lower-case letter ("States").
     */
    record Token(String text, int start, int end, int clause, boolean upperInitial, boolean capitalized) {
    }

    /** What joins a speech-act word: apostrophes, and the zero-width non-joiner Persian writes inside a word ("گفت‌وگو"). */
    private static final String APOSTROPHES = "'\u2019\u200C";
    /** What joins a word of a clause label: apostrophes, hyphens, dots, ampersands, slashes. */
    private static final String LABEL_JOINERS = "'\u2019-\u2011.&/";

    private Tokenizer() {
    }

    /**
     * Tokenises a sentence. Strong punctuation ({@code ; : ( ) [ ] ! ?} and a full stop that is not
     * part of an abbreviation or a number) between two tokens starts a new clause; matches never
     * cross clauses. Commas do not separate clauses.
     */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int clause = 0;
        int prevEnd = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = oneCharacterWord(cp) ? i + Character.charCount(cp) : dottedEnd(s, i);
            if (end < 0) end = numberEnd(s, i);
            if (end < 0) end = wordEnd(s, i, APOSTROPHES, true);
            if (!out.isEmpty() && strongBoundary(s, prevEnd, i, out.get(out.size() - 1).text())) clause++;
            String w = s.substring(i, end);
            boolean upper = Character.isUpperCase(w.charAt(0));
            boolean cap = upper && w.length() > 1 && Character.isLowerCase(w.charAt(1));
            out.add(new Token(normalize(w), i, end, clause, upper, cap));
            prevEnd = end;
            i = end;
        }
        return out;
    }

    /** A piece of a clause: a word as written, in lower case too, or one mark of punctuation ({@code word} false). */
    public record Piece(String text, String lower, int start, int end, boolean word) {
    }

    /** A clause in pieces, as the issues' clause labels read it: words, and each mark of punctuation; spaces and double quotes skipped. */
    public static List<Piece> pieces(String s) {
        List<Piece> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\u201c' || c == '\u201d') {
                i++;
            } else if (isWordChar(s.codePointAt(i))) {
                int j = wordEnd(s, i, LABEL_JOINERS, false);
                String w = s.substring(i, j);
                out.add(new Piece(w, w.toLowerCase(Locale.ROOT), i, j, true));
                i = j;
            } else {
                out.add(new Piece(String.valueOf(c), String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    /** A letter or a number (Unicode L or N). */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * A character that is a word of its own for the speech-act patterns: Chinese and Japanese write no spaces between
     * words, and Korean joins its particles to them, so "双方同意", "一致しました", "합의했다" are matched character by
     * character ("同意" is the pattern words "同", "意").
     */
    private static boolean oneCharacterWord(int cp) {
        return cp <= Character.MAX_VALUE && Scripts.syllabic((char) cp);
    }

    /**
     * Where a word from {@code i} ends: word characters, and any of {@code joiners} between two of them; with
     * {@code splitUnspaced}, a character of {@link #oneCharacterWord} ends it too.
     */
    private static int wordEnd(String s, int i, String joiners, boolean splitUnspaced) {
        int j = i;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (splitUnspaced && j > i && oneCharacterWord(cp)) break;
            if (isWordChar(cp) || j > i && Scripts.mark(cp)) { // a vowel sign stays in its word ("की")
                j += Character.charCount(cp);
            } else if (joiners.indexOf(s.charAt(j)) >= 0 && j + 1 < s.length() && isWordChar(s.codePointAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "u.s.", "e.g.": two letters or more, each followed by a full stop; where they end, or -1. */
    private static int dottedEnd(String s, int i) {
        int j = i;
        int letters = 0;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            int next = j + Character.charCount(cp);
            if (!Character.isLetter(cp) || next >= s.length() || s.charAt(next) != '.') break;
            j = next + 1;
            letters++;
        }
        return letters >= 2 ? j : -1;
    }

    /** "1,000.5": numbers with at least one separator (a comma or a full stop) between them; where they end, or -1. */
    private static int numberEnd(String s, int i) {
        int j = numbersEnd(s, i);
        if (j == i) return -1;
        int groups = 0;
        while (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',')) {
            int e = numbersEnd(s, j + 1);
            if (e == j + 1) break;
            j = e;
            groups++;
        }
        return groups > 0 ? j : -1;
    }

    private static int numbersEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isNumber(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
        return j;
    }

    /** The tokens of a dictionary phrase, text only ({@code "AIR_STRIKE"} → {@code [air, strike]}). */
    static String[] words(String phrase) {
        List<Token> t = tokenize(phrase.replace('_', ' '));
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.get(i).text();
        return out;
    }

    static String normalize(String word) {
        return foldArabicLetters(word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("\u200C", ""));
    }

    /** A pattern and a sentence agree however each wrote the Arabic script's interchangeable letters ({@link Scripts#foldArabicLetter}). */
    private static String foldArabicLetters(String w) {
        StringBuilder out = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char f = Scripts.foldArabicLetter(c);
            if (f != c && out == null) out = new StringBuilder(w.substring(0, i));
            if (out != null) out.append(f);
        }
        return out == null ? w : out.toString();
    }

    /** The abbreviations of {@code readout/annotate/abbreviations.txt}, the sentence splitter's, without their final full stop. */
    private static final Set<String> ABBREVIATIONS = abbreviations();

    private static Set<String> abbreviations() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.load("readout/annotate/", "abbreviations.txt", null)) {
            String a = normalize(r.get(0));
            out.add(a.endsWith(".") ? a.substring(0, a.length() - 1) : a);
        }
        return Set.copyOf(out);
    }

    /** What ends a clause besides a full stop, the full-width marks of Chinese and Japanese too ("；", "：", "。"). */
    private static final String CLAUSE_MARKS = ";:()[]!?\uff1b\uff1a\uff08\uff09\uff01\uff1f\u3002\u3010\u3011";

    private static boolean strongBoundary(String s, int from, int to, String previous) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (CLAUSE_MARKS.indexOf(c) >= 0) return true;
            if (c == '.' && i == from && ABBREVIATIONS.contains(previous)) continue;
            if (c == '.') return true;
        }
        return false;
    }
}
