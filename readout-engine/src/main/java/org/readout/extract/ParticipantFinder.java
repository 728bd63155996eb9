package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Countries;
import org.readout.knowledge.Place;
import org.readout.knowledge.Cues;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.Roles;
import org.readout.knowledge.Scripts;
import org.readout.knowledge.Titles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who takes part in the engagement a sentence reports: people the knowledge base knows by name;
 * people it does not know, from a title next to a name ("the new Polish Prime Minister, Donald Tusk");
 * and offices named without a person ("the foreign ministers of Japan and China", "his Chinese
 * counterpart", a "Japan-China summit"), filled with whoever held the office on the day.
 */
final class ParticipantFinder {
    /** A name right after a title: capitalised words, with the particles of many names ("Abdel Fattah al-Sisi", "Lula da Silva"). */
    private static Pattern nameAfter(Cues cues) {
        return Pattern.compile("^,?\\s*(?:" + cues.honorifics() + ")?\\s*((?:\\p{Lu}[\\p{L}'’.-]+)"
                + "(?:\\s+(?:(?:" + cues.nameParticles() + ")\\s+|(?:" + cues.nameParticles() + ")-)?\\p{Lu}[\\p{L}'’.-]+){0,3})");
    }

    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");
    private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");

    private final KnowledgeBase kb;
    private final IssuerFinder issuers;
    private final Pattern nameAfter;
    private final Pattern particlesOnly;
    /** Between a title and the family name it gives: a comma, forms of address, and a first name the knowledge base may lack. */
    private final Pattern titleToName;

    /** A counterpart (group 1) or a word for leaders: the {@code counterpart} and {@code leaders} cues. */
    private final Pattern officeWords;

    ParticipantFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.nameAfter = nameAfter(kb.cues());
        // Unicode word boundaries: a counterpart in Arabic script ("نظيره") is a word too
        this.officeWords = Pattern.compile("(?iU)\\b(?:((?:" + kb.cues().counterparts() + ")s?)|(?:" + kb.cues().leaders() + "))\\b");
        this.issuers = new IssuerFinder(kb);
        this.particlesOnly = Pattern.compile("(?i)\\s+(?:(?:" + kb.cues().nameParticles() + ")[\\s-]+)+");
        this.titleToName = Pattern.compile("\\s*,?\\s*(?:(?:" + kb.cues().honorifics() + ")\\s+)*(?:\\p{Lu}[\\p{L}'’-]*\\s+)?");
    }

    /** People the document names in full, resolved once so that a later bare family name can find them. */
    Map<String, Person> namedInFull(AnnotatedDocument doc, LocalDate anchor) {
        Map<String, Person> out = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            People.NameForm f = m.as(People.NameForm.class);
            if (!f.full()) continue;
            pick(f.candidates(), anchor, Map.of()).ifPresent(p -> out.putIfAbsent(p.id(), p));
        }
        return out;
    }

    List<Participant> find(AnnotatedDocument doc, Sentence s, Evidence ev, Mention trigger, String kind, LocalDate day,
                           Map<String, Person> named) {
        return find(doc, s, ev, trigger, kind, day, named, position -> false);
    }

    /** As above, leaving out what the sentence says of another encounter (the positions {@code aside}). */
    List<Participant> find(AnnotatedDocument doc, Sentence s, Evidence ev, Mention trigger, String kind, LocalDate day,
                           Map<String, Person> named, java.util.function.IntPredicate aside) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int entourage = entourageFrom(doc, s);
        int[] other = anotherEvent(doc, s, trigger);
        java.util.function.IntPredicate given = aside.or(sentBy(s));
        java.util.function.IntPredicate outside = other == null ? given : position -> given.test(position) || position >= other[0] && position < other[1];
        aside = position -> outside.test(position) || position >= entourage;
        List<Mention> mentions = doc.mentionsIn(s.index()).stream().filter(m -> !outside.test(m.start()) && m.start() < entourage).toList();
        String text = doc.document().text();
        Mention firstTrigger = mentions.stream().filter(m -> m.type() == MentionType.TRIGGER).findFirst().orElse(trigger);
        Mention previousName = null;
        for (Mention m : mentions) {
            if (m.type() != MentionType.PERSON) continue;
            boolean tail = previousName != null && !m.as(People.NameForm.class).full() && nameContinues(text, previousName, m);
            previousName = m;
            if (tail) continue;
            if (isPossessive(text, m) && !possessorOf(text, m, firstTrigger) && !possessorOf(text, m, trigger) && !wordsBefore(text, m, trigger)) continue;
            People.NameForm f = m.as(People.NameForm.class);
            if (overlapsTime(doc, m)) continue;
            if (namedByAFormerOffice(doc, mentions, m)) continue;
            Titles.Title title = titleRoleNear(doc, mentions, m);
            Optional<Person> p = f.full() ? pick(f.candidates(), day, named) : pickByFamily(f.candidates(), day, named);
            if (p.isEmpty()) p = onlyOneWithTheTitle(f.candidates(), title);
            if (p.isEmpty()) p = theOneElected(f.candidates(), title, day);
            if (p.isEmpty()) p = onlyOneOfACountryNamed(doc, f.candidates(), title, day);
            if (p.isEmpty()) continue;
            Titles.Title office = title == null && day == null ? titleElsewhere(doc, p.get()) : title;
            Participant found = fromPerson(p.get(), day, ev, office);
            if (found.role() == null && (holdsNoOffice(p.get(), day)
                    || betweenTerms(p.get(), day) && title == null && !rightAfterATrigger(text, mentions, m))) continue;
            if ("summit".equals(kind) && !Roles.isLeader(found.role())) continue;
            if (!seen.add(p.get().id())) continue;
            out.add(found);
        }
        if (!Sentence.isHeadline(s.text())) addTitled(doc, s, ev, mentions, out, seen);
        addTitledByFamilyName(doc, s, ev, mentions, out, seen, outside);
        addOffices(doc, s, ev, mentions, kind, day, out, seen, aside);
        addIssuersOffice(doc, s, ev, mentions, day, named, out, seen);
        out.removeIf(p -> !Roles.isPrincipal(p.role()));
        return out;
    }

    /**
     * Where, after the engagement word, the sentence turns to another event ("... on Tuesday, just hours after Donald Trump
     * was sworn in as president of the United States"): from the other-event word to the end of its clause; or, before it,
     * the names between the subject and a word for "after" that follows them ("바이든 대통령에 이어"); else none.
     */
    private int[] anotherEvent(AnnotatedDocument doc, Sentence s, Mention trigger) {
        java.util.regex.Matcher m = kb.cues().otherEvent().matcher(s.text());
        while (m.find()) {
            int from = s.start() + m.start();
            if (trigger == null || from < trigger.end()) continue;
            int comma = s.text().indexOf(',', m.end());
            int semi = s.text().indexOf(';', m.end());
            int end = Math.min(comma < 0 ? s.text().length() : comma, semi < 0 ? s.text().length() : semi);
            // "held a telecon after his appointment with Defense Secretary Austin": the one it was with, when no engagement
            // word ("after talks with X") makes the "with" another encounter's
            java.util.regex.Matcher with = kb.cues().jointObjectWord().matcher(s.text()).region(m.end(), end);
            if (with.find() && doc.mentionsIn(s.index(), MentionType.TRIGGER).stream()
                    .noneMatch(t -> t.start() >= from && t.start() < s.start() + with.start())) end = with.start();
            return new int[]{from, s.start() + end};
        }
        Matcher after = kb.cues().otherEventAfter().matcher(s.text());
        if (after.find() && (trigger == null || s.start() + after.end() <= trigger.start())) {
            // the sentence's subject is its first word with a subject particle ("문재인 대통령이"; a later "국가" is no subject)
            Matcher subject = kb.cues().particleEndingSubject().matcher(s.text()).region(0, after.start());
            if (subject.find()) return new int[]{s.start() + subject.end(), s.start() + after.end()};
        }
        return null;
    }

    /** How far after "a message from" its sender may be named ("a message from Iranian President Ebrahim Raisi"). */
    private static final int SENDER_REACH = 60;
    /** Where a clause ends: a comma, the Arabic comma, a semicolon. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;\u060C]");

    /**
     * "who delivered a message from President Ebrahim Raisi", "سلمه رسالة من الرئيس": whoever sends the message, letter or
     * greetings a visitor brings is not at the encounter; the positions from the cue to the end of its clause, at most
     * {@link #SENDER_REACH} characters on.
     */
    private java.util.function.IntPredicate sentBy(Sentence s) {
        Matcher m = kb.cues().sender().matcher(s.text());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            Matcher stop = CLAUSE_END.matcher(s.text()).region(m.end(), Math.min(s.text().length(), m.end() + SENDER_REACH));
            spans.add(new int[]{s.start() + m.end(), s.start() + (stop.find() ? stop.start() : stop.regionEnd())});
        }
        if (spans.isEmpty()) return position -> false;
        return position -> spans.stream().anyMatch(sp -> position >= sp[0] && position < sp[1]);
    }

    /** Where the sentence starts naming an entourage ("Attendees at the meeting included ..."), or past its end. */
    private int entourageFrom(AnnotatedDocument doc, Sentence s) {
        java.util.regex.Matcher m = kb.cues().entourage().matcher(s.text());
        return m.find() ? s.start() + m.end() : Integer.MAX_VALUE;
    }

    private static final int YEARS_OUT_OF_OFFICE = 2;

    /** "King Abdullah II ibn Al Hussein": a family name joined to the name before it by particles only is the rest of that name. */
    private boolean nameContinues(String text, Mention before, Mention name) {
        return before.end() <= name.start() && particlesOnly.matcher(text.substring(before.end(), name.start())).matches();
    }

    /** "spoke today with Andrés Manuel López Obrador to congratulate him on his election": the one the engagement word is with. */
    private static boolean rightAfterATrigger(String text, List<Mention> mentions, Mention person) {
        for (Mention t : mentions) {
            if (t.type() != MentionType.TRIGGER || t.end() > person.start() || person.start() - t.end() > RIGHT_AFTER) continue;
            if (text.substring(t.end(), person.start()).indexOf(',') < 0) return true;
        }
        return false;
    }

    /** At most a short word ("with", "to") between an engagement word and the one it is with. */
    private static final int RIGHT_AFTER = 6;

    /** Out of office on a known day with a term still to come ("Donald Trump prepares to take over as the next U.S. president"). */
    private static boolean betweenTerms(Person p, LocalDate day) {
        return day != null && p.termOn(day).isEmpty() && p.terms().stream().anyMatch(t -> t.start().isAfter(day));
    }

    /**
     * Whether someone the text gives no title held no office that makes them a party: an elite without
     * an office on the day (PETRARCH's undated ELI codes; without a day, one who never held an office),
     * or someone long out of office.
     */
    private static boolean holdsNoOffice(Person p, LocalDate day) {
        if (day == null) return p.terms().stream().allMatch(t -> t.role() == null);
        return p.termOn(day).isPresent() || longOutOfOffice(p, day);
    }

    /**
     * Someone the knowledge base knows only from offices left years before the day, and whom the text
     * gives no title ("greeted by Diosdado Cabello"), is not a party to the encounter. Between two terms
     * ("Wang Yi, Director of the Office of ...") a senior official still is.
     */
    private static boolean longOutOfOffice(Person p, LocalDate day) {
        if (day == null) return false;
        LocalDate lastEnd = null;
        for (Person.Term t : p.terms()) {
            if (t.end() == null || !t.start().isBefore(day)) return false;
            if (lastEnd == null || t.end().isAfter(lastEnd)) lastEnd = t.end();
        }
        return lastEnd != null && lastEnd.plusYears(YEARS_OUT_OF_OFFICE).isBefore(day);
    }

    private static final int MAX_HEADING_WORDS = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"\u201d:;]$");

    /**
     * "Blinken speaks to Bilawal" above a republished readout: the short lines without a full stop before the page's
     * first sentence of prose are the publisher's headings, which may name people as its own writers would. The index
     * of that first sentence of prose (the number of sentences when there is none): the sentences before it are headings.
     */
    static int headingsEnd(AnnotatedDocument doc) {
        for (Sentence t : doc.sentences()) {
            String text = t.text().strip();
            if (text.isEmpty()) continue;
            if (SENTENCE_END.matcher(text).find() || text.split("\\s+").length > MAX_HEADING_WORDS) return t.index();
        }
        return doc.sentences().size();
    }

    private static boolean isPossessive(String text, Mention m) {
        return POSSESSIVE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find();
    }

    private static boolean possessorOf(String text, Mention person, Mention trigger) {
        return trigger.start() >= person.end() && trigger.start() - person.end() <= 3 + 12
                && text.substring(person.end(), trigger.start()).split("\\s+").length <= 3;
    }

    /** How many characters after a one-word name its verb of reporting is looked for ("Azernews reports"). */
    private static final int OUTLET_VERB_REACH = 20;

    /** How far a possessor's words may stand before the encounter they came after ("Macron’s words came after a three-hour meeting"). */
    private static final int WORDS_BEFORE_REACH = 40;

    /** "Macron’s words came after a meeting with Mikati": the one whose words followed the encounter took part in it. */
    private boolean wordsBefore(String text, Mention person, Mention trigger) {
        int from = person.end() + 2;
        return trigger.start() > from && trigger.start() - from <= WORDS_BEFORE_REACH
                && kb.cues().wordsAfterOpening().matcher(text.substring(from, trigger.start())).find();
    }

    private static boolean overlapsTime(AnnotatedDocument doc, Mention m) {
        return doc.timesIn(m.sentence()).stream().anyMatch(t -> t.start() < m.end() && t.end() > m.start());
    }

    /** The person a transcript's speaker line names ("Penny Wong, Foreign Minister: ..."), as a participant. */
    Optional<Participant> speaker(Mention name, Evidence ev, LocalDate day, Map<String, Person> named) {
        People.NameForm f = name.as(People.NameForm.class);
        Optional<Person> p = f.full() ? pick(f.candidates(), day, named) : pickByFamily(f.candidates(), day, named);
        return p.map(person -> fromPerson(person, day, ev, null)).filter(q -> q.country() != null);
    }

    /**
     * The one who has the floor at a transcript's "SECRETARY NORTH:": as {@link #speaker}, and on an undated page the one
     * person the knowledge base knows by that name, since a name that opens a turn is surely a person's.
     */
    Optional<Participant> turnSpeaker(Mention name, Evidence ev, LocalDate day, Map<String, Person> named) {
        Optional<Participant> p = speaker(name, ev, day, named);
        List<Person> candidates = name.as(People.NameForm.class).candidates();
        if (p.isPresent() || day != null || candidates.size() != 1) return p;
        return Optional.of(fromPerson(candidates.get(0), null, ev, null)).filter(q -> q.country() != null);
    }

    /** A bare family name is someone the document names in full, or the one such office holder on a known day. */
    Optional<Person> pickByFamily(List<Person> candidates, LocalDate day, Map<String, Person> named) {
        List<Person> namedHere = candidates.stream().filter(p -> named.containsKey(p.id())).toList();
        if (namedHere.size() == 1) return Optional.of(namedHere.get(0));
        if (day == null) return Optional.empty();
        // "No cumprimento da sua agenda": a family name of two letters alone is a word of some language as often as a name
        List<Person> inOffice = candidates.stream().filter(p -> p.family().length() > SHORTEST_FAMILY_ALONE && p.termOn(day).isPresent()).toList();
        return inOffice.size() == 1 ? Optional.of(inOffice.get(0)) : Optional.empty();
    }

    /** The longest family name that alone stands for its holder only where the document names them in full. */
    private static final int SHORTEST_FAMILY_ALONE = 2;

    /** How soon after being called "-elect" one takes office. */
    private static final int ELECT_DAYS = 120;
    private static final String ELECT = "-elect";

    /**
     * "President-elect Buhari" in May 2015: of the people the name may stand for, the one who took up, within a few
     * months of the day, the office the title names without its "-elect" ("President", a head of state).
     */
    private Optional<Person> theOneElected(List<Person> candidates, Titles.Title title, LocalDate day) {
        if (title == null || title.role() == null || !title.role().endsWith(ELECT) || day == null) return Optional.empty();
        String office = title.role().substring(0, title.role().length() - ELECT.length());
        Set<String> roles = new java.util.HashSet<>();
        Titles.Title whole = kb.titles().index().whole(office);
        if (whole != null) roles.add(whole.role());
        List<Person> elected = candidates.stream().filter(p -> p.terms().stream().anyMatch(t -> roles.contains(t.role())
                && t.start() != null && !t.start().isBefore(day) && !t.start().isAfter(day.plusDays(ELECT_DAYS)))).toList();
        return elected.size() == 1 ? Optional.of(elected.get(0)) : Optional.empty();
    }

    /** "President Biden" on a page that gives no day: the one person of that name who ever held the office the title names. */
    private static Optional<Person> onlyOneWithTheTitle(List<Person> candidates, Titles.Title title) {
        if (title == null || title.role() == null) return Optional.empty();
        List<Person> held = candidates.stream().filter(p -> p.terms().stream().anyMatch(t -> title.role().equals(t.role())
                && (title.country() == null || title.country().equals(t.country())))).toList();
        return held.size() == 1 ? Optional.of(held.get(0)) : Optional.empty();
    }

    /**
     * "His Majesty King Abdullah received a phone call from ..." on a page that names Jordan and no day: of the people the
     * name and title may stand for, the one whose country the document names, when only one's is; so too the one office
     * holder the knowledge base knows by a family name, on a page that gives no day to tell whether they held an office
     * ("my discussions with Dr Jaishankar" on a page that names India).
     */
    private static Optional<Person> onlyOneOfACountryNamed(AnnotatedDocument doc, List<Person> candidates, Titles.Title title, LocalDate day) {
        if (candidates.size() < (day == null ? 1 : 2)) return Optional.empty();
        Set<String> named = countriesNamed(doc);
        List<Person> of = candidates.stream().filter(p -> p.terms().stream().anyMatch(t -> named.contains(t.country())
                && (title == null || title.role() == null || title.role().equals(t.role())))).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    Optional<Person> pick(List<Person> candidates, LocalDate day, Map<String, Person> named) {
        if (candidates.size() == 1) return Optional.of(candidates.get(0));
        List<Person> namedHere = candidates.stream().filter(p -> named.containsKey(p.id())).toList();
        if (namedHere.size() == 1) return Optional.of(namedHere.get(0));
        if (day == null) return Optional.empty();
        List<Person> inOffice = candidates.stream().filter(p -> p.termOn(day).isPresent()).toList();
        return inOffice.size() == 1 ? Optional.of(inOffice.get(0)) : Optional.empty();
    }

    /**
     * A person the document names elsewhere, taking part in the encounter a sentence reports, in the office held
     * that day; the evidence is the first sentence that names them in full ({@code fallback} if none does).
     */
    Participant principal(AnnotatedDocument doc, Person p, LocalDate day, Evidence fallback) {
        for (Mention m : doc.mentions()) {
            if (m.type() == MentionType.PERSON && m.value() instanceof People.NameForm f && f.full() && f.candidates().contains(p)) {
                return fromPerson(p, day, Evidence.of(doc, doc.sentences().get(m.sentence())), null);
            }
        }
        return fromPerson(p, day, fallback, null);
    }

    /**
     * "Today I met with China's State Councilor ... Wang Yi" on a site whose first person is one office holder
     * (government-sites.tsv kind voice): who held that office on the day.
     */
    Optional<Participant> siteVoice(AnnotatedDocument doc, LocalDate day, Evidence ev) {
        if (doc.document().meta() == null) return Optional.empty();
        return kb.governmentSites().voiceOf(doc.document().meta().url()).map(v -> kb.people().holder(v.country(), v.role(), day)
                .map(p -> fromPerson(p, day, ev, null))
                // on a page of unknown day, the office alone: the linker names its holder once the day is known
                .orElse(new Participant(null, v.country(), v.role(), actor(v.country(), v.role()), null, ev)));
    }

    /**
     * On a page of unknown day, a person who held offices of several countries ("António Costa": Portugal's prime minister,
     * then the European Council's president) is of the one of those countries the document names, not of the latest office.
     */
    List<Participant> placedByTheDocument(AnnotatedDocument doc, List<Participant> found, LocalDate day) {
        if (day != null) return found;
        Set<String> named = null;
        List<Participant> out = new ArrayList<>(found.size());
        for (Participant p : found) {
            Person person = p.personId() == null ? null : kb.people().get(p.personId()).orElse(null);
            Set<String> theirs = person == null ? Set.of() : person.terms().stream().map(Person.Term::country)
                    .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
            if (theirs.size() < 2) {
                out.add(p);
                continue;
            }
            if (named == null) named = countriesNamed(doc);
            List<String> among = theirs.stream().filter(named::contains).toList();
            if (among.size() != 1 || among.get(0).equals(p.country())) {
                out.add(p);
                continue;
            }
            Person.Term term = person.terms().stream().filter(t -> among.get(0).equals(t.country()))
                    .max(Comparator.comparing(Person.Term::start)).orElseThrow();
            out.add(new Participant(p.name(), term.country(), term.role(), actor(term.country(), term.role()), p.personId(),
                    p.evidence(), p.inferred()));
        }
        return out;
    }

    /** The countries the document names anywhere. */
    private static Set<String> countriesNamed(AnnotatedDocument doc) {
        Set<String> out = new HashSet<>();
        for (Mention m : doc.mentions()) if (m.type() == MentionType.COUNTRY) out.add(m.as(Countries.Ref.class).iso3());
        return out;
    }

    private Participant fromPerson(Person p, LocalDate day, Evidence ev, Titles.Title textTitle) {
        Optional<Person.Term> term = p.termOn(day);
        if (term.isEmpty() && day != null) {
            String country = p.termOn(null).map(Person.Term::country).orElse(null);
            String role = textTitle == null ? null : textTitle.role();
            return new Participant(p.name(), country, role, actor(country, role), p.id(), ev);
        }
        if (day == null && textTitle != null && textTitle.role() != null) {
            Optional<Person.Term> titled = p.terms().stream().filter(t -> textTitle.role().equals(t.role())).findFirst();
            if (titled.isEmpty()) {
                // "Crown Prince Mohamed bin Zayed" on an undated page: the office the text gives, not a later one.
                String country = p.termOn(null).map(Person.Term::country).orElse(null);
                return new Participant(p.name(), country, textTitle.role(), actor(country, textTitle.role()), p.id(), ev);
            }
            term = titled;
        }
        if (term.isEmpty()) term = p.termOn(null);
        String country = term.map(Person.Term::country).orElse(null);
        String role = term.map(Person.Term::role).orElse(null);
        if (role == null && textTitle != null) role = textTitle.role();
        return new Participant(p.name(), country, role, actor(country, role), p.id(), ev);
    }

    /**
     * "Kallas makes first call to prime minister of Finland / Prime Minister Kaja Kallas' first call ...": on an undated
     * page, a person named bare holds the office the document's title for them names elsewhere.
     */
    private Titles.Title titleElsewhere(AnnotatedDocument doc, Person person) {
        for (Sentence s : doc.sentences()) {
            List<Mention> mentions = doc.mentionsIn(s.index());
            for (Mention m : mentions) {
                if (m.type() != MentionType.PERSON) continue;
                if (m.as(People.NameForm.class).candidates().stream().noneMatch(c -> c.id().equals(person.id()))) continue;
                Titles.Title title = titleRoleNear(doc, mentions, m);
                if (title != null && title.role() != null) return title;
            }
        }
        return null;
    }

    private Titles.Title titleRoleNear(AnnotatedDocument doc, List<Mention> mentions, Mention person) {
        Mention title = titleBefore(doc, mentions, person);
        if (title == null) title = titleAfterInItsScript(doc, mentions, person);
        return title == null ? null : title.as(Titles.Title.class);
    }

    /**
     * "石破首相", "バイデン大統領", "윤석열 대통령": in Chinese, Japanese and Korean the title follows the name, right after it
     * or after one blank; or null.
     */
    private static Mention titleAfterInItsScript(AnnotatedDocument doc, List<Mention> mentions, Mention person) {
        String text = doc.document().text();
        char last = text.charAt(person.end() - 1);
        if (!Scripts.syllabic(last)) return null;
        for (Mention m : mentions) {
            if (m.type() != MentionType.TITLE || m.start() < person.end() || m.start() - person.end() > 1) continue;
            if (text.substring(person.end(), m.start()).isBlank()) return m;
        }
        return null;
    }

    /** The first title that stands right before a name ("Secretary of State, Mr. Anthony Blinken"), or null. */
    private Mention titleBefore(AnnotatedDocument doc, List<Mention> mentions, Mention person) {
        String text = doc.document().text();
        for (Mention m : mentions) {
            if (m.type() != MentionType.TITLE || m.end() > person.start() || person.start() - m.end() > TITLE_TO_NAME) continue;
            if (titleToName.matcher(text.substring(m.end(), person.start())).matches()) return m;
        }
        return null;
    }

    /** "former Minister of Defense Onodera Itsunori": a person named by an office they no longer hold takes no part as its holder. */
    private boolean namedByAFormerOffice(AnnotatedDocument doc, List<Mention> mentions, Mention person) {
        Mention title = titleBefore(doc, mentions, person);
        return title != null && kb.cues().notTheHolder().matcher(
                doc.document().text().substring(Math.max(0, title.start() - NOT_THE_HOLDER_REACH), title.start())).find();
    }

    /** How far before a title the words may start that say its holder is someone else ("the former", "the next U.S."). */
    private static final int NOT_THE_HOLDER_REACH = 30;

    /** How far a family name may stand from its title ("Secretary of State, Mr. Anthony Blinken"). */
    private static final int TITLE_TO_NAME = 30;

    /** "Polish Prime Minister Donald Tusk", "Prime Minister of Poland, Donald Tusk": a person the knowledge base lacks. */
    private void addTitled(AnnotatedDocument doc, Sentence s, Evidence ev, List<Mention> mentions,
                           List<Participant> out, Set<String> seen) {
        String text = doc.document().text();
        for (Mention t : mentions) {
            if (t.type() != MentionType.TITLE) continue;
            Titles.Title title = t.as(Titles.Title.class);
            if (spokenForBy(mentions, t)) continue;
            int after = t.end();
            String country = title.country() != null ? title.country() : countryBefore(mentions, t);
            Matcher of = OF_COUNTRY.matcher(text.substring(after, Math.min(text.length(), s.end())));
            if (of.find()) {
                Mention c = mentionAt(mentions, MentionType.COUNTRY, after + of.end());
                if (c != null) {
                    if (country == null) country = c.as(Countries.Ref.class).iso3();
                    after = c.end();
                }
            }
            if (country == null) continue;
            Matcher name = nameAfter.matcher(text.substring(after, s.end()));
            if (!name.find()) continue;
            int nameStart = after + name.start(1);
            if (overlapsKnown(mentions, nameStart, after + name.end(1))) continue;
            String n = name.group(1).replaceAll("[,.]$", "");
            boolean oneWord = n.split("\\s+").length < 2;
            if (oneWord && !Character.isUpperCase(n.charAt(0))) continue;
            // "President of Japan International Cooperation Agency": the country begins the name of a body, not a person's
            if (kb.cues().endsAsABody(n)) continue;
            // "Kassym-Jomart Tokayev, President of the Republic of Kazakhstan, Azernews reports": the outlet, not a person
            int nameEnd = nameStart + n.length();
            if (oneWord && kb.cues().outletVerbNext().matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + OUTLET_VERB_REACH))).lookingAt()) continue;
            String key = "text:" + country + ":" + n;
            if (!seen.add(key)) continue;
            out.add(new Participant(n, country, title.role(), actor(country, title.role()), null, ev));
        }
    }

    /**
     * "пресс-секретарь российского президента Дмитрий Песков" (the Russian president's press secretary Dmitry Peskov): an
     * office right after a spokesperson's is the one they speak for, and the name after it is the spokesperson's.
     */
    private static boolean spokenForBy(List<Mention> mentions, Mention office) {
        for (Mention m : mentions) {
            if (m.type() != MentionType.TITLE || m.end() > office.start() || office.start() - m.end() > SPOKESPERSON_REACH) continue;
            if (!Roles.isPrincipal(m.as(Titles.Title.class).role())) return true;
        }
        return false;
    }

    /** How far before an office a spokesperson's title may stand ("spokesman for the Russian president"). */
    private static final int SPOKESPERSON_REACH = 30;

    /**
     * "U.S. Treasury Secretary Scott Bessent ..." and later "Bessent and He were meeting in Geneva": a person the knowledge
     * base lacks, introduced elsewhere in the document by a title and a full name, is the one a later sentence names by the
     * last word of that name alone (capitalised as a name, not inside another name, a place or an office).
     */
    private void addTitledByFamilyName(AnnotatedDocument doc, Sentence s, Evidence ev, List<Mention> mentions,
                                       List<Participant> out, Set<String> seen, java.util.function.IntPredicate aside) {
        String text = doc.document().text();
        for (Participant t : titledInDocument(doc)) {
            String[] words = t.name().split("\\s+");
            Pattern family = familyAlone(t.name());
            if (words.length < 2 || family == null || !Character.isUpperCase(words[words.length - 1].charAt(0))) continue;
            String key = "text:" + t.country() + ":" + t.name();
            if (seen.contains(key)) continue;
            Matcher m = family.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (aside.test(m.start()) || overlapsKnown(mentions, m.start(), m.end())) continue;
                seen.add(key);
                out.add(new Participant(t.name(), t.country(), t.role(), t.actor(), null, ev));
                break;
            }
        }
    }

    /** The shortest last word of a name read alone as that person ("Li" and "He" are too common to stand for anyone). */
    private static final int SHORTEST_TITLED_FAMILY = 3;

    /**
     * The last word of a name the knowledge base lacks, as a whole word, which alone stands for that person ("Bessent" for
     * "Scott Bessent"); null when it is too short to.
     */
    static Pattern familyAlone(String name) {
        String[] words = name.strip().split("\\s+");
        String family = words[words.length - 1];
        if (family.codePointCount(0, family.length()) < SHORTEST_TITLED_FAMILY) return null;
        return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(family) + "(?![\\p{L}\\p{M}])");
    }

    /** Everyone the document names with a title but the knowledge base lacks ("Greek Prime Minister Kyriakos Mitsotakis"). */
    List<Participant> titledInDocument(AnnotatedDocument doc) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : doc.sentences()) {
            if (Sentence.isHeadline(s.text())) continue;
            Evidence ev = Evidence.of(doc, s);
            addTitled(doc, s, ev, doc.mentionsIn(s.index()), out, seen);
        }
        return out;
    }

    /**
     * Offices named without a person: "the foreign ministers of Japan and China", "Japan's and China's
     * foreign ministers", "his Chinese counterpart", "a Japan-China summit", "the French and British leaders".
     * Only countries attached to the office word count, not every country the sentence names.
     */
    private void addOffices(AnnotatedDocument doc, Sentence s, Evidence ev, List<Mention> mentions, String kind,
                            LocalDate day, List<Participant> out, Set<String> seen, java.util.function.IntPredicate aside) {
        Set<String> have = new LinkedHashSet<>();
        for (Participant p : out) if (p.country() != null) have.add(p.country());
        String text = doc.document().text();
        List<Mention> countries = mentions.stream().filter(m -> m.type() == MentionType.COUNTRY
                && m.as(Countries.Ref.class).form() != Countries.Form.CAPITAL && !insidePersonOrPlace(mentions, m)).toList();
        for (Office office : offices(doc, s, mentions, kind, out)) {
            if (aside.test(office.start)) continue;
            List<Mention> of = attached(text, countries, office);
            int phraseStart = of.stream().mapToInt(Mention::start).min().orElse(office.start);
            String before = text.substring(s.start(), Math.min(phraseStart, office.start));
            if (kb.cues().notTheHolder().matcher(before).find()) continue;
            // "visiting Honolulu to attend the Japan-U.S.-ROK Foreign Ministers' Meeting": the offices of three sides or more
            // name the occasion someone attends, not whom they met ("as agreed at the Japan-China Summit" still names two)
            if (of.size() > 2 && kb.cues().articleEnding().matcher(before).find() && kb.cues().occasionMarker().matcher(before).find()) continue;
            for (Mention c : of) {
                String iso3 = c.as(Countries.Ref.class).iso3();
                if (have.contains(iso3)) continue;
                String role = office.role != null ? office.role
                        : kb.countries().get(iso3).map(x -> x.summitRole()).orElse(null);
                if (role == null) continue;
                Optional<Person> holder = kb.people().holder(iso3, role, day);
                String key = holder.map(Person::id).orElse("office:" + iso3 + ":" + role);
                if (!seen.add(key)) continue;
                have.add(iso3);
                out.add(holder.map(p -> fromPerson(p, day, ev, null))
                        .orElse(new Participant(null, iso3, role, actor(iso3, role), null, ev)).asInferred());
            }
        }
    }

    /**
     * "The Prime Minister held a telephone call with US President Donald Trump" in a readout that
     * "A Downing Street spokesperson" issued: a principal's title with no country and no name is the
     * issuing government's office holder on the day; on a page that does not say whose account it is, the one person
     * the page names in full who held it, or else the holder in the country the page pairs with the other side.
     */
    private void addIssuersOffice(AnnotatedDocument doc, Sentence s, Evidence ev, List<Mention> mentions, LocalDate day,
                                  Map<String, Person> named, List<Participant> out, Set<String> seen) {
        String text = doc.document().text();
        for (Mention t : mentions) {
            if (t.type() != MentionType.TITLE) continue;
            Titles.Title title = t.as(Titles.Title.class);
            if (title.country() != null || !Roles.isPrincipal(title.role()) || countryBefore(mentions, t) != null) continue;
            String rest = text.substring(t.end(), s.end());
            if (nameAfter.matcher(rest).find() || OF_COUNTRY.matcher(rest).find() || POSSESSIVE.matcher(rest).find()) continue;
            Sourced<String> declared = issuers.declared(doc);
            String home = declared == null ? null : declared.value();
            if (home == null) {
                int before = out.size();
                addTheOneNamed(title.role(), day, ev, title, named, out, seen);
                if (out.size() > before) return;
                home = theOtherOfThePair(doc, out);
            }
            if (home == null || out.stream().map(Participant::country).anyMatch(home::equals)) return;
            Optional<Person> holder = kb.people().holder(home, title.role(), day);
            if (holder.isEmpty() || !seen.add(holder.get().id())) return;
            out.add(fromPerson(holder.get(), day, ev, title).asInferred());
            return;
        }
    }

    /**
     * "The Prime Minister spoke to the Prime Minister of India ... the relationship between the UK and India": a bare title
     * facing one other side is of the one country that the page pairs with that side (cue kind {@code pair-joint}), if any.
     */
    private String theOtherOfThePair(AnnotatedDocument doc, List<Participant> out) {
        Set<String> sides = new java.util.TreeSet<>();
        for (Participant p : out) if (p.country() != null) sides.add(p.country());
        if (sides.size() != 1) return null;
        Set<String> partners = issuers.partners(doc, sides.iterator().next());
        return partners.size() == 1 ? partners.iterator().next() : null;
    }

    /**
     * "President Muhammadu Buhari on Tuesday called on ... The president made the call during a virtual meeting with the US
     * Secretary of State": on a page that does not say whose account it is, a bare title is the one person the page names in
     * full who held that office on the day, if there is exactly one and the sentence names no one else of that country.
     */
    private void addTheOneNamed(String role, LocalDate day, Evidence ev, Titles.Title title, Map<String, Person> named,
                                List<Participant> out, Set<String> seen) {
        Person only = null;
        String country = null;
        for (Person p : named.values()) {
            Optional<Person.Term> term = p.termOn(day);
            if (term.isEmpty() || !role.equals(term.get().role())) continue;
            if (only != null) return;
            only = p;
            country = term.get().country();
        }
        if (only == null || seen.contains(only.id())) return;
        String home = country;
        if (out.stream().anyMatch(p -> home.equals(p.country()))) return;
        seen.add(only.id());
        out.add(fromPerson(only, day, ev, title).asInferred());
    }

    private static final int ISSUER_SENTENCES = 6;

    /** "A Downing Street spokesperson said", "Kremlin readout", a line "UK Gov": the government a document speaks for, with the sentence, or null. */
    static Sourced<String> issuerSaid(AnnotatedDocument doc, Cues cues) {
        return issuerSaid(doc, cues, false);
    }

    /** A line "UK Gov" or "Press Release: New Zealand Government": the government that published the page, or null. */
    static Sourced<String> publisherLine(AnnotatedDocument doc, Cues cues) {
        return issuerSaid(doc, cues, true);
    }

    private static Sourced<String> issuerSaid(AnnotatedDocument doc, Cues cues, boolean linesOnly) {
        String text = doc.document().text();
        int limit = doc.sentences().size() > ISSUER_SENTENCES ? doc.sentences().get(ISSUER_SENTENCES).start() : text.length();
        for (Mention m : doc.mentions()) {
            if (m.start() >= limit) break;
            String country = switch (m.type()) {
                case PLACE -> m.as(Place.class).venue() ? m.as(Place.class).country() : null;
                case COUNTRY -> m.as(Countries.Ref.class).iso3();
                default -> null;
            };
            if (country == null) continue;
            // "... Kishida of Japan.\n\nStatement by Press Secretary": what says whose account it is stands in the country's sentence
            String after = text.substring(m.end(), Math.min(doc.sentences().get(m.sentence()).end(), m.end() + 30));
            // "according to a Pentagon readout": news attributing its facts to a government, not that government's own words
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (cues.attributedTo().matcher(before).find()) continue;
            if (!linesOnly && cues.issuer().matcher(after).find() || opensTheLine(text, m, cues) && cues.publisherLine().matcher(after).find()) {
                Sentence s = doc.sentences().get(m.sentence());
                return Sourced.of(country, Evidence.of(doc, s));
            }
        }
        return null;
    }

    private static boolean opensTheLine(String text, Mention m, Cues cues) {
        return cues.publisherLineOpener().matcher(text.substring(text.lastIndexOf('\n', m.start() - 1) + 1, m.start())).matches();
    }

    /** A word that names an office: a title, a counterpart (the other side's same office), "leaders" or "summit". */
    private record Office(int start, int end, String role) {
    }

    private List<Office> offices(AnnotatedDocument doc, Sentence s, List<Mention> mentions, String kind, List<Participant> out) {
        List<Office> offices = new ArrayList<>();
        for (Mention t : mentions) {
            if (t.type() != MentionType.TITLE) continue;
            String role = t.as(Titles.Title.class).role();
            if (Roles.isPrincipal(role)) offices.add(new Office(t.start(), t.end(), role));
        }
        Matcher m = officeWords.matcher(s.text());
        while (m.find()) {
            boolean counterpart = m.group(1) != null;
            String role = counterpart ? (out.isEmpty() ? null : out.get(0).role()) : null;
            if (counterpart && role == null) continue;
            offices.add(new Office(s.start() + m.start(), s.start() + m.end(), role));
        }
        return offices;
    }

    /**
     * Countries right before the office word ("Japan-China", "Japan's and China's") or right after it ("of Japan and China");
     * a country in the Cyrillic or Arabic script, or a Spanish or Portuguese adjective, may follow it with no word between
     * ("премьер-министром Японии", "نظيره الجزائري", "su homólogo peruano"), and so may a country's name in languages that
     * put it after the office ("Thủ tướng Nhật Bản", "Perdana Menteri Jepang").
     */
    private List<Mention> attached(String text, List<Mention> countries, Office office) {
        List<Mention> out = new ArrayList<>();
        int edge = office.start;
        for (int i = countries.size() - 1; i >= 0; i--) {
            Mention c = countries.get(i);
            if (c.end() > edge) continue;
            if (!kb.cues().countryThenOffice().matcher(text.substring(c.end(), edge)).matches()) break;
            out.add(c);
            edge = c.start();
        }
        edge = office.end;
        boolean first = true;
        for (Mention c : countries) {
            if (c.start() < edge) continue;
            String gap = text.substring(edge, c.start());
            boolean genitive = first && gap.isBlank() && !gap.isEmpty() && (followsItsOffice(c.text().charAt(0))
                    || c.as(Countries.Ref.class).form() == Countries.Form.NAME);
            if (!genitive && !(first ? kb.cues().officeThenCountry() : kb.cues().countryChainGap()).matcher(gap).matches()) break;
            out.add(c);
            edge = c.end();
            first = false;
        }
        return out;
    }

    /**
     * A country in Cyrillic follows an office in the genitive ("премьер-министром Японии"), one in Arabic as an adjective
     * ("الرئيس الجزائري"), and so does an adjective in lower case of Spanish or Portuguese ("el canciller chileno").
     */
    static boolean followsItsOffice(char first) {
        return Scripts.cyrillic(first) || Scripts.arabic(first) || Character.isLowerCase(first);
    }

    private static boolean insidePersonOrPlace(List<Mention> mentions, Mention c) {
        for (Mention m : mentions) {
            if ((m.type() == MentionType.PERSON || m.type() == MentionType.PLACE) && m != c
                    && m.start() <= c.start() && m.end() >= c.end() && m.end() - m.start() > c.end() - c.start()) {
                return true;
            }
        }
        return false;
    }

    private static String countryBefore(List<Mention> mentions, Mention title) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == MentionType.COUNTRY && m.end() <= title.start() && title.start() - m.end() <= 12) best = m;
        }
        return best == null || best.as(Countries.Ref.class).form() == Countries.Form.CAPITAL ? null
                : best.as(Countries.Ref.class).iso3();
    }

    private static Mention mentionAt(List<Mention> mentions, MentionType type, int start) {
        for (Mention m : mentions) if (m.type() == type && m.start() == start) return m;
        return null;
    }

    private static boolean overlapsKnown(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if ((m.type() == MentionType.PERSON || m.type() == MentionType.COUNTRY || m.type() == MentionType.PLACE
                    || m.type() == MentionType.TITLE || m.type() == MentionType.TRIGGER) && m.start() < end && m.end() > start) return true;
        }
        return false;
    }

    String actor(String country, String role) {
        if (country == null) return null;
        String code = kb.countries().get(country).map(c -> c.cameo()).orElse(country);
        return role == null ? code : code + "GOV";
    }
}
