package org.readout.issues;

import org.readout.coding.Tokenizer;
import org.readout.coding.Tokenizer.Piece;
import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A short label for what a clause is about, taken from its own words: the noun phrase after the
 * first topic preposition. Simple, deterministic heuristics over English function words, which are
 * data ({@code readout/issues/label-words.tsv}, extended by a user's file of the same name); nothing
 * here knows any issue. Immutable once built.
 *
 * <ol>
 * <li>The trigger is the first of "regarding", "concerning", "about", "over", "surrounding",
 *     "with regard to", "the issue of", ... (strong); failing one, the first "on" or "for" (weak)
 *     that is not followed by a time or a set phrase ("on Monday", "for the first time").</li>
 * <li>"called on China to lift the ban" takes what follows "to" ("lift the ban").</li>
 * <li>Leading determiners and "the issue of" are dropped; the phrase ends at punctuation, a
 *     subordinating word ("which", "while", ...), or "and" before a verb.</li>
 * <li>Longer than eight words, it is cut before its last preposition within the first eight
 *     words, or at eight words.</li>
 * </ol>
 */
final class ClauseLabel {
    static final int MAX_WORDS = 8;

    static final String FILE = "label-words.tsv";

    /** The kinds of word, the first column of {@value #FILE}. */
    private static final Set<String> KINDS = Set.of("strong", "weak", "time", "not-a-topic", "actor", "determiner",
            "topic-noun", "ender", "verb-after-and", "preposition", "trailing");

    /** Words that introduce a topic ("regarding", "with regard to"), each as its words. */
    private final List<List<String>> strong = new ArrayList<>();
    /** Words that introduce a topic when no strong one does ("on", "for"). */
    private final Set<String> weak = new HashSet<>();
    /** Words of time that, right after a trigger (or its "the"), mean it does not introduce a topic. */
    private final Set<String> time = new HashSet<>();
    /** Other words that, right after a trigger, mean it does not introduce a topic ("on behalf of", "for his part"). */
    private final Set<String> notATopic = new HashSet<>();
    /** Words that stand for an actor in "called on X to ...". */
    private final Set<String> actorWords = new HashSet<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> topicNouns = new HashSet<>();
    private final Set<String> enders = new HashSet<>();
    private final Set<String> verbsAfterAnd = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Set<String> trailing = new HashSet<>();

    /** From the rows of {@value #FILE}: a kind and a word (or, for {@code strong}, a phrase), lower case. */
    ClauseLabel(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String word = r.get(1).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) throw r.error("a word is needed in the second column");
            if (!r.get(0).equals("strong") && word.contains(" ")) throw r.error("one word, not '" + word + "'");
            switch (r.get(0)) {
                case "strong" -> strong.add(List.of(word.split("\\s+")));
                case "weak" -> weak.add(word);
                case "time" -> time.add(word);
                case "not-a-topic" -> notATopic.add(word);
                case "actor" -> actorWords.add(word);
                case "determiner" -> determiners.add(word);
                case "topic-noun" -> topicNouns.add(word);
                case "ender" -> enders.add(word);
                case "verb-after-and" -> verbsAfterAnd.add(word);
                case "preposition" -> prepositions.add(word);
                case "trailing" -> trailing.add(word);
                default -> throw r.error("no such kind of word '" + r.get(0) + "' (one of " + new java.util.TreeSet<>(KINDS) + ")");
            }
        }
    }

    Optional<String> of(String clause) {
        if (clause == null || clause.isBlank()) return Optional.empty();
        List<Piece> tokens = Tokenizer.pieces(clause);
        int from = topicStart(tokens);
        if (from < 0) return Optional.empty();
        return phraseFrom(clause, tokens, from);
    }

    /** Index of the first token of the topic phrase, or -1. */
    private int topicStart(List<Piece> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> trigger : strong) {
                if (matchesAt(tokens, i, trigger)) {
                    int next = i + trigger.size();
                    if (introducesTopic(tokens, next)) return next;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!weak.contains(tokens.get(i).lower()) || !notTime(tokens, i + 1)) continue;
            int verb = infinitiveAfterActor(tokens, i + 1);
            if (verb >= 0) return verb;
            if (introducesTopic(tokens, i + 1)) return i + 1;
        }
        return -1;
    }

    private static boolean matchesAt(List<Piece> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).lower().equals(words.get(k))) return false;
        }
        return true;
    }

    private boolean introducesTopic(List<Piece> tokens, int i) {
        Piece t = head(tokens, i);
        return t != null && !Character.isDigit(t.text().charAt(0)) && !time.contains(t.lower()) && !notATopic.contains(t.lower());
    }

    private boolean notTime(List<Piece> tokens, int i) {
        Piece t = head(tokens, i);
        return t != null && !Character.isDigit(t.text().charAt(0)) && !time.contains(t.lower());
    }

    /** The word at {@code i}, or the one after it when it is an article; null when there is none. */
    private static Piece head(List<Piece> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).word()) return null;
        Piece t = tokens.get(i);
        if (t.lower().equals("the") || t.lower().equals("a") || t.lower().equals("an")) {
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).word()) return null;
            t = tokens.get(i + 1);
        }
        return t;
    }

    /**
     * "on China to lift the ban": index of "lift" when an actor of at most four words (one of them
     * capitalised or an actor word such as "side", "parties", "them") comes before "to".
     */
    private int infinitiveAfterActor(List<Piece> tokens, int from) {
        boolean actor = false;
        for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
            Piece t = tokens.get(k);
            if (!t.word()) return -1;
            if (t.lower().equals("to") && k > from && k + 1 < tokens.size()) {
                Piece v = tokens.get(k + 1);
                boolean verb = v.word() && Character.isLowerCase(v.text().charAt(0)) && !determiners.contains(v.lower());
                return actor && verb ? k + 1 : -1;
            }
            if (Character.isUpperCase(t.text().charAt(0)) || actorWords.contains(t.lower())) actor = true;
        }
        return -1;
    }

    private Optional<String> phraseFrom(String clause, List<Piece> tokens, int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).word() && determiners.contains(tokens.get(i).lower())) i++;
        if (i + 1 < tokens.size() && topicNouns.contains(tokens.get(i).lower()) && tokens.get(i + 1).lower().equals("of")) {
            i += 2;
            while (i < tokens.size() && tokens.get(i).word() && determiners.contains(tokens.get(i).lower())) i++;
        }
        List<Piece> words = new ArrayList<>();
        for (int k = i; k < tokens.size(); k++) {
            Piece t = tokens.get(k);
            if (!t.word()) break;
            if (!words.isEmpty() && enders.contains(t.lower())) break;
            if (t.lower().equals("and") && k + 1 < tokens.size() && verbsAfterAnd.contains(tokens.get(k + 1).lower())) break;
            words.add(t);
        }
        if (words.size() > MAX_WORDS) {
            int cut = MAX_WORDS;
            for (int k = MAX_WORDS; k >= 3; k--) {
                if (prepositions.contains(words.get(k).lower())) {
                    cut = k;
                    break;
                }
            }
            words = new ArrayList<>(words.subList(0, cut));
        }
        while (!words.isEmpty() && trailing.contains(words.get(words.size() - 1).lower())) words.remove(words.size() - 1);
        if (words.isEmpty()) return Optional.empty();
        String label = clause.substring(words.get(0).start(), words.get(words.size() - 1).end())
                .replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }
}
