package org.readout.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in text: longest match first, on word boundaries, accents and case folded (each script's own
 * boundaries and inflections: {@link Scripts}).
 * A phrase marked {@code capitalised} only matches where the text starts it with a capital letter,
 * so that the place "Nice" or the name "Wang" is not found in ordinary lower-case words; one that starts with a
 * digit ("16th BRICS Summit") has no capital to ask for.
 */
public final class PhraseIndex<T> {

    public record Match<T>(int start, int end, String text, T value) {
    }

    /**
     * {@code exact}: an acronym ("PM", "US") matches only as written, never "pm" or "us". {@code stems}: the phrase's
     * words as {@link Scripts#stems} gives them, each of which may take an ending; null for a phrase of other scripts.
     */
    private record Entry<T>(String folded, String phrase, T value, boolean capitalised, boolean lowerCase, boolean exact, String[] stems) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    /** Whether a phrase starts with a word open to endings ({@link Scripts#OPEN}), so that any word may be one of its forms. */
    private boolean anyOpenWord;

    public void add(String phrase, T value, boolean capitalised) {
        add(phrase, value, capitalised, false);
    }

    /** The phrase of a knowledge file's row: one this index cannot take (an open word too short) is refused with the row's file and line. */
    void add(Tsv.Row row, String phrase, T value, boolean capitalised) {
        try {
            add(phrase, value, capitalised);
        } catch (IllegalArgumentException refused) {
            throw row.error(refused.getMessage());
        }
    }

    /**
     * A phrase that matches only where the text writes it in lower case: a country adjective of Spanish, Portuguese,
     * Italian or French ("indiana", "el presidente indio"), not a capitalised name that spells the same ("Indiana").
     */
    public void addLowerCase(String phrase, T value) {
        add(phrase, value, false, true);
    }

    private void add(String phrase, T value, boolean capitalised, boolean lowerCase) {
        String folded = foldSameLength(phrase).strip().replaceAll("\\s+", " ");
        if (folded.isEmpty()) return;
        String first = firstWord(folded, 0);
        if (first.isEmpty()) return;
        String phraseSpaced = phrase.strip().replaceAll("\\s+", " ");
        boolean acronym = phraseSpaced.codePoints().filter(Character::isLetter).count() >= 2
                && phraseSpaced.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        String[] stems = Scripts.stems(folded);
        String key = stems == null ? first : Scripts.key(first, stems);
        if (stems != null && Scripts.open(stems[0])) anyOpenWord = true;
        byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(folded, phraseSpaced, value, capitalised, lowerCase, acronym, stems));
    }

    /** All non-overlapping matches, left to right, each the longest phrase starting there. */
    public List<Match<T>> find(String text) {
        return find(text, foldSameLength(text));
    }

    /** The value of the phrase that is the whole text, or null when no phrase spans all of it. */
    public T whole(String text) {
        for (Match<T> m : find(text)) if (m.start() == 0 && m.end() == text.length()) return m.value();
        return null;
    }

    public List<Match<T>> find(String text, String folded) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            if (!isWordChar(folded.charAt(i)) || (i > 0 && isWordChar(folded.charAt(i - 1)) && !Scripts.unspaced(folded.charAt(i - 1))
                    && !Scripts.unspaced(folded.charAt(i)))) {
                i++;
                continue;
            }
            Entry<T> best = null;
            int bestEnd = -1;
            String word = firstWord(folded, i);
            if (Scripts.arabic(word.charAt(0))) {
                // "والجزائر", "الروسي": a phrase may start after the word's proclitic and article
                for (int at : Scripts.arabicStarts(folded, i)) {
                    for (String key : Scripts.arabicKeys(firstWord(folded, at))) {
                        for (Entry<T> e : byFirstWord.getOrDefault(key, List.of())) {
                            int end = endAt(e, text, folded, at);
                            if (end > bestEnd) {
                                best = e;
                                bestEnd = end;
                            }
                        }
                    }
                }
            } else {
                for (Entry<T> e : filedUnder(word)) {
                    int end = endAt(e, text, folded, i);
                    if (end > bestEnd) {
                        best = e;
                        bestEnd = end;
                    }
                }
            }
            if (best != null) {
                int end = bestEnd;
                out.add(new Match<>(i, end, text.substring(i, end), best.value));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The entries a word may start: those filed under it, under its stem's key in an inflecting script, and under an open word's key. */
    private List<Entry<T>> filedUnder(String word) {
        List<Entry<T>> exact = byFirstWord.getOrDefault(word, List.of());
        String inflectedKey = Scripts.inflectedKey(word);
        List<Entry<T>> inflected = inflectedKey == null ? List.of() : byFirstWord.getOrDefault(inflectedKey, List.of());
        String openKey = anyOpenWord ? Scripts.openKey(word) : null;
        List<Entry<T>> opened = openKey == null || openKey.equals(inflectedKey) ? List.of() : byFirstWord.getOrDefault(openKey, List.of());
        if (inflected.isEmpty() && opened.isEmpty()) return exact;
        if (exact.isEmpty() && opened.isEmpty()) return inflected;
        List<Entry<T>> all = new ArrayList<>(exact);
        all.addAll(inflected);
        all.addAll(opened);
        return all;
    }

    /**
     * Where an entry's phrase ends if it starts at {@code at}: on a word boundary, in an inflected form where its script
     * has them, in the case the entry asks for; else -1.
     */
    private static <T> int endAt(Entry<T> e, String text, String folded, int at) {
        int n = folded.length();
        int end = e.stems != null ? Scripts.inflectedEnd(folded, at, e.stems)
                : folded.startsWith(e.folded, at) ? at + e.folded.length()
                : e.folded.indexOf(' ') < 0 ? -1 : matchEnd(folded, at, e.folded);
        if (end < 0) return -1;
        if (end < n && isWordChar(folded.charAt(end)) && isWordChar(folded.charAt(end - 1))
                && !Scripts.unspaced(folded.charAt(end)) && !Scripts.unspaced(folded.charAt(end - 1))) return -1;
        // "จีน" is not found in "จีนี": a word of a script without spaces does not end between a letter and the marks on it
        if (end < n && Scripts.unspaced(folded.charAt(end - 1)) && Scripts.mark(folded.charAt(end))) return -1;
        if (e.capitalised && Character.isLowerCase(text.charAt(at))) return -1;
        if (e.lowerCase && Character.isUpperCase(text.charAt(at))) return -1;
        if (e.exact && !text.startsWith(e.phrase, at)) return -1;
        return end;
    }

    /** Where {@code phrase} ends if it starts at {@code i}, a space of the phrase matching any run of spaces; else -1. */
    private static int matchEnd(String folded, int i, String phrase) {
        int j = i;
        int n = folded.length();
        for (int k = 0; k < phrase.length(); k++) {
            if (j >= n) return -1;
            char c = phrase.charAt(k);
            if (c == ' ') {
                if (!Character.isWhitespace(folded.charAt(j))) return -1;
                while (j < n && Character.isWhitespace(folded.charAt(j))) j++;
            } else if (folded.charAt(j++) != c) {
                return -1;
            }
        }
        return j;
    }

    /** A word runs to the next character that is not a letter or digit; in a script without spaces it is one character. */
    private static String firstWord(String s, int from) {
        if (from < s.length() && Scripts.unspaced(s.charAt(from))) return s.substring(from, from + 1);
        int j = from;
        while (j < s.length() && isWordChar(s.charAt(j)) && !Scripts.unspaced(s.charAt(j))) j++;
        return s.substring(from, j);
    }

    /** A letter, a digit, or a mark that belongs to the letter before it. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Scripts.mark(c);
    }

    /** Lower case, accents dropped, curly quotes and dashes straightened; one char out for each char in. */
    /** Each traditional Chinese character's simplified form ({@code readout/annotate/traditional-chinese.tsv}), 0 where none. */
    private static final char[] SIMPLIFIED = simplified();

    private static char[] simplified() {
        char[] out = new char[Character.MAX_VALUE + 1];
        for (Tsv.Row r : Tsv.load("readout/annotate/", "traditional-chinese.tsv", null)) {
            String from = r.get(0);
            String to = r.get(1);
            if (from.length() != 1 || to.length() != 1) throw r.error("one character and its simplified form, not '" + from + "' '" + to + "'");
            out[from.charAt(0)] = to.charAt(0);
        }
        return out;
    }

    public static String foldSameLength(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) out[i] = foldChar(s.charAt(i));
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) return Character.toLowerCase(c);
        char arabic = Scripts.foldArabicLetter(c);
        if (arabic != c) return arabic;
        switch (c) {
            case '’', '‘', 'ʼ' -> { return '\''; }
            case '“', '”' -> { return '"'; }
            case '‐', '‑', '–', '—' -> { return '-'; }
            case '\u00a0' -> { return ' '; }
            default -> {
                // a Hangul syllable decomposes into its letters, of which the first is no folded form of it
                if (Scripts.hangul(c)) return c;
                c = Scripts.asDevanagari(c);
                // "習近平" is looked up as "习近平"
                if (SIMPLIFIED[c] != 0) return SIMPLIFIED[c];
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = d.charAt(0);
                return Character.toLowerCase(Character.isLetter(base) ? base : c);
            }
        }
    }
}
