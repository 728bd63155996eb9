package org.readout.annotate;

import org.readout.knowledge.Countries;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.PhraseIndex;
import org.readout.knowledge.Scripts;
import org.readout.knowledge.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of names beside names: two name forms side by side that can only be one person are that person named in full
 * (a quoted nickname before the family name, "Rodrigo “Digong” Duterte", where neither form alone settles who is meant);
 * a family name after someone else's given name is not the known person's; a family name in another script with capitals
 * (Cyrillic, Greek) is known by its sounds, one in a script without short vowels (Arabic) by its consonants after its office.
 */
final class PersonNames {
    /** What may stand between the two forms: closing quotes, brackets and spaces, nothing else. */
    private static final Pattern JOINER = Pattern.compile("[\\s\"'“”‘’)(]{1,4}");

    private PersonNames() {
    }

    /** A given name of the kind written with a hyphen ("Min-seok", "Jae-in"), right after a family name. */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("^[ \t]\\p{Lu}\\p{Ll}+-\\p{Ll}+\\b");

    static List<Mention> joinAdjacentForms(Sentence s, List<Mention> persons, Pattern patronymicBefore) {
        List<Mention> out = new ArrayList<>(persons);
        // "spokesman Kang Min-seok": a family name that a given name the knowledge base does not know follows is someone else's;
        // "Badr bin Hamad al Busaidy": so is one right after "bin", the father's name inside someone else's
        out.removeIf(m -> !m.as(People.NameForm.class).full()
                && (HYPHENATED_GIVEN_NAME.matcher(s.text().substring(m.end() - s.start())).find()
                || patronymicBefore.matcher(s.text().substring(0, m.start() - s.start())).find()));
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i);
            Mention b = out.get(i + 1);
            People.NameForm fa = a.as(People.NameForm.class);
            People.NameForm fb = b.as(People.NameForm.class);
            if (fa.full() && fb.full()) continue;
            String between = s.text().substring(a.end() - s.start(), b.start() - s.start());
            if (!JOINER.matcher(between).matches()) continue;
            List<Person> both = fa.candidates().stream().filter(p -> fb.candidates().stream().anyMatch(q -> q.id().equals(p.id()))).toList();
            if (both.isEmpty()) continue;
            String text = s.text().substring(a.start() - s.start(), b.end() - s.start());
            out.set(i, new Mention(MentionType.PERSON, s.index(), a.start(), b.end(), text, new People.NameForm(text, both, true)));
            out.remove(i + 1);
        }
        return out;
    }

    /** How far before a name its given name and a word before that are looked for. */
    private static final int BEFORE_REACH = 48;
    /** The capitalised word right before a name, after another word of its sentence ("visited the grave of Heydar Aliyev"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<=\\p{L}[\\p{L}.,'’]{0,30} )(\\p{Lu}\\p{Ll}+) $");

    /**
     * "Heydar Aliyev", "Jill Biden": a family name alone, right after a capitalised word that is no title, honorific
     * (cue kind name-prefix), country, place or day and no given name of the people it may stand for (in any spelling that
     * sounds alike, {@code name-sounds.tsv}: "Kaies Saied" is Kais Saied, or that starts as it does: "Ricky Marles",
     * "z Antonym Blinkenem"), is someone else's (a person the knowledge base lacks). A headline, capitalised throughout ("Erdogan Meets Aliyev"), is left as it is.
     */
    static boolean someoneElsesGivenNameBefore(KnowledgeBase kb, Sentence s, Mention person, List<Mention> found, List<TimeMention> times) {
        People.NameForm form = person.as(People.NameForm.class);
        if (form.full()) return false;
        int window = Math.max(0, person.start() - s.start() - BEFORE_REACH);
        Matcher m = WORD_BEFORE.matcher(s.text().substring(window, person.start() - s.start()));
        if (!m.find()) return false;
        String word = m.group(1);
        int from = s.start() + window + m.start(1);
        int to = s.start() + window + m.end(1);
        if (kb.cues().namePrefix().matcher(word).matches() || Sentence.isHeadline(s.text())) return false;
        if (found.stream().anyMatch(x -> x != person && x.start() < to && from < x.end())) return false;
        if (times.stream().anyMatch(t -> t.start() < to && from < t.end())) return false;
        for (Person p : form.candidates()) {
            for (String w : p.name().split("[\\s-]+")) if (kb.people().soundAlike(w, word) || sameStart(w, word)) return false;
        }
        return true;
    }

    /** How many first letters a given name shares with a known one that is its nickname or a case of it ("Ricky", "Antonym"). */
    private static final int GIVEN_NAME_START = 3;

    private static boolean sameStart(String known, String written) {
        String a = PhraseIndex.foldSameLength(known).toLowerCase(Locale.ROOT);
        String b = PhraseIndex.foldSameLength(written).toLowerCase(Locale.ROOT);
        return a.length() >= GIVEN_NAME_START && b.length() >= GIVEN_NAME_START && a.regionMatches(0, b, 0, GIVEN_NAME_START);
    }

    /**
     * A capitalised word of a script other than the Latin one: whether it names someone is for the letters of
     * {@code name-sounds.tsv} to say (Cyrillic and Greek are bundled; a user's rows may read another script).
     */
    private static final Pattern SCRIPT_WORD = Pattern.compile("(?<!\\p{L})[\\p{Lu}&&[^\\p{IsLatin}]][\\p{L}&&[^\\p{IsLatin}]]+");

    /** Another capitalised word of such a script right after a name: the name before it is a given name. */
    private static final Pattern GIVEN_NAME_NEXT = Pattern.compile(" [\\p{Lu}&&[^\\p{IsLatin}]]");

    /**
     * "Мицотакис", "Μητσοτάκη", "с Джайшанкаром": a family name in a script other than the Latin one that the names of
     * people.tsv lack, known by its sounds ({@code name-sounds.tsv}), where no other name, country, place or title stands
     * and that does not sound as a place of the gazetteer does.
     */
    static List<Mention> namesInScript(KnowledgeBase kb, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        Matcher m = SCRIPT_WORD.matcher(s.text());
        while (m.find()) {
            int from = s.start() + m.start();
            int to = s.start() + m.end();
            if (found.stream().anyMatch(x -> x.start() < to && from < x.end())) continue;
            if (GIVEN_NAME_NEXT.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) continue;
            List<Person> named = kb.people().namedInScript(m.group());
            // "в Ереване" sounds like a family name (Erywan) and is the city
            if (!named.isEmpty() && kb.places().namedInScript(m.group()).isEmpty()) out.add(new Mention(MentionType.PERSON, s.index(), from, to, m.group(), new People.NameForm(m.group(), named, false)));
        }
        return out;
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
    static List<Mention> namesAfterOffices(KnowledgeBase kb, Sentence s, List<Mention> found, Pattern counterpart) {
        List<Mention> out = new ArrayList<>();
        List<Mention> offices = new ArrayList<>(found.stream().filter(m -> m.type() == MentionType.TITLE).toList());
        for (Matcher m = counterpart.matcher(s.text()); m.find(); ) {
            offices.add(new Mention(MentionType.CUE, s.index(), s.start() + m.start(), s.start() + m.end(), m.group(), null));
        }
        for (Mention office : offices) {
            if (!kb.people().writtenByConsonants(office.text())) continue;
            Titles.Title title = office.type() == MentionType.TITLE ? office.as(Titles.Title.class) : null;
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
            if (!w.region(0, end).find() || !nameWord(kb, s, found, w)) break;
            words.add(0, new int[]{w.start(), w.end()});
        }
        return words;
    }

    private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{M}]+$");

    /** A word of a script read by its consonants, without the article ("جمهورية مصر العربية"), that names nothing else. */
    private static boolean nameWord(KnowledgeBase kb, Sentence s, List<Mention> found, Matcher w) {
        if (!kb.people().writtenByConsonants(w.group()) || Scripts.withArabicArticle(w.group())) return false;
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
