package org.readout.clean;

import java.nio.file.Path;
import java.util.List;

/**
 * The rules cleaning reads, {@code junk.tsv}, {@code kinds.tsv}, {@code outlets.tsv} and {@code sites.tsv} under
 * {@code readout/clean/}, each extended or replaced by a user's file of the same name as every knowledge file is:
 * the general rules, and those of single sites for their pages alone. Immutable.
 */
public final class CleaningRules {
    final PageRules general;
    private final Sites sites;

    private CleaningRules(PageRules general, Sites sites) {
        this.general = general;
        this.sites = sites;
    }

    /** The bundled rules with a user's files in {@code userDir} (none when null). */
    public static CleaningRules load(Path userDir) {
        List<Tsv.Row> junk = Tsv.read("junk.tsv", userDir);
        List<Tsv.Row> kinds = Tsv.read("kinds.tsv", userDir);
        List<Tsv.Row> outlets = Tsv.read("outlets.tsv", userDir);
        return new CleaningRules(PageRules.of(junk, kinds, outlets), Sites.parse(Tsv.read("sites.tsv", userDir), junk, kinds, outlets));
    }

    /** The rules for a page at this address (null: none): its site's, else the general ones. */
    PageRules at(String url) {
        Sites.Site site = sites.at(url);
        return site == null ? general : site.rules();
    }

    /** The rules for a text without an address: those of the first site whose sign a line matches, else the general ones. */
    PageRules signedIn(List<String> lines) {
        Sites.Site site = sites.signedIn(lines);
        return site == null ? general : site.rules();
    }
}
