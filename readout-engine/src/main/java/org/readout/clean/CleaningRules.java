package org.readout.clean;

import java.nio.file.Path;

/**
 * The rules cleaning reads, {@code junk.tsv}, {@code kinds.tsv} and {@code outlets.tsv} under {@code readout/clean/},
 * each extended or replaced by a user's file of the same name as every knowledge file is. Immutable.
 */
public final class CleaningRules {
    final JunkRules junk;
    final KindClassifier kinds;
    final OutletFinder outlets;

    private CleaningRules(JunkRules junk, KindClassifier kinds, OutletFinder outlets) {
        this.junk = junk;
        this.kinds = kinds;
        this.outlets = outlets;
    }

    /** The bundled rules with a user's files in {@code userDir} (none when null). */
    public static CleaningRules load(Path userDir) {
        return new CleaningRules(JunkRules.load(userDir), KindClassifier.load(userDir), OutletFinder.load(userDir));
    }
}
