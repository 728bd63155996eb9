package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;

import java.util.Optional;

/**
 * The line at the head of a page that says whose own words the page is ("Remarks by President Cyril Ramaphosa",
 * "[Opening statement by Prime Minister Ishiba]"): one of its first sentences that opens with a phrase of cue kind
 * {@code authored-by}.
 */
final class PageAuthor {
    /** How many of the first sentences may say whose words a page is. */
    private static final int HEAD_LINES = 5;

    private PageAuthor() {
    }

    static Optional<Sentence> line(AnnotatedDocument doc, Cues cues) {
        for (int i = 0; i < Math.min(HEAD_LINES, doc.sentences().size()); i++) {
            Sentence s = doc.sentences().get(i);
            if (cues.authoredBy().matcher(s.text()).find()) return Optional.of(s);
        }
        return Optional.empty();
    }
}
