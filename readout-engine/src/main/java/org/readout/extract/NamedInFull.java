package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;

import java.util.LinkedHashSet;
import java.util.Set;

/** The people a document names in full ("Antony Blinken", not "Blinken") whom the knowledge base tells apart. */
final class NamedInFull {
    private NamedInFull() {
    }

    /** In the order of their first full mention. */
    static Set<Person> in(AnnotatedDocument doc) {
        Set<Person> out = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            People.NameForm f = m.as(People.NameForm.class);
            if (f.full() && f.candidates().size() == 1) out.add(f.candidates().get(0));
        }
        return out;
    }
}
