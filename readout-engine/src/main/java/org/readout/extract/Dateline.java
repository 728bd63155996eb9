package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;

import java.util.regex.Pattern;

/**
 * The city a page's dateline names: "NEW DELHI, Sep 3 (IANS) –", "Brasília - O presidente", "Москва, 28 октября.",
 * "Beijing.— El canciller", "القاهرة- (أ ش أ)": a known place opening a line near the page's start (after a date label
 * at most), and then, after its region or country perhaps, a separator.
 */
final class Dateline {
    private Dateline() {
    }

    /** How far into the page a dateline stands (below a headline and a byline). */
    private static final int REACH = 800;
    /** Before the place on its line: nothing, or a label and a date ("date 2025-09-03 New Delhi, Sep 3"). */
    private static final Pattern OPENING = Pattern.compile("^[\\s\\p{P}]*(?:\\p{L}+:?\\s+[\\d./-]+\\s+)?$");
    /** After the place: its region or country perhaps, then a comma, a colon, a bar, a bracket or a dash set apart ("Tokyo-based" is none). */
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s*(?:[,:|(]|\\.?\\s*[–—-](?=\\s|\\())");

    /** The place mention of the page's dateline, or null. */
    static Mention place(AnnotatedDocument doc) {
        String text = doc.document().text();
        for (Mention m : doc.mentions()) {
            if (m.start() >= REACH) break;
            if (m.type() != MentionType.PLACE) continue;
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (!OPENING.matcher(text.substring(lineStart, m.start())).matches()) continue;
            if (SEPARATOR.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).lookingAt()) return m;
        }
        return null;
    }
}
