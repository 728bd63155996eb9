package org.readout.knowledge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The country table ({@code countries.tsv}) and a finder for country names, adjectives and capitals. */
public final class Countries {

    /** How a country was named: its name, an adjective ("Japanese") or its capital standing for it ("Beijing"). */
    public enum Form { NAME, ADJECTIVE, CAPITAL }

    public record Ref(String iso3, Form form) {
    }

    private final Map<String, Country> byCode = new HashMap<>();
    private final PhraseIndex<Ref> index = new PhraseIndex<>();
    private final Map<Character, java.util.Set<String>> byHanInitial = new HashMap<>();

    static Countries load(Path userDir) {
        Countries c = new Countries();
        for (Tsv.Row r : Tsv.load("countries.tsv", userDir)) {
            Country country = new Country(r.get(0), r.get(1), r.list(2), r.list(3), r.orNull(4),
                    r.orNull(5) == null ? r.get(0) : r.get(5), r.orNull(6));
            c.add(country);
        }
        return c;
    }

    void add(Country country) {
        byCode.put(country.iso3(), country);
        index.add(country.name(), new Ref(country.iso3(), Form.NAME), true);
        for (String a : country.aliases()) {
            index.add(a, new Ref(country.iso3(), Form.NAME), true);
            if (Character.UnicodeScript.of(a.charAt(0)) == Character.UnicodeScript.HAN) {
                byHanInitial.computeIfAbsent(PhraseIndex.foldSameLength(a.substring(0, 1)).charAt(0), k -> new java.util.TreeSet<>()).add(country.iso3());
            }
        }
        for (String a : country.adjectives()) {
            // "marroquí", "indiana": an adjective written in lower case is found only so written, never as a name ("Indiana")
            if (Character.isLowerCase(a.charAt(0))) index.addLowerCase(a, new Ref(country.iso3(), Form.ADJECTIVE));
            else index.add(a, new Ref(country.iso3(), Form.ADJECTIVE), true);
        }
        if (country.capital() != null) index.add(country.capital(), new Ref(country.iso3(), Form.CAPITAL), true);
    }

    /** CAMEO country code to ISO alpha-3 (the same for nearly all countries). */
    Map<String, String> cameoToIso3() {
        Map<String, String> out = new HashMap<>();
        for (Country c : byCode.values()) {
            out.putIfAbsent(c.iso3(), c.iso3());
            if (c.cameo() != null) out.put(c.cameo(), c.iso3());
        }
        return out;
    }

    public Optional<Country> get(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : byCode.get(iso3));
    }

    public String name(String iso3) {
        return get(iso3).map(Country::name).orElse(iso3);
    }

    /**
     * The countries one of whose names in Han characters begins with {@code c} ("澳" for 澳大利亚), which Chinese
     * abbreviates so ("澳方"); traditional and simplified characters alike ("韓方", "韩方").
     */
    public java.util.Set<String> withHanInitial(char c) {
        return byHanInitial.getOrDefault(PhraseIndex.foldSameLength(String.valueOf(c)).charAt(0), java.util.Set.of());
    }

    public PhraseIndex<Ref> index() {
        return index;
    }
}
