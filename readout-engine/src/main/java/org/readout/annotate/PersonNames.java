package org.readout.annotate;

import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.PhraseIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of names beside names: two name forms side by side that can only be one person are that person named in full
 * (a quoted nickname before the family name, "Rodrigo “Digong” Duterte", where neither form alone settles who is meant);
 * a family name after someone else's given name is not the known person's; a family name in another script with capitals
 * (Cyrillic, Greek) is known by its sounds ({@link NamesBesideOffices} reads those of a script without short vowels).
 */
final class PersonNames {
    /** What may stand between the two forms: closing quotes, brackets and spaces, nothing else. */
    private static final Pattern JOINER = Pattern.compile("[\\s\"'“”‘’)(]{1,4}");

    private PersonNames() {
    }

    /** A given name of the kind written with a hyphen ("Min-seok", "Jae-in"), right after a family name. */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("^[ \t]\\p{Lu}\\p{Ll}+-\\p{Ll}+\\b");

    static List<Mention> joinAdjacentForms(Sentence s, List<Mention> persons, Pattern patronymicBefore, Pattern patronymicAfter) {
        List<Mention> out = new ArrayList<>(persons);
        // "spokesman Kang Min-seok": a family name that a given name the knowledge base does not know follows is someone else's;
        // "Badr bin Hamad al Busaidy": so is one right after "bin", the father's name inside someone else's;
        // "Hussein bin Abdullah": and one right before a "bin" its holder's name does not have there, someone else's given name
        out.removeIf(m -> !m.as(People.NameForm.class).full()
                && (HYPHENATED_GIVEN_NAME.matcher(s.text().substring(m.end() - s.start())).find()
                || patronymicBefore.matcher(s.text().substring(0, m.start() - s.start())).find()
                || beforeAnotherPatronymic(s, m, patronymicAfter)));
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

    /** Whether "bin", "ibn" follows the name where none of those it may stand for has it: someone else's name begins there. */
    private static boolean beforeAnotherPatronymic(Sentence s, Mention m, Pattern patronymicAfter) {
        Matcher after = patronymicAfter.matcher(s.text().substring(m.end() - s.start()));
        if (!after.lookingAt()) return false;
        String own = (m.text() + " " + after.group(1)).toLowerCase(Locale.ROOT);
        return m.as(People.NameForm.class).candidates().stream().noneMatch(p -> p.name().toLowerCase(Locale.ROOT).contains(own));
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
            if (GIVEN_NAME_NEXT.matcher(s.text()).region(m.end(), s.text().length()).lookingAt() && isGivenNameOfNext(kb, s.text(), m)) continue;
            List<Person> sounding = kb.people().namedInScript(m.group());
            List<Person> named = byGivenNameBefore(kb, s.text().substring(0, m.start()), sounding);
            // a given name that told one of several apart makes the name a full one
            boolean full = named.size() == 1 && sounding.size() > 1;
            // "в Ереване" sounds like a family name (Erywan) and is the city
            if (!named.isEmpty() && kb.places().namedInScript(m.group()).isEmpty()) out.add(new Mention(MentionType.PERSON, s.index(), from, to, m.group(), new People.NameForm(m.group(), named, full)));
        }
        return out;
    }

    /**
     * "Ильхам Әлиев": a word before another capitalised word of its script is a given name, unless it is a family name the
     * knowledge base knows and the next word names no one whose given name it sounds as ("Тоқаев Ильхам Әлиевпен", Tokayev
     * with Ilham Aliyev, in a language that puts both names before its verb).
     */
    private static boolean isGivenNameOfNext(KnowledgeBase kb, String text, Matcher word) {
        if (kb.people().namedInScript(word.group()).isEmpty()) return true;
        Matcher next = SCRIPT_WORD.matcher(text);
        if (!next.find(word.end())) return true;
        return kb.people().namedInScript(next.group()).stream().anyMatch(p -> givenNameSounds(kb, word.group(), p));
    }

    /** Whether a word sounds as a person's given name, the first word of a name of several. */
    private static boolean givenNameSounds(KnowledgeBase kb, String word, Person p) {
        String[] words = p.name().strip().split("\\s+");
        return words.length > 1 && kb.people().soundAlike(word, words[0]);
    }

    /** The capitalised word of such a script right before a name, and the blank after it. */
    private static final Pattern GIVEN_NAME_BEFORE = Pattern.compile("(?<!\\p{L})([\\p{Lu}&&[^\\p{IsLatin}]][\\p{L}&&[^\\p{IsLatin}]]+) $");

    /**
     * "Ильхам Әлиевпен": of several people a family name sounds as, the one whose given name the word before it sounds as
     * (Ilham, not Heydar Aliyev); all of them when none or several fit.
     */
    private static List<Person> byGivenNameBefore(KnowledgeBase kb, String before, List<Person> named) {
        if (named.size() < 2) return named;
        Matcher given = GIVEN_NAME_BEFORE.matcher(before);
        if (!given.find()) return named;
        List<Person> fit = named.stream().filter(p -> givenNameSounds(kb, given.group(1), p)).toList();
        return fit.size() == 1 ? fit : named;
    }

    /** A capitalised word of the Latin script, hyphenated parts and all ("Kassym-Jomart", "Abdel-Aati"). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\p{M}'’-])\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{L}[\\p{L}\\p{M}'’]*)*");

    /**
     * "Badr Abdel-Aati", "Kassym-Jomart Tokaïev": a known person's given name followed by a family name spelled another way
     * that sounds alike ({@code name-sounds.tsv}), where neither word names anything else.
     */
    static List<Mention> namesBySound(KnowledgeBase kb, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        Matcher given = LATIN_WORD.matcher(s.text());
        Matcher family = LATIN_WORD.matcher(s.text());
        while (given.find()) {
            int from = s.start() + given.start();
            if (!family.region(given.end(), s.text().length()).find() || !s.text().substring(given.end(), family.start()).equals(" ")) continue;
            int to = s.start() + family.end();
            if (found.stream().anyMatch(x -> x.start() < to && from < x.end())) continue;
            var person = kb.people().namedBySound(given.group(), family.group());
            if (person.isEmpty()) continue;
            String text = s.text().substring(given.start(), family.end());
            out.add(new Mention(MentionType.PERSON, s.index(), from, to, text, new People.NameForm(text, List.of(person.get()), true)));
        }
        return out;
    }
}
