package org.readout.annotate;

import org.readout.knowledge.People;
import org.readout.knowledge.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two name forms side by side that can only be one person are that person named in full: a quoted
 * nickname before the family name ("Rodrigo “Digong” Duterte"), where neither form alone settles who
 * is meant.
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
}
