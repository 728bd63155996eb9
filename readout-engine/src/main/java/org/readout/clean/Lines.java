package org.readout.clean;

import java.util.regex.Pattern;

/** What a line of article text looks like: prose, or a short title-like line. */
final class Lines {
    static final int TITLE_MAX_CHARS = 120;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•·*▪◦‣+>]+\\s*)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;,][\"'’”)\\]»]*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:][\"'’”)\\]»]*$");
    /** Two sentences: a lower-case word ending in a full stop, then a capital ("Mr. Qin" or "U.S. Envoy" do not count). */
    private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}{2,}[.!?][\"'’”]?\\s+[\"“‘(]?\\p{Lu}");
    /**
     * Two sentences the first pattern misses: glued by a page that lost its space ("Santiago.According"), or in a script
     * without capitals ("会談した。両氏は", "가집니다. 이번", "की। दोनों").
     */
    private static final Pattern TWO_SENTENCES_OTHERWISE = Pattern.compile("\\p{Ll}{2,}[.!?]\\p{Lu}\\p{Ll}"
            + "|[\\p{L}\\p{M}&&[^\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}\\p{IsGeorgian}]]{2}[.。．!！?？।۔][\"'’”」』)]?\\s*"
            + "[\\p{L}&&[^\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}\\p{IsGeorgian}]]");
    /** A word, or a run of Chinese or Japanese characters, which are written without spaces and count a word for every two. */
    private static final String UNSPACED = org.readout.knowledge.Scripts.UNSPACED_CLASS;
    private static final Pattern WORD = Pattern.compile("([" + UNSPACED + "ー]+)"
            + "|[\\p{L}\\p{N}&&[^" + UNSPACED + "]][\\p{L}\\p{N}'’.\\-&&[^" + UNSPACED + "]]*");

    /** {@code readout/clean/title-case-words.txt}: the words of four letters or more a headline leaves in lower case. */
    private static final java.util.Set<String> MINOR_WORDS = minorWords();

    private Lines() {
    }

    static int words(String line) {
        var m = WORD.matcher(line);
        int n = 0;
        while (m.find()) {
            n += m.group(1) == null ? 1 : (m.group(1).length() + 1) / 2;
        }
        return n;
    }

    static int words(java.util.List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += words(line);
        }
        return n;
    }

    /** Running text: a long line, or a sentence of some length. */
    static boolean isProse(String line) {
        int words = words(line);
        return words >= 20 || (words >= 8 && (SENTENCE_END.matcher(line).find() || TWO_SENTENCES.matcher(line).find()));
    }

    static boolean holdsTwoSentences(String line) {
        return TWO_SENTENCES.matcher(line).find() || TWO_SENTENCES_OTHERWISE.matcher(line).find();
    }

    /** A headline, label or link text: short, not prose, not ending like a clause. */
    static boolean isTitleLike(String line) {
        return !line.isEmpty() && line.length() <= TITLE_MAX_CHARS && !isProse(line) && !CLAUSE_END.matcher(line).find();
    }

    /** A short question standing alone, as headlines often are. */
    static boolean isHeadlineQuestion(String line) {
        return line.length() <= TITLE_MAX_CHARS && line.endsWith("?") && !TWO_SENTENCES.matcher(line).find();
    }

    static String stripBullet(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    static boolean isBulletOnly(String line) {
        return stripBullet(line).isEmpty();
    }

    /** Every word of four or more letters capitalised, as headlines are ("Ministers Meet in Paris"). */
    static boolean isTitleCase(String line) {
        var m = WORD.matcher(line);
        int capitalised = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) && !MINOR_WORDS.contains(w)) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    private static java.util.Set<String> minorWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.read("title-case-words.txt")) out.add(r.cell(0).strip());
        return java.util.Set.copyOf(out);
    }

    /** Lower case, single spaces: for comparing lines. */
    static String key(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
