package org.readout.annotate;

import org.readout.knowledge.Countries;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.Scripts;
import org.readout.knowledge.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a script that leaves out short vowels and has no capitals (Arabic, Persian, Urdu), which people.tsv does not
 * spell: known by their consonants ({@code name-sounds.tsv}) where they stand beside an office and its country.
 */
final class NamesBesideOffices {
    private NamesBesideOffices() {
    }

    /** A title, or a counterpart word ({@code title} null), with its offsets in the document. */
    private record Office(int start, int end, String text, Titles.Title title) {
    }

    /** How many words after an office and its country may make up a name ("أنتوني جون بلينكن"). */
    private static final int NAME_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** What may stand between an office, its country, an honorific and the name: spaces, quotation marks, a comma. */
    private static final Pattern GAP = Pattern.compile("[\\s\"“”«»,،]*");

    /**
     * "وزير الخارجية الأمريكي أنتوني بلينكن", "نظيره الإيراني عباس عراقجي", "نیکول پاشینیان، نخست‌وزیر جمهوری ارمنستان": in a
     * script that leaves out short vowels and has no capitals, a name people.tsv does not spell is known by its consonants
     * ({@code name-sounds.tsv}) where it stands right after an office (a title, or a counterpart word) and the office's
     * country, or right before them, among those who held that office of that country (any office, after a counterpart word).
     */
    static List<Mention> find(KnowledgeBase kb, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        List<Office> offices = new ArrayList<>();
        for (Mention t : found) if (t.type() == MentionType.TITLE) offices.add(new Office(t.start(), t.end(), t.text(), t.as(Titles.Title.class)));
        for (Matcher m = kb.cues().counterpartWord().matcher(s.text()); m.find(); ) {
            offices.add(new Office(s.start() + m.start(), s.start() + m.end(), m.group(), null));
        }
        for (Office office : offices) {
            if (!kb.people().writtenByConsonants(office.text())) continue;
            Titles.Title title = office.title();
            String country = title == null ? null : title.country();
            String role = title == null ? null : title.role();
            int at = office.end() - s.start();
            while (true) {
                int next = skipGap(s.text(), at);
                Mention c = startingAt(found, MentionType.COUNTRY, s.start() + next);
                if (c != null) {
                    country = c.as(Countries.Ref.class).iso3();
                    at = c.end() - s.start();
                    continue;
                }
                Matcher state = kb.cues().stateWord().matcher(s.text()).region(next, s.text().length());
                if (state.lookingAt() && state.end() > next) {
                    at = state.end();
                    continue;
                }
                Matcher w = WORD.matcher(s.text()).region(next, s.text().length());
                if (w.lookingAt() && kb.cues().namePrefix().matcher(w.group()).matches()) {
                    at = w.end();
                    continue;
                }
                break;
            }
            if (country == null) continue;
            Mention name = nameByConsonants(kb, s, wordsAfter(kb, s, found, at), country, role, false);
            if (name == null && title != null) name = nameByConsonants(kb, s, wordsBefore(kb, s, found, office.start() - s.start()), country, role, true);
            Mention named = name;
            if (named != null && out.stream().noneMatch(x -> x.start() < named.end() && named.start() < x.end())) out.add(named);
        }
        return out;
    }

    /** Up to {@link #NAME_WORDS} words a name may be made of from {@code at} on, in the order written. */
    private static List<int[]> wordsAfter(KnowledgeBase kb, Sentence s, List<Mention> found, int at) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(s.text());
        for (int i = at; words.size() < NAME_WORDS; i = w.end()) {
            if (!w.region(skipGap(s.text(), i), s.text().length()).lookingAt() || !nameWord(kb, s, found, w)) break;
            // "جمهورية مصر العربية": a word with the article right after an office and its country is a common word;
            // inside a name it may be part of one ("حسين أمير عبد اللهيان")
            if (words.isEmpty() && Scripts.withArabicArticle(w.group())) break;
            words.add(new int[]{w.start(), w.end()});
        }
        return words;
    }

    /** Up to {@link #NAME_WORDS} words a name may be made of that end before {@code at}, in the order written. */
    private static List<int[]> wordsBefore(KnowledgeBase kb, Sentence s, List<Mention> found, int at) {
        List<int[]> words = new ArrayList<>();
        Matcher w = LAST_WORD.matcher(s.text());
        for (int i = at; words.size() < NAME_WORDS; i = w.start()) {
            int end = i;
            while (end > 0 && GAP.matcher(s.text().substring(end - 1, end)).matches()) end--;
            if (!w.region(0, end).find() || !nameWord(kb, s, found, w) || Scripts.withArabicArticle(w.group())) break;
            words.add(0, new int[]{w.start(), w.end()});
        }
        return words;
    }

    private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{M}]+$");

    /** A word of two letters or more ("و", and, is none) of a script read by its consonants, that names nothing else. */
    private static boolean nameWord(KnowledgeBase kb, Sentence s, List<Mention> found, Matcher w) {
        if (w.group().codePointCount(0, w.group().length()) < 2 || !kb.people().writtenByConsonants(w.group())) return false;
        int from = s.start() + w.start();
        int to = s.start() + w.end();
        return found.stream().noneMatch(x -> x.start() < to && from < x.end());
    }

    /**
     * The name those words make, of someone who held that country's office ({@code role}, or any when null): the most words
     * whose consonants are a family name's, with the words before them (a given name) after an office; before an office
     * ({@code beforeIt}), the family name ends one of the last two words ("وانگ یی", the family name first), and the name
     * runs up to the office.
     */
    private static Mention nameByConsonants(KnowledgeBase kb, Sentence s, List<int[]> words, String country, String role, boolean beforeIt) {
        for (int last = words.size() - 1; last >= (beforeIt ? words.size() - 2 : 0) && last >= 0; last--) {
            for (int first = 0; first <= last; first++) {
                StringBuilder joined = new StringBuilder();
                for (int i = first; i <= last; i++) joined.append(s.text(), words.get(i)[0], words.get(i)[1]);
                List<Person> named = kb.people().namedByConsonants(joined.toString()).stream()
                        .filter(p -> p.terms().stream().anyMatch(t -> t.country().equals(country) && (role == null || role.equals(t.role())))).toList();
                if (named.isEmpty()) continue;
                int from = words.get(beforeIt ? first : 0)[0];
                int to = words.get(beforeIt ? words.size() - 1 : last)[1];
                String text = s.text().substring(from, to);
                return new Mention(MentionType.PERSON, s.index(), s.start() + from, s.start() + to, text,
                        new People.NameForm(text, named, false));
            }
        }
        return null;
    }

    private static int skipGap(String text, int at) {
        Matcher g = GAP.matcher(text).region(at, text.length());
        return g.lookingAt() ? g.end() : at;
    }

    private static Mention startingAt(List<Mention> found, MentionType type, int start) {
        for (Mention m : found) if (m.type() == type && m.start() == start) return m;
        return null;
    }
}
