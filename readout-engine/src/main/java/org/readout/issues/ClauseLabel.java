package org.readout.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A short label for what a clause is about, taken from its own words: the noun phrase after the
 * first topic preposition. Simple, deterministic heuristics over English function words; nothing
 * here knows any issue.
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
    private ClauseLabel() {
    }

    static final int MAX_WORDS = 8;

    private static final List<List<String>> STRONG = List.of(
            List.of("with", "regard", "to"), List.of("with", "respect", "to"), List.of("in", "relation", "to"),
            List.of("in", "regard", "to"), List.of("in", "connection", "with"), List.of("as", "regards"),
            List.of("as", "for"), List.of("related", "to"), List.of("relating", "to"), List.of("pertaining", "to"),
            List.of("issue", "of"), List.of("issues", "of"), List.of("question", "of"), List.of("matter", "of"),
            List.of("regarding"), List.of("concerning"), List.of("about"), List.of("over"), List.of("surrounding"));

    private static final Set<String> WEAK = Set.of("on", "for");

    /** Words of time that, right after a trigger (or its "the"), mean it does not introduce a topic. */
    private static final Set<String> TIME = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "weekend", "morning", "afternoon", "evening", "night",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
            "past", "last", "next", "first", "second", "third", "time", "times", "while", "long", "now");

    /** Other words that, right after a trigger, mean it does not introduce a topic ("on behalf of", "for his part"). */
    private static final Set<String> NOT_A_TOPIC = Set.of(
            "occasion", "sidelines", "behalf", "part", "other", "same", "phone", "telephone", "video", "visit",
            "trip", "tour", "way", "instance", "example", "sake", "his", "her", "its", "their", "our", "my",
            "your", "him", "them", "us", "me", "it", "both", "each");

    /** Words that stand for an actor in "called on X to ...". */
    private static final Set<String> ACTOR_WORDS = Set.of(
            "them", "him", "her", "it", "us", "both", "all", "each", "side", "sides", "party", "parties",
            "country", "countries", "nation", "nations", "government", "governments", "authorities", "leaders",
            "states", "members", "community", "partners", "allies");

    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
            "such", "any", "some");

    private static final Set<String> TOPIC_NOUNS = Set.of("issue", "issues", "question", "questions", "matter",
            "matters", "problem", "problems", "subject", "topic");

    private static final Set<String> ENDERS = Set.of(
            "which", "that", "who", "whom", "whose", "where", "when", "while", "whereas", "because", "since",
            "although", "though", "if", "unless", "but", "so", "as", "saying", "adding", "stressing", "noting");

    private static final Set<String> VERBS_AFTER_AND = Set.of(
            "said", "says", "stressed", "noted", "expressed", "agreed", "asked", "urged", "called", "requested",
            "emphasized", "emphasised", "reiterated", "welcomed", "confirmed", "added", "pointed", "stated",
            "shared", "exchanged", "affirmed", "underlined", "underscored", "explained", "conveyed", "told",
            "demanded", "criticized", "criticised", "rejected", "praised", "condemned", "discussed", "will",
            "would", "should", "must", "can", "could", "has", "have", "had", "is", "are", "was", "were");

    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "on", "at", "by", "from", "with", "to", "for", "during", "since", "through", "between",
            "among", "amid", "into", "toward", "towards", "under", "against", "without", "including", "after",
            "before", "within", "across", "via", "regarding", "concerning", "over", "about");

    private static final Set<String> TRAILING = Set.of(
            "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "its", "their", "his", "her", "our", "this", "that", "these", "those", "such");

    private record Token(String text, String lower, int start, int end, boolean word) {
    }

    static Optional<String> of(String clause) {
        if (clause == null || clause.isBlank()) return Optional.empty();
        List<Token> tokens = tokenize(clause);
        int from = topicStart(tokens);
        if (from < 0) return Optional.empty();
        return phraseFrom(clause, tokens, from);
    }

    /** Index of the first token of the topic phrase, or -1. */
    private static int topicStart(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> trigger : STRONG) {
                if (matchesAt(tokens, i, trigger)) {
                    int next = i + trigger.size();
                    if (introducesTopic(tokens, next)) return next;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!WEAK.contains(tokens.get(i).lower) || !notTime(tokens, i + 1)) continue;
            int verb = infinitiveAfterActor(tokens, i + 1);
            if (verb >= 0) return verb;
            if (introducesTopic(tokens, i + 1)) return i + 1;
        }
        return -1;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).lower.equals(words.get(k))) return false;
        }
        return true;
    }

    private static boolean introducesTopic(List<Token> tokens, int i) {
        Token t = head(tokens, i);
        return t != null && !Character.isDigit(t.text.charAt(0)) && !TIME.contains(t.lower) && !NOT_A_TOPIC.contains(t.lower);
    }

    private static boolean notTime(List<Token> tokens, int i) {
        Token t = head(tokens, i);
        return t != null && !Character.isDigit(t.text.charAt(0)) && !TIME.contains(t.lower);
    }

    /** The word at {@code i}, or the one after it when it is an article; null when there is none. */
    private static Token head(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).word) return null;
        Token t = tokens.get(i);
        if (t.lower.equals("the") || t.lower.equals("a") || t.lower.equals("an")) {
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).word) return null;
            t = tokens.get(i + 1);
        }
        return t;
    }

    /**
     * "on China to lift the ban": index of "lift" when an actor of at most four words (one of them
     * capitalised or an actor word such as "side", "parties", "them") comes before "to".
     */
    private static int infinitiveAfterActor(List<Token> tokens, int from) {
        boolean actor = false;
        for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
            Token t = tokens.get(k);
            if (!t.word) return -1;
            if (t.lower.equals("to") && k > from && k + 1 < tokens.size()) {
                Token v = tokens.get(k + 1);
                boolean verb = v.word && Character.isLowerCase(v.text.charAt(0)) && !DETERMINERS.contains(v.lower);
                return actor && verb ? k + 1 : -1;
            }
            if (Character.isUpperCase(t.text.charAt(0)) || ACTOR_WORDS.contains(t.lower)) actor = true;
        }
        return -1;
    }

    private static Optional<String> phraseFrom(String clause, List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).word && DETERMINERS.contains(tokens.get(i).lower)) i++;
        if (i + 1 < tokens.size() && TOPIC_NOUNS.contains(tokens.get(i).lower) && tokens.get(i + 1).lower.equals("of")) {
            i += 2;
            while (i < tokens.size() && tokens.get(i).word && DETERMINERS.contains(tokens.get(i).lower)) i++;
        }
        List<Token> words = new ArrayList<>();
        for (int k = i; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.word) break;
            if (!words.isEmpty() && ENDERS.contains(t.lower)) break;
            if (t.lower.equals("and") && k + 1 < tokens.size() && VERBS_AFTER_AND.contains(tokens.get(k + 1).lower)) break;
            words.add(t);
        }
        if (words.size() > MAX_WORDS) {
            int cut = MAX_WORDS;
            for (int k = MAX_WORDS; k >= 3; k--) {
                if (PREPOSITIONS.contains(words.get(k).lower)) {
                    cut = k;
                    break;
                }
            }
            words = new ArrayList<>(words.subList(0, cut));
        }
        while (!words.isEmpty() && TRAILING.contains(words.get(words.size() - 1).lower)) words.remove(words.size() - 1);
        if (words.isEmpty()) return Optional.empty();
        String label = clause.substring(words.get(0).start, words.get(words.size() - 1).end)
                .replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /** Words (letters and digits with inner ' ’ - . &) and single punctuation chars; quotes are skipped. */
    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '“' || c == '”') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (isInner(d) && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String w = s.substring(i, j);
                out.add(new Token(w, w.toLowerCase(Locale.ROOT), i, j, true));
                i = j;
            } else {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    private static boolean isInner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '‑' || c == '.' || c == '&' || c == '/';
    }
}
