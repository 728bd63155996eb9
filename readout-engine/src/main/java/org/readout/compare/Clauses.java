package org.readout.compare;

import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence cut into clauses, and the part of it a cell quotes. Clauses end at {@code ; , :} (after a closing
 * quotation mark that follows them, not between digits) and at a spaced dash, and begin at a clause opener
 * ("while", "whereas", "but"...); a one-word clause in lower case ("transparent, predictable, and fair")
 * joins both its neighbours, and a short opening one ("Furthermore,", "To that end,") the next. A quote is whole clauses: the one naming the issue, reaching to the act's own
 * clause when the issue is named before it, and widened by neighbouring clauses (towards the act first) to at
 * least {@link #MIN_WORDS} words. Leading conjunctions and trailing commas are left out.
 */
final class Clauses {
    static final int MIN_WORDS = 6;
    /** A first clause this short ("1. At the outset,") opens the next rather than stands alone. */
    static final int LEADING_WORDS = 4;

    /** {@code readout/compare/clause-words.tsv}: the words that open a clause, and those a quote does not start with. */
    private static final List<String> OPENERS = words("opener");
    private static final Set<String> LEADING = Set.copyOf(words("leading"));

    /** Offsets {@code [start, end)} in the sentence. */
    record Span(int start, int end) {
        boolean contains(int at) {
            return at >= start && at < end;
        }
    }

    private final String sentence;
    private final List<Span> clauses;

    Clauses(String sentence) {
        this.sentence = sentence;
        this.clauses = cut(sentence);
    }

    List<Span> clauses() {
        return clauses;
    }

    /**
     * The quote for an act whose words begin at {@code actAt} (-1 when not found) about an issue named at
     * {@code mention} (null when none is: then the act's clause is quoted).
     */
    Span quote(int actAt, Span mention) {
        if (clauses.isEmpty()) return new Span(0, sentence.length());
        int act = actAt < 0 ? -1 : indexAt(actAt);
        int from;
        int to;
        if (mention == null) {
            from = to = act < 0 ? 0 : act;
        } else {
            from = indexAt(mention.start());
            to = indexAt(Math.max(mention.start(), mention.end() - 1));
            if (act >= 0 && act > to) to = act;
        }
        boolean towardsLeft = act >= 0 && act < from;
        while (words(from, to) < MIN_WORDS && (from > 0 || to < clauses.size() - 1)) {
            boolean left = from > 0 && (towardsLeft || to == clauses.size() - 1);
            if (left) from--;
            else to++;
        }
        return trim(clauses.get(from).start(), clauses.get(to).end());
    }

    private int indexAt(int offset) {
        for (int i = 0; i < clauses.size(); i++) if (offset < clauses.get(i).end()) return i;
        return clauses.size() - 1;
    }

    private int words(int from, int to) {
        return countWords(sentence.substring(clauses.get(from).start(), clauses.get(to).end()));
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private Span trim(int start, int end) {
        while (start < end && Character.isWhitespace(sentence.charAt(start))) start++;
        while (end > start && (Character.isWhitespace(sentence.charAt(end - 1)) || ",;:–—".indexOf(sentence.charAt(end - 1)) >= 0)) end--;
        int space = sentence.indexOf(' ', start);
        if (space > start && space < end && LEADING.contains(sentence.substring(start, space).toLowerCase(Locale.ROOT))) {
            start = space + 1;
        }
        return new Span(start, end);
    }

    private static List<Span> cut(String s) {
        List<Integer> bounds = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean digits = c == ',' && i > 0 && i + 1 < n && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
            if ((c == ';' || c == ',' || c == ':') && !digits) {
                int j = i + 1;
                while (j < n && "\"”’'".indexOf(s.charAt(j)) >= 0) j++;
                bounds.add(j);
            } else if ((c == '–' || c == '—') && i > 0 && s.charAt(i - 1) == ' ') {
                bounds.add(i);
            } else if (i > 0 && s.charAt(i - 1) == ' ' && opensClause(s, i)) {
                bounds.add(i);
            }
        }
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int b : bounds) {
            if (b > from && !s.substring(from, b).isBlank()) {
                out.add(new Span(from, b));
                from = b;
            }
        }
        if (from < n && !s.substring(from).isBlank()) out.add(new Span(from, n));
        else if (!out.isEmpty()) out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), n));
        for (int i = 0; i < out.size() && out.size() > 1; i++) {
            String clause = s.substring(out.get(i).start(), out.get(i).end()).strip();
            if (countWords(clause) > 1 || clause.isEmpty() || !Character.isLowerCase(clause.charAt(0))) continue;
            int from2 = Math.max(0, i - 1);
            int to = Math.min(out.size() - 1, i + 1);
            Span merged = new Span(out.get(from2).start(), out.get(to).end());
            out.subList(from2, to + 1).clear();
            out.add(from2, merged);
            i = from2 - 1;
        }
        if (out.size() > 1 && countWords(s.substring(out.get(0).start(), out.get(0).end())) <= LEADING_WORDS) {
            out.set(0, new Span(0, out.remove(1).end()));
        }
        return out;
    }

    private static List<String> words(String kind) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.load("readout/compare/", "clause-words.tsv", null)) {
            if (!r.get(0).equals("opener") && !r.get(0).equals("leading")) throw r.error("no such kind '" + r.get(0) + "' (opener or leading)");
            if (r.get(0).equals(kind)) out.add(r.get(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    private static boolean opensClause(String s, int i) {
        for (String o : OPENERS) {
            int end = i + o.length();
            if (s.regionMatches(true, i, o, 0, o.length()) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
