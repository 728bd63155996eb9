package org.readout.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The gazetteer ({@code places.tsv}, derived from GeoNames) and the venues file ({@code venues.tsv}).
 * Where two places share a name the most populous wins, and the others stay known as its namesakes ("San José" of
 * Costa Rica beside San Jose of the United States); a town named as another country ("Armenia", Colombia) is left to the
 * country.
 */
public final class Places {
    /** The column of a place's names in other scripts ("北京", "Москва", "القاهرة"), optional in a user's file. */
    private static final int OTHER_SCRIPTS = 7;
    private final PhraseIndex<Place> index = new PhraseIndex<>();
    private final Map<String, Double> longitudes = new HashMap<>();
    private final Map<String, List<Place>> namesakes = new HashMap<>();
    private NameSounds<Place> sounds;

    static Places load(Path userDir, Countries countries, NameSounds<?> sounds) {
        Places p = new Places();
        Map<String, Place> best = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        for (Tsv.Row r : Tsv.load("places.tsv", userDir)) {
            long pop = population(r);
            Place place = new Place(r.get(0), r.get(2), pop, false);
            keep(best, surface, r.get(0), place);
            p.namesakes.computeIfAbsent(PhraseIndex.foldSameLength(r.get(0)), k -> new ArrayList<>()).add(place);
            for (String a : r.list(1)) {
                keep(best, surface, a, place);
                p.namesakes.computeIfAbsent(PhraseIndex.foldSameLength(a), k -> new ArrayList<>()).add(place);
            }
            for (String a : r.list(OTHER_SCRIPTS)) keep(best, surface, a, place);
            if (!r.get(6).isEmpty()) {
                p.longitudes.putIfAbsent(r.get(0) + "|" + r.get(2), Double.valueOf(r.get(6)));
                for (String a : r.list(1)) p.longitudes.putIfAbsent(a + "|" + r.get(2), Double.valueOf(r.get(6)));
            }
        }
        for (Tsv.Row r : Tsv.load("venues.tsv", userDir)) {
            Place place = new Place(r.get(1), r.get(2), Long.MAX_VALUE, true);
            keep(best, surface, r.get(0), place);
            for (String a : r.list(3)) keep(best, surface, a, place);
        }
        p.sounds = sounds.newIndex();
        for (Place place : best.values()) p.sounds.add(place.name(), place);
        best.forEach((k, v) -> {
            if (!v.venue() && namedAsAnotherCountry(countries, surface.get(k), v.country())) return;
            p.index.add(surface.get(k), v, true);
        });
        return p;
    }

    /** "Armenia", a city of Colombia: a town named as another country is read as that country. */
    static boolean namedAsAnotherCountry(Countries countries, String name, String country) {
        Countries.Ref named = countries.index().whole(name);
        return named != null && named.form() == Countries.Form.NAME && !named.iso3().equals(country);
    }

    private static long population(Tsv.Row r) {
        if (r.get(3).isEmpty()) return 0;
        try {
            return Long.parseLong(r.get(3));
        } catch (NumberFormatException e) {
            throw r.error("population is not a whole number: '" + r.get(3) + "'");
        }
    }

    private static void keep(Map<String, Place> best, Map<String, String> surface, String name, Place place) {
        String key = PhraseIndex.foldSameLength(name);
        Place old = best.get(key);
        if (old == null || place.population() > old.population()) {
            best.put(key, place);
            surface.put(key, name);
        }
    }

    /** The longitude of a city of the gazetteer, by its name and country; empty when it has none. */
    public OptionalDouble longitude(String city, String country) {
        Double lon = longitudes.get(city + "|" + country);
        return lon == null ? OptionalDouble.empty() : OptionalDouble.of(lon);
    }

    /** The most populous place of this name in one of {@code countries}: "San Jose" in Costa Rica is San José. */
    public Optional<Place> namesakeIn(String name, Collection<String> countries) {
        if (name == null) return Optional.empty();
        return namesakes.getOrDefault(PhraseIndex.foldSameLength(name), List.of()).stream()
                .filter(x -> countries.contains(x.country()))
                .max(Comparator.comparingLong(Place::population));
    }

    /** The places whose name a word of the Cyrillic or the Greek script writes ("в Ереване"), in any case; empty if none. */
    public List<Place> namedInScript(String word) {
        return sounds.named(word);
    }

    public PhraseIndex<Place> index() {
        return index;
    }
}
