package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;

import java.util.regex.Pattern;

/**
 * Who is speaking at a point of a transcript: the person named at the start of the last line of the
 * form "Penny Wong, Foreign Minister: ..." or "SECRETARY KERRY: ..." at or before it.
 */
final class TranscriptSpeakers {
    /** After the name: an optional title set off by a comma, then the colon that opens the words spoken. */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:,[^:\\n]{0,60})?:\\s");
    /** "I", "my", "we", "our": the speaker takes part in what the sentence tells. */
    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|My|we|We|our|Our)\\b");

    private TranscriptSpeakers() {
    }

    static Mention at(AnnotatedDocument doc, Sentence s) {
        String text = doc.document().text();
        Mention last = null;
        for (Mention m : doc.mentions()) {
            if (m.start() > s.start() + 40) break;
            if (m.type() != MentionType.PERSON) continue;
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (!text.substring(lineStart, m.start()).isBlank()) continue;
            if (AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 64))).find()) last = m;
        }
        return last;
    }
}
