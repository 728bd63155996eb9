package org.readout.coding;

import org.readout.knowledge.Tsv;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words after which a verb form is read as a noun ({@code readout/coding/noun-markers.tsv}, extended by a
 * user's file of the same name): articles and possessives, determiners and common adjectives, prepositions.
 * Immutable.
 */
final class NounMarkers {
    static final String FILE = "noun-markers.tsv";

    final Set<String> articles;
    final Set<String> determiners;
    final Set<String> prepositions;

    private NounMarkers(Set<String> articles, Set<String> determiners, Set<String> prepositions) {
        this.articles = Set.copyOf(articles);
        this.determiners = Set.copyOf(determiners);
        this.prepositions = Set.copyOf(prepositions);
    }

    /** The bundled words with a user's {@value #FILE} ({@code userDir} null: none). */
    static NounMarkers load(Path userDir) {
        Set<String> articles = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        Set<String> prepositions = new HashSet<>();
        for (Tsv.Row r : Tsv.load("readout/coding/", FILE, userDir)) {
            String word = r.get(1).toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.contains(" ")) throw r.error("one word is needed in the second column, not '" + r.get(1) + "'");
            switch (r.get(0)) {
                case "article" -> articles.add(word);
                case "determiner" -> determiners.add(word);
                case "preposition" -> prepositions.add(word);
                default -> throw r.error("the kind is article, determiner or preposition, not '" + r.get(0) + "'");
            }
        }
        return new NounMarkers(articles, determiners, prepositions);
    }
}
