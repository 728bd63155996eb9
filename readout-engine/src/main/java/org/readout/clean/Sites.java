package org.readout.clean;

import org.readout.knowledge.GovernmentSites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of {@code sites.tsv}, each for the pages of one site: a page is of a site when its address's host is the
 * site's domain or ends with "." and it; a text without an address is of the first site one of whose {@code sign}s
 * matches a line of it. A site's pages are cleaned with the general rules and the site's rows of junk.tsv, kinds.tsv
 * and outlets.tsv; other pages with the general rules alone.
 */
final class Sites {
    /** One site: the lines that tell its texts without an address, and the rules its pages are cleaned with. */
    record Site(String domain, List<Pattern> signs, PageRules rules) {
        boolean signedIn(List<String> lines) {
            for (Pattern sign : signs) {
                for (String line : lines) if (sign.matcher(line).find()) return true;
            }
            return false;
        }
    }

    /** A site's rows, each as a row of the file its kind names. */
    record Rows(List<Pattern> signs, List<Tsv.Row> junk, List<Tsv.Row> kinds, List<Tsv.Row> outlets) {
    }

    private final Map<String, Site> byDomain;

    private Sites(Map<String, Site> byDomain) {
        this.byDomain = byDomain;
    }

    /**
     * @param rows the rows of sites.tsv: domains (|-separated), a kind, then a row of the file the kind names
     * @param junk the general rows of junk.tsv, and {@code kinds} and {@code outlets} those of kinds.tsv and outlets.tsv
     */
    static Sites parse(List<Tsv.Row> rows, List<Tsv.Row> junk, List<Tsv.Row> kinds, List<Tsv.Row> outlets) {
        Map<String, Rows> grouped = new LinkedHashMap<>();
        for (Tsv.Row row : rows) {
            Tsv.Row rest = new Tsv.Row(row.file(), row.line(), row.cells().subList(Math.min(2, row.cells().size()), row.cells().size()));
            for (String domain : row.cell(0).split("\\|")) {
                String d = domain.strip().toLowerCase(Locale.ROOT);
                if (d.isEmpty() || d.contains("/")) throw row.error("not a domain: '" + domain.strip() + "'");
                Rows site = grouped.computeIfAbsent(d, k -> new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                switch (row.cell(1)) {
                    case "sign" -> site.signs().add(rest.pattern(0));
                    case "junk" -> site.junk().add(rest);
                    case "kind" -> site.kinds().add(rest);
                    case "outlet" -> site.outlets().add(rest);
                    default -> throw row.error("unknown site rule kind " + row.cell(1) + " (sign, junk, kind or outlet)");
                }
            }
        }
        Map<String, Site> byDomain = new LinkedHashMap<>();
        grouped.forEach((domain, site) -> byDomain.put(domain,
                new Site(domain, List.copyOf(site.signs()), PageRules.of(junk, kinds, outlets, site))));
        return new Sites(byDomain);
    }

    /** The site of a page at this address, or null. */
    Site at(String url) {
        String host = GovernmentSites.host(url);
        if (host == null) return null;
        for (String suffix = host; ; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            Site site = byDomain.get(suffix);
            if (site != null) return site;
            if (suffix.indexOf('.') < 0) return null;
        }
    }

    /** The first site one of whose signs matches a line, or null. */
    Site signedIn(List<String> lines) {
        for (Site site : byDomain.values()) if (site.signedIn(lines)) return site;
        return null;
    }
}
