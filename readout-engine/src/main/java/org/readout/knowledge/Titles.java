package org.readout.knowledge;

import java.nio.file.Path;

/** Titles of office ({@code titles.tsv}): "Minister for Foreign Affairs" is a foreign minister, "Premier" a head of government. */
public final class Titles {

    /** The role a title names, and the country it implies when it belongs to one ("Secretary of State"). */
    public record Title(String role, String country) {
    }

    private final PhraseIndex<Title> index = new PhraseIndex<>();

    static Titles load(Path userDir) {
        Titles t = new Titles();
        for (Tsv.Row r : Tsv.load("titles.tsv", userDir)) {
            t.index.add(r, r.get(0), new Title(r.get(1), r.orNull(2)), false);
        }
        return t;
    }

    public PhraseIndex<Title> index() {
        return index;
    }
}
