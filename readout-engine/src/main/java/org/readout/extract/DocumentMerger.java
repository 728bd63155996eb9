package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;
import org.readout.knowledge.Cues;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Merges the sentences of one document that describe the same encounter. A sentence naming both
 * sides starts or joins an engagement; a sentence naming one side or none adds its facts to the
 * engagement it fits (the nearest one before it, else after it) or is dropped.
 */
final class DocumentMerger {
    private static final int NEAR = 3;

    private final ParticipantFinder finder;
    private final Cues cues;
    private final AnnotatedDocument doc;
    private final Map<String, Person> named;
    private final LocalDate anchor;

    DocumentMerger(ParticipantFinder finder, Cues cues, AnnotatedDocument doc, Map<String, Person> named, LocalDate anchor) {
        this.finder = finder;
        this.cues = cues;
        this.doc = doc;
        this.named = named;
        this.anchor = anchor;
    }

    List<Candidate> merge(List<Candidate> candidates) {
        candidates = withHostsJoined(candidates);
        candidates = oneWithEach(candidates);
        withPrincipals(candidates);
        visitsWithTheirHosts(candidates);
        weekdaysNamedByDates(candidates);
        List<Candidate> groups = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.countries().size() < 2) continue;
            Candidate home = null;
            for (Candidate g : groups) {
                if (compatible(g, c) && g.countries().containsAll(c.countries())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                Candidate g = copy(c);
                g.aside = c.aside;
                groups.add(g);
            } else {
                absorb(home, c, true);
                home.aside &= c.aside;
            }
        }
        for (Candidate c : candidates) {
            // "the last time we met was in December": a sentence only about another encounter adds nothing to this one
            if (c.countries().size() >= 2 || c.aside || toldOfAnotherTime(c)) continue;
            Candidate home = nearestCompatible(groups, c, c == candidates.get(0));
            if (home != null) absorb(home, c, !c.participants.isEmpty());
        }
        leadFirst(groups);
        for (Candidate g : groups) captionsDatesGiveWay(g);
        dayFromTheLinesAround(groups, candidates);
        inheritDates(groups);
        for (Candidate g : groups) {
            fillNames(g);
            g.participants.removeIf(p -> p.name() == null && g.participants.stream()
                    .anyMatch(q -> q.name() != null && p.country() != null && p.country().equals(q.country())));
        }
        return groups;
    }

    /**
     * "Modi met Luxon and his Japanese counterpart Ishiba" on a page that also tells Modi's meeting with Luxon on its own
     * ("Luxon said he had a meeting with Modi"): a meeting of three countries' people or more, not a summit nor said to be
     * of them all together (cue kind {@code together}), is one meeting of the first person named with each of the others; so
     * is one said to be held with each apart ("held separate calls with", "分别同...通电话", cue kind {@code apart}).
     */
    private List<Candidate> oneWithEach(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> sides = c.countries();
            String hub = c.participants.isEmpty() ? null : c.participants.get(0).country();
            String text = doc.sentences().get(c.sentence).text();
            boolean toldApart = hub != null && sides.size() >= 3 && !"summit".equals(c.kind) && !cues.together().matcher(text).find()
                    && (cues.apart().matcher(text).find()
                    || candidates.stream().anyMatch(o -> o != c && o.countries().size() == 2 && o.countries().contains(hub) && sides.containsAll(o.countries())));
            if (!toldApart) {
                out.add(c);
                continue;
            }
            for (String other : sides) {
                if (other.equals(hub)) continue;
                out.add(c.withParticipants(c.participants.stream().filter(p -> hub.equals(p.country()) || other.equals(p.country())).toList()));
            }
        }
        return out;
    }

    /**
     * "Yunus urged Sharif to settle the issues of 1971 ... The two leaders held a meeting on the sidelines of
     * the summit": a page on which no sentence names both sides of an encounter, but which names in full exactly
     * two people, of two countries, reports their encounter: each report of one side or none gets the other
     * principal(s), as of the report's day, each with the sentence that names them.
     */
    private void withPrincipals(List<Candidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.countries().size() >= 2)) return;
        Set<String> entourage = namedOnlyInAnEntourage();
        Map<String, Person> principals = oneOfEachSide(named.values().stream().filter(p -> !entourage.contains(p.id())).toList());
        if (principals == null) principals = namedTogether(entourage);
        if (principals == null) return;
        for (Candidate c : candidates) {
            if (c.aside || !principals.keySet().containsAll(c.countries())) continue;
            LocalDate day = c.firstDate() != null ? c.firstDate() : anchor;
            principals.forEach((country, p) -> {
                if (!c.countries().contains(country)) c.participants.add(finder.principal(doc, p, day, c.evidence.get(0)));
            });
        }
    }

    /**
     * "The Prime Minister of Fiji will visit Australia from 12 to 17 September": on a page that names no one of the
     * visited side, a visit to a country is still an encounter with it; its host side is that country, with no name
     * nor office, since the text gives neither.
     */
    private static void visitsWithTheirHosts(List<Candidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.countries().size() >= 2)) return;
        for (Candidate c : candidates) {
            if (c.aside || c.destination == null || c.countries().size() != 1 || c.countries().contains(c.destination)) continue;
            c.participants.add(new Participant(null, c.destination, null, null, null, c.evidence.get(0)));
        }
    }

    /** The country a person served on the page's day, or in any term. */
    private String countryOf(Person p) {
        return p.termOn(anchor).or(() -> p.termOn(null)).map(Person.Term::country).orElse(null);
    }

    /** The people given, when they are of exactly two countries, one each; else null. */
    private Map<String, Person> oneOfEachSide(Collection<Person> people) {
        Map<String, Person> sides = new java.util.TreeMap<>();
        for (Person p : people) {
            String country = countryOf(p);
            if (country == null || sides.put(country, p) != null) return null;
        }
        return sides.size() == 2 ? sides : null;
    }

    /**
     * "Kishida and To Lam confirmed ... She replaced Nguyen Phu Trong": where the page names in full more than one
     * person of a side, the principals are the two of two countries that its first sentence naming people in full
     * names together, when everyone else it names in full is of one of those countries.
     */
    private Map<String, Person> namedTogether(Set<String> entourage) {
        for (Sentence s : doc.sentences()) {
            Set<Person> inSentence = new LinkedHashSet<>();
            for (Mention m : doc.mentionsIn(s.index(), MentionType.PERSON)) {
                if (!(m.value() instanceof People.NameForm f) || !f.full() || f.candidates().size() != 1) continue;
                Person p = f.candidates().get(0);
                if (named.containsKey(p.id()) && !entourage.contains(p.id())) inSentence.add(p);
            }
            if (inSentence.isEmpty()) continue;
            Map<String, Person> pair = oneOfEachSide(inSentence);
            if (pair == null) return null;
            for (Person p : named.values()) {
                String country = countryOf(p);
                if (!entourage.contains(p.id()) && (country == null || !pair.containsKey(country))) return null;
            }
            return pair;
        }
        return null;
    }

    /** How far after "accompanied by" a name is one of the entourage listed, not someone the sentence goes on to name. */
    private static final int ENTOURAGE_REACH = 60;

    /** "Accompanied by foreign minister Sok, Hun Manet ...": people the page names in full only in an entourage. */
    private Set<String> namedOnlyInAnEntourage() {
        Set<String> inEntourage = new java.util.HashSet<>();
        Set<String> elsewhere = new java.util.HashSet<>();
        String text = doc.document().text();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON || !(m.value() instanceof People.NameForm f) || !f.full() || f.candidates().size() != 1) continue;
            Sentence s = doc.sentences().get(m.sentence());
            Matcher cue = cues.entourage().matcher(text.substring(s.start(), m.start()));
            boolean listed = false;
            while (cue.find()) listed = m.start() - (s.start() + cue.end()) <= ENTOURAGE_REACH;
            (listed ? inEntourage : elsewhere).add(f.candidates().get(0).id());
        }
        inEntourage.removeAll(elsewhere);
        return inEntourage;
    }

    /**
     * "to hold talks with Xi on Nov 16" above "will hold talks on Thursday", in a report dated the Friday
     * after: a weekday that the document names as a date elsewhere, for the same sides, is that date, not
     * the next such weekday counted from the day of writing.
     */
    private static void weekdaysNamedByDates(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (!c.dayFromWeekday || c.dates.isEmpty()) continue;
            LocalDate day = c.firstDate();
            for (Candidate g : candidates) {
                LocalDate named = g.firstDate();
                if (g == c || g.dayFromWeekday || named == null || named.equals(day)) continue;
                if (named.getDayOfWeek() != day.getDayOfWeek() || Math.abs(named.toEpochDay() - day.toEpochDay()) > 7) continue;
                if (!g.countries().containsAll(c.countries()) && !c.countries().containsAll(g.countries())) continue;
                c.dates.clear();
                c.fromPublication.clear();
                c.dates.add(Sourced.of(named, c.evidence.get(0)));
                break;
            }
        }
    }

    /**
     * "Albanese will pay an official visit to India. He will take part in the annual summit with Prime
     * Minister Narendra Modi.": a visit that names only the visitor, and the very next sentence that names
     * only the host country's side, tell one encounter between the two.
     */
    private static List<Candidate> withHostsJoined(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate visit = out.get(i);
            Candidate next = out.get(i + 1);
            if (visit.destination == null || visit.countries().size() != 1 || visit.countries().contains(visit.destination)) continue;
            if (!next.countries().equals(Set.of(visit.destination)) || next.sentence - visit.sentence > 1) continue;
            if (visit.firstDate() != null && next.firstDate() != null && !visit.firstDate().equals(next.firstDate())) continue;
            Candidate joined = copy(visit);
            absorb(joined, next, true);
            out.set(i, joined);
            out.remove(i + 1);
        }
        return out;
    }

    /**
     * "Ishiba arrived on Friday after meeting Anwar. ... In his meeting with Prabowo, Ishiba pledged ...": an
     * encounter told only in asides is not the one the document reports, however early it is told.
     */
    private void leadFirst(List<Candidate> groups) {
        // "Minister Wang also met with the Prime Minister" in a caption above the report: a continuation is not the lead.
        // a photograph's caption above the report often shows the two at an earlier encounter
        List<java.util.function.Predicate<Candidate>> preferred = List.of(
                g -> !g.aside && !g.continuesPrevious && !underAPhoto(g),
                g -> !g.aside && !g.continuesPrevious,
                g -> !g.aside);
        int lead = -1;
        for (var wanted : preferred) {
            for (int i = 0; i < groups.size() && lead < 0; i++) if (wanted.test(groups.get(i))) lead = i;
        }
        if (lead >= 0) lead = namedInTheLede(groups, lead);
        if (lead > 0) groups.add(0, groups.remove(lead));
    }

    /** A caption's date ("sign copies ... in Nairobi on September 26, 2023. (AFP)") gives way to one the report's own prose gives. */
    private void captionsDatesGiveWay(Candidate g) {
        List<Sourced<LocalDate>> fromCaptions = g.dates.stream()
                .filter(d -> d.evidence() != null && d.evidence().start() >= 0 && underAPhoto(doc.sentenceAt(d.evidence().start()))).toList();
        if (!fromCaptions.isEmpty() && fromCaptions.size() < g.dates.size()) {
            g.dates.removeAll(fromCaptions);
            g.talkDays.removeAll(fromCaptions);
        }
    }

    /**
     * Whether the group is told first in a photograph's caption ("... at the COP26 Summit in Glasgow, Monday, November 1,
     * 2021. AP"), or in a line that a credit in brackets follows on a line of its own ("... in Nairobi on September 26,
     * 2023.\n(AFP)").
     */
    private boolean underAPhoto(Candidate g) {
        return underAPhoto(g.sentence);
    }

    private boolean underAPhoto(int sentence) {
        if (sentence < 0) return false;
        String text = doc.document().text();
        Sentence s = doc.sentences().get(sentence);
        int from = text.lastIndexOf('\n', s.start() - 1) + 1;
        int to = text.indexOf('\n', s.end());
        Matcher credit = cues.photoCredit().matcher(text.substring(from, to < 0 ? text.length() : to));
        if (credit.find() && !proseBetween(s, from + credit.start())) return true;
        if (to < 0) return false;
        String next = nextLine(text, to);
        return next.startsWith("(") && next.endsWith(")") && next.split("\\s+").length <= CREDIT_LINE_WORDS
                && cues.photoCredit().matcher(next).find();
    }

    /**
     * Whether a whole sentence stands between this one and a credit later on its line: "Modi met Muizzu on Monday. Muizzu
     * is on a five-day trip. Muizzu shakes hands with Modi.(Reuters)" on one line credits the last sentence, the caption,
     * not the report before it.
     */
    private boolean proseBetween(Sentence s, int credit) {
        return doc.sentences().stream().anyMatch(t -> t.start() >= s.end() && t.end() <= credit);
    }

    /** A credit in brackets standing on a line of its own ("(AFP)"); a bare "PTI" under a headline is its byline. */
    private static final int CREDIT_LINE_WORDS = 4;

    /** The first line after the end of a line that holds anything but blanks. */
    private static String nextLine(String text, int end) {
        int from = end;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
        int to = text.indexOf('\n', from);
        return text.substring(from, to < 0 ? text.length() : to).strip();
    }

    /**
     * "Motegi and Rubio on Saturday agreed to work closely ... / Takaichi is slated to hold talks with Trump in March. /
     * At a meeting in Munich, Motegi and Rubio also agreed ...": a lede before the first report, that reports no encounter
     * of its own and names all the people of a later one (two or more) and none of the first's, tells which is the lead.
     */
    private int namedInTheLede(List<Candidate> groups, int lead) {
        Set<String> leadPeople = people(groups.get(lead));
        for (int i = 0; i < groups.get(lead).sentence; i++) {
            if (doc.mentionsIn(i, MentionType.PERSON).isEmpty() || namesAnyOf(i, leadPeople)) continue;
            for (int g = lead + 1; g < groups.size(); g++) {
                Set<String> people = people(groups.get(g));
                if (!groups.get(g).aside && people.size() >= 2 && namesAllOf(i, people)) return g;
            }
            return lead;
        }
        return lead;
    }

    private static Set<String> people(Candidate c) {
        Set<String> ids = new HashSet<>();
        for (Participant p : c.participants) if (p.personId() != null) ids.add(p.personId());
        return ids;
    }

    /**
     * "Secretary Blinken's Call with Foreign Minister Joly" above "Secretary Blinken congratulated Foreign Minister Joly
     * today on her new appointment", "Blinken Friday conveyed to Milei ...": an undated lead (held, or of no tense) takes
     * "today", "yesterday" or the last such weekday from the nearest sentence after its own that names one of its people
     * and reports no encounter of its own; failing that, from the line right before its own if that line names no one,
     * or from the nearest such sentence before its own that names all of its people.
     */
    private void dayFromTheLinesAround(List<Candidate> groups, List<Candidate> candidates) {
        if (anchor == null || groups.isEmpty()) return;
        Candidate lead = groups.get(0);
        if (!lead.dates.isEmpty() || !lead.clue.isEmpty() || lead.aside || lead.planned()) return;
        Set<Integer> reporting = new HashSet<>();
        for (Candidate c : candidates) reporting.add(c.sentence);
        Set<String> people = people(lead);
        for (int i = lead.sentence + 1; i <= lead.sentence + NEAR && i < doc.sentences().size(); i++) {
            if (reporting.contains(i) || !namesAnyOf(i, people)) continue;
            if (dayOfThatSentence(lead, i)) return;
        }
        // "Abe and Park confirmed Thursday the importance of ... / Abe and Park met one-on-one in Washington": a lede
        // before the lead that names all its people, two or more, and tells what they did on a day; or the line right
        // before a lead that leaves one of them unnamed, whom that line names ("Sharif on Wednesday urged ... / “...,” he
        // said at a joint press conference with Mirziyoyev"): the lead goes on from it
        // "Four African leaders came together on Wednesday ... / The leaders, who included President X of Somalia, ... met":
        // the line right before the lead, naming no one, tells the day the lead goes on to tell of
        int before = lead.sentence - 1;
        if (before >= 0 && !reporting.contains(before) && namedIn(before).isEmpty() && dayOfThatSentence(lead, before)) return;
        if (people.size() < 2) return;
        Set<String> unnamed = new HashSet<>(people);
        unnamed.removeAll(namedIn(lead.sentence));
        for (int i = lead.sentence - 1; i >= Math.max(0, lead.sentence - NEAR); i--) {
            if (reporting.contains(i)) continue;
            if (!namesAllOf(i, people) && !(i == lead.sentence - 1 && namesAnyOf(i, unnamed))) continue;
            if (dayOfThatSentence(lead, i)) return;
        }
    }

    private boolean dayOfThatSentence(Candidate lead, int sentence) {
        for (TimeMention t : doc.timesIn(sentence)) {
            if (!(t.value() instanceof TimeValue.RelativeDay || t.value() instanceof TimeValue.Weekday)) continue;
            // "Domani, peraltro, Meloni riceverà ...": tomorrow is of something still to come, not of the encounter told
            if (t.value() instanceof TimeValue.RelativeDay r && r.offset() > 0) continue;
            Sourced<LocalDate> day = Sourced.of(DateResolver.resolve(t.value(), anchor, Tense.PAST), Evidence.of(doc, doc.sentences().get(sentence)));
            lead.dates.add(day);
            lead.fromPublication.add(day);
            return true;
        }
        return false;
    }

    private boolean namesAllOf(int sentence, Set<String> people) {
        return namedIn(sentence).containsAll(people);
    }

    /** Everyone a name in the sentence may stand for. */
    private Set<String> namedIn(int sentence) {
        Set<String> named = new HashSet<>();
        for (Mention m : doc.mentionsIn(sentence, MentionType.PERSON)) {
            for (Person p : m.as(People.NameForm.class).candidates()) named.add(p.id());
        }
        return named;
    }

    private boolean toldOfAnotherTime(Candidate c) {
        String text = doc.sentences().get(c.sentence).text();
        // "Iran had held five rounds of talks ... in mid-June": the pluperfect tells of a time before the encounter reported
        return cues.otherTimeOpener().matcher(text).find() || cues.pluperfect().matcher(text).find();
    }

    private boolean namesAnyOf(int sentence, Set<String> people) {
        for (Mention m : doc.mentionsIn(sentence, MentionType.PERSON)) {
            if (m.as(People.NameForm.class).candidates().stream().anyMatch(p -> people.contains(p.id()))) return true;
        }
        return false;
    }

    /**
     * "Kishida met Li Qiang on Saturday. Kishida also held talks with Erdogan.": an encounter told right
     * after a dated one as its continuation ("also", "later that day"), with no time of its own, happened
     * the same day; one still to come ("Modi also invited Lula to visit India") did not.
     */
    private void inheritDates(List<Candidate> groups) {
        for (int i = 1; i < groups.size(); i++) {
            Candidate g = groups.get(i);
            if (!g.dates.isEmpty() || !g.clue.isEmpty() || !g.continuesPrevious) continue;
            Candidate before = groups.get(i - 1);
            int last = lastSentence(before);
            if (before.dates.isEmpty() || g.sentence - last > NEAR || g.sentence < before.sentence) continue;
            if (g.planned() != before.planned()) continue;
            g.dates.add(before.dates.get(0));
            if (before.fromPublication.contains(before.dates.get(0))) g.fromPublication.add(before.dates.get(0));
        }
    }

    /** The last sentence before {@code g}'s own that told of the group before it (its account may run on). */
    private int lastSentence(Candidate before) {
        int last = before.sentence;
        for (Evidence ev : before.evidence) last = Math.max(last, doc.sentenceStartingAt(ev.start()));
        return last;
    }

    /**
     * The nearest group a one-sided sentence fits, one the document tells outside asides first; far from it, when the
     * document tells of one encounter only, a sentence that names no one and tells only how long or at what time ("The
     * 40-minute meeting concluded with ..."), or that opens the document's account ({@code lead}) naming no one ("The two
     * diplomats held an informal meeting on 1 August", the names sentences later).
     */
    private Candidate nearestCompatible(List<Candidate> groups, Candidate c, boolean lead) {
        List<Candidate> told = groups.stream().filter(g -> !g.aside).toList();
        Candidate nearest = nearestOf(told, c);
        if (nearest == null) nearest = nearestOf(groups, c);
        boolean leadNamingNoOne = lead && c.participants.isEmpty() && c.countries().isEmpty();
        if (nearest == null && (onlyHowLongOrWhen(c) || leadNamingNoOne) && told.size() == 1 && compatible(told.get(0), c)) nearest = told.get(0);
        return nearest;
    }

    private static boolean onlyHowLongOrWhen(Candidate c) {
        return c.participants.isEmpty() && (c.duration != null || c.localTime != null) && c.dates.isEmpty() && c.clue.isEmpty()
                && c.location == null && c.occasion == null;
    }

    private Candidate nearestOf(List<Candidate> groups, Candidate c) {
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate g : groups) {
            if (!compatible(g, c)) continue;
            if (c.destination != null && !g.countries().contains(c.destination)) continue;
            int d = Math.abs(g.sentence - c.sentence);
            boolean sameSide = !c.participants.isEmpty();
            if (!sameSide && d > NEAR) continue;
            if (d < bestDistance) {
                best = g;
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean compatible(Candidate g, Candidate c) {
        return tensesAgree(g, c) && compatibleIgnoringTense(g, c);
    }

    /** "is scheduled for September" in a report dated after a meeting held on Monday: an announcement is not of a past encounter. */
    private boolean tensesAgree(Candidate g, Candidate c) {
        if (anchor == null) return true;
        return !(c.planned() && before(g, anchor)) && !(g.planned() && before(c, anchor));
    }

    private static boolean before(Candidate c, LocalDate anchor) {
        return c.firstDate() != null && c.firstDate().isBefore(anchor);
    }

    private static boolean compatibleIgnoringTense(Candidate g, Candidate c) {
        // A summit and a ministers' talk are one encounter only between the same sides (not "the upcoming
        // Japan-China-ROK summit" told in a Japan-China meeting).
        if ("summit".equals(g.kind) != "summit".equals(c.kind) && !sidesAndDestination(g).equals(sidesAndDestination(c))) return false;
        if (g.strongFormat && c.strongFormat && !g.format.value().equals(c.format.value())) return false;
        // "the Indonesian leader's first state visit to Australia" and "Albanese will visit Indonesia in January": a visit to one
        // country and a visit to another are two encounters
        if (g.destination != null && c.destination != null && !g.destination.equals(c.destination)) return false;
        // "told Starmer on the phone" and "the Leaders' Summit he is convening": a telephone call is never a summit.
        if (told(g, "phone") && "summit".equals(c.kind) || told(c, "phone") && "summit".equals(g.kind)) return false;
        // "During the telephone conversation ..." and "a separate meeting during the summit in Kazan": a call is not an encounter held somewhere
        if (told(g, "phone", "video") && heldSomewhere(c) || told(c, "phone", "video") && heldSomewhere(g)) return false;
        Set<String> gc = g.countries();
        Set<String> cc = c.countries();
        if (!gc.containsAll(cc) && !cc.containsAll(gc)) return false;
        for (Participant p : c.participants) {
            if (p.personId() == null || p.inferred()) continue;
            boolean same = false;
            boolean other = false;
            for (Participant q : g.participants) {
                if (q.country() == null || !q.country().equals(p.country()) || q.personId() == null || q.inferred()) continue;
                if (q.personId().equals(p.personId())) same = true;
                else other = true;
            }
            if (other && !same) return false;
        }
        LocalDate gd = g.firstDate();
        LocalDate cd = c.firstDate();
        if (gd != null && cd != null) return Math.abs(gd.toEpochDay() - cd.toEpochDay()) <= 1;
        if (gd != null && !c.clue.isEmpty()) return c.clue.admits(gd);
        if (cd != null && !g.clue.isEmpty()) return g.clue.admits(cd);
        if (!g.clue.isEmpty() && !c.clue.isEmpty()) {
            return sameOrNull(g.clue.month(), c.clue.month()) && sameOrNull(g.clue.year(), c.clue.year())
                    && sameOrNull(g.clue.day(), c.clue.day()) && admitsItsDay(g.clue.and(c.clue));
        }
        return true;
    }

    /** A visit's sides with the country visited ("Kishida visited Seoul" is Japan's and Korea's encounter); another's own sides. */
    private static Set<String> sidesAndDestination(Candidate c) {
        if (c.destination == null || c.countries().contains(c.destination)) return c.countries();
        Set<String> sides = new HashSet<>(c.countries());
        sides.add(c.destination);
        return sides;
    }

    /** "Friday (3)" and "in May 2023": clues that together name a day name one on their weekday, if they give one. */
    private static boolean admitsItsDay(DateClue clue) {
        if (clue.year() == null || clue.month() == null || clue.day() == null) return true;
        LocalDate d = DateResolver.safe(clue.year(), clue.month(), clue.day());
        return d != null && clue.admits(d);
    }

    /** Whether the candidate's own words give it one of these formats. */
    private static boolean told(Candidate c, String... formats) {
        return c.strongFormat && List.of(formats).contains(c.format.value());
    }

    private static boolean heldSomewhere(Candidate c) {
        return !c.strongFormat && (c.occasion != null || c.location != null);
    }

    private static boolean sameOrNull(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    private static Candidate copy(Candidate c) {
        Candidate g = new Candidate(c.sentence);
        g.continuesPrevious = c.continuesPrevious;
        absorb(g, c, true);
        return g;
    }

    private static void absorb(Candidate g, Candidate c, boolean speaksOfParticipants) {
        g.evidence.addAll(c.evidence);
        for (Participant p : c.participants) {
            int same = -1;
            for (int i = 0; i < g.participants.size(); i++) if (same(g.participants.get(i), p)) same = i;
            if (same >= 0) {
                if (g.participants.get(same).inferred() && !p.inferred()) g.participants.set(same, p);
                continue;
            }
            boolean guess = p.inferred() || p.name() == null;
            if (guess && g.participants.stream().anyMatch(q -> p.country() != null && p.country().equals(q.country()))) continue;
            g.participants.removeIf(q -> (q.inferred() || q.name() == null) && q.country() != null && q.country().equals(p.country()));
            g.participants.add(p);
        }
        g.dates.addAll(c.dates);
        g.fromPublication.addAll(c.fromPublication);
        g.talkDays.addAll(c.talkDays);
        // A clue of bounds only ("next week") is kept when the other report's clue names a day or month.
        g.clue = g.clue.isEmpty() ? c.clue.and(g.clue) : g.clue.and(c.clue);
        g.formatOpen = g.format == null ? c.formatOpen : g.formatOpen && c.formatOpen;
        if (g.format == null || (!g.strongFormat && c.strongFormat)) {
            g.format = c.format;
            g.strongFormat = c.strongFormat;
        }
        if (g.status == null && speaksOfParticipants) g.status = c.status;
        if (g.dateEnd == null) g.dateEnd = c.dateEnd;
        if (g.localTime == null) g.localTime = c.localTime;
        if (g.duration == null) g.duration = c.duration;
        if (g.days == null) g.days = c.days;
        if (g.location == null || g.location.value().place() == null && c.location != null && c.location.value().place() != null) {
            g.location = c.location;
        }
        if (g.occasion == null) g.occasion = c.occasion;
        if (g.occasionSeries == null) {
            g.occasionSeries = c.occasionSeries;
            g.occasionCountry = c.occasionCountry;
        }
        if (g.kind == null || "talk".equals(g.kind)) g.kind = c.kind;
        if (g.destination == null) g.destination = c.destination;
    }

    private static boolean same(Participant a, Participant b) {
        if (a.personId() != null && b.personId() != null) return a.personId().equals(b.personId());
        if (a.name() != null && b.name() != null) return a.name().equals(b.name());
        return false;
    }

    /** An office named without a person ("the French and British leaders") takes the name the document gives elsewhere. */
    private void fillNames(Candidate g) {
        LocalDate day = g.firstDate() != null ? g.firstDate() : anchor;
        for (int i = 0; i < g.participants.size(); i++) {
            Participant p = g.participants.get(i);
            if (p.name() != null || p.country() == null) continue;
            for (Person candidate : mentioned().values()) {
                if (g.participants.stream().anyMatch(q -> candidate.id().equals(q.personId()))) continue;
                boolean fits = candidate.terms().stream().anyMatch(t -> t.country().equals(p.country())
                        && java.util.Objects.equals(t.role(), p.role()) && p.role() != null && (day == null || t.covers(day)));
                if (fits) {
                    g.participants.set(i, new Participant(candidate.name(), p.country(), p.role(),
                            finder.actor(p.country(), p.role()), candidate.id(), p.evidence()));
                    break;
                }
            }
            if (g.participants.get(i).name() != null || p.role() == null) continue;
            for (Participant t : titled()) {
                if (p.country().equals(t.country()) && p.role().equals(t.role())) {
                    g.participants.set(i, t);
                    break;
                }
            }
        }
    }

    private Map<String, Person> mentioned;

    /** The people named in full, then everyone else a name of the document stands for unambiguously. */
    private Map<String, Person> mentioned() {
        if (mentioned != null) return mentioned;
        mentioned = new LinkedHashMap<>(named);
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            List<Person> cands = m.as(People.NameForm.class).candidates();
            if (cands.size() == 1) mentioned.putIfAbsent(cands.get(0).id(), cands.get(0));
        }
        return mentioned;
    }

    private List<Participant> titled;

    private List<Participant> titled() {
        if (titled == null) titled = finder.titledInDocument(doc);
        return titled;
    }
}
