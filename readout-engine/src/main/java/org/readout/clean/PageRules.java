package org.readout.clean;

import java.util.ArrayList;
import java.util.List;

/** The rules one page is cleaned with: the general rules of junk.tsv, kinds.tsv and outlets.tsv, and its site's if it has one. */
record PageRules(JunkRules junk, KindClassifier kinds, OutletFinder outlets) {

    static PageRules of(List<Tsv.Row> junk, List<Tsv.Row> kinds, List<Tsv.Row> outlets) {
        return new PageRules(JunkRules.parse(junk), KindClassifier.parse(kinds), OutletFinder.parse(outlets));
    }

    /** The general rows, then a site's: what its pages are cleaned with. */
    static PageRules of(List<Tsv.Row> junk, List<Tsv.Row> kinds, List<Tsv.Row> outlets, Sites.Rows site) {
        return of(concat(junk, site.junk()), concat(kinds, site.kinds()), concat(outlets, site.outlets()));
    }

    private static List<Tsv.Row> concat(List<Tsv.Row> a, List<Tsv.Row> b) {
        List<Tsv.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
