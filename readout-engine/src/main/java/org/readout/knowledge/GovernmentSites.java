package org.readout.knowledge;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which government a page's address belongs to, from {@code government-sites.tsv} (labels such as
 * {@code gov}, {@code go}, {@code gouv} under a country's domain, and hosts owned by one government)
 * and {@code country-domains.tsv} (each country's top-level domains).
 */
public final class GovernmentSites {
    private final Map<String, String> countryOfTld;
    private final Set<String> labels;
    private final Map<String, String> hosts;
    private final Map<String, Voice> voices;

    /** Whose first person a site's releases speak in: the holder of that office of that country on the page's day. */
    public record Voice(String country, String role) {
    }

    private GovernmentSites(Map<String, String> countryOfTld, Set<String> labels, Map<String, String> hosts, Map<String, Voice> voices) {
        this.countryOfTld = Map.copyOf(countryOfTld);
        this.labels = Set.copyOf(labels);
        this.hosts = Map.copyOf(hosts);
        this.voices = Map.copyOf(voices);
    }

    public static GovernmentSites load(Path userDir) {
        Map<String, String> tlds = new HashMap<>();
        for (Tsv.Row row : Tsv.load("country-domains.tsv", userDir)) {
            for (String tld : row.list(1)) tlds.put(tld.toLowerCase(Locale.ROOT), row.get(0));
        }
        Set<String> labels = new HashSet<>();
        Map<String, String> hosts = new HashMap<>();
        Map<String, Voice> voices = new HashMap<>();
        for (Tsv.Row row : Tsv.load("government-sites.tsv", userDir)) {
            String value = row.get(1).toLowerCase(Locale.ROOT);
            switch (row.get(0)) {
                case "label" -> labels.add(value);
                case "host" -> hosts.put(value, row.get(2));
                case "voice" -> {
                    if (row.get(2).isEmpty() || row.get(3).isEmpty()) throw row.error("a voice needs a country and an office (a role of titles.tsv)");
                    voices.put(value, new Voice(row.get(2), row.get(3)));
                }
                default -> throw row.error("unknown kind " + row.get(0) + " (label, host or voice)");
            }
        }
        return new GovernmentSites(tlds, labels, hosts, voices);
    }

    /** The office whose holder an address's first person is ("Today I met ..." on the foreign minister's site), if any. */
    public Optional<Voice> voiceOf(String url) {
        return bySuffix(host(url), voices);
    }

    /** The value of the host or of the longest domain it ends with ("www.kremlin.ru", then "kremlin.ru", then "ru"). */
    private static <T> Optional<T> bySuffix(String host, Map<String, T> values) {
        if (host == null) return Optional.empty();
        for (String suffix = host; ; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            T v = values.get(suffix);
            if (v != null) return Optional.of(v);
            if (suffix.indexOf('.') < 0) return Optional.empty();
        }
    }

    /** The country whose government the address belongs to; empty for any other address, or none. */
    public Optional<String> countryOf(String url) {
        String host = host(url);
        Optional<String> owned = bySuffix(host, hosts);
        if (owned.isPresent() || host == null) return owned;
        String[] parts = host.split("\\.");
        if (parts.length >= 2 && labels.contains(parts[parts.length - 2])) {
            return Optional.ofNullable(countryOfTld.get(parts[parts.length - 1]));
        }
        return Optional.empty();
    }

    /** The host of an address, in lower case; null for none or an address that is not one. */
    public static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
