package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is speaking at a point of a transcript: the person named at the start of the last line of the
 * form "Penny Wong, Foreign Minister: ...", "Mr. Taro Kono, Minister for Foreign Affairs: ...", "Minister Kono: ..."
 * or "SECRETARY KERRY: ..." at or before it, unless a line such as "Reporter: ..." gave the floor to someone unnamed
 * since; before any such line, the one person named in the line that says whose words the page is ("Remarks by President
 * X", {@link PageAuthor}). The speaker lines are found once per document, so a long transcript is read in linear time.
 */
final class TranscriptSpeakers {
    /** After the name: an optional title set off by a comma, then the colon that opens the words spoken. */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:,[^:\\n]{0,60})?:\\s");
    /** How far into a sentence a speaker line's name may start and still open it. */
    private static final int OPENING = 40;

    /** "Reporter: ", "Q: ", "Minister Kono: ": a few capitalised words and a colon that open a line give the floor to someone. */
    static final Pattern FLOOR_LABEL = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}[ \\t]*:[ \\t]");
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*" + FLOOR_LABEL.pattern());
    /** Before the name on its line: nothing, or a form of address and office ("Mr. ", "Minister "). */
    private static final Pattern BEFORE_NAME = Pattern.compile("[ \\t]*(?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,3}");

    /** Where each speaker's turn starts; a null speaker for a turn of someone unnamed ("Reporter: "). */
    private final TreeMap<Integer, Mention> lines = new TreeMap<>();
    /** Who speaks where no line has given the floor yet: the page's author, or null. */
    private final Mention author;

    TranscriptSpeakers(AnnotatedDocument doc, Cues cues) {
        String text = doc.document().text();
        Matcher label = LABEL.matcher(text);
        while (label.find()) lines.put(label.start(), null);
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (!BEFORE_NAME.matcher(text.substring(lineStart, m.start())).matches()) continue;
            if (AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 64))).find()) lines.put(lineStart, m);
        }
        List<Mention> named = PageAuthor.of(doc, cues).map(PageAuthor::people).orElse(List.of());
        author = named.size() == 1 ? named.get(0) : null;
    }

    /** Everyone who has the floor somewhere in the document, in order of their first turn. */
    List<Mention> all() {
        List<Mention> out = new ArrayList<>();
        for (Mention m : lines.values()) if (m != null && out.stream().noneMatch(o -> o.text().equalsIgnoreCase(m.text()))) out.add(m);
        return out;
    }

    /** The speaker of the line a sentence belongs to, else the page's author, or null. */
    Mention at(Sentence s) {
        var e = lines.floorEntry(s.start() + OPENING);
        return e == null ? author : e.getValue();
    }
}
