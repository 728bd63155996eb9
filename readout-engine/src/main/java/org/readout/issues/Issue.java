package org.readout.issues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue of the taxonomy: what statements are about.
 *
 * @param id       stable slug, e.g. {@code east-china-sea}
 * @param label    short neutral English label
 * @param category a category of the taxonomy ({@link IssueTaxonomy#category(String)})
 * @param aliases  phrases that name the issue in text
 * @param wordings each side's own distinctive phrases for the issue, by ISO 3166 alpha-3 code
 *                 ({@code JPN -> [ALPS-treated water, treated water]})
 */
public record Issue(String id, String label, String category, List<String> aliases,
                    Map<String, List<String>> wordings) {

    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
        Map<String, List<String>> w = new LinkedHashMap<>();
        wordings.forEach((country, phrases) -> w.put(country, List.copyOf(phrases)));
        wordings = Collections.unmodifiableMap(w);
    }

    /** Every phrase that identifies the issue: the aliases, then the wordings of each side. */
    public List<String> phrases() {
        List<String> all = new ArrayList<>(aliases);
        wordings.values().forEach(all::addAll);
        return all;
    }

    /** The side whose distinctive wording {@code phrase} is (compared as the tagger compares), if any. */
    public Optional<String> wordingOf(String phrase) {
        String key = PhraseForm.key(phrase);
        for (Map.Entry<String, List<String>> e : wordings.entrySet()) {
            for (String p : e.getValue()) {
                if (PhraseForm.key(p).equals(key)) return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
