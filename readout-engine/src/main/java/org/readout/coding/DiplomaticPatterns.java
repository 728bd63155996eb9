package org.readout.coding;

import org.readout.knowledge.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's own speech-act patterns for diplomatic readouts,
 * {@code readout/coding/diplomatic-patterns.tsv}: {@code pattern<TAB>cameo<TAB>note}.
 *
 * <p>A pattern is a sequence of lower-case words separated by blanks:
 * <ul>
 * <li>{@code word} matches that word exactly (case-insensitively);</li>
 * <li>{@code word~} matches the word and any regular inflection of it (-s/-es/-ies, -d/-ed/-ied
 *     with or without a doubled final consonant, -ing, and the forms of the irregular verbs
 *     {@link Inflection} knows: {@code hold~} matches "held");</li>
 * <li>{@code verb^}, a Spanish, Portuguese, Italian or French infinitive, matches its third-person forms and
 *     participles ({@link Inflection#conjugated}: {@code abordar^} matches "abordó", "abordaron", "abordado");</li>
 * <li>{@code a|b~|c} matches any of the alternatives;</li>
 * <li>{@code *} allows up to three arbitrary words before the next word, {@code **} up to eight
 *     ("called any relativisation of the NATO clause irresponsible"); neither first or last, nor twice
 *     in a row.</li>
 * <li>a leading {@code +} marks a noun phrase ({@code +flagrant violation~}), which may follow an article or a
 *     possessive; a verb's pattern is not tried there ("the release", "his visit").</li>
 * </ul>
 * Codes are CAMEO 1.1b3 codes. The first word is the index key.
 */
public final class DiplomaticPatterns {

    static final String FILE = "diplomatic-patterns.tsv";
    /** Maximum number of words a {@code *} stands for. */
    public static final int WILDCARD_MAX = 3;
    /** Maximum number of words a {@code **} stands for. */
    public static final int WIDE_WILDCARD_MAX = 8;

    /** One row of the file. {@code words} is the pattern split on blanks. */
    public record DiplomaticPattern(String pattern, String cameo, String note, int line) {
        public List<String> words() {
            return List.of(body(pattern).split(" "));
        }

        /** Marked {@code +}: a noun phrase ("a flagrant violation", "Turkey's destabilizing role"), tried after articles and possessives too. */
        public boolean nounPhrase() {
            return pattern.startsWith(NOUN_PHRASE);
        }

        /** Coded {@code ---}: the words are no act, and PETRARCH's patterns over them are not tried ("took part in the talks"). */
        public boolean codesNothing() {
            return cameo.equals(VerbDictionary.NULL_CODE);
        }
    }

    /** The mark of a Romance infinitive that stands for its forms ({@code abordar^}: "abordó", "han abordado"). */
    static final String CONJUGATED = "^";

    /** The mark of a pattern that is a noun phrase, not a verb's. */
    static final String NOUN_PHRASE = "+";

    /** The pattern's words, without its noun-phrase mark. */
    private static String body(String pattern) {
        return pattern.startsWith(NOUN_PHRASE) ? pattern.substring(NOUN_PHRASE.length()) : pattern;
    }

    private final List<DiplomaticPattern> patterns;

    private DiplomaticPatterns(List<DiplomaticPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Loads the shipped {@code readout/coding/diplomatic-patterns.tsv}. */
    public static DiplomaticPatterns load() {
        return load(null);
    }

    /**
     * The shipped patterns with a user's {@code DIR/diplomatic-patterns.tsv} ({@link Tsv#load(String, String, Path)}):
     * a user's row adds a pattern, or gives a shipped one a new code.
     *
     * @throws IllegalArgumentException on a malformed row, naming its file and line
     */
    public static DiplomaticPatterns load(Path userDir) {
        return of(Tsv.load("readout/coding/", FILE, userDir));
    }

    /**
     * Parses the file format; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException on a malformed row, naming its line
     */
    public static DiplomaticPatterns parse(List<String> lines) {
        List<Tsv.Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (!line.isBlank() && !line.startsWith("#")) rows.add(new Tsv.Row(FILE, n, line.split("\t", -1)));
        }
        return of(rows);
    }

    private static DiplomaticPatterns of(List<Tsv.Row> rows) {
        Map<String, DiplomaticPattern> byPattern = new LinkedHashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Tsv.Row r : rows) {
            if (r.cells().length < 2) throw r.error("expected pattern<TAB>cameo<TAB>note: " + String.join("\t", r.cells()));
            String pattern = Text.squeeze(r.cells()[0]);
            String cameo = r.get(1);
            if (!cameo.equals(VerbDictionary.NULL_CODE) && !CameoScale.isCameoCode(cameo)) throw r.error("not a CAMEO code (nor " + VerbDictionary.NULL_CODE + ", no act): " + cameo);
            validate(pattern, r);
            if (r.origin().equals(fileOf.put(pattern, r.origin()))) throw r.error("duplicate pattern: " + pattern);
            byPattern.put(pattern, new DiplomaticPattern(pattern, cameo, r.get(2), r.line()));
        }
        return new DiplomaticPatterns(new ArrayList<>(byPattern.values()));
    }

    private static void validate(String pattern, Tsv.Row r) {
        String[] w = body(pattern).split(" ");
        if (isWildcard(w[0]) || isWildcard(w[w.length - 1]))
            throw r.error("a pattern may not start or end with '*': " + pattern);
        for (int i = 0; i < w.length; i++) {
            if (isWildcard(w[i])) {
                if (i > 0 && isWildcard(w[i - 1])) throw r.error("two wildcards in a row in " + pattern);
                continue;
            }
            if (!w[i].equals(w[i].toLowerCase(Locale.ROOT)))
                throw r.error("patterns are lower case: " + pattern);
            for (String alt : w[i].split("\\|", -1)) {
                String word = alt.endsWith("~") || alt.endsWith(CONJUGATED) ? alt.substring(0, alt.length() - 1) : alt;
                if (word.isEmpty() || word.contains("~") || word.contains(CONJUGATED) || word.contains("*") || Tokenizer.words(word).length == 0)
                    throw r.error("bad word '" + alt + "' in " + pattern);
            }
        }
    }

    private static boolean isWildcard(String word) {
        return word.equals("*") || word.equals("**");
    }

    public List<DiplomaticPattern> patterns() {
        return patterns;
    }

    public int size() {
        return patterns.size();
    }

    /** The token sequences one pattern word ({@code "express~|voice~"}) matches. */
    static List<String[]> alternatives(String word, Inflection inflection) {
        Set<String> forms = new LinkedHashSet<>();
        for (String alt : word.split("\\|")) {
            if (alt.endsWith("~")) forms.addAll(inflection.anyForm(alt.substring(0, alt.length() - 1)));
            else if (alt.endsWith(CONJUGATED)) forms.addAll(inflection.conjugated(alt.substring(0, alt.length() - 1)));
            else forms.add(alt);
        }
        List<String[]> out = new ArrayList<>();
        for (String f : forms) out.add(Tokenizer.words(f));
        return out;
    }

    List<CompiledPattern> compile(Inflection inflection) {
        List<CompiledPattern> out = new ArrayList<>();
        for (DiplomaticPattern p : patterns) {
            List<Slot> slots = new ArrayList<>();
            int gap = 0;
            for (String w : p.words()) {
                if (isWildcard(w)) {
                    gap = w.equals("**") ? WIDE_WILDCARD_MAX : WILDCARD_MAX;
                    continue;
                }
                slots.add(Slot.words(new Slot.Alternatives(alternatives(w, inflection)), 0, gap, w));
                gap = 0;
            }
            out.add(new CompiledPattern(slots.toArray(new Slot[0]), 0, p.codesNothing() ? null : p.cameo(), null, p.codesNothing(),
                    SpeechActMatch.Origin.DIPLOMATIC, p.pattern(), p.note(), p.line()));
        }
        return out;
    }
}
