package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;

import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Who is speaking at a point of a transcript: the person named at the start of the last line of the
 * form "Penny Wong, Foreign Minister: ..." or "SECRETARY KERRY: ..." at or before it. The speaker lines
 * are found once per document, so a long transcript is read in linear time.
 */
final class TranscriptSpeakers {
    /** After the name: an optional title set off by a comma, then the colon that opens the words spoken. */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:,[^:\\n]{0,60})?:\\s");
    /** "I", "my", "we", "our": the speaker takes part in what the sentence tells. */
    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|My|we|We|our|Our)\\b");
    /** How far into a sentence a speaker line's name may start and still open it. */
    private static final int OPENING = 40;

    private final TreeMap<Integer, Mention> lines = new TreeMap<>();

    TranscriptSpeakers(AnnotatedDocument doc) {
        String text = doc.document().text();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (!text.substring(lineStart, m.start()).isBlank()) continue;
            if (AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 64))).find()) lines.put(m.start(), m);
        }
    }

    /** The speaker of the line a sentence belongs to, or null when the document has no such line before it. */
    Mention at(Sentence s) {
        var e = lines.floorEntry(s.start() + OPENING);
        return e == null ? null : e.getValue();
    }
}
