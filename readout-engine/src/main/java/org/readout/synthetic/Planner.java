package org.readout.synthetic;

import org.readout.extract.Location;
import org.readout.knowledge.Country;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Occasions;
import org.readout.knowledge.Person;
import org.readout.knowledge.PhraseIndex;
import org.readout.knowledge.Place;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Plans encounters one after another: what kind (the grammar's mix), between which office holders on which day
 * (people who held the office that day), where, and at which occasion. Encounters stay distinct: a person takes part
 * in at most one encounter within {@value #PERSON_GAP} days, and the office holders of two countries in one pair of
 * offices (their leaders, their foreign ministers, ...) meet at most once within {@value #PAIR_GAP} days, so every
 * encounter is one the documents can tell apart from the others by its people and its day. Two countries' leaders
 * and their foreign ministers may meet in the same weeks, as they do.
 */
final class Planner {
    static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final int PERSON_GAP = 1;
    static final int PAIR_GAP = 60;

    private final KnowledgeBase kb;
    private final Grammar grammar;
    private final Cast cast;
    private final Random random;
    private final List<Country> countries;
    private final Map<String, NavigableSet<LocalDate>> personDays = new HashMap<>();
    private final Map<String, NavigableSet<LocalDate>> pairDays = new HashMap<>();

    Planner(KnowledgeBase kb, Grammar grammar, long seed) {
        this.kb = kb;
        this.grammar = grammar;
        this.cast = new Cast(kb);
        this.random = new Random(seed);
        this.countries = cast.countries().stream().filter(this::writable).toList();
    }

    /**
     * A country the text can name, call by its adjective and place by its capital without doubt: no word of them is
     * someone's name ("Muscat", "Montenegro", "Andorra la Vella") and its name is no city elsewhere ("Jamaica",
     * "Trinidad and Tobago"). The engine misreads such texts (see the README's benchmark); the generator states
     * facts it can be held to.
     */
    private boolean writable(Country c) {
        if (c.adjectives().isEmpty() || c.capital() == null || place(c.capital(), c.iso3()) == null) return false;
        for (String words : List.of(c.name(), c.adjectives().get(0), c.capital())) {
            if (!kb.people().index().find(words).isEmpty()) return false;
        }
        for (PhraseIndex.Match<Place> m : kb.places().index().find(c.name())) {
            if (!c.iso3().equals(m.value().country())) return false;
        }
        return true;
    }

    /** A city of that country as the engine reports it when written so ("New York"), or null when the gazetteer does not know it. */
    private String place(String city, String country) {
        Place place = kb.places().index().whole(city);
        return place != null && country.equals(place.country()) ? place.asWritten(city, "") : null;
    }

    /** The next encounter, numbered {@code index}. */
    Encounter next(int index) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Optional<Encounter> e = attempt(index);
            if (e.isPresent()) return e.get();
        }
        throw new IllegalStateException("no more distinct encounters can be planned");
    }

    private Optional<Encounter> attempt(int index) {
        String kind = pick("encounter");
        String status = pick("status." + kind);
        Occasions.Occasion occasion = null;
        String level;
        LocalDate date;
        if (kind.equals("sideline")) {
            level = pick("level.sideline");
            List<Occasions.Occasion> editions = kb.occasions().editions(pick("series." + level)).stream()
                    .filter(o -> o.city() != null && o.country() != null && !o.start().isBefore(FROM) && !o.end().isAfter(TO)
                            && place(o.city(), o.country()) != null).toList();
            if (editions.isEmpty()) return Optional.empty();
            occasion = editions.get(random.nextInt(editions.size()));
            date = occasion.start().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(occasion.start(), occasion.end()) + 1));
        } else {
            level = pick("level." + kind);
            date = FROM.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FROM, TO) + 1));
        }
        List<Side> sides = sides(kind.equals("trilateral") ? 3 : 2, level, date, occasion == null ? null : occasion.country());
        if (sides.isEmpty()) return Optional.empty();
        for (Side s : sides) personDays.computeIfAbsent(s.personId(), k -> new TreeSet<>()).add(date);
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) pairDays.computeIfAbsent(pair(sides.get(i), sides.get(j)), k -> new TreeSet<>()).add(date);
        }
        int hour = 8 + random.nextInt(13);
        String time = String.format("%02d:%s", hour, random.nextBoolean() ? "00" : "30");
        int minutes = 20 + 5 * random.nextInt(15);
        return Optional.of(switch (kind) {
            case "call" -> new Encounter(index, kind, status, "phone", null, date, time, minutes, null, null, null, sides);
            case "video" -> new Encounter(index, kind, status, "video", null, date, time, minutes, null, null, null, sides);
            case "visit" -> hosted(index, kind, status, "visit", date, time, minutes, sides, sides.get(1));
            case "trilateral" -> hosted(index, kind, status, "multilateral", date, time, minutes, sides, sides.get(0));
            case "sideline" -> new Encounter(index, kind, status, "in_person", "third_country", date, time, minutes,
                    new Location(place(occasion.city(), occasion.country()), occasion.country()), null, occasion.name(), sides);
            default -> throw new IllegalArgumentException("templates: unknown encounter kind " + kind);
        });
    }

    private Encounter hosted(int index, String kind, String status, String setting, LocalDate date, String time, int minutes,
                             List<Side> sides, Side host) {
        String capital = place(kb.countries().get(host.country()).orElseThrow().capital(), host.country());
        return new Encounter(index, kind, status, "in_person", setting, date, time, minutes, new Location(capital, host.country()),
                host.country(), null, sides);
    }

    /** {@code n} office holders of different countries (none of {@code exclude}) free that day, or none. */
    private List<Side> sides(int n, String level, LocalDate date, String exclude) {
        List<Country> order = new ArrayList<>(countries);
        Collections.shuffle(order, random);
        List<Side> sides = new ArrayList<>();
        for (Country c : order) {
            if (c.iso3().equals(exclude)) continue;
            String role = Cast.role(c, level);
            Optional<Person> p = cast.holder(c.iso3(), role, date);
            if (p.isEmpty() || near(personDays.get(p.get().id()), date, PERSON_GAP)) continue;
            Side side = new Side(p.get().id(), p.get().name(), p.get().family(), p.get().gender(), c.iso3(), role);
            if (sides.stream().anyMatch(s -> near(pairDays.get(pair(s, side)), date, PAIR_GAP))) continue;
            sides.add(side);
            if (sides.size() == n) return sides;
        }
        return List.of();
    }

    private static boolean near(NavigableSet<LocalDate> days, LocalDate date, int gap) {
        return days != null && !days.subSet(date.minusDays(gap), true, date.plusDays(gap), true).isEmpty();
    }

    /** The two countries and their offices, in a fixed order. */
    static String pair(Side a, Side b) {
        String x = a.country() + " " + a.role(), y = b.country() + " " + b.role();
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    String pick(String symbol) {
        List<String> alternatives = grammar.alternatives(symbol);
        if (alternatives.isEmpty()) throw new IllegalArgumentException("templates: no rule " + symbol);
        return alternatives.get(random.nextInt(alternatives.size()));
    }
}
