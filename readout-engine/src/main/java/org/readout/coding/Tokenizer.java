package org.readout.coding;

import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into lower-case word tokens with their character offsets. Words are runs of letters
 * and digits, with internal apostrophes ("japan's", "pa'anga"); dotted abbreviations stay whole
 * ("u.n.", "u.s."); hyphens, punctuation and white space separate tokens ("sit-in" → "sit", "in").
 * The same rules are used for dictionary entries and for sentences, so both sides agree.
 */
final class Tokenizer {

    /**
     * A token: lower-case text, [start, end) offsets in the input, its clause number, whether it was
     * written with an upper-case first letter ("A", "States", "U.S.") and whether that capital is
     * followed by a lower-case letter ("States").
     */
    record Token(String text, int start, int end, int clause, boolean upperInitial, boolean capitalized) {
    }

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");

    private Tokenizer() {
    }

    /**
     * Tokenises a sentence. Strong punctuation ({@code ; : ( ) [ ] ! ?} and a full stop that is not
     * part of an abbreviation or a number) between two tokens starts a new clause; matches never
     * cross clauses. Commas do not separate clauses.
     */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        int clause = 0;
        int prevEnd = 0;
        while (m.find()) {
            if (!out.isEmpty() && strongBoundary(s, prevEnd, m.start(), out.get(out.size() - 1).text())) clause++;
            String w = m.group();
            boolean upper = Character.isUpperCase(w.charAt(0));
            boolean cap = upper && w.length() > 1 && Character.isLowerCase(w.charAt(1));
            out.add(new Token(normalize(w), m.start(), m.end(), clause, upper, cap));
            prevEnd = m.end();
        }
        return out;
    }

    /** The tokens of a dictionary phrase, text only ({@code "AIR_STRIKE"} → {@code [air, strike]}). */
    static String[] words(String phrase) {
        List<Token> t = tokenize(phrase.replace('_', ' '));
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.get(i).text();
        return out;
    }

    static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
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

    private static boolean strongBoundary(String s, int from, int to, String previous) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '!' || c == '?') return true;
            if (c == '.' && i == from && ABBREVIATIONS.contains(previous)) continue;
            if (c == '.') return true;
        }
        return false;
    }
}
