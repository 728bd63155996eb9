package org.readout.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader for PETRARCH verb dictionaries ({@code CAMEO.2.0.txt}), written from the format described in
 * the dictionary's comments and in PETRARCH's {@code PETRreader.py}; it loads the shipped file as is.
 *
 * <h2>Format (as read here)</h2>
 * <ul>
 * <li>{@code #} starts a comment (whole line, or the rest of a line); {@code ;} too on verb lines
 *     (TABARI legacy, two lines of the shipped file). {@code <!-- ... -->} blocks are skipped.</li>
 * <li>Synonym sets: a label line {@code &NAME} followed by member lines {@code +WORD} or
 *     {@code +TWO_WORDS}. Members get a regular plural unless the label or the member ends in
 *     {@code _}. Synonym sets are referenced in patterns by label ({@code &CURRENCY}).</li>
 * <li>Verb blocks: a header {@code --- NAME [code] ---} ({@code [---]}: the bare verb codes nothing),
 *     then verb lines {@code VERB}, {@code VERB {FORM FORM ...}} (all irregular forms listed; no
 *     regular forms are generated then), {@code VERB [code]} (own code), and compound verbs with
 *     {@code _} between words and {@code +} marking the verb ({@code +ASK_FOR}, {@code RE_+ARREST},
 *     {@code +CORDON_OFF {+CORDONED_OFF ...}}). Regular verbs get -S/-ED/-ING forms (PETRARCH's
 *     rules plus {@link Inflection}'s).</li>
 * <li>Patterns: {@code - [pre-verb elements] * [post-verb elements] [code] # comment}. Elements are
 *     words (nouns, the heads of their phrases), {@code {...}} noun phrases (last word the head),
 *     {@code (...)} prepositional phrases (first word the preposition), {@code &SET} synonym sets,
 *     {@code $} source, {@code +} target, {@code ^} skipped phrase, {@code %} compound actor. Codes
 *     are a CAMEO 1.1b3 code, {@code ---} (null: the pattern codes nothing and so blocks the verb's
 *     default), or a pair {@code [042:043]} (event of the source, reciprocal event of the target;
 *     {@code [:173]}: reciprocal only).</li>
 * <li>Transformations: {@code ~ a (b . ATTACK) SAY = a b 112} lines after
 *     {@code ######## TRANSFORMATIONS}. Parsed and kept, not applied.</li>
 * </ul>
 *
 * <h2>What is not exact</h2>
 * PETRARCH matches patterns against a Treebank parse: the verb must head a verb phrase, nouns are
 * phrase heads, prepositional phrases are attached to the verb. This reader keeps each parsed pattern
 * with its structure ({@link VerbPattern#before()}, {@link VerbPattern#after()}) so that a tree
 * matcher can be added later, and compiles it for {@link SpeechActLexicon} into an ordered word
 * sequence with bounded gaps: up to {@value #GAP} free words between elements and between a
 * preposition and its object, up to {@value #NP_GAP} inside a noun phrase, and the markers
 * {@code $ + ^ %} as runs of 1–{@value #MARKER_MAX} words whose spans are reported. A pattern
 * repeated in its block is compiled once, from its last definition (PETRARCH 2 stores patterns in a
 * dictionary, so the later line overwrites the earlier); {@link #patterns()} still lists every line.
 * Transformations and patterns the reader rejects are listed in {@link #issues()} and counted in
 * {@link #stats()}.
 */
public final class VerbDictionary {

    static final int GAP = 3;
    static final int NP_GAP = 1;
    static final int MARKER_MAX = 4;

    /** Null code of the format. */
    public static final String NULL_CODE = "---";

    // ------------------------------------------------------------------ model

    /**
     * A synonym set. {@code pluralize} is false when the label ends in {@code _}; members are as
     * written with {@code _} read as a blank.
     */
    public record SynonymSet(String name, List<Member> members, boolean pluralize, int line) {
        /** Every phrase the set matches (members and, where allowed, their plurals), lower case. */
        public List<String> phrases() {
            Set<String> out = new LinkedHashSet<>();
            for (Member m : members) {
                String[] w = Tokenizer.words(m.text());
                if (w.length == 0) continue;
                out.add(String.join(" ", w));
                if (pluralize && m.pluralize()) {
                    w[w.length - 1] = Inflection.plural(w[w.length - 1]);
                    out.add(String.join(" ", w));
                }
            }
            return List.copyOf(out);
        }
    }

    /** A synonym-set member; {@code pluralize} is false when it was written with a final {@code _}. */
    public record Member(String text, boolean pluralize) {
    }

    /**
     * A verb line. {@code entry} as written ({@code +ASK_FOR}); {@code forms} the lower-case phrases it
     * matches ({@code "asked for"}); {@code code} its own code or null (then the block's code applies).
     */
    public record Verb(String entry, List<String> forms, String code, String block, int line) {
    }

    /** A verb block with its verbs and patterns. */
    public record VerbBlock(String name, String code, List<Verb> verbs, List<VerbPattern> patterns, int line) {
        /** The code of a bare verb of this block (its own code, else the block's). */
        public String codeOf(Verb v) {
            return v.code() != null ? v.code() : code;
        }
    }

    /** A pattern code: {@code primary} (null for "---" or "[:173]") and {@code reciprocal} (or null). */
    public record PatternCode(String primary, String reciprocal, String text) {
        public boolean isNull() {
            return primary == null && reciprocal == null;
        }

        public boolean paired() {
            return text.contains(":");
        }

        /** Parses "042", "042:043", ":173", "---"; null if malformed. */
        public static PatternCode parse(String text) {
            String t = text.trim();
            String[] parts = t.split(":", -1);
            if (parts.length > 2) return null;
            String p = codeOrNull(parts[0]);
            String r = parts.length == 2 ? codeOrNull(parts[1]) : null;
            if ((p == null && !isEmptyOrNull(parts[0])) || (parts.length == 2 && r == null && !isEmptyOrNull(parts[1])))
                return null;
            return new PatternCode(p, r, t);
        }

        private static boolean isEmptyOrNull(String s) {
            return s.isBlank() || s.trim().equals(NULL_CODE);
        }

        private static String codeOrNull(String s) {
            String c = s.trim();
            return CameoScale.isCameoCode(c) ? c : null;
        }
    }

    /** An element of a pattern. */
    public sealed interface Element permits Word, SynsetRef, NounPhrase, PrepPhrase, Marker {
    }

    /** A word (or {@code _}-joined words) as written, upper case. */
    public record Word(String text) implements Element {
    }

    /** A reference to a synonym set, {@code &NAME}. */
    public record SynsetRef(String name) implements Element {
    }

    /** {@code {MODIFIER ... HEAD}}. */
    public record NounPhrase(List<Element> elements) implements Element {
        public Element head() {
            return elements.get(elements.size() - 1);
        }
    }

    /** {@code (PREPOSITION OBJECT ...)}; {@code preposition} null if the phrase does not start with a word. */
    public record PrepPhrase(String preposition, List<Element> objects) implements Element {
    }

    /** {@code $} source, {@code +} target, {@code ^} skipped phrase, {@code %} compound actor. */
    public record Marker(MarkerKind kind) implements Element {
    }

    public enum MarkerKind {
        SOURCE("$"), TARGET("+"), SKIP("^"), COMPOUND("%");

        public final String symbol;

        MarkerKind(String symbol) {
            this.symbol = symbol;
        }
    }

    /** A parsed pattern: elements left and right of the verb, code, the line as written. */
    public record VerbPattern(String block, List<Element> before, List<Element> after, PatternCode code,
                              String text, String comment, int line) {
    }

    /** A verb transformation line, kept verbatim (not applied). */
    public record Transformation(String text, int line) {
    }

    /** Something the reader repaired, skipped or does not support, with its line. */
    public record Issue(int line, Kind kind, String message) {
        public enum Kind {
            /** a pattern the reader could not parse; skipped */
            MALFORMED_PATTERN,
            /** a malformed code that was repaired ("080!" → "080") */
            REPAIRED_CODE,
            /** a pattern referring to a synonym set that is never defined; skipped (as in PETRARCH) */
            UNDEFINED_SYNSET,
            /** a compound verb form without the '+' verb marker; skipped (as in PETRARCH) */
            MALFORMED_VERB,
            /** a construct read but not applied by the matcher (verb transformations) */
            UNSUPPORTED
        }
    }

    /** Counts of what was read. */
    public record Stats(int synonymSets, int synonymMembers, int blocks, int verbs, int compoundVerbs,
                        int verbForms, int patterns, int nullPatterns, int pairedCodePatterns,
                        Map<String, Integer> markerPatterns, int nounPhrasePatterns, int prepPhrasePatterns,
                        int preVerbPatterns, int duplicatePatterns, int conflictingDuplicates, int transformations,
                        Map<Issue.Kind, Integer> issues) {
    }

    // ------------------------------------------------------------------ state

    private final Map<String, SynonymSet> synsets;
    private final List<VerbBlock> blocks;
    private final List<Transformation> transformations;
    private final List<Issue> issues;
    private final Map<String, List<Verb>> verbsByForm;

    private VerbDictionary(Map<String, SynonymSet> synsets, List<VerbBlock> blocks,
                           List<Transformation> transformations, List<Issue> issues) {
        this.synsets = Collections.unmodifiableMap(synsets);
        this.blocks = List.copyOf(blocks);
        this.transformations = List.copyOf(transformations);
        this.issues = List.copyOf(issues);
        Map<String, List<Verb>> byForm = new HashMap<>();
        for (VerbBlock b : blocks)
            for (Verb v : b.verbs())
                for (String f : v.forms()) byForm.computeIfAbsent(f, k -> new ArrayList<>(1)).add(v);
        this.verbsByForm = byForm;
    }

    /** Loads the shipped {@code readout/coding/CAMEO.2.0.txt}, with the bundled irregular verbs. */
    public static VerbDictionary load() {
        return load(Inflection.load(null));
    }

    /** Loads the shipped {@code readout/coding/CAMEO.2.0.txt}, its verbs with the forms {@code inflection} gives them. */
    static VerbDictionary load(Inflection inflection) {
        return parse(Resources.lines("CAMEO.2.0.txt"), inflection);
    }

    public Map<String, SynonymSet> synonymSets() {
        return synsets;
    }

    public List<VerbBlock> blocks() {
        return blocks;
    }

    public Optional<VerbBlock> block(String name) {
        for (VerbBlock b : blocks) if (b.name().equalsIgnoreCase(name)) return Optional.of(b);
        return Optional.empty();
    }

    /** All patterns, in file order. */
    public List<VerbPattern> patterns() {
        List<VerbPattern> out = new ArrayList<>();
        for (VerbBlock b : blocks) out.addAll(b.patterns());
        return out;
    }

    /** The verbs (with their blocks) a lower-case word or phrase is a form of ("said" → SAY). */
    public List<Verb> verbs(String form) {
        return verbsByForm.getOrDefault(form.toLowerCase(Locale.ROOT), List.of());
    }

    public List<Transformation> transformations() {
        return transformations;
    }

    public List<Issue> issues() {
        return issues;
    }

    public Stats stats() {
        int members = 0;
        for (SynonymSet s : synsets.values()) members += s.members().size();
        int verbs = 0, compound = 0, nullP = 0, paired = 0, np = 0, pp = 0, pre = 0, patterns = 0, dup = 0, conflict = 0;
        Set<String> forms = new LinkedHashSet<>();
        Map<String, Integer> markers = new TreeMap<>();
        for (VerbBlock b : blocks) {
            for (Verb v : b.verbs()) {
                verbs++;
                if (v.entry().contains("_")) compound++;
                forms.addAll(v.forms());
            }
            Map<String, String> seen = new HashMap<>();
            for (VerbPattern p : b.patterns()) {
                String prev = seen.put(body(p), p.code().text());
                if (prev != null) {
                    dup++;
                    if (!prev.equals(p.code().text())) conflict++;
                }
                patterns++;
                if (p.code().isNull()) nullP++;
                if (p.code().paired()) paired++;
                if (!p.before().isEmpty()) pre++;
                Set<String> kinds = new LinkedHashSet<>();
                collectKinds(p.before(), kinds);
                collectKinds(p.after(), kinds);
                for (String k : kinds) {
                    if (k.equals("{}")) np++;
                    else if (k.equals("()")) pp++;
                    else markers.merge(k, 1, Integer::sum);
                }
            }
        }
        Map<Issue.Kind, Integer> issueCounts = new TreeMap<>();
        for (Issue i : issues) issueCounts.merge(i.kind(), 1, Integer::sum);
        return new Stats(synsets.size(), members, blocks.size(), verbs, compound, forms.size(), patterns, nullP,
                paired, Collections.unmodifiableMap(markers), np, pp, pre, dup, conflict, transformations.size(),
                Collections.unmodifiableMap(issueCounts));
    }

    /** The pattern text between '-' and the code, white space normalised: the identity of a pattern in its block. */
    static String body(VerbPattern p) {
        String t = p.text();
        int code = t.lastIndexOf('[');
        return Text.squeeze(t.substring(1, code < 0 ? t.length() : code));
    }

    private static void collectKinds(List<Element> elements, Set<String> kinds) {
        for (Element e : elements) {
            if (e instanceof Marker) kinds.add(((Marker) e).kind().symbol);
            else if (e instanceof NounPhrase) {
                kinds.add("{}");
                collectKinds(((NounPhrase) e).elements(), kinds);
            } else if (e instanceof PrepPhrase) {
                kinds.add("()");
                collectKinds(((PrepPhrase) e).objects(), kinds);
            }
        }
    }

    // ------------------------------------------------------------------ parsing

    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s*(?:\\[([^\\]]*)])?.*$");
    private static final Pattern TRAILING_CODE = Pattern.compile("\\[([^\\[\\]]*)]\\s*$");

    /** Parses a PETRARCH verb dictionary, with the bundled irregular verbs. */
    public static VerbDictionary parse(List<String> lines) {
        return parse(lines, Inflection.load(null));
    }

    static VerbDictionary parse(List<String> lines, Inflection inflection) {
        Map<String, SynonymSet> synsets = new LinkedHashMap<>();
        List<Transformation> transformations = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<BlockBuilder> blocks = new ArrayList<>();
        BlockBuilder block = null;
        String synName = null;
        boolean synPlural = true;
        int synLine = 0;
        List<String> synMembers = null;
        boolean inXmlComment = false;

        int n = 0;
        for (String raw : lines) {
            n++;
            if (inXmlComment) {
                if (raw.contains("-->")) inXmlComment = false;
                continue;
            }
            if (raw.startsWith("<!--")) {
                if (!raw.contains("-->")) inXmlComment = true;
                continue;
            }
            if (raw.startsWith("#")) continue;
            int hash = raw.indexOf('#');
            String comment = hash >= 0 ? raw.substring(hash + 1).trim() : "";
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).replace('\t', ' ').trim();
            if (line.isEmpty()) continue;

            // a synonym set continues while '+' lines follow its label
            if (synMembers != null && line.startsWith("+")) {
                synMembers.add(line.substring(1).trim());
                continue;
            }
            if (synMembers != null) {
                putSynset(synsets, synName, synMembers, synPlural, synLine, issues);
                synMembers = null;
            }

            if (line.startsWith("&")) {
                String label = line.split("\\s+")[0];
                synPlural = !label.endsWith("_");
                synName = label;
                synLine = n;
                synMembers = new ArrayList<>();
            } else if (line.startsWith("~")) {
                transformations.add(new Transformation(line, n));
                issues.add(new Issue(n, Issue.Kind.UNSUPPORTED, "verb transformation not applied: " + line));
            } else if (line.startsWith("---")) {
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, "unreadable block header: " + line));
                    block = null;
                    continue;
                }
                String code = m.group(2) == null ? NULL_CODE : m.group(2).trim();
                block = new BlockBuilder(m.group(1), code.isEmpty() ? NULL_CODE : code, n);
                blocks.add(block);
            } else if (line.startsWith("-")) {
                if (block == null) {
                    issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, "pattern outside a verb block: " + line));
                    continue;
                }
                VerbPattern p = parsePattern(block.name, line, comment, n, issues);
                if (p != null) block.patterns.add(p);
            } else {
                if (block == null) {
                    issues.add(new Issue(n, Issue.Kind.MALFORMED_VERB, "verb outside a verb block: " + line));
                    continue;
                }
                int semi = line.indexOf(';');
                if (semi >= 0) line = line.substring(0, semi).trim();
                Verb v = parseVerb(block.name, line, n, issues, inflection);
                if (v != null) block.verbs.add(v);
            }
        }
        if (synMembers != null) putSynset(synsets, synName, synMembers, synPlural, synLine, issues);

        // patterns whose synonym sets are undefined are dropped, as PETRARCH does
        List<VerbBlock> out = new ArrayList<>();
        for (BlockBuilder b : blocks) {
            List<VerbPattern> kept = new ArrayList<>();
            for (VerbPattern p : b.patterns) {
                String undefined = firstUndefined(p.before(), synsets);
                if (undefined == null) undefined = firstUndefined(p.after(), synsets);
                if (undefined != null) {
                    issues.add(new Issue(p.line(), Issue.Kind.UNDEFINED_SYNSET,
                            "synonym set " + undefined + " is not defined; pattern skipped: " + p.text()));
                } else {
                    kept.add(p);
                }
            }
            out.add(new VerbBlock(b.name, b.code, List.copyOf(b.verbs), List.copyOf(kept), b.line));
        }
        issues.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new VerbDictionary(synsets, out, transformations, issues);
    }

    private static final class BlockBuilder {
        final String name;
        final String code;
        final int line;
        final List<Verb> verbs = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        BlockBuilder(String name, String code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    private static void putSynset(Map<String, SynonymSet> synsets, String label, List<String> rawMembers,
                                  boolean labelPlural, int line, List<Issue> issues) {
        List<Member> members = new ArrayList<>();
        for (String m : rawMembers) {
            boolean noPlural = m.endsWith("_");
            String text = (noPlural ? m.substring(0, m.length() - 1) : m).replace('_', ' ').trim();
            if (!text.isEmpty()) members.add(new Member(text, !noPlural));
        }
        if (synsets.containsKey(label))
            issues.add(new Issue(line, Issue.Kind.MALFORMED_PATTERN, "synonym set " + label + " redefined; later definition used"));
        synsets.put(label, new SynonymSet(label, List.copyOf(members), labelPlural, line));
    }

    private static String firstUndefined(List<Element> elements, Map<String, SynonymSet> synsets) {
        for (Element e : elements) {
            String u = null;
            if (e instanceof SynsetRef) u = synsets.containsKey(((SynsetRef) e).name()) ? null : ((SynsetRef) e).name();
            else if (e instanceof NounPhrase) u = firstUndefined(((NounPhrase) e).elements(), synsets);
            else if (e instanceof PrepPhrase) u = firstUndefined(((PrepPhrase) e).objects(), synsets);
            if (u != null) return u;
        }
        return null;
    }

    // ---- verbs

    private static Verb parseVerb(String block, String line, int n, List<Issue> issues, Inflection inflection) {
        String code = null;
        Matcher cm = TRAILING_CODE.matcher(line);
        if (cm.find()) {
            code = cm.group(1).trim();
            line = line.substring(0, cm.start()).trim();
        }
        String formsText = null;
        int brace = line.indexOf('{');
        if (brace >= 0) {
            int close = line.indexOf('}', brace);
            formsText = line.substring(brace + 1, close < 0 ? line.length() : close);
            line = line.substring(0, brace).trim();
        }
        String[] head = line.split("\\s+");
        if (head.length != 1 || head[0].isEmpty()) {
            issues.add(new Issue(n, Issue.Kind.MALFORMED_VERB, "verb line with more than one word: " + line));
            return null;
        }
        String entry = head[0];
        Set<String> forms = new LinkedHashSet<>();
        if (entry.contains("_")) {
            String base = compoundPhrase(entry);
            if (base == null) {
                issues.add(new Issue(n, Issue.Kind.MALFORMED_VERB, "compound verb without '+': " + entry));
                return null;
            }
            forms.add(base);
            if (formsText != null) {
                for (String f : formsText.split("[\\s,]+")) {
                    if (f.isEmpty()) continue;
                    String phrase = compoundPhrase(f);
                    if (phrase == null) issues.add(new Issue(n, Issue.Kind.MALFORMED_VERB, "compound form without '+': " + f));
                    else forms.add(phrase);
                }
            } else {
                forms.addAll(compoundRegularForms(entry, inflection));
            }
        } else {
            String v = entry.replace("+", "");
            String base = String.join(" ", Tokenizer.words(v));
            forms.add(base);
            if (formsText != null) {
                for (String f : formsText.split("[\\s,]+"))
                    if (!f.isEmpty()) forms.add(String.join(" ", Tokenizer.words(f.replace("+", ""))));
            } else {
                forms.addAll(regularForms(base, inflection));
            }
        }
        forms.remove("");
        return new Verb(entry, List.copyOf(forms), code == null || code.isEmpty() ? null : code, block, n);
    }

    /** "+ASK_FOR" → "ask for"; null without '+'. */
    private static String compoundPhrase(String entry) {
        if (!entry.contains("+")) return null;
        return String.join(" ", Tokenizer.words(entry.replace("+", "").replace('_', ' ')));
    }

    private static Set<String> compoundRegularForms(String entry, Inflection inflection) {
        String[] parts = entry.split("_");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith("+")) continue;
            String verb = String.join(" ", Tokenizer.words(parts[i].substring(1)));
            for (String f : regularForms(verb, inflection)) {
                String[] copy = parts.clone();
                copy[i] = f;
                out.add(String.join(" ", Tokenizer.words(String.join(" ", copy).replace("+", ""))));
            }
        }
        return out;
    }

    /** PETRARCH's regular forms (S/ES/IES, D/ED, ING with E dropped after a consonant) plus {@link Inflection}'s. */
    static Set<String> regularForms(String v, Inflection inflection) {
        Set<String> out = new LinkedHashSet<>();
        if (v.isEmpty()) return out;
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z")) out.add(v + "es");
        else if (v.endsWith("y")) out.add(v.substring(0, v.length() - 1) + "ies");
        else out.add(v + "s");
        out.add(v.endsWith("e") ? v + "d" : v + "ed");
        if (v.endsWith("e") && v.length() > 1 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0)
            out.add(v.substring(0, v.length() - 1) + "ing");
        else out.add(v + "ing");
        out.addAll(inflection.verbForms(v));
        out.remove(v);
        return out;
    }

    // ---- patterns

    private static VerbPattern parsePattern(String block, String line, String comment, int n, List<Issue> issues) {
        Matcher cm = TRAILING_CODE.matcher(line);
        if (!cm.find()) {
            issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, "pattern without a code: " + line));
            return null;
        }
        String codeText = cm.group(1).trim();
        String body = line.substring(1, cm.start()).trim();
        PatternCode code = PatternCode.parse(codeText);
        if (code == null) {
            String repaired = codeText.replaceAll("[^0-9:\\-]", "");
            code = PatternCode.parse(repaired);
            if (code == null) {
                issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, "unreadable code [" + codeText + "]: " + line));
                return null;
            }
            issues.add(new Issue(n, Issue.Kind.REPAIRED_CODE, "code [" + codeText + "] read as [" + repaired + "]"));
        }
        int star = body.indexOf('*');
        if (star < 0 || body.indexOf('*', star + 1) >= 0) {
            issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, "pattern needs exactly one '*': " + line));
            return null;
        }
        try {
            List<Element> before = parseElements(body.substring(0, star));
            List<Element> after = parseElements(body.substring(star + 1));
            return new VerbPattern(block, before, after, code, line, comment, n);
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(n, Issue.Kind.MALFORMED_PATTERN, e.getMessage() + ": " + line));
            return null;
        }
    }

    private static final class Group {
        final char open;
        final List<Element> elements = new ArrayList<>();

        Group(char open) {
            this.open = open;
        }
    }

    static List<Element> parseElements(String text) {
        List<Element> top = new ArrayList<>();
        Deque<Group> stack = new ArrayDeque<>();
        for (String raw : text.trim().split("\\s+")) {
            if (raw.isEmpty()) continue;
            String t = raw;
            while (!t.isEmpty() && (t.charAt(0) == '(' || t.charAt(0) == '{')) {
                stack.push(new Group(t.charAt(0)));
                t = t.substring(1);
            }
            StringBuilder closers = new StringBuilder();
            while (!t.isEmpty() && (t.charAt(t.length() - 1) == ')' || t.charAt(t.length() - 1) == '}')) {
                closers.insert(0, t.charAt(t.length() - 1));
                t = t.substring(0, t.length() - 1);
            }
            if (t.contains("(") || t.contains(")") || t.contains("{") || t.contains("}"))
                throw new IllegalArgumentException("bracket inside a word '" + raw + "'");
            if (!t.isEmpty()) (stack.isEmpty() ? top : stack.peek().elements).add(element(t));
            for (int i = 0; i < closers.length(); i++) {
                char c = closers.charAt(i);
                if (stack.isEmpty()) throw new IllegalArgumentException("unbalanced '" + c + "'");
                Group g = stack.pop();
                if ((g.open == '(') != (c == ')')) throw new IllegalArgumentException("mismatched '" + g.open + "' and '" + c + "'");
                if (g.elements.isEmpty() && g.open == '{') throw new IllegalArgumentException("empty noun phrase");
                Element e = g.open == '{' ? new NounPhrase(List.copyOf(g.elements)) : prepPhrase(g.elements);
                (stack.isEmpty() ? top : stack.peek().elements).add(e);
            }
        }
        if (!stack.isEmpty()) throw new IllegalArgumentException("unclosed '" + stack.peek().open + "'");
        return List.copyOf(top);
    }

    private static PrepPhrase prepPhrase(List<Element> elements) {
        if (elements.isEmpty()) throw new IllegalArgumentException("empty prepositional phrase");
        if (elements.get(0) instanceof Word)
            return new PrepPhrase(((Word) elements.get(0)).text(), List.copyOf(elements.subList(1, elements.size())));
        return new PrepPhrase(null, List.copyOf(elements));
    }

    private static Element element(String t) {
        switch (t) {
            case "$": return new Marker(MarkerKind.SOURCE);
            case "+": return new Marker(MarkerKind.TARGET);
            case "^": return new Marker(MarkerKind.SKIP);
            case "%": return new Marker(MarkerKind.COMPOUND);
            default:
                if (t.startsWith("&")) return new SynsetRef(t);
                if (t.endsWith("_")) t = t.substring(0, t.length() - 1); // TABARI open match read as exact
                if (Tokenizer.words(t).length == 0) throw new IllegalArgumentException("not a word '" + t + "'");
                return new Word(t);
        }
    }

    // ------------------------------------------------------------------ compilation for matching

    /** Compiles every pattern and every coded bare verb for {@link SpeechActLexicon}. */
    List<CompiledPattern> compile() {
        Map<String, Slot.Alternatives> synAlts = new HashMap<>();
        for (SynonymSet s : synsets.values()) {
            List<String[]> seqs = new ArrayList<>();
            for (String p : s.phrases()) seqs.add(p.split(" "));
            synAlts.put(s.name(), new Slot.Alternatives(seqs));
        }
        List<CompiledPattern> out = new ArrayList<>();
        for (VerbBlock b : blocks) {
            if (b.verbs().isEmpty()) continue;
            List<String[]> all = new ArrayList<>();
            for (Verb v : b.verbs()) for (String f : v.forms()) all.add(f.split(" "));
            Slot.Alternatives blockVerbs = new Slot.Alternatives(all);
            Map<String, VerbPattern> last = new LinkedHashMap<>();
            for (VerbPattern p : b.patterns()) last.put(body(p), p); // a later duplicate replaces an earlier one, as in PETRARCH 2
            for (VerbPattern p : last.values()) {
                List<Slot> slots = new ArrayList<>();
                for (Element e : p.before()) addSlots(e, slots, GAP, synAlts);
                int anchor = slots.size();
                slots.add(Slot.verb(blockVerbs, GAP, GAP, b.name()));
                for (Element e : p.after()) addSlots(e, slots, GAP, synAlts);
                fixGapsAroundMarkers(slots);
                PatternCode c = p.code();
                out.add(new CompiledPattern(slots.toArray(new Slot[0]), anchor, c.primary(), c.reciprocal(), c.isNull(),
                        SpeechActMatch.Origin.PETRARCH, p.text(), p.comment(), p.line()));
            }
            for (Verb v : b.verbs()) {
                PatternCode c = PatternCode.parse(b.codeOf(v));
                if (c == null || c.isNull()) continue;
                List<String[]> forms = new ArrayList<>();
                for (String f : v.forms()) forms.add(f.split(" "));
                Slot[] slots = {Slot.verb(new Slot.Alternatives(forms), 0, 0, v.entry())};
                out.add(new CompiledPattern(slots, 0, c.primary(), c.reciprocal(), false, SpeechActMatch.Origin.PETRARCH,
                        v.entry() + " [" + b.codeOf(v) + "]", "verb " + v.entry() + " in block " + b.name(), v.line()));
            }
        }
        return out;
    }

    private static void addSlots(Element e, List<Slot> slots, int gapBefore, Map<String, Slot.Alternatives> synAlts) {
        if (e instanceof Word) {
            List<String[]> one = new ArrayList<>();
            one.add(Tokenizer.words(((Word) e).text()));
            slots.add(Slot.words(new Slot.Alternatives(one), 0, gapBefore, ((Word) e).text()));
        } else if (e instanceof SynsetRef) {
            String name = ((SynsetRef) e).name();
            slots.add(Slot.words(synAlts.get(name), 0, gapBefore, name));
        } else if (e instanceof Marker) {
            slots.add(Slot.gap(1, MARKER_MAX, ((Marker) e).kind().symbol));
        } else if (e instanceof NounPhrase) {
            int g = gapBefore;
            for (Element x : ((NounPhrase) e).elements()) {
                addSlots(x, slots, g, synAlts);
                g = NP_GAP;
            }
        } else if (e instanceof PrepPhrase) {
            PrepPhrase pp = (PrepPhrase) e;
            if (pp.preposition() != null) addSlots(new Word(pp.preposition()), slots, gapBefore, synAlts);
            int g = pp.preposition() != null ? GAP : gapBefore;
            for (Element x : pp.objects()) {
                addSlots(x, slots, g, synAlts);
                g = GAP;
            }
        }
    }

    /** A marker run absorbs the words next to it: the slots on either side follow it directly. */
    private static void fixGapsAroundMarkers(List<Slot> slots) {
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i - 1).kind == Slot.Kind.GAP && slots.get(i).kind != Slot.Kind.GAP)
                slots.set(i, slots.get(i).withGap(0, 0));
        }
    }
}
