package org.readout.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in text: longest match first, on word boundaries, accents and case folded.
 * A phrase marked {@code capitalised} only matches where the text starts it with a capital letter,
 * so that the place "Nice" or the name "Wang" is not found in ordinary lower-case words; one that starts with a
 * digit ("16th BRICS Summit") has no capital to ask for. Scripts written without spaces between words (Chinese,
 * Japanese) have a word boundary between any two of their characters: "王毅同所罗门群岛外长马内莱通电话" holds a name, a
 * country, a title and an engagement word. A word of Cyrillic script matches in its inflected forms: its stem (less its
 * final vowels) followed by up to {@value #ENDING} more letters ("Президент Алжира" finds "Алжир", "России" finds "Россия").
 * A word of Arabic script matches after a proclitic ("و", "ب", "ل", ...) and the article ("ال"), and with up to
 * {@value #ARABIC_ENDING} more letters ("الرئيس الجزائري" finds "الجزائر"; "روسيا" is found in "الروسية"). A word of
 * Devanagari script takes up to {@value #ENDING} more characters ("रूसी" finds "रूस", Marathi "जपानचे" finds "जपान").
 */
public final class PhraseIndex<T> {

    public record Match<T>(int start, int end, String text, T value) {
    }

    /**
     * {@code exact}: an acronym ("PM", "US") matches only as written, never "pm" or "us". {@code stems}: the phrase's
     * words with a Cyrillic word's final vowel dropped, each of which may take an ending; null for a phrase without one.
     */
    private record Entry<T>(String folded, String phrase, T value, boolean capitalised, boolean exact, String[] stems) {
    }

    /** How many letters an inflected Cyrillic word may add to its stem ("Путин" -> "Путиным"). */
    static final int ENDING = 3;
    private static final String STEM_VOWELS = "аеиоуыэюяь";
    /** The shortest stem that takes an ending: "Мали" and "Куба" match only as written, "Иран" also as "Ирана". */
    private static final int MIN_STEM = 4;
    static final int ARABIC_ENDING = 2;
    private static final int MIN_ARABIC_STEM = 3;
    /** Final letters an Arabic stem drops ("روسيا" -> "روسي", which "الروسي" and "روسيا" both start with). */
    private static final String ARABIC_STEM_ENDS = "اهي";
    private static final String ARABIC_PROCLITICS = "وفبلك";
    private static final String ARABIC_ARTICLE = "ال";
    /** The key of phrases whose first word is Cyrillic: its first letters, so that an inflected form finds them. */
    private static final int STEM_KEY = 3;

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(String phrase, T value, boolean capitalised) {
        String folded = foldSameLength(phrase).strip().replaceAll("\\s+", " ");
        if (folded.isEmpty()) return;
        String first = firstWord(folded, 0);
        if (first.isEmpty()) return;
        String phraseSpaced = phrase.strip().replaceAll("\\s+", " ");
        boolean acronym = phraseSpaced.codePoints().filter(Character::isLetter).count() >= 2
                && phraseSpaced.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        String[] stems = stems(folded);
        String key = stems != null && first.length() >= STEM_KEY && stems[0].length() >= STEM_KEY
                && (cyrillic(first.charAt(0)) || devanagari(first.charAt(0))) ? stemKey(first)
                : stems != null && arabic(first.charAt(0)) && withoutArticle(first).length() >= STEM_KEY ? stemKey(withoutArticle(first)) : first;
        byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(folded, phraseSpaced, value, capitalised, acronym, stems));
    }

    private static String stemKey(String word) {
        return "\u0001" + word.substring(0, STEM_KEY);
    }

    private static String withoutArticle(String word) {
        return word.startsWith(ARABIC_ARTICLE) && word.length() >= ARABIC_ARTICLE.length() + MIN_ARABIC_STEM
                ? word.substring(ARABIC_ARTICLE.length()) : word;
    }

    /**
     * The words of a phrase with Cyrillic or Arabic in it, each Cyrillic word less its final vowels (an adjective's "-ый", a
     * noun's "-ия"), keeping four letters, each Arabic word of four letters or more less a final alif, ha or ya; else null.
     */
    private static String[] stems(String folded) {
        if (folded.chars().noneMatch(c -> cyrillic((char) c) || arabic((char) c) || devanagari((char) c))) return null;
        String[] words = folded.split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            while (w.length() > MIN_STEM && cyrillic(w.charAt(w.length() - 1)) && STEM_VOWELS.indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() > MIN_ARABIC_STEM && arabic(w.charAt(w.length() - 1)) && ARABIC_STEM_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
            words[k] = w;
        }
        return words;
    }

    /** Where a phrase of stems ends if it starts at {@code i}, each Cyrillic stem followed by up to {@link #ENDING} letters; else -1. */
    private static int inflectedEnd(String folded, int i, String[] stems) {
        int j = i;
        int n = folded.length();
        for (int k = 0; k < stems.length; k++) {
            String stem = stems[k];
            if (!folded.startsWith(stem, j)) return -1;
            j += stem.length();
            if (stem.length() >= MIN_STEM && cyrillic(stem.charAt(stem.length() - 1))) {
                int limit = j + ENDING;
                while (j < n && j < limit && cyrillic(folded.charAt(j)) && Character.isLetter(folded.charAt(j))) j++;
            } else if (stem.length() >= MIN_ARABIC_STEM && arabic(stem.charAt(stem.length() - 1))) {
                int limit = j + ARABIC_ENDING;
                while (j < n && j < limit && arabic(folded.charAt(j)) && Character.isLetter(folded.charAt(j))) j++;
            } else if (stem.length() >= STEM_KEY && devanagari(stem.charAt(stem.length() - 1))) {
                int limit = j + ENDING;
                while (j < n && j < limit && devanagari(folded.charAt(j)) && isWordChar(folded.charAt(j))) j++;
            }
            if (j < n && isWordChar(folded.charAt(j)) && isWordChar(folded.charAt(j - 1))) return -1;
            if (k < stems.length - 1) {
                if (j >= n || !Character.isWhitespace(folded.charAt(j))) return -1;
                while (j < n && Character.isWhitespace(folded.charAt(j))) j++;
            }
        }
        return j;
    }

    public static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04ff';
    }

    static boolean devanagari(char c) {
        return c >= '\u0900' && c <= '\u097f';
    }

    static boolean arabic(char c) {
        return c >= '\u0600' && c <= '\u06ff';
    }

    /**
     * Where an Arabic word at {@code i} may start a phrase: the word itself, after a proclitic, and after the article that
     * either leaves ("والجزائر", "الرئيس الجزائري" for "الجزائر"; "الروسي" for "روسيا").
     */
    private static int[] arabicStarts(String folded, int i) {
        int n = folded.length();
        int[] starts = new int[4];
        int count = 0;
        starts[count++] = i;
        int afterClitic = i + 1 < n && ARABIC_PROCLITICS.indexOf(folded.charAt(i)) >= 0 && arabic(folded.charAt(i + 1)) ? i + 1 : -1;
        if (afterClitic > 0) starts[count++] = afterClitic;
        for (int from : new int[]{i, afterClitic}) {
            if (from >= 0 && folded.startsWith(ARABIC_ARTICLE, from) && from + 2 < n && arabic(folded.charAt(from + 2))) starts[count++] = from + 2;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** All non-overlapping matches, left to right, each the longest phrase starting there. */
    public List<Match<T>> find(String text) {
        return find(text, foldSameLength(text));
    }

    public List<Match<T>> find(String text, String folded) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            if (!isWordChar(folded.charAt(i)) || (i > 0 && isWordChar(folded.charAt(i - 1)) && !unspaced(folded.charAt(i - 1))
                    && !unspaced(folded.charAt(i)))) {
                i++;
                continue;
            }
            Entry<T> best = null;
            int bestEnd = -1;
            String word = firstWord(folded, i);
            List<Entry<T>> candidates = byFirstWord.get(word);
            if (word.length() >= STEM_KEY && (cyrillic(word.charAt(0)) || devanagari(word.charAt(0)))) {
                List<Entry<T>> inflected = byFirstWord.get(stemKey(word));
                if (inflected != null) {
                    candidates = candidates == null ? inflected : new ArrayList<>(candidates);
                    if (candidates != inflected) candidates.addAll(inflected);
                }
            }
            if (arabic(word.charAt(0))) {
                for (int at : arabicStarts(folded, i)) {
                    String w = firstWord(folded, at);
                    for (String key : new String[]{w, w.length() >= STEM_KEY ? stemKey(w) : null, withoutArticle(w).length() >= STEM_KEY ? stemKey(withoutArticle(w)) : null}) {
                        List<Entry<T>> found = key == null ? null : byFirstWord.get(key);
                        if (found == null) continue;
                        for (Entry<T> e : found) {
                            int end = e.stems != null ? inflectedEnd(folded, at, e.stems) : folded.startsWith(e.folded, at) ? at + e.folded.length() : -1;
                            if (end > bestEnd && (end >= n || !isWordChar(folded.charAt(end)))) {
                                best = e;
                                bestEnd = end;
                            }
                        }
                    }
                }
                candidates = null;
            }
            if (candidates != null) {
                for (Entry<T> e : candidates) {
                    int end = e.stems != null ? inflectedEnd(folded, i, e.stems)
                            : folded.startsWith(e.folded, i) ? i + e.folded.length()
                            : e.folded.indexOf(' ') < 0 ? -1 : matchEnd(folded, i, e.folded);
                    if (end < 0) continue;
                    if (end < n && isWordChar(folded.charAt(end)) && isWordChar(folded.charAt(end - 1))
                            && !unspaced(folded.charAt(end)) && !unspaced(folded.charAt(end - 1))) continue;
                    if (e.capitalised && Character.isLowerCase(text.charAt(i))) continue;
                    if (e.exact && !text.startsWith(e.phrase, i)) continue;
                    if (best == null || end > bestEnd) {
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
        if (from < s.length() && unspaced(s.charAt(from))) return s.substring(from, from + 1);
        int j = from;
        while (j < s.length() && isWordChar(s.charAt(j)) && !unspaced(s.charAt(j))) j++;
        return s.substring(from, j);
    }

    /** A character of a script written without spaces between words: Han, Hiragana, Katakana. */
    public static boolean unspaced(char c) {
        if (c < '\u2e80') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A letter, a digit, or a mark that belongs to the letter before it (a vowel sign of Devanagari: "मोदी"). */
    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return c >= '\u0300' && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    /** Lower case, accents dropped, curly quotes and dashes straightened; one char out for each char in. */
    public static String foldSameLength(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) out[i] = foldChar(s.charAt(i));
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) return Character.toLowerCase(c);
        switch (c) {
            case '’', '‘', 'ʼ' -> { return '\''; }
            case '“', '”' -> { return '"'; }
            case '‐', '‑', '–', '—' -> { return '-'; }
            case '\u00a0' -> { return ' '; }
            case 'ى' -> { return 'ي'; }
            case 'ة' -> { return 'ه'; }
            default -> {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = d.charAt(0);
                return Character.toLowerCase(Character.isLetter(base) ? base : c);
            }
        }
    }
}
