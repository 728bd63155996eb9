package org.readout.cli;

import org.readout.source.RawDocument;
import org.readout.store.Input;
import org.readout.store.Inputs;
import org.readout.synthetic.Generator;
import org.readout.synthetic.Story;
import org.readout.synthetic.SyntheticDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated documents for a batch, made one at a time as the batch reads them (so a large corpus is never held in
 * memory), with what was generated kept for {@link org.readout.synthetic.Recovery} without the texts. A story is cut
 * short where a batch ends, and the next batch starts with the next story.
 */
final class SyntheticFeed {
    static final String FOLDER = "synthetic";

    private final Generator generator;
    private final List<Story> told = new ArrayList<>();
    private Story current;
    private int taken;
    private long generatingNanos;

    SyntheticFeed(Generator generator) {
        this.generator = generator;
    }

    /** The next {@code n} documents as inputs; they must be read in order, each once. */
    Inputs inputs(int n) {
        Inputs inputs = new Inputs();
        int[] next = {0};
        for (int i = 0; i < n; i++) {
            int k = i;
            inputs.add(new Input() {
                @Override
                public String source() {
                    return FOLDER + "/document-" + k;
                }

                @Override
                public RawDocument read() {
                    if (next[0]++ != k) throw new IllegalStateException("generated documents are read in order, once");
                    return next().raw(FOLDER);
                }
            });
        }
        return inputs;
    }

    /** The next generated document. */
    SyntheticDocument next() {
        long t0 = System.nanoTime();
        if (current == null || taken == current.documents().size()) {
            current = generator.next();
            taken = 0;
            told.add(current.upTo(0));
        }
        SyntheticDocument d = current.documents().get(taken++);
        told.set(told.size() - 1, new Story(current.planned(), textless(current.upTo(taken).documents())));
        generatingNanos += System.nanoTime() - t0;
        return d;
    }

    private static List<SyntheticDocument> textless(List<SyntheticDocument> docs) {
        return docs.stream().map(d -> new SyntheticDocument(d.name(), "", d.meta(), d.encounter(), d.relation(), d.kind(), d.issuer(),
                d.states())).toList();
    }

    /** Every story told so far, as far as its documents were taken, without their texts. */
    List<Story> told() {
        return List.copyOf(told);
    }

    /** Time spent generating, not reading. */
    double generatingSeconds() {
        return generatingNanos / 1e9;
    }
}
