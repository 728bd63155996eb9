package org.readout.knowledge;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Names written in the Cyrillic or the Greek script, recognised as the Latin spelling the knowledge base gives
 * ({@code name-sounds.tsv}): "Мицотакис" and "Μητσοτάκης" are Mitsotakis, "Джайшанкаром" is Jaishankar in a case. Both
 * spellings are brought to one key of sounds; an inflected word matches a name's stem followed by a short ending. A script
 * that leaves out short vowels (Arabic: "بلينكن" is Blinken) is compared by its consonants alone, brought to classes.
 */
public final class NameSounds<T> {
    /** The longest case ending after a name's stem ("Сикорск|им", "Джайшанкар|ом", "Μητσοτάκ|η"). */
    private static final int ENDING = 3;
    /** The shortest stem that takes an ending: a shorter name matches only in full. */
    private static final int MIN_STEM = 4;
    private static final Pattern STEM_END = Pattern.compile("[aious]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Fold(Pattern from, String to) {
    }

    private final Map<String, String> letters;
    private final int longestLetter;
    private final List<Fold> folds;
    private final Map<String, List<T>> byKey = new HashMap<>();
    private final Map<String, List<T>> byStem = new HashMap<>();
    private final Map<Integer, String> consonants;
    private final List<Fold> latinConsonants;
    private final Map<String, List<T>> byConsonants = new HashMap<>();
    private final Set<Character.UnicodeScript> consonantScripts;

    /** The fewest consonant classes a name is known by: "Modi" (M D) is, "Lula" (L) is not. */
    private static final int MIN_CONSONANTS = 2;
    private static final Pattern CLASS_LETTERS_ONLY = Pattern.compile("[^A-Z]+");
    private static final Pattern REPEATED = Pattern.compile("(.)\\1+");

    private NameSounds(Map<String, String> letters, List<Fold> folds, Map<Integer, String> consonants, List<Fold> latinConsonants) {
        this.letters = letters;
        this.longestLetter = letters.keySet().stream().mapToInt(String::length).max().orElse(1);
        this.folds = folds;
        this.consonants = consonants;
        this.latinConsonants = latinConsonants;
        this.consonantScripts = consonants.keySet().stream().map(Character.UnicodeScript::of).collect(Collectors.toUnmodifiableSet());
    }

    /** The rules of {@code name-sounds.tsv}, with an empty index; {@link #newIndex} gives others that share the rules. */
    static <T> NameSounds<T> load(Path userDir) {
        Map<String, String> letters = new HashMap<>();
        List<Fold> folds = new ArrayList<>();
        Map<Integer, String> consonants = new HashMap<>();
        List<Fold> latinConsonants = new ArrayList<>();
        for (Tsv.Row r : Tsv.load("name-sounds.tsv", userDir)) {
            String from = r.get(1);
            if (from.isEmpty()) throw r.error("a row needs what it reads");
            switch (r.get(0)) {
                case "letter" -> letters.put(from.toLowerCase(Locale.ROOT), r.get(2));
                case "fold" -> folds.add(fold(r, from, r.get(2)));
                case "consonant" -> consonants.put(letter(r, from), consonantClass(r));
                case "consonant-latin" -> latinConsonants.add(fold(r, from, consonantClass(r)));
                default -> throw r.error("kind is 'letter', 'fold', 'consonant' or 'consonant-latin', not '" + r.get(0) + "'");
            }
        }
        return new NameSounds<>(Map.copyOf(letters), List.copyOf(folds), Map.copyOf(consonants), List.copyOf(latinConsonants));
    }

    private static int letter(Tsv.Row r, String from) {
        if (from.codePointCount(0, from.length()) != 1) throw r.error("a consonant row reads one letter, not '" + from + "'");
        return from.codePointAt(0);
    }

    private static String consonantClass(Tsv.Row r) {
        String c = r.get(2);
        if (!c.matches("[A-Z]+")) throw r.error("a consonant's class is written in upper-case letters A to Z, not '" + c + "'");
        return c;
    }

    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d)");

    /** A fold row's regular expression and replacement, checked here rather than when a document is read. */
    private static Fold fold(Tsv.Row r, String from, String to) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(from);
        } catch (PatternSyntaxException e) {
            throw r.error("not a regular expression: '" + from + "' (" + e.getDescription() + ")");
        }
        int groups = pattern.matcher("").groupCount();
        Matcher ref = GROUP_REFERENCE.matcher(to);
        while (ref.find()) {
            if (Integer.parseInt(ref.group(1)) > groups) throw r.error("'" + to + "' refers to group " + ref.group(1) + ", which '" + from + "' lacks");
        }
        return new Fold(pattern, to);
    }

    /** An empty index with the same rules ({@code People}'s and {@code Places}' names are filed apart, read alike). */
    <U> NameSounds<U> newIndex() {
        return new NameSounds<>(letters, folds, consonants, latinConsonants);
    }

    /** Files a value under the key of a name in Latin letters (its last word, for a name of several: "el-Sisi" is "Sisi"). */
    void add(String latinName, T value) {
        String[] words = latinName.strip().split("[\\s-]+");
        String key = key(words[words.length - 1]);
        if (key.isEmpty()) return;
        add(byKey, key, value);
        String stem = STEM_END.matcher(key).replaceAll("");
        if (stem.length() >= MIN_STEM) add(byStem, stem, value);
        // "Amir-Abdollahian" is written "أمير عبد اللهيان" or "عبد اللهيان"
        for (String family : List.of(words[words.length - 1], String.join("", words))) {
            String consonantsOf = latinConsonants(family);
            if (consonantsOf.length() >= MIN_CONSONANTS) add(byConsonants, consonantsOf, value);
        }
    }

    /**
     * The values whose family name words of a script without short vowels write ("بلينكن", "عبد اللهيان"), compared by the
     * classes of their consonants; empty if none, or if the words have fewer than two.
     */
    public List<T> namedByConsonants(String words) {
        StringBuilder classes = new StringBuilder();
        words.codePoints().forEach(c -> classes.append(consonants.getOrDefault(c, "")));
        String key = REPEATED.matcher(classes).replaceAll("$1");
        if (key.length() < MIN_CONSONANTS) return List.of();
        return List.copyOf(byConsonants.getOrDefault(key, List.of()));
    }

    /** Whether a word is written in a script the consonant rows read (all its letters: "یی", the given name Yi, has no consonant). */
    public boolean readsConsonantsOf(String word) {
        return !word.isEmpty() && word.codePoints().filter(Character::isLetter).allMatch(c -> consonantScripts.contains(Character.UnicodeScript.of(c)));
    }

    /** A family name in Latin letters as its classes of consonants ("Araghchi": R K). */
    private String latinConsonants(String latin) {
        String out = MARKS.matcher(Normalizer.normalize(latin.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        for (Fold f : latinConsonants) out = f.from().matcher(out).replaceAll(f.to());
        return REPEATED.matcher(CLASS_LETTERS_ONLY.matcher(out).replaceAll("")).replaceAll("$1");
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) list.add(value);
    }

    /** The values whose name a word of the Cyrillic or the Greek script writes, in any case; empty if none. */
    public List<T> named(String word) {
        String key = key(word);
        List<T> exact = byKey.get(key);
        if (exact != null) return List.copyOf(exact);
        for (int cut = 0; cut <= ENDING && key.length() - cut >= MIN_STEM; cut++) {
            List<T> found = byStem.get(key.substring(0, key.length() - cut));
            if (found != null) return List.copyOf(found);
        }
        return List.of();
    }

    /** A word's key of sounds: its letters in Latin, accents removed, lower case, folded. */
    String key(String word) {
        // "й" and "ё" are letters of their own, "ά" and "ğ" are "α" and "g" with an accent
        StringBuilder plainText = new StringBuilder();
        String nfc = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = nfc.substring(i, i + 1);
            plainText.append(letters.containsKey(c) ? c : MARKS.matcher(Normalizer.normalize(c, Normalizer.Form.NFD)).replaceAll(""));
        }
        String plain = plainText.toString();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < plain.length(); ) {
            int n = Math.min(longestLetter, plain.length() - i);
            for (; n > 0; n--) {
                String read = letters.get(plain.substring(i, i + n));
                if (read != null) {
                    latin.append(read);
                    break;
                }
            }
            if (n == 0) {
                latin.append(plain.charAt(i));
                n = 1;
            }
            i += n;
        }
        String out = latin.toString();
        for (Fold f : folds) out = f.from().matcher(out).replaceAll(f.to());
        return out;
    }
}
