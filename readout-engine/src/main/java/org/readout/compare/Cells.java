package org.readout.compare;

import org.readout.extract.Speaker;
import org.readout.extract.StatementReport;
import org.readout.issues.IssueMatch;
import org.readout.issues.IssueTaxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the cells of a comparison: where each statement's act and issue are in its sentence, and the clause to
 * quote. The acts of one sentence split it into regions: an act's issue is looked for after its words and before
 * the next act's, then before its words back to the previous act's, then anywhere in the sentence.
 */
final class Cells {
    /** Where a row's issue is named in a sentence: {@code wordingOf} is the side whose distinctive wording it is, or null. */
    record Mention(int start, int end, String text, String issue, String wordingOf) {
    }

    private final IssueTaxonomy taxonomy;
    private final Map<String, TreeSet<Integer>> actsBySentence = new HashMap<>();
    private final Map<String, List<IssueMatch>> matches = new HashMap<>();

    Cells(IssueTaxonomy taxonomy, Collection<StatementReport> reports) {
        this.taxonomy = taxonomy;
        for (StatementReport r : reports) {
            int at = actAt(r);
            if (at >= 0) actsBySentence.computeIfAbsent(sentenceKey(r), k -> new TreeSet<>()).add(at);
        }
    }

    /** The act: one statement per act is compared in a row; {@code document|sentence|act}. */
    static String actKey(StatementReport r) {
        return sentenceKey(r) + "|" + r.verb();
    }

    private static String sentenceKey(StatementReport r) {
        return r.document() + "|" + r.evidence().start() + "|" + r.evidence().text().hashCode();
    }

    /** Where the statement's act words begin in its sentence, or -1. */
    static int actAt(StatementReport r) {
        return actAt(r.evidence().text(), r.verb());
    }

    /** Where the act words {@code verb} begin in {@code s}, or -1. */
    static int actAt(String s, String verb) {
        if (verb == null || verb.isBlank()) return -1;
        int at = s.indexOf(verb);
        if (at < 0) at = s.toLowerCase(Locale.ROOT).indexOf(verb.toLowerCase(Locale.ROOT));
        if (at < 0) {
            String first = verb.strip().split("\\s+")[0];
            Matcher m = Pattern.compile("\\b" + Pattern.quote(first) + "\\b", Pattern.CASE_INSENSITIVE).matcher(s);
            at = first.length() >= 3 && m.find() ? m.start() : -1;
        }
        return at;
    }

    /**
     * The mention of one of {@code issues} (or of a topic phrase) that the statement's act is about, or null when
     * the sentence names none of them. Mentions of the statement's own issue are preferred.
     */
    Mention mention(StatementReport r, Set<String> issues, List<String> phrases) {
        String s = r.evidence().text();
        List<Mention> own = new ArrayList<>();
        List<Mention> row = new ArrayList<>();
        for (IssueMatch m : matches.computeIfAbsent(s, k -> taxonomy.tagger().find(k))) {
            if (!issues.contains(m.id())) continue;
            Mention mention = new Mention(m.start(), m.end(), m.text(), m.id(), m.wordingOf());
            (r.issue() != null && m.id().equals(r.issue().id()) ? own : row).add(mention);
        }
        for (String p : phrases) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
            while (m.find()) row.add(new Mention(m.start(), m.end(), m.group(), null, null));
        }
        row.sort(java.util.Comparator.comparingInt(Mention::start));
        Mention best = nearest(r, own);
        return best != null ? best : nearest(r, row);
    }

    private Mention nearest(StatementReport r, List<Mention> mentions) {
        if (mentions.isEmpty()) return null;
        int act = actAt(r);
        if (act < 0) return mentions.get(0);
        TreeSet<Integer> acts = actsBySentence.getOrDefault(sentenceKey(r), new TreeSet<>());
        Integer next = acts.higher(act);
        Integer previous = acts.lower(act);
        int end = next == null ? Integer.MAX_VALUE : next;
        int begin = previous == null ? 0 : previous;
        for (Mention m : mentions) if (m.start() >= act && m.start() < end) return m;
        Mention before = null;
        for (Mention m : mentions) if (m.start() >= begin && m.end() <= act) before = m;
        if (before != null) return before;
        Mention best = null;
        for (Mention m : mentions) {
            if (best == null || distance(m, act) < distance(best, act)) best = m;
        }
        return best;
    }

    private static int distance(Mention m, int at) {
        return m.start() >= at ? m.start() - at : at - m.end();
    }

    /** The cell of a statement, quoting the clause of {@code mention} (or, without one, the act's clause). */
    Cell cell(StatementReport r, Mention mention) {
        String s = r.evidence().text();
        Clauses.Span span = new Clauses(s).quote(actAt(r), mention == null ? null : new Clauses.Span(mention.start(), mention.end()));
        Quote quote = new Quote(s.substring(span.start(), span.end()), span.start(), span.end());
        String wordingOf = null;
        if (r.wording() != null && r.issue() != null && r.issue().fromTaxonomy()) {
            wordingOf = taxonomy.byId(r.issue().id()).flatMap(i -> i.wordingOf(r.wording())).orElse(null);
        }
        String speaker = r.speakers().size() == 1 ? r.speakers().get(0).name() : "both sides";
        return new Cell(List.of(r.id()), sideOf(r), speaker, r.type(), r.cameo(), r.verb(), r.issue(), r.wording(), wordingOf,
                mention == null ? null : mention.text(), quote, r.evidence());
    }

    /** The speakers' one country, "BOTH" for several, or null. */
    static String sideOf(StatementReport r) {
        Set<String> c = new LinkedHashSet<>();
        for (Speaker s : r.speakers()) if (s.country() != null) c.add(s.country());
        return c.size() == 1 ? c.iterator().next() : c.isEmpty() ? null : Row.BOTH;
    }

    /** Whether the words at {@code at} are inside quotation marks of the sentence. */
    static boolean quoted(String sentence, int at) {
        int straight = 0;
        int open = -1;
        int close = -1;
        for (int i = 0; i < at && i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '"') straight++;
            else if (c == '“') open = i;
            else if (c == '”') close = i;
        }
        return straight % 2 == 1 || open > close;
    }
}
