package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Countries;
import org.readout.knowledge.Cues;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.Text;
import org.readout.knowledge.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a sentence: the nearest name, side or group before the verb ("Minister Hayashi
 * stated", "the Chinese side urged", "the two ministers concurred"); a pronoun takes the last
 * speaker named; a quotation is attributed to the name after it ("…,” Qin Gang said).
 */
final class SpeakerFinder {
    /** A speaker: one or more participants, or a side known only by its country. */
    record Found(List<Speaker> speakers, boolean both, int start) {
    }

    /** "The Prime Minister and President agreed": the article before the first office is the second's too. */
    private static final Pattern SHARED_ARTICLE = Pattern.compile("\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}and\\s+$");
    private static final Pattern SHARED_ARTICLE_ANY_CASE = Pattern.compile("\\b[Tt]he\\s+(?:[\\p{L}.'’-]+\\s+){1,4}and\\s+$");
    /** "Wang: I would like to...": a name and a colon at the start of a line says who speaks in it. */
    private static final Pattern SPEAKER_COLON = Pattern.compile("^(?:,[^:\\n]{0,60})?\\s*:(?:\\s|$)");
    /** "Taiwan Strait", "China Sea": the country's name is part of another name. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^\\s+\\p{Lu}");

    private final List<Participant> participants;
    private final People people;
    private final Cues cues;
    private final java.util.Set<String> namedInDocument;
    private final String voice;
    private Found last;

    /**
     * {@code namedInFull}: the ids of the people the document names in full, so that a bare family name of one of
     * them is that person; {@code voice}: the side the document names bare, whose office a bare title shared by
     * both sides is (null when none is).
     */
    SpeakerFinder(List<Participant> participants, People people, Cues cues, java.util.Set<String> namedInFull, String voice) {
        this.voice = voice;
        this.participants = participants;
        this.people = people;
        this.cues = cues;
        this.namedInDocument = namedInFull;
    }

    Found find(AnnotatedDocument doc, Sentence s, int verbStart) {
        return find(doc, s, verbStart, verbStart);
    }

    /** As {@link #find(AnnotatedDocument, Sentence, int)}, knowing where the act's words end, to read the passive. */
    Found find(AnnotatedDocument doc, Sentence s, int verbStart, int verbEnd) {
        String text = doc.document().text();
        List<Found> candidates = new ArrayList<>();
        for (Mention m : doc.mentionsIn(s.index())) {
            Found f = switch (m.type()) {
                case PERSON -> isObject(doc, s, titledFrom(doc, s, m)) ? null : person(m);
                case COUNTRY -> isObject(doc, s, m.start()) ? null : side(text, m);
                case TITLE -> isObject(doc, s, m.start(), true) ? null : title(text, s, m, doc);
                default -> null;
            };
            if (f != null) candidates.add(f);
        }
        candidates.addAll(unknownByName(doc, s));
        Matcher g = cues.group().matcher(s.text());
        List<int[]> groups = new ArrayList<>();
        while (g.find()) {
            int from = s.start() + g.start();
            int to = s.start() + g.end();
            // "the foreign ministers": the office inside the words for both sides is not one of them
            candidates.removeIf(f -> f.start() > from && f.start() < to);
            candidates.add(new Found(bothSides(), true, from));
            groups.add(new int[]{g.start(), g.end()});
        }
        Matcher cp = cues.counterpartOfSpeaker().matcher(s.text());
        List<Found> named = List.copyOf(candidates);
        while (cp.find()) {
            int at = s.start() + cp.start();
            // "Yoon and his host": the counterpart of the one named right before, else of the last speaker
            Found possessor = named.stream().filter(f -> f.start() < at && !f.both()).reduce((a, b) -> b).orElse(last);
            Found other = isObject(doc, s, at) ? null : counterpartOf(possessor);
            if (other != null) candidates.add(new Found(other.speakers(), false, at));
        }
        Matcher p = cues.speakerPronoun().matcher(s.text());
        while (p.find()) {
            int at = p.start();
            // "I due leader" (Italian: the two leaders): a pronoun's letters inside the words for both sides are not one
            if (groups.stream().anyMatch(r -> at >= r[0] && at < r[1])) continue;
            // "Aliyev said he and Pashinyan had discussed": the one named before it in its sentence, else the last speaker
            Found before = named.stream().filter(f -> f.start() < s.start() + at && !f.both() && f.speakers().get(0).name() != null)
                    .reduce((a, b) -> b).filter(f -> genderFits(p.group(), f)).orElse(null);
            if (before != null && !cues.isSelf(p.group())) {
                candidates.add(new Found(before.speakers(), false, s.start() + p.start()));
            } else if (last != null && !last.both() && genderFits(p.group(), last)) {
                candidates.add(new Found(last.speakers(), false, s.start() + p.start()));
            } else if (last == null && cues.isSelf(p.group())) {
                // "I raised Australia's concerns" in a release in its author's voice, before anyone has had the floor
                Found own = ownSide();
                if (own != null) candidates.add(new Found(own.speakers(), false, s.start() + p.start()));
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(Found::start));
        candidates = withoutRepeats(text, candidates);
        candidates = joinCompounds(doc, s, candidates);
        Found colon = colonSpeaker(text, s, doc);
        if (colon != null) {
            last = colon;
            return colon;
        }
        boolean quoted = Quotation.inside(s, verbStart); // then the one quoted speaks
        Passive passive = quoted ? null : Passive.of(cues, s.text(), verbStart - s.start(), verbEnd - s.start());
        if (passive != null) return doer(s, candidates, passive, subjectOfClause(text, s, candidates, verbStart), verbStart);
        Found best = quoted ? withPartner(text, s, candidates, attributed(text, s, candidates), verbStart) : null;
        if (best == null && !quoted) best = markedSubject(doc, s, candidates, verbStart);
        if (best == null) best = subjectOfClause(text, s, candidates, verbStart);
        if (best == null && verbFirst(text, s, verbStart)) best = rightAfter(candidates, firstWordEnd(text, verbStart));
        if (best == null) best = attributed(text, s, candidates);
        if (best != null) last = best;
        return best;
    }

    /**
     * Who does an act with no one named, nor any side or group, before it in its sentence: the two sides where it is
     * impersonal ("También se conversó sobre", cue kind impersonal), else the last speaker; null where someone is named.
     */
    Found continuing(AnnotatedDocument doc, Sentence s, int verbStart) {
        if (someoneNamedBefore(doc, s, verbStart)) return null;
        Matcher g = cues.group().matcher(s.text());
        if (g.find() && s.start() + g.start() < verbStart) return null;
        if (cues.impersonalEnding().matcher(doc.document().text().substring(s.start(), verbStart)).find()) return both(verbStart);
        return last;
    }

    /** Whether the sentence names a person, a country or an office before the position. */
    static boolean someoneNamedBefore(AnnotatedDocument doc, Sentence s, int at) {
        for (Mention m : doc.mentionsIn(s.index())) {
            boolean named = m.type() == MentionType.PERSON || m.type() == MentionType.COUNTRY || m.type() == MentionType.TITLE;
            if (named && m.start() < at) return true;
        }
        return false;
    }

    /**
     * Who does an act told in the passive: the one named after "by"; else, when a person is its subject
     * ("Gallant was briefed on ..."), the other side; else the two sides together ("issues were discussed").
     */
    private Found doer(Sentence s, List<Found> candidates, Passive passive, Found subject, int verbStart) {
        if (passive.hasAgent()) {
            int from = s.start() + passive.agentFrom();
            for (Found f : candidates) {
                if (f.start() >= from && f.start() <= from + 40) {
                    last = f;
                    return f;
                }
            }
        }
        boolean personSubject = subject != null && !subject.both() && subject.speakers().size() == 1
                && subject.speakers().get(0).name() != null;
        Found other = personSubject ? counterpartOf(subject) : null;
        if (other != null) return new Found(other.speakers(), false, verbStart);
        return participants.size() < 2 ? null : new Found(bothSides(), true, verbStart);
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(",?\\s*\\b(?i:while)\\b|;|,\\s*(?i:but)\\b|\\b(?i:whereas)\\b|,\\s*and\\s+(?=\\p{Lu})");

    /**
     * Japanese and Korean put the verb last and mark who speaks by a particle (cue kind subject-particle): "冒頭、林大臣から、
     * 上川大臣の就任に…述べました" is Hayashi's, though another is named nearer the verb. The first run of names, countries and
     * offices before the verb that a particle follows ("林" "大臣" "から") gives the speaker, a person's name first; null when
     * no such run holds a candidate.
     */
    private Found markedSubject(AnnotatedDocument doc, Sentence s, List<Found> candidates, int verbStart) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() == MentionType.PERSON || m.type() == MentionType.COUNTRY || m.type() == MentionType.TITLE) named.add(m);
        }
        List<int[]> runs = new ArrayList<>();
        for (Mention m : named) {
            if (m.end() >= verbStart || !particleAt(doc, s, m.end())) continue;
            int from = m.start();
            for (boolean longer = true; longer; ) {
                longer = false;
                for (Mention before : named) {
                    if (before.start() < from && before.end() >= from - 1 && before.end() <= from) {
                        from = before.start();
                        longer = true;
                    }
                }
            }
            runs.add(new int[]{from, m.end()});
        }
        Matcher g = cues.group().matcher(s.text());
        while (g.find()) {
            int end = s.start() + g.end();
            if (end < verbStart && particleAt(doc, s, end)) runs.add(new int[]{s.start() + g.start(), end});
        }
        runs.sort(java.util.Comparator.comparingInt(r -> r[0]));
        for (int[] run : runs) {
            Found first = null;
            for (Found f : candidates) {
                if (f.start() < run[0] || f.start() >= run[1]) continue;
                if (!f.both() && f.speakers().get(0).name() != null) return f;
                if (first == null) first = f;
            }
            if (first != null) return first;
        }
        return null;
    }

    private boolean particleAt(AnnotatedDocument doc, Sentence s, int at) {
        String text = doc.document().text();
        Matcher m = cues.subjectParticle().matcher(text).region(at, s.end());
        if (!m.lookingAt()) return false;
        // Japanese and Korean join a particle to the word after it or before it; Hindi and Urdu write it as a word of
        // its own ("मोदी ने", "مودی نے"), which "नेपाल" only begins
        int end = m.end();
        if (end >= text.length() || org.readout.knowledge.Scripts.syllabic(text.charAt(end - 1))) return true;
        int next = text.codePointAt(end);
        return !Character.isLetterOrDigit(next) && !org.readout.knowledge.Scripts.mark(next);
    }

    /** "His counterpart countered that ...": the other side of a bilateral engagement from the last speaker. */
    private Found counterpartOf(Found speaker) {
        if (speaker == null || speaker.both() || speaker.speakers().size() != 1) return null;
        String mine = speaker.speakers().get(0).country();
        List<Speaker> others = new ArrayList<>();
        for (Participant p : participants) if (p.country() != null && !p.country().equals(mine)) others.add(speaker(p));
        return others.size() == 1 ? new Found(others, false, 0) : null;
    }

    /**
     * Notes who a line is attributed to ("Kono: ..."), so that "I" in the next sentence is that speaker; and who
     * holds an encounter ("Prime Minister Chinh met his New Zealand counterpart ..."), so that "He" in the next is.
     */
    void observe(AnnotatedDocument doc, Sentence s, boolean tellsOfTheEncounter) {
        if (observeTheFloor(doc, s)) return;
        Found holder = tellsOfTheEncounter ? holderOfTheEncounter(doc, s) : null;
        if (holder == null) holder = quoted(doc, s);
        if (holder != null) last = holder;
    }

    /**
     * "“Had a fruitful conversation with PM Suga ...,” Modi tweeted": a participant a quotation is attributed to has the
     * floor after it, whether or not the quotation holds an act ("“We exchanged views ...,” he said" is his next).
     */
    private Found quoted(AnnotatedDocument doc, Sentence s) {
        if (!OPENS_ON_A_QUOTE.matcher(s.text()).find()) return null;
        List<Found> named = new ArrayList<>();
        for (Mention m : doc.mentionsIn(s.index(), MentionType.PERSON)) {
            if (Quotation.inside(s, m.start())) continue;
            Found f = person(m);
            if (f != null) named.add(f);
        }
        return attributed(doc.document().text(), s, named);
    }

    private static final Pattern OPENS_ON_A_QUOTE = Pattern.compile("^\\s*(?:[“\"‘]|'')");

    /** A line that gives the floor to someone ("Kono: ...", "Reporter: ..."): who speaks in it and after it; true if it is one. */
    boolean observeTheFloor(AnnotatedDocument doc, Sentence s) {
        Found colon = colonSpeaker(doc.document().text(), s, doc);
        if (colon != null) {
            last = colon;
            transcript = true;
            return true;
        }
        if (transcript && unnamedSpeaker(doc, s)) {
            last = null;
            return true;
        }
        return false;
    }

    /**
     * The participant named first in the sentence that tells of the encounter, as its subject: before the words of
     * the encounter ("Prime Minister Chinh on October 10 met ..."), in a sentence that does not open on a pronoun.
     */
    private Found holderOfTheEncounter(AnnotatedDocument doc, Sentence s) {
        String text = doc.document().text();
        if (cues.opensOnAPersonalPronoun().matcher(s.text()).find()) return null;
        List<Mention> mentions = doc.mentionsIn(s.index());
        Mention trigger = Triggers.encounterWords(doc, s).stream().findFirst().orElse(null);
        for (Mention m : mentions) {
            if (m.type() != MentionType.PERSON) continue;
            if (trigger == null || m.start() > trigger.start() || isObject(doc, s, titledFrom(doc, s, m))) return null;
            Found f = person(m);
            return f == null || f.speakers().get(0).country() == null ? null : f;
        }
        return null;
    }

    /** The one participant of the side the document is written in, or null. */
    private Found ownSide() {
        if (voice == null) return null;
        List<Speaker> own = new ArrayList<>();
        for (Participant p : participants) if (voice.equals(p.country())) own.add(speaker(p));
        return own.size() == 1 ? new Found(own, false, 0) : null;
    }

    /** "she" cannot be a man the knowledge base knows, nor "he" a woman (cue kind pronoun). */
    private boolean genderFits(String pronoun, Found speaker) {
        String wanted = cues.genderOf(pronoun);
        if (wanted == null) return true;
        if (speaker.speakers().size() != 1) return false;
        Speaker one = speaker.speakers().get(0);
        // "Kishida stated that while Japan had welcomed ... He also stated ...": a side named by its country or an office stands
        // for that side's one participant
        List<Participant> who = participants.stream().filter(q -> one.name() != null ? one.name().equals(q.name())
                : one.country() != null && one.country().equals(q.country())).toList();
        if (one.name() == null && who.size() != 1) return false;
        String gender = null;
        for (Participant q : who) if (q.personId() != null) gender = people.get(q.personId()).map(x -> x.gender()).orElse(null);
        return gender == null || gender.equals(wanted);
    }

    /**
     * "Kono: ...", "Foreign Minister Kono: ..." or "Mr. Taro Kono, Minister for Foreign Affairs: ..." at the start of the
     * sentence; "Reporter: ..." gives the floor to someone unnamed, who is no one's side.
     */
    private Found colonSpeaker(String text, Sentence s, AnnotatedDocument doc) {
        for (Mention m : doc.mentionsIn(s.index(), MentionType.PERSON)) {
            if (m.start() - s.start() > 40) break;
            if (SPEAKER_COLON.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 64))).find()) return person(m);
        }
        return null;
    }

    /** Whether a line has given the floor to someone named ("Kono: ..."): then the lines are turns of a transcript. */
    private boolean transcript;

    /**
     * "Reporter: ", "Question: ": in a transcript, a sentence opened by a few capitalised words and a colon, naming no one
     * and nowhere (elsewhere "Photo: ..." is a caption's label).
     */
    private static boolean unnamedSpeaker(AnnotatedDocument doc, Sentence s) {
        // "New Delhi : Prime Minister Modi ...": a place before the colon is a dateline
        return TranscriptSpeakers.FLOOR_LABEL.matcher(s.text()).lookingAt() && doc.mentionsIn(s.index()).stream()
                .noneMatch(m -> m.end() - s.start() <= s.text().indexOf(':'));
    }

    /** Where a name with its title starts: "Secretary of State Antony Blinken" is not an object of "of". */
    private static int titledFrom(AnnotatedDocument doc, Sentence s, Mention person) {
        for (Mention t : doc.mentionsIn(s.index(), MentionType.TITLE)) {
            if (t.end() <= person.start() && person.start() - t.end() <= 2) return t.start();
        }
        return person.start();
    }

    /** A name or country after a preposition or a meeting verb is an object, not who speaks. */
    private boolean isObject(AnnotatedDocument doc, Sentence s, int start) {
        return isObject(doc, s, start, false);
    }

    /** As {@link #isObject(AnnotatedDocument, Sentence, int)}; {@code office}: what stands there is an office. */
    private boolean isObject(AnnotatedDocument doc, Sentence s, int start, boolean office) {
        int from = Math.max(s.start(), start - 80);
        String before = doc.document().text().substring(from, start);
        // "Iwaya and his South Korean counterpart Cho reaffirmed": a counterpart joined to a name is what that name is
        Matcher joined = cues.counterpartJoined().matcher(before);
        if (joined.find()) return isObject(doc, s, from + joined.start());
        Matcher object = cues.objectBefore().matcher(before);
        if (!object.find()) return false;
        // "Battsetseg and visiting Russian Foreign Minister Lavrov": "visiting" after "and" modifies the office, it takes no object
        Matcher modifier = cues.modifiedOffice().matcher(before);
        while (modifier.find()) if (modifier.start(1) == object.start()) return false;
        // "Taro Kono of Japan and Chinese Foreign Minister Wang Yi": who follows "and" is joined to the person, not to the
        // country; "The Prime Minister of Armenia and the President of Azerbaijan": an office that follows it, to the office
        // (not "the Prime Ministers of Finland and Estonia", two countries of one office)
        int at = from + object.start();
        // "Secretary of State Marco Rubio and Mauro Vieira agreed": the "of" of an office's name marks no object; what stands
        // before the office decides
        for (Mention t : doc.mentionsIn(s.index(), MentionType.TITLE)) {
            if (t.start() < at && t.end() > at) return isObject(doc, s, t.start(), office);
        }
        return !(cues.originThenAnd().matcher(before.substring(object.start())).lookingAt()
                && (endsAt(doc, s, at, MentionType.PERSON) || office && endsAt(doc, s, at, MentionType.TITLE)));
    }

    private static boolean endsAt(AnnotatedDocument doc, Sentence s, int at, MentionType type) {
        return doc.mentionsIn(s.index(), type).stream().anyMatch(m -> m.end() <= at && at - m.end() <= 1);
    }

    /** An office, then its holder's name, set off by a comma or not ("his Australian counterpart, Richard Marles"). */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("^[\\p{L}\\s.'’-]*(?:,[\\p{L}\\s.'’-]*)?$");
    private static final Pattern AND = Pattern.compile("\\band\\b");

    /** "Japanese Prime Minister Fumio Kishida": the title and the name are one speaker, found once, at the title. */
    private List<Found> withoutRepeats(String text, List<Found> candidates) {
        List<Found> out = new ArrayList<>();
        for (Found f : candidates) {
            Found prev = out.isEmpty() ? null : out.get(out.size() - 1);
            // "Aliyev said he and Pashinyan": a pronoun after its own name is said again, not a title before it
            boolean pronoun = cues.speakerPronoun().matcher(text).region(f.start(), text.length()).lookingAt();
            if (prev != null && !prev.both() && !pronoun && prev.speakers().equals(f.speakers()) && f.start() > prev.start()) {
                String between = text.substring(prev.start(), f.start());
                if (between.length() < 60 && TITLE_THEN_NAME.matcher(between).matches() && !AND.matcher(between).find()) continue;
            }
            out.add(f);
        }
        return out;
    }

    /** "Hayashi and Qin pledged": two speakers joined by "and" speak together. */
    private List<Found> joinCompounds(AnnotatedDocument doc, Sentence s, List<Found> candidates) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Found a = candidates.get(i);
            if (i + 1 < candidates.size() && !a.both() && !candidates.get(i + 1).both()) {
                Found b = candidates.get(i + 1);
                String gap = titlesCapitalised(doc, s, Math.min(b.start(), a.start() + 1), b.start());
                int firstSpace = gap.indexOf(' ');
                boolean joined = firstSpace >= 0 && cues.compoundGap().matcher(gap.substring(firstSpace)).find();
                if (joined && sameCountry(a, b)) b = otherHolderOfTheSameOffice(a, b);
                if (joined && !sameCountry(a, b)) {
                    List<Speaker> both = new ArrayList<>(a.speakers());
                    both.addAll(b.speakers());
                    out.add(new Found(List.copyOf(both), true, a.start()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The text from {@code from} to {@code to}, each word of an office capitalised ("the prime minister and" reads as "the Prime Minister and"). */
    private static String titlesCapitalised(AnnotatedDocument doc, Sentence s, int from, int to) {
        char[] out = doc.document().text().substring(from, to).toCharArray();
        for (Mention t : doc.mentionsIn(s.index(), MentionType.TITLE)) {
            for (int i = Math.max(from, t.start()); i < Math.min(to, t.end()); i++) {
                boolean wordStart = i == t.start() || Character.isWhitespace(doc.document().text().charAt(i - 1));
                if (wordStart) out[i - from] = Character.toUpperCase(out[i - from]);
            }
        }
        return new String(out);
    }

    /**
     * "The Secretary and the Foreign Minister": a title two participants hold, joined to one of them,
     * is the other.
     */
    private Found otherHolderOfTheSameOffice(Found a, Found b) {
        if (b.speakers().size() != 1 || b.speakers().get(0).role() == null) return b;
        Speaker taken = b.speakers().get(0);
        for (Participant p : participants) {
            if (taken.role().equals(p.role()) && p.country() != null && !p.country().equals(taken.country())) {
                return new Found(List.of(speaker(p)), false, b.start());
            }
        }
        return b;
    }

    private static boolean sameCountry(Found a, Found b) {
        return a.speakers().size() == 1 && b.speakers().size() == 1
                && java.util.Objects.equals(a.speakers().get(0).country(), b.speakers().get(0).country());
    }

    /** How far after a verb that comes first its subject may stand ("بحث الرئيس الروسي فلاديمير بوتين"). */
    private static final int VERB_FIRST_REACH = 40;

    /** Arabic puts the verb before its subject ("أكد الوزير", the minister stressed); Persian and Urdu, in its script, after. */
    private static boolean verbFirst(String text, Sentence s, int verbStart) {
        return verbStart < text.length() && org.readout.knowledge.Scripts.arabic(text.charAt(verbStart))
                && !org.readout.knowledge.Scripts.persianOrUrdu(s.text());
    }

    /** Where the act's first word, its verb, ends: "أعرب الرئيس ... عن تقديره" has its subject inside the act. */
    private static int firstWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The first speaker named within {@link #VERB_FIRST_REACH} characters after the verb, or null. */
    private static Found rightAfter(List<Found> candidates, int verbEnd) {
        for (Found f : candidates) if (f.start() >= verbEnd && f.start() <= verbEnd + VERB_FIRST_REACH) return f;
        return null;
    }

    /** The speaker nearest before the verb in its clause (objects are already left out); else in the clause before. */
    private static Found subjectOfClause(String text, Sentence s, List<Found> candidates, int verbStart) {
        List<Integer> breaks = new ArrayList<>();
        breaks.add(s.start());
        Matcher b = CLAUSE_BREAK.matcher(s.text());
        while (b.find()) breaks.add(s.start() + b.end());
        int clause = 0;
        for (int i = 0; i < breaks.size(); i++) if (breaks.get(i) <= verbStart) clause = i;
        for (int c = clause; c >= 0; c--) {
            int from = breaks.get(c);
            int to = c + 1 < breaks.size() ? breaks.get(c + 1) : s.end();
            Found nearest = null;
            for (Found f : candidates) {
                if (f.start() >= from && f.start() < Math.min(to, verbStart)) nearest = f;
            }
            if (nearest != null) return nearest;
        }
        return null;
    }

    /**
     * "“Prime Minister Anwar and I have agreed to ...,” he said": the one quoted and the one named right before the
     * first person together (cue kind we-together) act together.
     */
    private Found withPartner(String text, Sentence s, List<Found> candidates, Found quoted, int verbStart) {
        if (quoted == null || quoted.both() || quoted.speakers().size() != 1) return quoted;
        Matcher andI = cues.weTogether().matcher(text.substring(s.start(), verbStart));
        if (!andI.find()) return quoted;
        int and = s.start() + andI.start();
        Found partner = null;
        for (Found f : candidates) if (f.start() < and && and - f.start() <= 40) partner = f;
        if (partner == null) return quoted;
        Speaker me = quoted.speakers().get(0);
        List<Speaker> together = new ArrayList<>(List.of(me));
        for (Speaker other : partner.speakers()) {
            if (other.country() != null && !other.country().equals(me.country()) && !together.contains(other)) together.add(other);
        }
        return together.size() < 2 ? quoted : new Found(List.copyOf(together), true, partner.start());
    }

    /** "…,” Wang said: the speaker named right before an attribution verb after the quotation. */
    private Found attributed(String text, Sentence s, List<Found> candidates) {
        for (Found f : candidates) {
            int after = Math.min(s.end(), f.start() + 40);
            String rest = text.substring(f.start(), after);
            int space = rest.indexOf(' ');
            if (space > 0 && cues.attribution().matcher(rest.substring(space)).find()) return f;
        }
        return null;
    }

    private Found person(Mention m) {
        People.NameForm form = m.as(People.NameForm.class);
        for (Participant p : participants) {
            if (form.mayBe(p.personId())) {
                return new Found(List.of(speaker(p)), false, m.start());
            }
        }
        String folded = Text.fold(m.text());
        for (Participant p : participants) {
            if (p.name() != null && Text.fold(p.name()).contains(folded)) return new Found(List.of(speaker(p)), false, m.start());
        }
        if (form.candidates().size() == 1 && !form.full()) {
            Person only = form.candidates().get(0);
            String country = only.termOn(null).map(Person.Term::country).orElse(null);
            if (namedInFull(only)) return new Found(List.of(new Speaker(only.name(), country, null)), false, m.start());
        }
        if (form.candidates().size() == 1 && form.full()) {
            Person person = form.candidates().get(0);
            String country = person.termOn(null).map(Person.Term::country).orElse(null);
            return new Found(List.of(new Speaker(person.name(), country, null)), false, m.start());
        }
        return null;
    }

    /**
     * "Sherman reaffirmed", "Wendy Sherman said": a participant the knowledge base does not know has no name mention; they
     * are found by the name the text gave them, in full or by its last word, where no other mention covers it.
     */
    private List<Found> unknownByName(AnnotatedDocument doc, Sentence s) {
        List<Found> out = new ArrayList<>();
        for (Participant p : participants) {
            Pattern family = familyNames().get(p);
            if (family == null) continue;
            String full = p.name().strip();
            Matcher m = family.matcher(s.text());
            while (m.find()) {
                int at = s.start() + m.start();
                int fullStart = m.end() - full.length();
                int from = fullStart >= 0 && s.text().startsWith(full, fullStart) ? s.start() + fullStart : at;
                boolean covered = doc.mentionsIn(s.index()).stream().anyMatch(x -> x.start() <= at && x.end() > at);
                if (!covered && !isObject(doc, s, from)) out.add(new Found(List.of(speaker(p)), false, from));
            }
        }
        return out;
    }

    /** The family name of each participant the knowledge base does not know, as a whole word; null until asked. */
    private java.util.Map<Participant, Pattern> familyNames;

    private java.util.Map<Participant, Pattern> familyNames() {
        if (familyNames != null) return familyNames;
        familyNames = new java.util.HashMap<>();
        for (Participant p : participants) {
            Pattern family = p.personId() != null || p.name() == null ? null : ParticipantFinder.familyAlone(p.name());
            if (family != null) familyNames.put(p, family);
        }
        return familyNames;
    }

    /** "Prime Minister Mitsotakis": an office with its holder's name after it is that person's, found by the name. */
    private static boolean namedRightAfter(AnnotatedDocument doc, Sentence s, Mention title) {
        for (Mention p : doc.mentionsIn(s.index(), MentionType.PERSON)) if (p.start() >= title.end() && p.start() - title.end() <= 2) return true;
        return false;
    }

    private boolean namedInFull(Person p) {
        return namedInDocument.contains(p.id());
    }

    /** "Japan", "Tokyo", "the Chinese side": a country speaking as a whole. */
    private Found side(String text, Mention m) {
        Countries.Ref ref = m.as(Countries.Ref.class);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        boolean spoken = ref.form() != Countries.Form.ADJECTIVE || cues.sideNoun().matcher(after).lookingAt();
        if (!spoken) return null;
        if (m.end() < text.length() && (text.charAt(m.end()) == '-' || text.startsWith("'s", m.end()) || text.startsWith("’s", m.end()))) return null;
        if (NAME_GOES_ON.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) return null;
        for (Participant p : participants) {
            if (ref.iso3().equals(p.country())) return new Found(List.of(new Speaker(null, p.country(), null)), false, m.start());
        }
        return new Found(List.of(new Speaker(null, ref.iso3(), null)), false, m.start());
    }

    /** "The Secretary said", "the Prime Minister told": a title standing for the participant who holds it. */
    private Found title(String text, Sentence s, Mention m, AnnotatedDocument doc) {
        String before = text.substring(Math.max(s.start(), m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
        Titles.Title t = m.as(Titles.Title.class);
        String country = t.country();
        Mention adjective = null;
        for (Mention c : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (c.end() <= m.start() && m.start() - c.end() <= 3) adjective = c;
        }
        String ofCountry = countryAfter(text, s, m, doc, cues);
        if (adjective != null) country = adjective.as(Countries.Ref.class).iso3();
        else if (ofCountry != null) country = ofCountry;
        boolean placed = adjective != null || ofCountry != null;
        if (!placed && !cues.definiteArticleEnding().matcher(before).find() && !m.text().toLowerCase(Locale.ROOT).startsWith("the ") && !bareAtStart(text, s, m, doc)
                && !(sharesAnArticle(doc, s, m) && !namedRightAfter(doc, s, m))) return null;
        int start = adjective != null ? adjective.start() : m.start();
        // "President Al Sisi": the office is the one named right after it holds; "King Abdullah II": or the name it is part of
        for (Mention named : doc.mentionsIn(s.index(), MentionType.PERSON)) {
            boolean rightAfter = named.start() >= m.end() && cues.officeThenName().matcher(text.substring(m.end(), named.start())).matches();
            boolean within = named.start() <= m.start() && named.end() >= m.end();
            Found holder = rightAfter || within ? person(named) : null;
            if (holder != null && holder.speakers().get(0).country() != null) return new Found(holder.speakers(), false, start);
        }
        List<Participant> holders = new ArrayList<>();
        for (Participant p : participants) {
            if (t.role().equals(p.role()) && (country == null || country.equals(p.country()))) holders.add(p);
        }
        if (holders.isEmpty()) {
            // "Deputy Prime Minister and Minister for Defence Richard Marles ... The Deputy Prime Minister and Secretary
            // expressed": an office the page gives one participant before their name names them
            Speaker titled = titledAs(doc, Text.fold(m.text()));
            return titled == null ? null : new Found(List.of(titled), false, start);
        }
        Participant holder = holders.get(0);
        // "the Prime Minister" when both sides have one: the document's own side's, the one it names bare
        if (holders.size() > 1 && voice != null) {
            for (Participant p : holders) if (voice.equals(p.country())) holder = p;
        }
        return new Found(List.of(speaker(holder)), false, start);
    }

    /** Each office the document puts right before one participant's name (folded), with that participant; null until asked. */
    private java.util.Map<String, Speaker> titled;

    /**
     * The offices the document puts before a participant's name, with other offices and "and" between them
     * ("Deputy Prime Minister and Minister for Defence Richard Marles"); an office given to two participants names neither.
     */
    private java.util.Map<String, Speaker> titledInDocument(AnnotatedDocument doc) {
        if (titled != null) return titled;
        java.util.Map<String, Speaker> out = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        String text = doc.document().text();
        for (Sentence s : doc.sentences()) {
            for (Mention p : doc.mentionsIn(s.index(), MentionType.PERSON)) {
                Found f = person(p);
                if (f != null && f.speakers().get(0).name() != null) officesBefore(doc, s.index(), p.start(), f.speakers().get(0), out, shared);
            }
        }
        // "Deputy Secretary of State Wendy Sherman ... The Deputy Secretary underscored": a participant the knowledge base
        // does not know has no name mention, so their offices are read where the text writes their name
        for (Participant p : participants) {
            if (p.personId() != null || p.name() == null || p.name().isBlank()) continue;
            for (int at = text.indexOf(p.name()); at >= 0; at = text.indexOf(p.name(), at + 1)) {
                int sentence = doc.sentenceAt(at);
                if (sentence >= 0) officesBefore(doc, sentence, at, speaker(p), out, shared);
            }
        }
        shared.forEach(out::remove);
        titled = out;
        return out;
    }

    /** The offices written right before a name at {@code edge} ("Deputy Prime Minister and Minister for Defence X"), each as its holder's. */
    private static void officesBefore(AnnotatedDocument doc, int sentence, int edge, Speaker holder, java.util.Map<String, Speaker> out,
                                      java.util.Set<String> shared) {
        String text = doc.document().text();
        List<Mention> titles = doc.mentionsIn(sentence, MentionType.TITLE);
        for (int i = titles.size() - 1; i >= 0; i--) {
            Mention t = titles.get(i);
            if (t.end() > edge) continue;
            if (!TITLES_GAP.matcher(text.substring(t.end(), edge)).matches()) break;
            String key = Text.fold(t.text());
            Speaker before = out.putIfAbsent(key, holder);
            if (before != null && !before.equals(holder)) shared.add(key);
            edge = t.start();
        }
    }

    /** The participant an office names: one the document gave it to, else the one whose office begins with it ("Secretary"). */
    private Speaker titledAs(AnnotatedDocument doc, String title) {
        // "Secretary of Defense Lloyd J. Austin III ... The Secretary reaffirmed": the office without its article
        String office = cues.leadingDefiniteArticle().matcher(title).replaceFirst("");
        java.util.Map<String, Speaker> all = titledInDocument(doc);
        Speaker exact = all.get(office);
        if (exact != null) return exact;
        java.util.Set<Speaker> longer = new java.util.HashSet<>();
        all.forEach((k, v) -> {
            if (k.startsWith(office + " ")) longer.add(v);
        });
        return longer.size() == 1 ? longer.iterator().next() : null;
    }

    /** Between two offices of one person, or an office and the name: blanks, a comma, "and". */
    private static final Pattern TITLES_GAP = Pattern.compile("^[\\s,]*(?:(?i:and)\\s+)?$");

    /** "The Prime Minister and President", "the prime minister and chancellor": an office after another one's article and "and". */
    private static boolean sharesAnArticle(AnnotatedDocument doc, Sentence s, Mention title) {
        int from = Math.max(s.start(), title.start() - 40);
        String before = doc.document().text().substring(from, title.start());
        if (SHARED_ARTICLE.matcher(before).find()) return true;
        Matcher any = SHARED_ARTICLE_ANY_CASE.matcher(before);
        if (!any.find()) return false;
        int articleAt = from + any.start();
        return doc.mentionsIn(s.index(), MentionType.TITLE).stream().anyMatch(t -> t.start() > articleAt && t.end() < title.start());
    }

    /**
     * "The President of Russia congratulated ...", "el ministro de Relaciones Exteriores de Bolivia", "el secretario de Estado
     * estadounidense": the country named right after the office, after an origin marker or as an adjective that follows it.
     */
    private static String countryAfter(String text, Sentence s, Mention title, AnnotatedDocument doc, Cues cues) {
        for (Mention c : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (c.start() < title.end()) continue;
            if (c.start() - title.end() > MAX_GAP_TO_COUNTRY) break;
            String gap = text.substring(title.end(), c.start());
            boolean adjectiveAfter = !gap.isEmpty() && gap.isBlank() && ParticipantFinder.followsItsOffice(c.text().charAt(0));
            return adjectiveAfter || cues.officeThenCountry().matcher(gap).matches() ? c.as(Countries.Ref.class).iso3() : null;
        }
        return null;
    }

    /** How far after an office its country may begin ("of the", "de"). */
    private static final int MAX_GAP_TO_COUNTRY = 12;

    /** "Prime Minister congratulated ...": an office opening the sentence, with no name after it, is its holder. */
    private static boolean bareAtStart(String text, Sentence s, Mention m, AnnotatedDocument doc) {
        if (!text.substring(s.start(), m.start()).isBlank()) return false;
        for (Mention p : doc.mentionsIn(s.index(), MentionType.PERSON)) {
            if (p.start() >= m.end() && text.substring(m.end(), p.start()).isBlank()) return false;
        }
        return true;
    }

    /** The two sides together, where the words make them act jointly; null when the engagement has one side. */
    Found both(int at) {
        return participants.size() < 2 ? null : new Found(bothSides(), true, at);
    }

    private List<Speaker> bothSides() {
        List<Speaker> out = new ArrayList<>();
        for (Participant p : participants) out.add(speaker(p));
        return out;
    }

    private static Speaker speaker(Participant p) {
        return new Speaker(p.name(), p.country(), p.role());
    }
}
