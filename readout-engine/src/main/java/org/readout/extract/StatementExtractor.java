package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;
import org.readout.coding.EventCode;
import org.readout.coding.SpeechActLexicon;
import org.readout.coding.SpeechActMatch;
import org.readout.knowledge.Countries;
import org.readout.knowledge.Cues;
import org.readout.knowledge.People;
import org.readout.knowledge.Scripts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads statements: each speech act the lexicon finds in a sentence (a concern, a request, an
 * agreement...), with its speaker, its target, and one statement for each issue it names. An act
 * that is negated, hypothetical or recalled from an earlier occasion is not coded as the act itself.
 */
public final class StatementExtractor {
    /** A concern or a demand about several issues is one position per issue; an agreement or a talk is one act. */
    private static final Set<String> SPLIT_BY_ISSUE = Set.of("ACCUSE", "REQUEST", "REJECT", "PROTEST", "THREATEN");
    private static final Set<String> TARGETED_TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE");

    private final SpeechActLexicon lexicon;
    private final IssueLookup issues;
    private final People people;
    private final Cues cues;

    /** With the people and cues of a knowledge base ({@link org.readout.knowledge.KnowledgeBase#people()}, {@code cues()}). */
    public StatementExtractor(SpeechActLexicon lexicon, IssueLookup issues, People people, Cues cues) {
        this.lexicon = lexicon;
        this.issues = issues;
        this.people = people;
        this.cues = cues;
    }

    List<StatementReport> extract(AnnotatedDocument doc, List<EngagementReport> engagements) {
        return extract(doc, engagements, null);
    }

    /** As above, with the day the document was written, against which "last week" and "in May" are read. */
    List<StatementReport> extract(AnnotatedDocument doc, List<EngagementReport> engagements, LocalDate anchor) {
        return extract(doc, engagements, anchor, null);
    }

    /**
     * As above, knowing the side whose voice the document is written in ({@code voice}: the country whose
     * people it names bare), which a bare office shared by both sides ("the Prime Minister") then names.
     */
    List<StatementReport> extract(AnnotatedDocument doc, List<EngagementReport> engagements, LocalDate anchor, String voice) {
        List<StatementReport> out = new ArrayList<>();
        if (engagements.isEmpty()) return out;
        SpeakerFinder speakers = null;
        int current = -1;
        Set<String> namedInFull = new HashSet<>();
        for (var p : NamedInFull.in(doc)) namedInFull.add(p.id());
        TreeMap<Integer, Integer> introduced = introductions(engagements);
        Set<Integer> toldFirst = evidenceStarts(engagements, true);
        Set<Integer> toldOther = evidenceStarts(engagements, false);
        Set<Integer> toldToCome = toldOnlyAsToCome(engagements);
        for (Sentence s : doc.sentences()) {
            var at = introduced.floorEntry(s.start());
            int ordinal = at == null ? 0 : at.getValue();
            if (ordinal != current) {
                speakers = new SpeakerFinder(engagements.get(ordinal).participants(), people, cues, namedInFull, voice);
                current = ordinal;
            }
            if (isHeadingLine(doc, s)) {
                speakers.observeTheFloor(doc, s); // "Minister Kono: Yes." is short, but gives him the floor
                continue;
            }
            EngagementReport e = engagements.get(ordinal);
            speakers.observe(doc, s, e.evidence().stream().anyMatch(ev -> ev.start() == s.start()));
            int background = backgroundFrom(doc, s, toldFirst, toldOther, toldToCome);
            if (background == 0) continue;
            boolean announced = "planned".equals(e.status() == null ? null : e.status().value())
                    && e.evidence().stream().anyMatch(ev -> ev.start() == s.start());
            List<SpeechActMatch> acts = lexicon.find(s.text()).stream()
                    .filter(a -> a.event() != null && (a.start() < background || aboutAnotherEncounter(doc, s, a)) && !unlikelyInAReadout(a)
                            && (announced && announcesTheEncounter(a)
                                || !a.verbOnly() && !restatesTheEncounter(a) && !namesTheEncounter(doc, s, a))).toList();
            List<Act> found = new ArrayList<>();
            boolean reported = false;
            for (int i = 0; i < acts.size(); i++) {
                SpeechActMatch act = acts.get(i);
                // After "said"/"told", an appeal ("pressed the U.S. side to tighten ... measures") or a stated intent
                // ("stated their wish to put UNASUR back in motion"), PETRARCH's verbs are the content of what was said,
                // asked or intended, not acts of the one the content is about.
                if (reported && act.origin() == SpeechActMatch.Origin.PETRARCH) continue;
                if (act.cameo().startsWith("01") || act.origin() == SpeechActMatch.Origin.DIPLOMATIC
                        && (act.cameo().startsWith("02") || act.cameo().startsWith("10") || act.cameo().startsWith("03"))) reported = true;
                String before = s.text().substring(0, act.start());
                if (cues.negated().matcher(before).find() || cues.recalled().matcher(before).find()
                        || cues.hedged().matcher(before).find() || cues.actOfAnEarlierTime().matcher(before).find()
                        || standingPosition(s, act, before)) continue;
                if (toldOfAnotherDay(doc, s, act, e, anchor, cues)) continue;
                SpeakerFinder.Found who = speakers.find(doc, s, s.start() + act.start(), s.start() + act.end());
                if (who != null && !who.both() && (purposeOfTheEncounter(doc, s, act) || withTheOtherSide(doc, s, act, who, e, cues)
                        || weTogether(s, act) || afterTheEncounterWith(doc, s, act, who) || takesTwo(s, act, who, e))) {
                    SpeakerFinder.Found both = speakers.both(who.start());
                    if (both != null) who = both;
                }
                // "an exchange of views on two-way cooperation also took place": an act told as a noun, that no one is said to
                // have done, happened between the two sides
                if (who == null && act.nounPhrase() && cues.tookPlaceAfter().matcher(s.text().substring(act.end())).find()) {
                    who = speakers.both(s.start() + act.start());
                }
                // "Asimismo, han hablado sobre ...": Spanish, Portuguese or Italian leave a known subject unsaid; on a page not
                // in English an act with no one named before it in its sentence is the last speaker's
                if (who == null && !"en".equals(doc.document().language())) who = speakers.continuing(doc, s, s.start() + act.start());
                // "We discussed regional issues", "Discussed bilateral ties" (a leader's own post): a consultation or an
                // agreement in the first person plural, or with no subject at all, that no one named does, is both sides'
                if (who == null && (weTogether(s, act) || subjectless(s, act))) who = speakers.both(s.start() + act.start());
                if ((who == null || !who.both()) && theTalksThemselves(doc, s, act)) {
                    SpeakerFinder.Found both = speakers.both(s.start() + act.start());
                    if (both != null) who = both;
                }
                if (who == null) continue;
                int objectEnd = i + 1 < acts.size() ? acts.get(i + 1).start() : s.text().length();
                found.add(new Act(act, who, act.end(), objectEnd));
            }
            if (found.stream().noneMatch(a -> a.match().cameo().startsWith("04"))) {
                int firstAct = found.stream().mapToInt(a -> a.match().start()).min().orElse(background);
                Act topic = topicOfTheEncounter(doc, s, e, speakers, Math.min(background, firstAct));
                if (topic != null) found.add(topic);
            }
            List<StatementReport> inSentence = new ArrayList<>();
            for (Act a : found) inSentence.addAll(statements(doc, s, e, ordinal, a, found));
            out.addAll(withoutFrames(inSentence));
        }
        return out;
    }

    /**
     * "In the talks, held on Jan. 23-24, the three countries agreed ...", "Trump met Munir last week, where
     * they discussed Iran": a day or period named before the act that is not the engagement's day tells
     * of another occasion, whose acts are not this engagement's.
     */
    private static boolean toldOfAnotherDay(AnnotatedDocument doc, Sentence s, SpeechActMatch act, EngagementReport e, LocalDate anchor, Cues cues) {
        LocalDate day = e.date() == null ? null : e.date().value();
        if (day == null) return false;
        if (placedInAnEarlierEncounter(doc, s, act, day, anchor, cues)) return true;
        int background = backgroundOpenerEnd(doc, s, act, cues);
        for (TimeMention t : doc.timesIn(s.index())) {
            if (t.start() >= s.start() + act.start()) break;
            if (t.end() <= s.start() + background) continue;
            TimeValue v = t.value();
            LocalDate at = DateResolver.resolve(v, anchor, Tense.PAST);
            if (at != null) {
                boolean covers = !day.isBefore(at.minusDays(1)) && !day.isAfter(DateResolver.lastDay(v, at).plusDays(1));
                if (!covers) return true;
                continue;
            }
            DateClue clue = DateResolver.clue(v, anchor, Tense.PAST);
            if (v instanceof TimeValue.Relative r && r.offset() != 0 && anchor != null) {
                if (!inRelativePeriod(r, anchor, day)) return true;
            } else if (!clue.isEmpty() && clue.month() != null && !clue.admits(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Qin reiterated his invitation during phone talks last month", "they talked over the idea in their first phone
     * call in October 2022": an encounter named after the act with a time before the engagement's day is where the
     * act was done, an earlier occasion. A later time ("agreed to meet again in May") is what the act is about.
     */
    private static boolean placedInAnEarlierEncounter(AnnotatedDocument doc, Sentence s, SpeechActMatch act, LocalDate day, LocalDate anchor,
                                                      Cues cues) {
        int actEnd = s.start() + act.end();
        String text = doc.document().text();
        List<Mention> occasions = Triggers.encounterWords(doc, s).stream()
                .filter(m -> m.start() >= actEnd && cues.actOccasion().matcher(text.substring(actEnd, m.start())).matches()).toList();
        if (occasions.isEmpty()) return false;
        for (TimeMention t : doc.timesIn(s.index())) {
            if (occasions.stream().noneMatch(m -> m.end() <= t.start())) continue;
            TimeValue v = t.value();
            LocalDate at = DateResolver.resolve(v, anchor, Tense.PAST);
            if (at != null) {
                if (DateResolver.lastDay(v, at).plusDays(1).isBefore(day)) return true;
            } else if (v instanceof TimeValue.Relative r && r.offset() < 0 && anchor != null && !inRelativePeriod(r, anchor, day)) {
                return true;
            } else {
                LocalDate last = DateResolver.clue(v, anchor, Tense.PAST).lastDay();
                if (last != null && last.plusDays(1).isBefore(day)) return true;
            }
        }
        return false;
    }

    /** CAMEO roots of what a side says: statements, appeals, demands, disapproval, rejection. */
    private static final Set<String> SAYING = Set.of("01", "02", "10", "11", "12");

    /**
     * "Beijing, which is expanding its ties with Russia, has criticized the Japan-US alliance": what a side says, told in
     * the perfect, is a position it took before; not in the first person ("we have urged them to ...").
     */
    private boolean standingPosition(Sentence s, SpeechActMatch act, String before) {
        return SAYING.contains(act.cameo().substring(0, 2)) && !act.nounPhrase() && cues.perfectBefore().matcher(before).find()
                && !cues.firstPerson().matcher(s.text()).find();
    }

    /**
     * "Following the return of high commissioners in August 2025, the two prime ministers agreed ...": an opening
     * phrase of another time that names no encounter is the background of the act after it, and its day is not the
     * act's. Where the phrase ends (the last comma before the act), or 0.
     */
    private static int backgroundOpenerEnd(AnnotatedDocument doc, Sentence s, SpeechActMatch act, Cues cues) {
        if (!cues.otherEncounterOpener().matcher(s.text()).find()) return 0;
        int end = Math.max(s.text().lastIndexOf(',', act.start()), s.text().lastIndexOf(';', act.start()));
        if (end < 0) return 0;
        for (Mention t : Triggers.encounterWords(doc, s)) if (t.start() < s.start() + end) return 0;
        return end;
    }

    /** Whether a day falls in "last week", "last month", "last year", "next week" ... counted from the day of writing. */
    private static boolean inRelativePeriod(TimeValue.Relative r, LocalDate anchor, LocalDate day) {
        return switch (r.unit()) {
            case WEEK, WEEKEND -> Math.abs(day.toEpochDay() - anchor.plusWeeks(r.offset()).toEpochDay()) <= 7;
            case MONTH -> java.time.YearMonth.from(day).equals(java.time.YearMonth.from(anchor).plusMonths(r.offset()));
            case YEAR -> day.getYear() == anchor.getYear() + r.offset();
        };
    }

    /** How a sentence ends, in the Latin marks and the full-width ones of Chinese and Japanese ("。", "」"). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)\u3002\uff01\uff1f\u300d\u300f\uff09]\\s*$");
    /** The shortest sentence read for statements: five words or so, fewer characters where each is a word or a syllable. */
    private static final int SHORTEST = 25;
    private static final int SHORTEST_SYLLABIC = 10;

    /** A headline, a section heading or a caption line: no statement is read from it. */
    private static boolean isHeadingLine(AnnotatedDocument doc, Sentence s) {
        // "Prime Minister Modi congratulated President Bolsonaro on Brazil's BRICS Presidency." is capitalised as a
        // headline is, but ends as a sentence does
        boolean endsAsASentence = SENTENCE_END.matcher(s.text()).find();
        boolean syllabic = s.text().codePoints().filter(Character::isLetter).limit(1)
                .anyMatch(c -> c <= Character.MAX_VALUE && Scripts.syllabic((char) c));
        return Sentence.isHeadline(s.text()) && !endsAsASentence || s.text().length() < (syllabic ? SHORTEST_SYLLABIC : SHORTEST)
                || !endsAsASentence && s.text().split("\\s+").length < 16 && !cutOff(doc, s);
    }

    /**
     * "... They also vowed to work together in": a sentence without its end that goes on a line after another sentence, or
     * that ends the page (a page cut off, an excerpt), is a sentence cut short, not a heading.
     */
    private static boolean cutOff(AnnotatedDocument doc, Sentence s) {
        String text = doc.document().text();
        if (text.substring(Math.min(s.end(), text.length())).isBlank()) return true;
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        return !text.substring(lineStart, s.start()).isBlank();
    }

    /** "held talks", "visited", "hosted": the engagement itself, which the engagement record already holds. */
    private static boolean restatesTheEncounter(SpeechActMatch act) {
        String c = act.cameo();
        return c != null && (c.startsWith("041") || c.startsWith("042") || c.startsWith("043") || c.startsWith("044"));
    }

    /** How far after the encounter word what it was about may be told ("spoke today with Moroccan Foreign Minister Nasser Bourita on"). */
    private static final int TOPIC_REACH = 90;
    private static final String CONSULTATION = "040";

    /**
     * "Blinken spoke today with Bourita on shared priorities in the bilateral relationship", "held talks on security
     * cooperation": what the encounter a sentence tells was about, when no one is said to have discussed it, is a
     * consultation of its two sides. It is told before {@code until}, where another act or another encounter begins
     * ("congratulated Yoon on his victory" is the congratulation's), and with no one of a third side named before it.
     */
    private Act topicOfTheEncounter(AnnotatedDocument doc, Sentence s, EngagementReport e, SpeakerFinder speakers, int until) {
        if (e.evidence().stream().noneMatch(ev -> ev.start() == s.start())) return null;
        String text = s.text();
        for (Mention t : Triggers.encounterWords(doc, s)) {
            int from = t.end() - s.start();
            if (from < 0 || from >= until) continue;
            Matcher m = cues.encounterTopic().matcher(text).region(from, until);
            while (m.find() && m.start() - from <= TOPIC_REACH) {
                if (cues.clauseBreak().matcher(text.substring(from, m.start())).find()
                        || namesAThirdSide(doc, s, e, s.start() + from, s.start() + m.start())) break;
                if (!namesATopic(text.substring(m.end())) || timeAt(doc, s, s.start() + m.end())) continue;
                SpeakerFinder.Found both = speakers.both(s.start() + m.start());
                if (both == null) return null;
                SpeechActMatch act = new SpeechActMatch(m.start(), m.end(), -1, -1, text.substring(m.start(), m.end()).strip(),
                        "encounter-topic", CONSULTATION, null, SpeechActMatch.Origin.DIPLOMATIC, 0,
                        lexicon.coder().code(CONSULTATION), List.of(), 0, "what the encounter was about");
                return new Act(act, both, m.end(), until);
            }
        }
        return null;
    }

    /**
     * "on shared priorities": a topic-head soon after the topic word, written in lower case ("the Meeting on Interregional
     * Security" is the name of an event).
     */
    private boolean namesATopic(String after) {
        Matcher head = cues.topicHead().matcher(after);
        if (!head.find()) return false;
        String words = after.substring(0, head.end()).strip();
        int last = words.lastIndexOf(' ') + 1;
        return Character.isLowerCase(words.charAt(last));
    }

    /** "spoke to his counterparts in Saudi Arabia, Pakistan and Egypt about": a country or person of neither side between two offsets. */
    private static boolean namesAThirdSide(AnnotatedDocument doc, Sentence s, EngagementReport e, int from, int to) {
        Set<String> sides = e.countries();
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.start() < from || m.end() > to) continue;
            String side = sideNamed(m);
            if (side != null && !sides.contains(side)) return true;
        }
        return false;
    }

    /** How far after an offset a time may start and still be told right there ("on the Thursday"). */
    private static final int TIME_AT_SLACK = 4;

    /** "met on Thursday amid the conflict": a time told right at an offset. */
    private static boolean timeAt(AnnotatedDocument doc, Sentence s, int at) {
        return doc.timesIn(s.index()).stream().anyMatch(t -> t.start() <= at + TIME_AT_SLACK && t.end() > at);
    }

    /** How near after an act's topic word the other encounter's word must be ("updated Tusk on his recent visit"). */
    private static final int TOPIC_WINDOW = 25;

    /** "The Prime Minister updated Prime Minister Tusk on his recent visit to Kyiv": an act whose topic is another encounter. */
    private boolean aboutAnotherEncounter(AnnotatedDocument doc, Sentence s, SpeechActMatch act) {
        if (!cues.topicMarker().matcher(s.text().substring(act.start(), act.end())).find()) return false;
        int from = s.start() + act.end();
        List<Mention> triggers = Triggers.encounterWords(doc, s);
        return triggers.stream().anyMatch(t -> t.start() >= from && t.start() - from <= TOPIC_WINDOW)
                && triggers.stream().noneMatch(t -> t.end() <= s.start() + act.start());
    }

    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s+$");

    /**
     * "Rubio met with Foreign Minister Cho in Washington to discuss North Korea": talks named as what an encounter was
     * held for are held by its two sides together.
     */
    private static boolean purposeOfTheEncounter(AnnotatedDocument doc, Sentence s, SpeechActMatch act) {
        if (!consults(act)) return false;
        if (!INFINITIVE_BEFORE.matcher(s.text().substring(0, act.start())).find()) return false;
        return Triggers.encounterWords(doc, s).stream().anyMatch(t -> t.end() <= s.start() + act.start());
    }

    /** How far after "with" the other side is named ("discussed with the Qatari authorities"). */
    private static final int WITH_WINDOW = 40;
    /** How near after the act an engagement word makes it the encounter itself ("held talks with", "will meet with"). */
    private static final int ENCOUNTER_WORD_REACH = 12;

    /**
     * "Putin held telephone talks with Pashinyan and discussed the situation", "met Munir, where they discussed Iran",
     * "held talks with his counterpart Belousov, focusing on regional security": a
     * consultation joined to the encounter with the other side, told before it in the sentence, is held with them.
     */
    private boolean afterTheEncounterWith(AnnotatedDocument doc, Sentence s, SpeechActMatch act, SpeakerFinder.Found who) {
        if (!consults(act) || who.speakers().size() != 1) return false;
        String mine = who.speakers().get(0).country();
        int actFrom = s.start() + act.start();
        String text = doc.document().text();
        for (Mention t : Triggers.encounterWords(doc, s)) {
            String between = text.substring(Math.min(t.end(), actFrom), actFrom);
            boolean joined = cues.joinedAct().matcher(between).find() || participleAfterComma(act, between);
            if (t.end() > actFrom || !joined && !inAsideBefore(text, s, t, actFrom)) continue;
            for (Mention m : doc.mentionsIn(s.index())) {
                if (m.start() < t.end() || m.end() > actFrom) continue;
                String other = sideNamed(m);
                if (other != null && mine != null && !other.equals(mine)) return true;
            }
        }
        return false;
    }

    /** "held talks with his Russian counterpart, focusing on": a participle set off by a comma tells what the talks did. */
    private boolean participleAfterComma(SpeechActMatch act, String between) {
        return COMMA_END.matcher(between).find() && cues.presentParticiple().matcher(act.text()).find();
    }

    private static final Pattern COMMA_END = Pattern.compile(",\\s*$");

    /** How far before the encounter word the comma that opens an aside about it may be ("Abdullah, in a phone call with"). */
    private static final int ASIDE_OPENING = 20;

    /**
     * "King Abdullah, in a phone call on Saturday with President Macron, discussed": the encounter told in an aside between
     * commas, opened by a channel word, right before the act.
     */
    private boolean inAsideBefore(String text, Sentence s, Mention trigger, int actFrom) {
        int comma = text.lastIndexOf(',', trigger.start());
        if (comma < s.start() || trigger.start() - comma > ASIDE_OPENING) return false;
        return cues.channelBefore().matcher(text.substring(comma + 1, trigger.start())).find()
                && ASIDE_CLOSE.matcher(text.substring(trigger.end(), actFrom)).find();
    }

    private static final Pattern ASIDE_CLOSE = Pattern.compile("^[^,;:]*,\\s*$");

    /**
     * "Discussed bilateral and regional issues", "Also exchanged views on": a consultation or agreement that opens its
     * sentence with no subject ("Discussing the trade deal, the Prime Minister said" has its subject after the comma).
     */
    private boolean subjectless(Sentence s, SpeechActMatch act) {
        String cameo = act.cameo();
        return cameo != null && (cameo.startsWith("03") || cameo.startsWith("04")) && !act.nounPhrase()
                && !cues.presentParticiple().matcher(act.text()).find() && cues.subjectlessOpening().matcher(s.text().substring(0, act.start())).find();
    }

    /**
     * "Their discussions focused mainly on trade", "Other issues discussed included fisheries": a consultation told as a noun,
     * or whose own words name the talks (cue kind encounter-noun), with no one named nor a pronoun for one speaker before it,
     * is the two sides'.
     */
    private boolean theTalksThemselves(AnnotatedDocument doc, Sentence s, SpeechActMatch act) {
        if (!consults(act)) return false;
        if (!act.nounPhrase() && !cues.encounterNoun().matcher(act.text()).find()) return false;
        return !cues.speakerPronoun().matcher(s.text().substring(0, act.start())).find()
                && !SpeakerFinder.someoneNamedBefore(doc, s, s.start() + act.start());
    }

    /**
     * "Hayashi discussed the fisheries talks" in the report of his call with Qin: a consultation that takes two, told of one
     * side of a two-sided encounter, is both sides' (not so "discussed the agreement with the press": a joint-object word names
     * who it was held with; where that is the other side, {@link #withTheOtherSide} tells it).
     */
    private boolean takesTwo(Sentence s, SpeechActMatch act, SpeakerFinder.Found who, EngagementReport e) {
        if (!consults(act) || who.speakers().size() != 1 || e.countries().size() != 2) return false;
        String mine = who.speakers().get(0).country();
        return mine != null && e.countries().contains(mine) && cues.mutualAct().matcher(s.text().substring(act.start(), act.end())).find()
                && !cues.jointObjectWord().matcher(s.text().substring(act.end())).find();
    }

    /** A consultation (CAMEO 04): discussing, meeting, exchanging views. */
    private static boolean consults(SpeechActMatch act) {
        return act.cameo() != null && act.cameo().startsWith("04");
    }

    /** "We discussed the next steps", "Both President North and I agreed": a consultation or agreement in the speaker's first person plural. */
    private boolean weTogether(Sentence s, SpeechActMatch act) {
        String cameo = act.cameo();
        return cameo != null && (cameo.startsWith("03") || cameo.startsWith("04"))
                && cues.weTogether().matcher(s.text().substring(0, act.start())).find();
    }

    /**
     * "Sánchez discussed with the Qatari authorities the situation in Gaza", "exchanged views with his Japanese
     * counterpart on ...": a consultation held with the other side, named right after the act, is both sides'.
     */
    private static boolean withTheOtherSide(AnnotatedDocument doc, Sentence s, SpeechActMatch act, SpeakerFinder.Found who,
                                            EngagementReport e, Cues cues) {
        if (!consults(act) || who.speakers().size() != 1) return false;
        // "will meet with", "held talks with": the encounter itself, one side's act in its announcement
        int actFrom = s.start() + act.start();
        int actTo = s.start() + act.end();
        String text = doc.document().text();
        // "discussed in a phone call with": the encounter after a channel word is where the act was done, not the act
        if (Triggers.encounterWords(doc, s).stream().anyMatch(t -> t.start() < actTo + ENCOUNTER_WORD_REACH && t.end() > actFrom
                && !(t.start() > actTo && cues.channelBefore().matcher(text.substring(actTo, t.start())).find()))) return false;
        String mine = who.speakers().get(0).country();
        Matcher with = cues.jointObject().matcher(s.text().substring(act.start()));
        if (mine == null || !with.find()) return false;
        int gap = with.start() - (act.end() - act.start());
        // "discussed mutual issues with Pena Nieto": after a short object, only the engagement's other side
        boolean afterObject = gap > 1 && gap <= OBJECT_BEFORE_WITH && !OBJECT_BREAK.matcher(s.text().substring(act.end(), act.start() + with.start())).find();
        if (gap > 1 && !afterObject) return false;
        int from = s.start() + act.start() + with.end();
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.start() < from) continue;
            if (m.start() - from > WITH_WINDOW) break;
            String other = sideNamed(m);
            if (other == null) continue;
            if (other.equals(mine)) return false;
            return !afterObject || e.participants().stream().anyMatch(p -> other.equals(p.country()));
        }
        return false;
    }

    /** How long an object may stand between a consultation and "with" the other side ("discussed mutual issues with"). */
    private static final int OBJECT_BEFORE_WITH = 30;
    private static final Pattern OBJECT_BREAK = Pattern.compile("[,;:(]");

    /** The side a mention names: a country, or a person who only ever held office for one; else null. */
    private static String sideNamed(Mention m) {
        if (m.type() == MentionType.COUNTRY) return m.as(Countries.Ref.class).iso3();
        if (m.type() != MentionType.PERSON) return null;
        Set<String> countries = m.as(People.NameForm.class).countries();
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** "held talks", "a 50-minute phone conversation": the act is the engagement word itself. */
    private static boolean namesTheEncounter(AnnotatedDocument doc, Sentence s, SpeechActMatch act) {
        int from = s.start() + act.start();
        int to = s.start() + act.end();
        return Triggers.encounterWords(doc, s).stream().anyMatch(t -> t.start() < to && t.end() > from)
                && consults(act);
    }

    /**
     * "Hayashi intends to meet his counterpart", "will host the Prime Minister", "a plan to visit Beijing":
     * in a document announcing an engagement, the announcement is the side's act (CAMEO 036, 04x), in a
     * sentence that tells of that engagement (not "he will also attend the NATO meeting in Brussels").
     */
    private static boolean announcesTheEncounter(SpeechActMatch act) {
        String c = act.cameo();
        return c != null && (c.startsWith("036") || c.startsWith("04"));
    }

    /**
     * Where a sentence starts telling of an earlier or other encounter, as an offset into the sentence:
     * its length when it tells of none, 0 when the whole sentence does ("agreed at a summit in Bangkok
     * last year"), else the start of the clause that names it ("..., as agreed by the two leaders at the
     * Summit Meeting on November 16"): acts before it are this engagement's.
     */
    private int backgroundFrom(AnnotatedDocument doc, Sentence s, Set<Integer> toldFirst, Set<Integer> toldOther, Set<Integer> toldToCome) {
        if (!toldOther.contains(s.start())) return s.text().length();
        if (toldFirst.contains(s.start())) return 0;
        List<Mention> triggers = Triggers.encounterWords(doc, s);
        if (triggers.isEmpty()) return 0;
        int at = triggers.get(0).start() - s.start();
        // "The ministers agreed to meet again soon", "invited Qin to visit Japan": agreeing on, or inviting to, an
        // encounter still to come is an act of this one
        if (toldToCome.contains(s.start())) return at;
        int clause = 0;
        Matcher m = cues.clauseOpener().matcher(s.text());
        while (m.find() && m.start() < at) clause = m.start();
        return clause;
    }

    /**
     * PETRARCH's dictionary codes deeds as well as words, and without a parse its patterns fire on
     * nouns ("clashes", "pressure"): of its matches only verbal acts (CAMEO 01-05 and 10-14) are kept,
     * which is what one side says to another in a readout, and not its catch-all 050 ("engage in
     * diplomatic cooperation"), which it gives to verbs such as "use" and "explore".
     */
    private static boolean unlikelyInAReadout(SpeechActMatch act) {
        if (act.origin() != SpeechActMatch.Origin.PETRARCH || act.cameo() == null) return false;
        int root = Integer.parseInt(act.cameo().substring(0, 2));
        if (act.cameo().equals("050")) return true;
        return !(root <= 5 || root >= 10 && root <= 14);
    }

    /**
     * "Hayashi stated that ... and strongly requested ...": a plain statement or expression of accord
     * (no PLOVER type) by a speaker who does something typed in the same sentence is only the frame
     * of that act, and one statement per speaker, type and issue is enough.
     */
    private static List<StatementReport> withoutFrames(List<StatementReport> sentence) {
        List<StatementReport> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StatementReport r : sentence) {
            if (r.type() == null && sentence.stream().anyMatch(o -> o.type() != null && sides(o).equals(sides(r)))) continue;
            String key = sides(r) + "|" + r.type() + "|" + issueKey(r.issue());
            if (seen.add(key)) out.add(r);
        }
        return out;
    }

    private static Set<String> sides(StatementReport r) {
        Set<String> out = new java.util.TreeSet<>();
        for (Speaker s : r.speakers()) if (s.country() != null) out.add(s.country());
        return out;
    }

    /**
     * Where each report is introduced (the start of its first sentence) and which report that is: a sentence belongs
     * to the last one introduced at or before it, else to the first. A later report introduced before the first
     * report's own sentence does not count; of two introduced by one sentence the earlier report wins.
     */
    /**
     * Where each encounter the document reports begins to be told: from there on, statements are its own.
     * An encounter the document only mentions ("as agreed at the Summit Meeting on November 16") takes
     * no sentences after the one naming it: a readout that recalls a summit goes on telling its own meeting.
     */
    private static TreeMap<Integer, Integer> introductions(List<EngagementReport> engagements) {
        TreeMap<Integer, Integer> out = new TreeMap<>();
        int first = firstSentence(engagements.get(0));
        for (EngagementReport r : engagements) {
            int start = firstSentence(r);
            boolean told = r.ordinal() == 0 || !"mentions".equals(r.relation());
            if (start != Integer.MAX_VALUE && told && (r.ordinal() == 0 || start > first)) out.putIfAbsent(start, r.ordinal());
        }
        return out;
    }

    private static int firstSentence(EngagementReport r) {
        return r.evidence().isEmpty() ? Integer.MAX_VALUE : r.evidence().stream().mapToInt(Evidence::start).min().getAsInt();
    }

    /** The sentences that tell of another encounter only as one still to come. */
    private static Set<Integer> toldOnlyAsToCome(List<EngagementReport> engagements) {
        Set<Integer> planned = new HashSet<>();
        Set<Integer> other = new HashSet<>();
        for (EngagementReport r : engagements) {
            if (r.ordinal() == 0) continue;
            boolean toCome = r.status() != null && "planned".equals(r.status().value());
            for (Evidence ev : r.evidence()) (toCome ? planned : other).add(ev.start());
        }
        planned.removeAll(other);
        return planned;
    }

    /** The sentences (by start offset) that tell of the first report, or of any other one. */
    private static Set<Integer> evidenceStarts(List<EngagementReport> engagements, boolean first) {
        Set<Integer> out = new HashSet<>();
        for (EngagementReport r : engagements) {
            if ((r.ordinal() == 0) == first) for (Evidence ev : r.evidence()) out.add(ev.start());
        }
        return out;
    }

    /** CAMEO "express intent to cooperate" (PLOVER AGREE): what both sides state together, or one side's stated intent. */
    private static final String JOINT_POSITION = "030";
    private static final String PLAIN_STATEMENT = "010";
    /** "looked forward to", "is optimistic about". */
    private static final String OPTIMISM = "013";
    /** Condolences, sympathy: the two sides' shared sadness is no agreement. */
    private static final String EMPATHY = "018";
    private static final String PRAISE = "051";
    private static final String CRITICISM = "111";

    /**
     * "Anwar said Russia remains a great friend": a plain statement that only praises, or only criticises, does that; one
     * that does neither and says a side wants to "further deepen" ties or to "work together" states an intent to cooperate.
     */
    private EventCode evaluated(EventCode plain, String words) {
        boolean praise = cues.praiseWord().matcher(words).find();
        boolean criticism = cues.criticismWord().matcher(words).find();
        if (!praise && !criticism && cues.intentWord().matcher(words).find()) return lexicon.coder().code(JOINT_POSITION);
        if (praise == criticism) return plain;
        return lexicon.coder().code(praise ? PRAISE : CRITICISM);
    }

    /**
     * "Dissanayake assured that Sri Lanka would not allow its territory to be used", "we will do whatever is possible": a
     * plain statement whose words have the speaker's own side as who will do something states an intent. Not when
     * the sentence tells another typed act of the same side, of which the statement is only the frame ("said Russia would
     * never accept ...", "'I will have an exchange of views,' he said"), nor when it warns ("Israel would respond to any attack").
     */
    private boolean pledgesItsOwnSide(AnnotatedDocument doc, Sentence s, Act a, List<Act> all) {
        if (all.stream().anyMatch(o -> o != a && o.sides().containsAll(a.sides()) && !String.valueOf(o.match().cameo()).startsWith("01"))) return false;
        // what the act governs, or a quotation before it ("'We will ...,' he said")
        String said = s.text().substring(0, a.objectEnd());
        if (cues.warningWord().matcher(said).find()) return false;
        if (cues.pledgingSubject().matcher(said).find()) return true;
        String side = a.sides().iterator().next();
        int from = s.start();
        int to = s.start() + a.objectEnd();
        String text = doc.document().text();
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.start() < from || m.end() >= to || !side.equals(sideNamed(m))) continue;
            if (cues.pledgeAfterSide().matcher(text.substring(m.end(), to)).lookingAt()) return true;
        }
        return false;
    }

    /** An act of a sentence with its speaker and the part of the sentence it governs. */
    private record Act(SpeechActMatch match, SpeakerFinder.Found who, int objectStart, int objectEnd) {
        Set<String> sides() {
            Set<String> out = new java.util.TreeSet<>();
            for (Speaker s : who.speakers()) if (s.country() != null) out.add(s.country());
            return out;
        }
    }

    private List<StatementReport> statements(AnnotatedDocument doc, Sentence s, EngagementReport e, int ordinal,
                                             Act a, List<Act> all) {
        SpeechActMatch act = a.match();
        SpeakerFinder.Found who = a.who();
        String object = s.text().substring(a.objectStart(), a.objectEnd());
        int objectStart = a.objectStart();
        EventCode code = act.event();
        if (code.cameo().startsWith("01") && a.sides().size() == 1 && cues.obligation().matcher(object + " " + s.text().substring(0, act.start())).find()) {
            code = lexicon.coder().code("020");
        } else if (code.cameo().equals(PLAIN_STATEMENT) && a.sides().size() == 1) {
            code = evaluated(code, s.text().substring(0, a.objectEnd()));
            if (code.cameo().equals(PLAIN_STATEMENT) && pledgesItsOwnSide(doc, s, a, all)) code = lexicon.coder().code(JOINT_POSITION);
        } else if (code.cameo().equals(OPTIMISM) && a.sides().size() == 1 && cues.intentWord().matcher(object).find()) {
            // "looked forward to both countries working together": the hope is an intent to cooperate
            code = lexicon.coder().code(JOINT_POSITION);
        } else if (code.cameo().startsWith("01") && !code.cameo().equals(EMPATHY) && a.sides().size() >= 2) {
            // "the two leaders underlined the importance of resuming talks": a position both sides state together is one they agree on
            code = lexicon.coder().code(JOINT_POSITION);
        }
        String type = code.ploverType() == null ? null : code.ploverType().name();
        String mode = code.ploverMode() == null || code.ploverMode().isBlank() ? null : code.ploverMode().strip();
        String target = target(doc, s, e, who, type, act);
        Evidence ev = Evidence.of(doc, s);
        List<IssueLookup.Hit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (IssueLookup.Hit h : issues.find(s.text())) {
            if (h.start() >= objectStart - 1 && h.start() < objectStart + object.length() && seen.add(h.issue().id())) hits.add(h);
        }
        List<StatementReport> out = new ArrayList<>();
        if (hits.isEmpty()) hits = nearestIssue(s.text(), a, all, namesAThirdCountry(doc, s, e, a));
        if (!SPLIT_BY_ISSUE.contains(String.valueOf(type)) && hits.size() > 1) hits = hits.subList(0, 1);
        if (hits.isEmpty()) {
            IssueRef label = issues.labelFromText(object).map(IssueRef::unclassified).orElse(null);
            out.add(report(doc, s, ordinal, who, target, type, mode, code, label, null, act, ev));
        }
        for (IssueLookup.Hit h : hits) {
            out.add(report(doc, s, ordinal, who, target, type, mode, code, h.issue(), h.wordingOf() == null ? null : h.text(), act, ev));
        }
        return out;
    }

    /** "requested that Japan stop provocations ... regarding the disputed islands": the issue the sentence names nearest the act. */
    private List<IssueLookup.Hit> nearestIssue(String sentence, Act a, List<Act> all, boolean ownMatter) {
        SpeechActMatch act = a.match();
        IssueLookup.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (IssueLookup.Hit h : issues.find(sentence)) {
            if (ownMatter && coveredBySameSpeaker(h, a, all)) continue;
            int d = h.start() >= act.end() ? h.start() - act.end() : act.start() - h.end();
            if (d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * Whether what an act governs brings in a country outside the engagement ("raised concerns about the
     * PRC's alignment with Russia"): then it is its own matter, not the issue the speaker's previous act
     * named ("expressed concern over the discharge ..., and urged Japan to stop it" is one matter).
     */
    private static boolean namesAThirdCountry(AnnotatedDocument doc, Sentence s, EngagementReport e, Act a) {
        int from = s.start() + a.objectStart();
        int to = s.start() + a.objectEnd();
        Set<String> sides = e.countries();
        return doc.mentionsIn(s.index(), MentionType.COUNTRY).stream()
                .anyMatch(m -> m.start() >= from && m.start() < to && !sides.contains(m.as(Countries.Ref.class).iso3()));
    }

    /**
     * An issue another act of the same speaker governs is that act's when this act has a matter of its
     * own: "condemned the launch by the DPRK and raised concerns about X" is not a concern about North
     * Korea. A reply by the other side ("..., while Qin requested ... regarding the disputed islands")
     * may always take up the issue.
     */
    private static boolean coveredBySameSpeaker(IssueLookup.Hit h, Act a, List<Act> all) {
        for (Act other : all) {
            if (other == a || !other.sides().equals(a.sides())) continue;
            if (h.start() >= other.objectStart() - 1 && h.start() < other.objectEnd()) return true;
        }
        return false;
    }

    private static StatementReport report(AnnotatedDocument doc, Sentence s, int ordinal, SpeakerFinder.Found who, String target,
                                          String type, String mode, EventCode code, IssueRef issue, String wording,
                                          SpeechActMatch act, Evidence ev) {
        String id = "st-" + hash(doc.document().id() + "|" + s.start() + "|" + act.start() + "|" + issueKey(issue));
        return new StatementReport(id, doc.document().id(), ordinal, who.speakers(), target, type, mode, code.cameo(),
                code.goldstein(), issue, wording, act.text(), ev);
    }

    /**
     * Whom the act is aimed at: a country outside the engagement that a criticism or support names
     * after the verb ("condemned the launch by the DPRK"), or before a criticism that names none after it;
     * otherwise, for one speaker in a bilateral
     * engagement, the other side; for both sides speaking together, nobody.
     */
    private String target(AnnotatedDocument doc, Sentence s, EngagementReport e, SpeakerFinder.Found who, String type, SpeechActMatch act) {
        Set<String> sides = e.countries();
        Set<String> speaking = new LinkedHashSet<>();
        for (Speaker sp : who.speakers()) if (sp.country() != null) speaking.add(sp.country());
        // "called on Pyongyang to", "urged Japan to": the one the act's own words name, a capital for its country
        for (Mention m : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            String iso3 = m.as(Countries.Ref.class).iso3();
            if (m.start() >= s.start() + act.start() && m.end() <= s.start() + act.end() && !speaking.contains(iso3)) return iso3;
        }
        if (type != null && TARGETED_TYPES.contains(type)) {
            String before = null;
            boolean after = false;
            for (Mention m : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
                String iso3 = m.as(Countries.Ref.class).iso3();
                if (m.start() < s.start() + act.start()) {
                    if (before == null && !sides.contains(iso3) && !speaking.contains(iso3)) before = iso3;
                    continue;
                }
                if (m.start() < s.start() + act.end()) continue;
                // "thanked for the support since the beginning of the Russian invasion": praise goes to a country named (or
                // "the Kazakh side"), not to one whose adjective only describes what it is for
                if ("SUPPORT".equals(type) && m.as(Countries.Ref.class).form() == Countries.Form.ADJECTIVE && !sides.contains(iso3)
                        && !cues.sideNoun().matcher(doc.document().text().substring(m.end(), s.end())).lookingAt()) continue;
                if (!sides.contains(iso3) && !speaking.contains(iso3)) return iso3;
                after = true;
                break;
            }
            // the third country named before a criticism that names nobody after it, or that accuses its
            // subject: "On North Korea, Hayashi said that its missile activities threaten the peace of Japan"
            boolean accusesSubject = cues.subjectAccused().matcher(act.text()).find();
            if ((accusesSubject || !after) && before != null && "ACCUSE".equals(type)) return before;
        }
        if (who.both() || speaking.size() != 1) return null;
        Set<String> others = new LinkedHashSet<>(sides);
        others.removeAll(speaking);
        return others.size() == 1 ? others.iterator().next() : null;
    }

    /** The issue as a key: its id, or for an unclassified matter its clause (as stored ids were before: "text:" and a slug). */
    private static String issueKey(IssueRef issue) {
        if (issue == null) return "";
        if (issue.fromTaxonomy()) return issue.id();
        return "text:" + issue.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String hash(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
