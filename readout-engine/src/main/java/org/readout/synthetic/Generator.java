package org.readout.synthetic;

import org.readout.knowledge.KnowledgeBase;

/**
 * Distinct, realistic diplomatic encounters and the documents that report them, made from the knowledge base (office
 * holders on days they held office, capitals, summits) and worded by the grammar {@code readout/synthetic/templates.tsv}:
 * the same seed and knowledge give the same stories. Each story carries what the engine should make of its
 * documents, so a generated corpus is also a test of the engine ({@link Recovery}).
 */
public final class Generator {
    private final Planner planner;
    private final Reporter reporter;
    private int index;

    public Generator(KnowledgeBase kb, long seed) {
        this(kb, Grammar.bundled("templates.tsv"), seed);
    }

    Generator(KnowledgeBase kb, Grammar grammar, long seed) {
        this.planner = new Planner(kb, grammar, seed);
        this.reporter = new Reporter(kb, grammar, seed);
    }

    /** The next encounter with its documents. */
    public Story next() {
        Encounter e = planner.next(index++);
        return new Story(e, reporter.write(e, planner.pick("reports." + e.kind() + "." + e.status())));
    }
}
