package org.readout.coding;

import org.readout.knowledge.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Finds speech acts and events in a sentence with both dictionaries: the project's diplomatic
 * patterns ({@link DiplomaticPatterns}) and the PETRARCH verb dictionary ({@link VerbDictionary}).
 *
 * <p>Sentences are lower-cased and tokenised on word boundaries ({@link #tokens(String)}); verbs and
 * {@code ~} words match their inflected forms. Patterns are indexed by their anchor word (the first
 * word of a diplomatic pattern, the verb of a PETRARCH pattern), so a sentence costs one hash lookup
 * per token plus the patterns of the words it contains.
 *
 * <p>{@link #find(String)} resolves overlaps: diplomatic patterns beat PETRARCH patterns, then more
 * literal words beat fewer, then the shorter span, then the earlier one. A matching PETRARCH pattern
 * with the null code {@code [---]} takes part in this and blocks weaker matches over its words, as
 * in PETRARCH, but is not returned. Negation ("did not agree", "refused to") and hypotheticals are
 * left to the caller, who can look left of {@link SpeechActMatch#tokenStart()}.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SpeechActLexicon {

    /** A token of a sentence: lower-case text and [start, end) character offsets. */
    public record Token(String text, int start, int end) {
    }

    private record Entry(String[] seq, List<CompiledPattern> patterns, boolean petrarch, boolean nounPhrase) {
    }

    private record Candidate(CompiledPattern pattern, int tokenStart, int tokenEnd, int[] spans) {
    }

    private final Map<String, List<Entry>> index = new HashMap<>();
    private final EventCoder coder;
    private final NounMarkers nouns;
    private final int diplomaticCount;
    private final int petrarchCount;

    /**
     * @param petrarch   the PETRARCH dictionary, or null to use only the diplomatic patterns
     * @param diplomatic the diplomatic patterns, or null to use only PETRARCH
     * @param coder      codes matched CAMEO codes
     */
    public SpeechActLexicon(VerbDictionary petrarch, DiplomaticPatterns diplomatic, EventCoder coder) {
        this(petrarch, diplomatic, coder, Inflection.load(null), NounMarkers.load(null));
    }

    /** As above, the diplomatic patterns' {@code word~} inflected by {@code inflection}, with the words that mark a noun. */
    SpeechActLexicon(VerbDictionary petrarch, DiplomaticPatterns diplomatic, EventCoder coder, Inflection inflection, NounMarkers nouns) {
        this.coder = coder;
        this.nouns = nouns;
        List<CompiledPattern> all = new ArrayList<>();
        Set<String> nounPhrases = new HashSet<>();
        if (diplomatic != null) {
            all.addAll(diplomatic.compile(inflection));
            for (DiplomaticPatterns.DiplomaticPattern p : diplomatic.patterns()) if (p.nounPhrase()) nounPhrases.add(p.pattern());
        }
        int d = all.size();
        if (petrarch != null) all.addAll(petrarch.compile());
        this.diplomaticCount = d;
        this.petrarchCount = all.size() - d;
        // patterns sharing an anchor (the verbs of one PETRARCH block) are indexed once, in file order
        Map<Slot.Alternatives, List<CompiledPattern>> groups = new IdentityHashMap<>();
        List<Slot.Alternatives> order = new ArrayList<>();
        for (CompiledPattern p : all) {
            Slot.Alternatives anchor = p.slots[p.anchor].alternatives;
            List<CompiledPattern> group = groups.get(anchor);
            if (group == null) {
                groups.put(anchor, group = new ArrayList<>());
                order.add(anchor);
            }
            group.add(p);
        }
        for (Slot.Alternatives anchor : order) {
            List<CompiledPattern> patterns = List.copyOf(groups.get(anchor));
            boolean fromPetrarch = patterns.get(0).origin == SpeechActMatch.Origin.PETRARCH;
            boolean nounPhrase = !fromPetrarch && nounPhrases.contains(patterns.get(0).text);
            for (String[] seq : anchor.all)
                index.computeIfAbsent(seq[0], k -> new ArrayList<>(2)).add(new Entry(seq, patterns, fromPetrarch, nounPhrase));
        }
    }

    private static volatile SpeechActLexicon bundled;

    /** The shipped dictionaries, loaded once per JVM (the lexicon is immutable and thread-safe to share). */
    public static SpeechActLexicon bundled() {
        SpeechActLexicon l = bundled;
        if (l == null) {
            synchronized (SpeechActLexicon.class) {
                if (bundled == null) bundled = load();
                l = bundled;
            }
        }
        return l;
    }

    /** Loads both shipped dictionaries and the event coder. */
    public static SpeechActLexicon load() {
        return new SpeechActLexicon(VerbDictionary.load(), DiplomaticPatterns.load(), EventCoder.load());
    }

    /**
     * The shipped dictionaries with a user's {@code DIR/diplomatic-patterns.tsv}, {@code DIR/irregular-verbs.tsv},
     * {@code DIR/verb-endings.tsv}, {@code DIR/clitics.tsv} and {@code DIR/noun-markers.tsv}; the shared {@link #bundled()}
     * one when there are none.
     */
    public static SpeechActLexicon load(Path userDir) {
        if (java.util.stream.Stream.of(DiplomaticPatterns.FILE, Inflection.FILE, Inflection.ENDINGS_FILE, Inflection.CLITICS_FILE, NounMarkers.FILE)
                .allMatch(f -> Tsv.userFile(userDir, f) == null)) return bundled();
        Inflection inflection = Inflection.load(userDir);
        return new SpeechActLexicon(VerbDictionary.load(inflection), DiplomaticPatterns.load(userDir), EventCoder.load(), inflection,
                NounMarkers.load(userDir));
    }

    /** The tokens the lexicon sees in a sentence; match token indexes refer to this list. */
    public static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        for (Tokenizer.Token t : Tokenizer.tokenize(sentence)) out.add(new Token(t.text(), t.start(), t.end()));
        return out;
    }

    /** The best non-overlapping matches, in sentence order. */
    public List<SpeechActMatch> find(String sentence) {
        List<Tokenizer.Token> tokens = Tokenizer.tokenize(sentence);
        List<Candidate> cands = candidates(tokens);
        cands.sort(Comparator.comparingInt((Candidate c) -> -c.pattern.priority)
                .thenComparingInt(c -> c.tokenEnd - c.tokenStart)
                .thenComparingInt(c -> c.tokenStart)
                .thenComparingInt(c -> c.pattern.line));
        boolean[] taken = new boolean[tokens.size()];
        List<SpeechActMatch> out = new ArrayList<>();
        for (Candidate c : cands) {
            boolean free = true;
            for (int i = c.tokenStart; i < c.tokenEnd && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = c.tokenStart; i < c.tokenEnd; i++) taken[i] = true;
            if (!c.pattern.nullCode) out.add(toMatch(sentence, tokens, c));
        }
        out.sort(Comparator.comparingInt(SpeechActMatch::start).thenComparingInt(SpeechActMatch::end));
        return out;
    }

    /** Every coded match, overlapping ones included, best first. */
    public List<SpeechActMatch> findAll(String sentence) {
        List<Tokenizer.Token> tokens = Tokenizer.tokenize(sentence);
        List<SpeechActMatch> out = new ArrayList<>();
        for (Candidate c : candidates(tokens)) if (!c.pattern.nullCode) out.add(toMatch(sentence, tokens, c));
        out.sort(Comparator.comparingInt((SpeechActMatch m) -> -m.priority()).thenComparingInt(SpeechActMatch::start));
        return out;
    }

    private List<Candidate> candidates(List<Tokenizer.Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Entry> entries = index.get(tokens.get(i).text());
            if (entries == null) continue;
            for (Entry e : entries) {
                if (!e.nounPhrase && looksNominal(tokens, i, e.seq, e.petrarch)) continue;
                for (CompiledPattern p : e.patterns) {
                    int[] spans = p.match(tokens, i, e.seq);
                    if (spans == null) continue;
                    int s = Integer.MAX_VALUE, t = -1;
                    for (int k = 0; k < p.slots.length; k++) {
                        s = Math.min(s, spans[2 * k]);
                        t = Math.max(t, spans[2 * k + 1]);
                    }
                    out.add(new Candidate(p, s, t, spans));
                }
            }
        }
        return out;
    }

    /**
     * PETRARCH only tries a verb the parser tagged as a verb. Without a parser, a PETRARCH verb form
     * is taken to be a noun, and not tried, when it is capitalised inside a clause ("the United
     * States"), follows a determiner, possessive or common adjective ("the release", "serious
     * concerns"), or is not an -ing form and follows a preposition ("called for talks"). A diplomatic
     * pattern is not tried after a determiner or possessive ("the suspended talks", "his visit").
     */
    boolean looksNominal(List<Tokenizer.Token> tokens, int at, String[] seq, boolean petrarch) {
        if (at == 0) return false;
        Tokenizer.Token prev = tokens.get(at - 1);
        Tokenizer.Token here = tokens.get(at);
        if (prev.clause() != here.clause()) return false;
        String p = prev.text();
        boolean clauseStart = at == 1 || tokens.get(at - 2).clause() != prev.clause();
        // "Minister A expressed": a capital "A" inside a clause is a name, not the article
        if ((nouns.articles.contains(p) && (!prev.upperInitial() || clauseStart)) || p.endsWith("'s")) return true;
        if (!petrarch) return false;
        if (here.capitalized()) return true;
        if (nouns.determiners.contains(p)) return true;
        return nouns.prepositions.contains(p) && !seq[0].endsWith("ing");
    }

    private SpeechActMatch toMatch(String sentence, List<Tokenizer.Token> tokens, Candidate c) {
        CompiledPattern p = c.pattern;
        int start = tokens.get(c.tokenStart).start();
        int end = tokens.get(c.tokenEnd - 1).end();
        List<SpeechActMatch.Marker> markers = new ArrayList<>();
        for (int k = 0; k < p.slots.length; k++) {
            if (p.slots[k].kind != Slot.Kind.GAP) continue;
            markers.add(new SpeechActMatch.Marker(p.slots[k].label, tokens.get(c.spans[2 * k]).start(),
                    tokens.get(c.spans[2 * k + 1] - 1).end()));
        }
        EventCode event = p.cameo == null ? null : coder.find(p.cameo).orElse(null);
        return new SpeechActMatch(start, end, c.tokenStart, c.tokenEnd, sentence.substring(start, end), p.text,
                p.cameo, p.reciprocal, p.origin, p.priority, event, List.copyOf(markers), p.line, p.note);
    }

    /** Number of compiled patterns from a dictionary (PETRARCH counts coded bare verbs too). */
    public int patternCount(SpeechActMatch.Origin origin) {
        return origin == SpeechActMatch.Origin.DIPLOMATIC ? diplomaticCount : petrarchCount;
    }

    public EventCoder coder() {
        return coder;
    }
}
