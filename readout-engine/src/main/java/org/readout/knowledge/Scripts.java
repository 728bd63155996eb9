package org.readout.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link PhraseIndex} needs to know of each script's words. Chinese, Japanese and Thai are written without spaces: a word
 * boundary may stand between any two of their characters (though not before a Thai vowel or tone mark, which belongs to
 * the letter before it) ("王毅同所罗门群岛外长马内莱通电话" holds a name, a country, a title and
 * an engagement word). A Cyrillic word matches in its inflected forms: its stem (less its final vowels) followed by up to
 * {@value #ENDING} more letters ("Президент Алжира" finds "Алжир", "России" finds "Россия"). An Arabic word matches
 * after a proclitic ("و", "ب", "ل", ...) and the article ("ال"), and with up to {@value #ARABIC_ENDING} more letters
 * ("الرئيس الجزائري" finds "الجزائر"; "روسيا" is found in "الروسية"). A Devanagari word takes up to {@value #ENDING} more
 * characters ("रूसी" finds "रूस", Marathi "जपानचे" finds "जपान"). A Hangul word takes up to {@value #ENDING} more
 * syllables, its particles ("박진 장관은", "일본과의" finds "일본"). In any script, a word of a knowledge row ending in
 * {@link #OPEN} takes up to {@value #OPEN_ENDING} more letters ("susitik*" finds "susitiko").
 */
public final class Scripts {
    private Scripts() {
    }

    /** The scripts written without spaces between words, as a regex character class's body ({@link #unspaced}). */
    public static final String UNSPACED_CLASS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}";

    /** The scripts of {@link #syllabic}, as a regex character class's body. */
    public static final String SYLLABIC_CLASS = UNSPACED_CLASS + "\\p{IsHangul}";

    /** How many letters an inflected Cyrillic word may add to its stem ("Путин" -> "Путиным"). */
    static final int ENDING = 3;
    private static final String STEM_VOWELS = "аеиоуыэюяь";
    /** The shortest stem that takes an ending: "Мали" and "Куба" match only as written, "Иран" also as "Ирана". */
    private static final int MIN_STEM = 4;
    static final int ARABIC_ENDING = 2;
    private static final int MIN_ARABIC_STEM = 3;
    /** Final letters an Arabic stem drops ("روسيا" -> "روسي", which "الروسي" and "روسيا" both start with). */
    private static final String ARABIC_STEM_ENDS = "اهي";
    /**
     * The letters an Arabic, Persian or Urdu ending is made of ("-ي", "-ية", "-ين", "-ات", "-ه", "-ها", "-یں"): "الهندسة"
     * (engineering) is no form of "الهند", though it starts with it.
     */
    private static final String ARABIC_SUFFIX_LETTERS = "اىةتنهويئےں";
    private static final String ARABIC_PROCLITICS = "وفبلك";
    /** A regular expression for one proclitic an Arabic word may carry ("ونظيره": and his counterpart). */
    public static final String ARABIC_PROCLITIC = "[" + ARABIC_PROCLITICS + "]";
    private static final String ARABIC_ARTICLE = "ال";
    /** The key of phrases whose first word is Cyrillic: its first letters, so that an inflected form finds them. */
    private static final int STEM_KEY = 3;

    /**
     * Ends a word of a knowledge row that takes an ending in any script, as the language inflects it: "susitik*" finds
     * Lithuanian "susitiko" and "susitikimo", "சந்தித்*" Tamil "சந்தித்தார்". The word before it has at least {@value #STEM_KEY} letters.
     */
    public static final char OPEN = '*';
    /** How many letters or marks an open word ({@link #OPEN}) may add. */
    static final int OPEN_ENDING = 6;

    /** A Hangul word is keyed by its first two syllables: names and countries are often of two ("박진", "미국"). */
    private static final int HANGUL_KEY = 2;

    /** The key a phrase of an inflecting script is filed under: the first letters of its first word (less the Arabic article). */
    static String key(String first, String[] stems) {
        if (open(stems[0])) {
            if (first.length() < STEM_KEY) throw new IllegalArgumentException("an open word needs " + STEM_KEY + " letters before '" + OPEN + "': " + stems[0]);
            return stemKey(first);
        }
        if (hangul(first.charAt(0)) && first.length() >= HANGUL_KEY) return hangulKey(first);
        if (first.length() >= STEM_KEY && stems[0].length() >= STEM_KEY && (cyrillic(first.charAt(0)) || devanagari(first.charAt(0)))) return stemKey(first);
        if (arabic(first.charAt(0)) && withoutArticle(first).length() >= STEM_KEY) return stemKey(withoutArticle(first));
        return first;
    }

    /** The key under which phrases that an inflected Cyrillic or Devanagari word may be a form of are filed, or null. */
    static String inflectedKey(String word) {
        if (hangul(word.charAt(0))) return word.length() >= HANGUL_KEY ? hangulKey(word) : null;
        return word.length() >= STEM_KEY && (cyrillic(word.charAt(0)) || devanagari(word.charAt(0))) ? stemKey(word) : null;
    }

    /** The keys an Arabic word (after its proclitic and article, as {@link #arabicStarts} cut it) may be filed under. */
    static List<String> arabicKeys(String w) {
        List<String> keys = new ArrayList<>(3);
        keys.add(w);
        if (w.length() >= STEM_KEY) keys.add(stemKey(w));
        if (withoutArticle(w).length() >= STEM_KEY) keys.add(stemKey(withoutArticle(w)));
        return keys;
    }

    private static String hangulKey(String word) {
        return "\u0002" + word.substring(0, HANGUL_KEY);
    }

    static String stemKey(String word) {
        return "\u0001" + word.substring(0, STEM_KEY);
    }

    /** Whether an Arabic word carries the article ("العربية"), as a common word may and a foreign name does not. */
    public static boolean withArabicArticle(String word) {
        return !withoutArticle(word).equals(word);
    }

    static String withoutArticle(String word) {
        return word.startsWith(ARABIC_ARTICLE) && word.length() >= ARABIC_ARTICLE.length() + MIN_ARABIC_STEM
                ? word.substring(ARABIC_ARTICLE.length()) : word;
    }

    /**
     * The words of a phrase with Cyrillic or Arabic in it, each Cyrillic word less its final vowels (an adjective's "-ый", a
     * noun's "-ия"), keeping four letters, each Arabic word of four letters or more less a final alif, ha or ya; a word
     * open to endings ({@link #OPEN}) kept with its mark, in a phrase of any script; else null.
     */
    static String[] stems(String folded) {
        if (folded.indexOf(OPEN) < 0 && folded.chars().noneMatch(c -> cyrillic((char) c) || arabic((char) c) || devanagari((char) c) || hangul((char) c))) return null;
        String[] words = folded.split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (open(w)) continue;
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
    static int inflectedEnd(String folded, int i, String[] stems) {
        int j = i;
        int n = folded.length();
        for (int k = 0; k < stems.length; k++) {
            boolean open = open(stems[k]);
            String stem = open ? stems[k].substring(0, stems[k].length() - 1) : stems[k];
            // "الاتصال الهاتفي" for "اتصال هاتفي": an Arabic word after the first takes the article as the first does
            if (k > 0 && !stem.isEmpty() && arabic(stem.charAt(0)) && !folded.startsWith(stem, j) && folded.startsWith(ARABIC_ARTICLE + stem, j)) {
                j += ARABIC_ARTICLE.length();
            }
            if (!folded.startsWith(stem, j)) return -1;
            j += stem.length();
            if (open) {
                int limit = j + OPEN_ENDING;
                while (j < n && j < limit && PhraseIndex.isWordChar(folded.charAt(j)) && !unspaced(folded.charAt(j))) j++;
            } else if (stem.length() >= MIN_STEM && cyrillic(stem.charAt(stem.length() - 1))) {
                int limit = j + ENDING;
                while (j < n && j < limit && cyrillic(folded.charAt(j)) && Character.isLetter(folded.charAt(j))) j++;
            } else if (stem.length() >= MIN_ARABIC_STEM && arabic(stem.charAt(stem.length() - 1))) {
                int limit = j + ARABIC_ENDING;
                while (j < n && j < limit && ARABIC_SUFFIX_LETTERS.indexOf(folded.charAt(j)) >= 0) j++;
            } else if (stem.length() >= HANGUL_KEY && hangul(stem.charAt(stem.length() - 1))) {
                int limit = j + ENDING;
                while (j < n && j < limit && hangul(folded.charAt(j))) j++;
            } else if (stem.length() >= STEM_KEY && devanagari(stem.charAt(stem.length() - 1))) {
                int limit = j + ENDING;
                while (j < n && j < limit && devanagari(folded.charAt(j)) && PhraseIndex.isWordChar(folded.charAt(j))) j++;
            }
            if (j < n && PhraseIndex.isWordChar(folded.charAt(j)) && PhraseIndex.isWordChar(folded.charAt(j - 1))) return -1;
            if (k < stems.length - 1) {
                if (j >= n || !Character.isWhitespace(folded.charAt(j))) return -1;
                while (j < n && Character.isWhitespace(folded.charAt(j))) j++;
                int skipped = afterInitial(folded, j); // "أنتوني ج. بلينكن"
                if (skipped > j && !folded.startsWith(stems[k + 1], j)) j = skipped;
            }
        }
        return j;
    }

    /** The key under which phrases whose first word is open ({@link #OPEN}) and that this word may be a form of are filed, or null. */
    static String openKey(String word) {
        return word.length() >= STEM_KEY ? stemKey(word) : null;
    }

    static boolean open(String word) {
        return word.length() > 1 && word.charAt(word.length() - 1) == OPEN;
    }

    /** Where the words after a middle initial at {@code j} start (a letter, a full stop and spaces: "أنتوني ج. بلينكن"), else {@code j}. */
    private static int afterInitial(String folded, int j) {
        int n = folded.length();
        if (j + 2 >= n || !Character.isLetter(folded.charAt(j)) || folded.charAt(j + 1) != '.' || !Character.isWhitespace(folded.charAt(j + 2))) return j;
        if (j > 0 && PhraseIndex.isWordChar(folded.charAt(j - 1))) return j;
        int k = j + 2;
        while (k < n && Character.isWhitespace(folded.charAt(k))) k++;
        return k;
    }

    public static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04ff';
    }

    public static boolean hangul(char c) {
        return c >= '\uac00' && c <= '\ud7a3';
    }

    /**
     * The Brahmic scripts of India from Bengali to Malayalam lay out their letters as Devanagari does, each in a block of
     * 128: a name or word written in one is looked up as in Devanagari ("મોદી", Gujarati, as "मोदी").
     */
    static char asDevanagari(char c) {
        return c >= '\u0980' && c <= '\u0d7f' ? (char) ('\u0900' + (c & 0x7f)) : c;
    }

    static boolean devanagari(char c) {
        return c >= '\u0900' && c <= '\u097f';
    }

    /** The Arabic-script letters that join no letter after them, so that a space after one may be left out unseen. */
    private static final String NON_JOINING = "اأإآدذرزژوؤةۀےۓڈڑ";

    /**
     * A name as pages of its script often set it without spaces: in the Arabic script, as Urdu and Persian pages do, without
     * the spaces after letters that join no letter after them ("شہباز شریف" as "شہبازشریف"); in Thai, which puts no spaces
     * between words, without any ("สี จิ้นผิง" as "สีจิ้นผิง"). Any other name as it is.
     */
    public static String closedUp(String name) {
        if (name.isEmpty() || !arabic(name.charAt(0)) && !thai(name.charAt(0))) return name;
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < name.length() && closesUp(name.charAt(i - 1), name.charAt(i + 1))) continue;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean closesUp(char before, char after) {
        return arabic(after) && NON_JOINING.indexOf(before) >= 0 || thai(before) && thai(after);
    }

    static boolean thai(char c) {
        return c >= '\u0e00' && c <= '\u0e7f';
    }

    public static boolean arabic(char c) {
        return c >= '\u0600' && c <= '\u06ff';
    }

    /** A vowel sign or other mark that belongs to the letter before it (Devanagari "मोदी", Thai "จีน", a combining accent). */
    public static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * The letter that Arabic-script writers use for this one, as Lucene's Arabic and Persian normalisers fold them: alef
     * with hamza, madda or wasla is alef ("أكد", "اكد"), teh marbuta and Urdu's heh goal are heh, alef maqsura and Farsi
     * yeh are yeh, keheh is kaf ("زاید", "زايد"); any other character is itself.
     */
    public static char foldArabicLetter(char c) {
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
            case '\u0629', '\u06C1' -> '\u0647';
            case '\u0649', '\u06CC' -> '\u064A';
            case '\u06A9' -> '\u0643';
            default -> c;
        };
    }

    /** Letters Persian and Urdu add to the Arabic script (پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ہ ے), which Arabic itself does not use. */
    private static final String PERSIAN_OR_URDU_LETTERS = "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06c1\u06d2";

    /** Text in the Arabic script written in Persian or Urdu, which put the verb last, not in Arabic, which puts it first. */
    public static boolean persianOrUrdu(CharSequence text) {
        for (int i = 0; i < text.length(); i++) if (PERSIAN_OR_URDU_LETTERS.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * Where an Arabic word at {@code i} may start a phrase: the word itself, after a proclitic, and after the article that
     * either leaves ("والجزائر", "الرئيس الجزائري" for "الجزائر"; "الروسي" for "روسيا").
     */
    static int[] arabicStarts(String folded, int i) {
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

    /**
     * A character that is a word or a syllable of its own: Han, kana, or a Hangul syllable, whose particles Korean joins to
     * the word before them ("双方同意", "一致しました", "합의했다").
     */
    public static boolean syllabic(char c) {
        return unspaced(c) || hangul(c);
    }

    /** A character of a script written without spaces between words: Han, Hiragana, Katakana, Thai. */
    public static boolean unspaced(char c) {
        if (thai(c)) return true;
        if (c < '\u2e80') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
