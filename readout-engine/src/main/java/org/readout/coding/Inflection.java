package org.readout.coding;

import org.readout.knowledge.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Regular English inflection for matching: verb forms (-s, -ed, -ing) and noun plurals, plus the
 * irregular verbs common in diplomatic text ({@code readout/coding/irregular-verbs.tsv}, extended by
 * a user's file of the same name). Forms are generated generously (both "visited" and "visitted" for a
 * consonant-vowel-consonant ending): extra spellings never occur in text, missing ones lose matches.
 * Immutable.
 */
final class Inflection {

    static final String FILE = "irregular-verbs.tsv";
    /** Romance infinitives' endings and the suffixes that replace them in a verb's forms. */
    static final String ENDINGS_FILE = "verb-endings.tsv";

    /** Each irregular verb's forms besides the regular ones. */
    private final Map<String, List<String>> irregular;
    /** Each Romance infinitive ending ("ar", "ere") and the suffixes of its forms. */
    private final Map<String, List<String>> endings;
    /** The clitics written onto words, by script: what may stand before a word and what after it. */
    private final Map<Character.UnicodeScript, Clitics> clitics;

    /** Clitics of one script ("و" and, "ـه" him, ...): the words of a pattern take any one before and any one after. */
    record Clitics(List<String> prefixes, List<String> suffixes) {
    }

    private Inflection(Map<String, List<String>> irregular, Map<String, List<String>> endings, Map<Character.UnicodeScript, Clitics> clitics) {
        this.irregular = irregular;
        this.endings = endings;
        this.clitics = clitics;
    }

    /**
     * The bundled {@value #FILE}, {@value #ENDINGS_FILE} and {@value #CLITICS_FILE} with a user's files of the same names
     * ({@code userDir} null: none); a user's row adds forms.
     */
    static Inflection load(Path userDir) {
        return new Inflection(wordLists(FILE, userDir, "a verb", "a form"), wordLists(ENDINGS_FILE, userDir, "an ending", "a suffix"),
                clitics(userDir));
    }

    /** Clitics of the scripts that write them onto words. */
    static final String CLITICS_FILE = "clitics.tsv";

    private static Map<Character.UnicodeScript, Clitics> clitics(Path userDir) {
        Map<Character.UnicodeScript, List<String>> before = new HashMap<>();
        Map<Character.UnicodeScript, List<String>> after = new HashMap<>();
        for (Tsv.Row r : Tsv.load("readout/coding/", CLITICS_FILE, userDir)) {
            Character.UnicodeScript script;
            try {
                script = Character.UnicodeScript.forName(r.get(0).strip());
            } catch (IllegalArgumentException e) {
                throw r.error("not a Unicode script '" + r.get(0) + "' (say ARABIC, DEVANAGARI, ...)");
            }
            addWords(before.computeIfAbsent(script, k -> new ArrayList<>()), r, r.get(1), "a prefix");
            addWords(after.computeIfAbsent(script, k -> new ArrayList<>()), r, r.get(2), "a suffix");
        }
        Map<Character.UnicodeScript, Clitics> out = new HashMap<>();
        for (var script : before.keySet()) out.put(script, new Clitics(List.copyOf(before.get(script)), List.copyOf(after.get(script))));
        return Map.copyOf(out);
    }

    private static void addWords(List<String> to, Tsv.Row r, String cell, String what) {
        for (String f : cell.split("\\|")) {
            String w = f.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            if (!isWord(w)) throw r.error("not " + what + " '" + f.strip() + "'");
            if (!to.contains(w)) to.add(w);
        }
    }

    /**
     * The forms of a Romance infinitive ("abordar": "abordó", "abordaron", "abordado", ...): its longest ending that
     * {@value #ENDINGS_FILE} knows replaced by each of that ending's suffixes; the infinitive itself too. A word of a
     * script that {@value #CLITICS_FILE} gives clitics for is not conjugated so but takes them ("أشاد": "وأشاد",
     * "أشادت", "وأشادا").
     */
    Set<String> conjugated(String infinitive) {
        Set<String> out = new LinkedHashSet<>();
        out.add(infinitive);
        Clitics c = infinitive.isEmpty() ? null : clitics.get(Character.UnicodeScript.of(infinitive.codePointAt(0)));
        if (c != null) {
            for (String before : withNone(c.prefixes())) for (String after : withNone(c.suffixes())) out.add(before + infinitive + after);
            return out;
        }
        for (int cut = 1; cut < infinitive.length(); cut++) {
            List<String> suffixes = endings.get(infinitive.substring(cut));
            if (suffixes == null) continue;
            String stem = infinitive.substring(0, cut);
            for (String suffix : suffixes) out.add(stem + suffix);
            break;
        }
        return out;
    }

    /**
     * A file of {@code key<TAB>value|value...} rows of single lower-case words: each key with its values, a user's rows
     * adding values to a bundled key; a row that is not words is an error naming its file, line and what it should be.
     */
    private static Map<String, List<String>> wordLists(String file, Path userDir, String keyIs, String valueIs) {
        Map<String, List<String>> out = new HashMap<>();
        for (Tsv.Row r : Tsv.load("readout/coding/", file, userDir)) {
            String key = r.get(0).toLowerCase(Locale.ROOT);
            if (!isWord(key)) throw r.error("not " + keyIs + " '" + r.get(0) + "'");
            List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
            for (String f : r.get(1).split("\\|")) {
                String value = f.strip().toLowerCase(Locale.ROOT);
                if (!isWord(value)) throw r.error("not " + valueIs + " '" + f.strip() + "'");
                if (!values.contains(value)) values.add(value);
            }
        }
        out.replaceAll((key, values) -> List.copyOf(values));
        return Map.copyOf(out);
    }

    private static List<String> withNone(List<String> clitics) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(clitics);
        return out;
    }

    private static boolean isWord(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    /** The word itself and every regular verb and noun form of it, plus irregular verb forms. */
    Set<String> anyForm(String word) {
        Set<String> out = new LinkedHashSet<>(verbForms(word));
        out.add(plural(word));
        return out;
    }

    /** Base, third person singular, past / past participle and present participle forms. */
    Set<String> verbForms(String v) {
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        if (v.isEmpty() || !Character.isLetter(v.charAt(v.length() - 1))) return out;
        out.add(thirdPerson(v));
        char last = v.charAt(v.length() - 1);
        boolean consonantY = last == 'y' && v.length() > 1 && !isVowel(v.charAt(v.length() - 2));
        if (last == 'e') {
            out.add(v + "d");
            if (v.endsWith("ie")) out.add(v.substring(0, v.length() - 2) + "ying");
            else if (v.endsWith("ee") || v.endsWith("ye") || v.endsWith("oe")) out.add(v + "ing");
            else out.add(v.substring(0, v.length() - 1) + "ing");
        } else if (consonantY) {
            out.add(v.substring(0, v.length() - 1) + "ied");
            out.add(v + "ing");
        } else {
            out.add(v + "ed");
            out.add(v + "ing");
            if (endsConsonantVowelConsonant(v)) {
                out.add(v + last + "ed");
                out.add(v + last + "ing");
            }
        }
        out.addAll(irregular.getOrDefault(v, List.of()));
        return out;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")) return v + "es";
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
        if (v.endsWith("o") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v + "es";
        return v + "s";
    }

    /** The regular plural of a noun. */
    static String plural(String n) {
        if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) return n + "es";
        if (n.endsWith("y") && n.length() > 1 && !isVowel(n.charAt(n.length() - 2))) return n.substring(0, n.length() - 1) + "ies";
        return n + "s";
    }

    private static boolean endsConsonantVowelConsonant(String v) {
        int n = v.length();
        if (n < 3) return false;
        char c1 = v.charAt(n - 3), c2 = v.charAt(n - 2), c3 = v.charAt(n - 1);
        return !isVowel(c1) && isVowel(c2) && !isVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y'
                && Character.isLetter(c1) && Character.isLetter(c3);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
