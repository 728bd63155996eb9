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

/** Which engagement words of a sentence report an encounter, and which of them says what it was. */
final class Triggers {
    private Triggers() {
    }

    /** The engagement words that report an encounter: with their guest where they need one, and not a reporter's channel. */
    static List<Mention> reporting(AnnotatedDocument doc, Sentence s, Cues cues) {
        return withoutOccasions(doc, s, cues, withOccasions(doc, s, cues));
    }

    /**
     * The triggers with a summit named after an occasion marker kept: "ahead of the summit, hosted by India on July 4" is
     * no encounter the sentence reports, and still an aside whose day is not the encounter's.
     */
    static List<Mention> withOccasions(AnnotatedDocument doc, Sentence s, Cues cues) {
        return withoutReportChannels(doc, s, cues, withGuests(doc, s, cues, afterGroups(doc, s, cues, doc.mentionsIn(s.index(), MentionType.TRIGGER))));
    }

    /**
     * "leaders attending the G7 summit sought a meeting with Trump": a summit named after an occasion marker is
     * where the encounter took place, not the encounter, when the sentence has another engagement word.
     */
    private static List<Mention> withoutOccasions(AnnotatedDocument doc, Sentence s, Cues cues, List<Mention> triggers) {
        if (triggers.size() < 2) return triggers;
        String text = doc.document().text();
        List<Mention> out = new ArrayList<>();
        for (Mention t : triggers) {
            boolean summit = "summit".equals(t.as(Lexicon.Trigger.class).kind());
            if (!summit || !cues.occasionMarker().matcher(text.substring(s.start(), t.start())).find()) out.add(t);
        }
        return out.isEmpty() ? triggers : out;
    }

    /**
     * The engagement words of a sentence that name an encounter as a noun or a verb of meeting: "talked" and "spoke"
     * ({@code group} words) tell an encounter only after both sides are named, and are otherwise acts of talking.
     */
    static List<Mention> encounterWords(AnnotatedDocument doc, Sentence s) {
        return doc.mentionsIn(s.index(), MentionType.TRIGGER).stream().filter(t -> !t.as(Lexicon.Trigger.class).afterGroup()).toList();
    }

    /** A word that reports an encounter only after both sides are named ("the two leaders spoke") kept only there. */
    private static List<Mention> afterGroups(AnnotatedDocument doc, Sentence s, Cues cues, List<Mention> triggers) {
        if (triggers.stream().noneMatch(t -> t.as(Lexicon.Trigger.class).afterGroup())) return triggers;
        String text = doc.document().text();
        List<Mention> out = new ArrayList<>();
        for (Mention t : triggers) {
            if (!t.as(Lexicon.Trigger.class).afterGroup() || endsWithAGroup(text.substring(s.start(), t.start()), cues)) out.add(t);
        }
        return out;
    }

    private static boolean endsWithAGroup(String before, Cues cues) {
        Matcher m = cues.group().matcher(before);
        boolean last = false;
        while (m.find()) last = before.substring(m.end()).isBlank();
        return last;
    }

    /** How closely the guest follows "welcomed", "hosted", "received" ("welcomed the visiting Indian Prime Minister"). */
    private static final int GUEST_WINDOW = 35;

    /** Between the one addressed and the words said to them: a comma ("Minister X, welcome back"). */
    private static final Pattern ADDRESSED = Pattern.compile("\\s*,\\s*");

    /** The triggers that report an encounter here: a word that needs a guest ("welcomed") only with one right after it. */
    private static List<Mention> withGuests(AnnotatedDocument doc, Sentence s, Cues cues, List<Mention> triggers) {
        if (triggers.stream().noneMatch(t -> t.as(Lexicon.Trigger.class).needsGuest())) return triggers;
        String text = doc.document().text();
        List<Mention> out = new ArrayList<>();
        for (Mention t : triggers) {
            Lexicon.Trigger kind = t.as(Lexicon.Trigger.class);
            if (kind.guestBefore()) {
                if (doc.mentionsIn(s.index()).stream().anyMatch(m -> isGuest(m) && m.end() <= t.start()
                        && ADDRESSED.matcher(text.substring(m.end(), t.start())).matches())) out.add(t);
                continue;
            }
            if (!kind.needsGuest() || doc.mentionsIn(s.index()).stream().anyMatch(m -> isGuest(m)
                    && m.start() >= t.end() && m.start() - t.end() - timesBetween(doc, s, t.end(), m.start(), cues.placeAside()) <= GUEST_WINDOW
                    && (!kind.guestNext() || cues.determinerGap().matcher(text.substring(t.end(), m.start())).matches() && !named(doc, s, cues, m)))) out.add(t);
        }
        return out;
    }

    /** "Morrison called Prime Minister Modi 'pioneer of technology'": the one called is followed by what they were called. */
    private static boolean named(AnnotatedDocument doc, Sentence s, Cues cues, Mention guest) {
        String text = doc.document().text();
        int end = guest.end();
        for (Mention n : doc.mentionsIn(s.index())) {
            if (n.start() >= end && text.substring(end, n.start()).isBlank()) end = n.end();
        }
        return cues.naming().matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
    }

    private static final Pattern SET_OFF_BEFORE = Pattern.compile(",\\s*(?:on\\s+)?$");
    private static final Pattern SET_OFF_AFTER = Pattern.compile("^\\s*,");

    /**
     * "received, 30-4-2023, at Al-Ittihadiya Palace Prime Minister ...": the length of the times set off by commas between,
     * which do not part a guest from its host ("welcomed Wednesday, the day of the inauguration of ..." is not set off).
     */
    private static int timesBetween(AnnotatedDocument doc, Sentence s, int from, int to, Pattern placeAside) {
        String text = doc.document().text();
        int n = 0;
        for (var t : doc.timesIn(s.index())) {
            if (t.start() < from || t.end() > to) continue;
            if (SET_OFF_BEFORE.matcher(text.substring(from, t.start())).find() && SET_OFF_AFTER.matcher(text.substring(t.end(), to)).find()) {
                n += t.end() - t.start();
            } else if (RIGHT_AFTER.matcher(text.substring(from, t.start())).matches() && !SET_OFF_AFTER.matcher(text.substring(t.end(), to)).find()) {
                // "ha recibido este miércoles en el Palacio de la Moncloa al presidente": the day right after the word, and
                // the place named with it (not "welcomed Wednesday, the day of the inauguration of", an apposition)
                n += t.end() - from;
                Matcher place = placeAside.matcher(text.substring(t.end(), to));
                if (place.lookingAt()) n += place.end();
            }
        }
        return n;
    }

    /** Between an engagement word and a day that belongs to it: blanks and perhaps one short word ("este", "on"). */
    private static final Pattern RIGHT_AFTER = Pattern.compile("\\s+(?:\\p{L}{1,6}\\s+)?");

    /** How far after "said" or "told" a medium is the channel of the telling. */
    private static final int REPORT_CHANNEL_WINDOW = 30;

    /**
     * "told CBC News by phone today", "said in a telephone interview": a telephone or video word right after
     * a verb of saying, with no person, office or country between, is how a reporter was told, not an
     * encounter ("told Erdogan by phone" still is one).
     */
    private static List<Mention> withoutReportChannels(AnnotatedDocument doc, Sentence s, Cues cues, List<Mention> triggers) {
        List<Mention> out = new ArrayList<>();
        for (Mention t : triggers) {
            String format = t.as(Lexicon.Trigger.class).format();
            boolean remote = "phone".equals(format) || "video".equals(format);
            if (!remote || !afterSaying(doc, s, t, cues)) out.add(t);
        }
        return out;
    }

    /** A medium that follows a verb of saying through a channel's preposition ("said in a", "told CBC News by"), not a clause ("said she held a"). */
    private static boolean afterSaying(AnnotatedDocument doc, Sentence s, Mention trigger, Cues cues) {
        Mention saying = null;
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.start() >= trigger.start()) break;
            if (m.type() == MentionType.CUE && m.as(Lexicon.Cue.class).status().equals("report")) saying = m;
            else if (saying != null && isGuest(m)) saying = null;
        }
        return saying != null && trigger.start() - saying.end() <= REPORT_CHANNEL_WINDOW
                && cues.channelBefore().matcher(doc.document().text().substring(saying.end(), trigger.start())).find();
    }

    private static boolean isGuest(Mention m) {
        return m.type() == MentionType.PERSON || m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY;
    }

    /**
     * The word that says what the encounter was: a call or a video link wherever the sentence names one
     * ("received a telephone call from"), else the first word with a format, else the first.
     */
    static Mention strongest(List<Mention> triggers) {
        Mention first = null;
        for (Mention t : triggers) {
            String format = t.as(Lexicon.Trigger.class).format();
            if ("phone".equals(format) || "video".equals(format)) return t;
            if (first == null && !"any".equals(format)) first = t;
        }
        return first != null ? first : triggers.get(0);
    }
}
