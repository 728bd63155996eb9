package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;

import java.util.List;
import java.util.Optional;

/**
 * The line at the head of a page that says whose own words the page is, and the people it names as their author:
 * "Remarks by President Cyril Ramaphosa", "[Opening statement by Prime Minister Ishiba]" (a line that opens with a phrase
 * of cue kind {@code authored-by}: everyone it names), or "Foreign Minister Sergey Lavrov's remarks ... following talks
 * with ..." (a name right before a phrase of cue kind {@code authored-by-possessive}: that person alone).
 */
record PageAuthor(Sentence line, List<Mention> people) {
    /** How many of the first sentences may say whose words a page is. */
    private static final int HEAD_LINES = 5;
    /** How far after a name its possessive and the word for what it authored may reach. */
    private static final int AFTER_NAME = 40;

    static Optional<PageAuthor> of(AnnotatedDocument doc, Cues cues) {
        String text = doc.document().text();
        for (int i = 0; i < Math.min(HEAD_LINES, doc.sentences().size()); i++) {
            Sentence s = doc.sentences().get(i);
            List<Mention> named = doc.mentionsIn(s.index(), MentionType.PERSON);
            if (cues.authoredBy().matcher(s.text()).find()) return Optional.of(new PageAuthor(s, named));
            for (Mention m : named) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_NAME));
                if (cues.authoredByPossessive().matcher(after).find()) return Optional.of(new PageAuthor(s, List.of(m)));
            }
        }
        return Optional.empty();
    }
}
