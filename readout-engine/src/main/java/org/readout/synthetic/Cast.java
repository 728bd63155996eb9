package org.readout.synthetic;

import org.readout.knowledge.Country;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Who can take part in a generated encounter: the office holders of {@code people.tsv}, by country and office, and
 * for a day the one person who held the office then. An office held by two people on one day (an acting holder beside
 * the formal one), a person who held a more senior office that day too, a name the knowledge gives to someone else
 * as well, and a name with an abbreviated word in it ("Ma. Theresa Lazaro", which the sentence splitter ends a sentence
 * at) are left out, so that the text names the office holder without doubt.
 */
final class Cast {
    /** The offices encounters are between: leaders (each country's summit role), foreign and defence ministers. */
    static final List<String> LEVELS = List.of("leader", Roles.FOREIGN_MINISTER, Roles.DEFENCE_MINISTER);

    private final KnowledgeBase kb;
    private final Map<String, List<Holding>> byOffice = new HashMap<>();
    private final Map<String, Boolean> unambiguous = new HashMap<>();
    private final TreeMap<String, Country> countries = new TreeMap<>();

    /** One term of one person in one office. */
    record Holding(Person person, Person.Term term) {
    }

    Cast(KnowledgeBase kb) {
        this.kb = kb;
        for (Person p : kb.people().all()) {
            for (Person.Term t : p.terms()) {
                if (t.role() == null || t.country() == null) continue;
                kb.countries().get(t.country()).ifPresent(c -> countries.put(c.iso3(), c));
                byOffice.computeIfAbsent(key(t.country(), t.role()), k -> new ArrayList<>()).add(new Holding(p, t));
            }
        }
    }

    /** Countries with an office holder, in code order. */
    List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /** The office a country sends to an encounter of this level: a leader is its summit role. */
    static String role(Country country, String level) {
        if (!"leader".equals(level)) return level;
        return country.summitRole() == null ? Roles.HEAD_OF_GOVERNMENT : country.summitRole();
    }

    /** The one person who held the office that day and whose name and office the text can state without doubt. */
    Optional<Person> holder(String country, String role, LocalDate day) {
        Person found = null;
        for (Holding h : byOffice.getOrDefault(key(country, role), List.of())) {
            if (!h.term().covers(day)) continue;
            if (found != null && !found.equals(h.person())) return Optional.empty();
            found = h.person();
        }
        if (found == null || !unambiguous(found)) return Optional.empty();
        Optional<Person.Term> senior = found.termOn(day);
        if (senior.isEmpty() || !senior.get().role().equals(role) || !senior.get().country().equals(country)) return Optional.empty();
        return Optional.of(found);
    }

    /** Whether the knowledge gives this person's full name and family name to nobody else. */
    private boolean unambiguous(Person p) {
        return unambiguous.computeIfAbsent(p.id(), id -> !ABBREVIATED.matcher(p.name()).find() && soleOwner(p.name(), p)
                && soleOwner(p.family(), p));
    }

    private static final Pattern ABBREVIATED = Pattern.compile("\\p{L}{2,}\\.");

    private boolean soleOwner(String name, Person p) {
        People.NameForm form = kb.people().index().whole(name);
        return form != null && form.candidates().size() == 1 && form.candidates().get(0).id().equals(p.id());
    }

    private static String key(String country, String role) {
        return country + "|" + role;
    }
}
