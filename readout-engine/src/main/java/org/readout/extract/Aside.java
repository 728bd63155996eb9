package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;
import org.readout.knowledge.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stretch of a sentence about another encounter than the one it reports. */
record Aside(int start, int end) {
    /** How far before an engagement word "after her telephone conversation with" may start. */
    private static final int OTHER_ENCOUNTER_WINDOW = 64;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;]");
    private static final Pattern SENTENCE_CLAUSE_END = Pattern.compile(";");

    boolean covers(int position) {
        return position >= start && position < end;
    }

    static boolean anyCovers(List<Aside> asides, int position) {
        return asides.stream().anyMatch(a -> a.covers(position));
    }

    /**
     * "After the visit to the US on 21 December, Zelenskyy met Duda", "talked to Kono over the phone after
     * her telephone conversation with Tillerson": an engagement word right after "after", "before",
     * "ahead of" opens an aside about another encounter, to the end of its clause.
     */
    static List<Aside> in(AnnotatedDocument doc, Sentence s, List<Mention> triggers, Cues cues) {
        String text = doc.document().text();
        List<Aside> out = new ArrayList<>();
        for (Mention t : triggers) {
            int from = Math.max(s.start(), t.start() - OTHER_ENCOUNTER_WINDOW);
            Matcher m = cues.otherEncounter().matcher(text.substring(from, t.start()));
            if (!m.find()) continue;
            int start = from + m.start();
            // "Macron's words came after a three-hour meeting with Mikati": the words follow the encounter the sentence reports
            if (cues.wordsAfter().matcher(text.substring(s.start(), start)).find() && !reportedBefore(triggers, start)) continue;
            boolean runsOn = reportedBefore(triggers, start) && cues.asideList().matcher(text.substring(t.end(), s.end())).lookingAt();
            out.add(new Aside(start, end(text, s, t, runsOn)));
        }
        Aside said = reportedFirst(doc, s, triggers);
        if (said != null) out.add(said);
        return out;
    }

    private static final Pattern CONTENT_END = Pattern.compile("[,”\"]\\s*$");

    /**
     * "Netanyahu was trying to set the region on fire, said Turkish President Erdogan while talking with his Iranian
     * counterpart Pezeshkian in a phone call": what was said, told before a verb of saying that follows a comma or a
     * quotation, when an engagement word and two people come after that verb, is not the encounter's; the people it
     * names did not take part.
     */
    private static Aside reportedFirst(AnnotatedDocument doc, Sentence s, List<Mention> triggers) {
        String text = doc.document().text();
        for (Mention c : doc.mentionsIn(s.index(), MentionType.CUE)) {
            if (!"report".equals(c.as(Lexicon.Cue.class).status())) continue;
            if (!CONTENT_END.matcher(text.substring(s.start(), c.start())).find()) continue;
            boolean toldAfter = triggers.stream().anyMatch(t -> t.start() > c.end());
            long peopleAfter = doc.mentionsIn(s.index(), MentionType.PERSON).stream().filter(p -> p.start() > c.end()).count();
            return toldAfter && peopleAfter >= 2 ? new Aside(s.start(), c.start()) : null;
        }
        return null;
    }

    /**
     * Where an aside ends: at the end of its clause ("After the summit, Kishida met Yoon", "In a bilateral meeting
     * before the summit, Ramaphosa briefed Putin"); when the sentence's own encounter was told before it and the
     * aside goes on to name who took part in its encounter (cue kind {@code aside-list}: "ahead of the trilateral
     * meeting between Marcos, Kishida, and Biden"), at the end of the sentence, so that the list stays in the aside.
     */
    private static int end(String text, Sentence s, Mention trigger, boolean runsOn) {
        Matcher end = (runsOn ? SENTENCE_CLAUSE_END : CLAUSE_END).matcher(text.substring(trigger.end(), s.end()));
        return end.find() ? trigger.end() + end.start() : s.end();
    }

    private static boolean reportedBefore(List<Mention> triggers, int asideStart) {
        return triggers.stream().anyMatch(t -> t.end() <= asideStart);
    }
}
