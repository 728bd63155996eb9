package org.readout.knowledge;

import java.nio.file.Path;

/**
 * Everything the engine knows before it reads a document, loaded once at start from the bundled
 * data files and, when given, a user's folder of files with the same names that extend them;
 * {@code digest} is the {@link KnowledgeDigest} of those files, stamped on every extraction made with them.
 */
public record KnowledgeBase(Countries countries, People people, Places places, Titles titles, Lexicon lexicon,
                            GovernmentSites governmentSites, Occasions occasions, Cues cues, String digest) {

    public static KnowledgeBase load(Path userDir) {
        Countries countries = Countries.load(userDir);
        NameSounds<?> sounds = NameSounds.load(userDir);
        return new KnowledgeBase(countries, People.load(userDir, countries, sounds), Places.load(userDir, countries, sounds),
                Titles.load(userDir), Lexicon.load(userDir), GovernmentSites.load(userDir), Occasions.load(userDir),
                Cues.load(userDir), KnowledgeDigest.of(userDir));
    }

    private static volatile KnowledgeBase bundled;

    /** The bundled knowledge alone, loaded once per JVM. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) bundled = load(null);
                kb = bundled;
            }
        }
        return kb;
    }
}
