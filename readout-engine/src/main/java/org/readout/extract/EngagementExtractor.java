package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.clean.DocumentKind;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.annotate.TimeMention;
import org.readout.annotate.TimeValue;
import org.readout.knowledge.Countries;
import org.readout.knowledge.Country;
import org.readout.knowledge.Cues;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Occasions;
import org.readout.knowledge.Lexicon;
import org.readout.knowledge.Person;
import org.readout.knowledge.Place;
import org.readout.knowledge.Roles;
import org.readout.knowledge.Scripts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the engagements a document reports: each sentence with an engagement word gives a candidate
 * (participants, date, time, duration, place, format, status), and the candidates of one document
 * that describe the same encounter are merged into one report.
 */
public final class EngagementExtractor implements Extractor {
    private final ParticipantFinder finder;
    private final PublicationDater dater;
    private final StatementExtractor statements;
    private final IssuerFinder issuers;
    private final RepublishedReadout republished;
    private final OccasionFinder occasions;
    private final org.readout.knowledge.People people;
    private final Cues cues;
    private final Countries countries;

    public EngagementExtractor(KnowledgeBase kb) {
        this(kb, null);
    }

    /** With a statement extractor, statements are read too; without one, only engagements. */
    public EngagementExtractor(KnowledgeBase kb, StatementExtractor statements) {
        this.finder = new ParticipantFinder(kb);
        this.statements = statements;
        this.issuers = new IssuerFinder(kb);
        this.republished = new RepublishedReadout(kb.cues());
        this.occasions = new OccasionFinder(kb.occasions(), kb.cues());
        this.people = kb.people();
        this.cues = kb.cues();
        this.countries = kb.countries();
        this.dater = new PublicationDater(cues);
    }

    @Override
    public DocumentExtraction extract(AnnotatedDocument doc) {
        PublishedDate published = dater.date(doc);
        LocalDate anchor = dater.dayOfTheText(doc, published.date());
        Map<String, Person> named = finder.namedInFull(doc, anchor);
        List<Candidate> candidates = new ArrayList<>();
        TranscriptSpeakers speakers = new TranscriptSpeakers(doc, cues);
        for (Sentence s : doc.sentences()) candidates.addAll(candidates(doc, s, anchor, named, speakers));
        List<Candidate> merged = new DocumentMerger(finder, cues, doc, named, anchor).merge(candidates);
        if (anchor == null) {
            yearsFromTheAddress(doc, merged);
            yearsFromTheDocument(doc, merged);
            for (Candidate c : merged) yearFromTheTerms(c);
        }
        for (Candidate c : merged) {
            editionFromTheDay(c);
            editionFromTheTerms(c);
        }
        placeFromTheDateline(doc, merged);
        List<EngagementReport> reports = new ArrayList<>();
        for (Candidate c : merged) reports.add(report(doc.document().id(), reports.size(), c, merged.get(0)));
        Sourced<String> issuer = issuers.issuer(doc, reports);
        String voice = issuer != null ? issuer.value() : issuers.voice(doc, reports);
        DocumentKind kind = null;
        boolean labelled = ParticipantFinder.publisherLine(doc, cues) != null;
        // the signs of a readout republished are English words: a page in another language keeps the kind its reading gave,
        // unless a distributor's banner says it is a release
        boolean english = "en".equals(doc.document().language());
        boolean release = (english && (labelled || republished.test(doc))) || underAReleaseBanner(doc);
        if (voice != null && doc.document().kind() == DocumentKind.NEWS && release) {
            kind = DocumentKind.OFFICIAL;
            doc = new AnnotatedDocument(doc.document().withKind(kind), doc.sentences(), doc.mentions(), doc.times());
            issuer = issuers.issuer(doc, reports);
        }
        List<StatementReport> said = statements == null ? List.of() : statements.extract(doc, reports, anchor, voice);
        return new DocumentExtraction(doc.document().id(), published, List.copyOf(reports), List.copyOf(said), issuer, kind);
    }

    /**
     * "NEW DELHI, Sep 3 (IANS) – Visiting German Foreign Minister Johann Wadephul called on Prime Minister Narendra Modi":
     * an encounter in person that the page places nowhere, at no summit, was held in the city of its dateline, when that
     * city is in the country of one of its sides. A page that places any of its encounters, or names a city of another
     * country ("New Delhi : Rajnath Singh reached Tashkent"), may have been written from home; an encounter still to come
     * is announced from wherever the writer is ("NAIROBI - Mudavadi will hold bilateral meetings with ...").
     */
    private static void placeFromTheDateline(AnnotatedDocument doc, List<Candidate> merged) {
        if (merged.isEmpty() || merged.stream().anyMatch(c -> c.location != null)) return;
        Mention line = Dateline.place(doc);
        if (line == null) return;
        Place p = line.as(Place.class);
        if (namesACityOfAnotherCountry(doc, p.country())) return;
        Sourced<Location> there = Sourced.of(new Location(p.asWritten(line.text(), ""), p.country()),
                Evidence.of(doc, doc.sentences().get(line.sentence())));
        for (Candidate c : merged) {
            if (c.occasion != null || c.aside || c.remote() || c.planned()) continue;
            if (c.participants.stream().anyMatch(q -> p.country().equals(q.country()))) c.location = there;
        }
    }

    private static boolean namesACityOfAnotherCountry(AnnotatedDocument doc, String datelineCountry) {
        return doc.mentions().stream().anyMatch(m -> m.type() == MentionType.PLACE && !m.as(Place.class).country().equals(datelineCountry));
    }

    /** How far into a page a distributor's banner stands ("12/10/2025 | Press release | Distributed by ..."). */
    private static final int BANNER_WITHIN = 300;

    private boolean underAReleaseBanner(AnnotatedDocument doc) {
        String text = doc.document().text();
        return cues.releaseBanner().matcher(text.substring(0, Math.min(text.length(), BANNER_WITHIN))).find();
    }

    /**
     * An undated page in an address's month folders ({@code /2024/09/}, {@code /2023-05/}), or stamped with its month
     * alone ("date 2023-05"), that tells of a visit "on Sept 16": the day and
     * month are in the year before the folder's month ends, and no more than a year before it; "this Friday (3)" is the
     * Friday the 3rd of the folder's month, or else of the month before.
     */
    private void yearsFromTheAddress(AnnotatedDocument doc, List<Candidate> merged) {
        String url = doc.document().meta() == null ? null : doc.document().meta().url();
        YearMonth folder = UrlDates.month(url, LocalDate.now());
        if (folder == null) folder = dater.stampedMonth(doc);
        if (folder == null) return;
        YearMonth month = folder;
        for (Candidate c : merged) {
            LocalDate d = null;
            if (c.awaitsAYear()) {
                d = DateResolver.inYearOrTheOneBefore(c.clue.month(), c.clue.day(), month.getYear(),
                        day -> !day.isAfter(month.atEndOfMonth()) && c.clue.admits(day));
            } else if (c.awaitsAMonth()) {
                d = DateResolver.inMonthOrTheOneBefore(c.clue.day(), month, c.clue::admits);
            }
            if (d != null) c.settle(d, c.evidence.get(0));
        }
    }

    /**
     * An undated page that announces a meeting "this Tuesday, November 1" and quotes a post of "October
     * 31, 2022": a day and month without a year are in the latest year the document writes in full,
     * when the weekday it gives (if any) agrees.
     */
    private static void yearsFromTheDocument(AnnotatedDocument doc, List<Candidate> merged) {
        Integer year = PublicationDater.latestYear(doc);
        if (year == null) return;
        for (Candidate c : merged) {
            if (!c.awaitsAYear()) continue;
            LocalDate d = DateResolver.safe(year, c.clue.month(), c.clue.day());
            if (d != null && c.clue.admits(d)) c.settle(d, c.evidence.get(0));
        }
    }

    /**
     * "On June 16 ... attending the G7 summit": a day and month without a year, at a series whose editions
     * only one of which was held around that day, are that edition's year; more than one, and the year
     * stays unknown.
     */
    private void editionFromTheDay(Candidate c) {
        if (c.occasionSeries == null || c.occasion != null || !c.dates.isEmpty() || c.clue.month() == null || c.clue.day() == null) return;
        Occasions.Occasion only = null;
        LocalDate day = null;
        for (Occasions.Occasion o : occasions.editions(c.occasionSeries.value())) {
            if (c.occasionCountry != null && !c.occasionCountry.equals(o.country())) continue;
            for (int year = o.start().getYear(); year <= o.end().getYear(); year++) {
                LocalDate d = DateResolver.safe(year, c.clue.month(), c.clue.day());
                if (d == null || !o.around(d) || !c.clue.admits(d) || !allInOffice(c, d)) continue;
                if (only != null && only != o) return;
                only = o;
                day = d;
            }
        }
        if (only == null) return;
        heldAt(c, only, c.occasionSeries.evidence());
        c.settle(day, c.occasionSeries.evidence());
    }

    /**
     * "met Trudeau on the sidelines of the Nuclear Security Summit in Washington" with no day named: the one edition of the
     * series (in that country, when the text names one) that began while two or more of the participants the knowledge
     * base knows held their offices; with several such editions, or fewer such participants, the edition stays unknown.
     */
    private void editionFromTheTerms(Candidate c) {
        // the series' generic name the text gives ("the Nuclear Security Summit") gives way to its edition
        if (c.occasionSeries == null || !c.dates.isEmpty() || c.clue.month() != null || c.clue.year() != null) return;
        if (c.participants.stream().filter(p -> p.personId() != null && p.role() != null).count() < 2) return;
        Occasions.Occasion only = null;
        for (Occasions.Occasion o : occasions.editions(c.occasionSeries.value())) {
            if (c.occasionCountry != null && !c.occasionCountry.equals(o.country())) continue;
            if (o.start().isAfter(LocalDate.now()) || !allInOffice(c, o.start())) continue;
            if (only != null) return;
            only = o;
        }
        if (only != null) heldAt(c, only, c.occasionSeries.evidence());
    }

    /**
     * "met with Mr. Fumio Kishida, Prime Minister of Japan, today, August 23" on an undated page, said of a foreign minister who
     * took office in July 2024: a day and month without a year are in the one year in which every participant, each known to
     * the knowledge base, held the office the text gives them on that day (and the day fell on the weekday it names); with
     * none or several such years, the year stays unknown.
     */
    private void yearFromTheTerms(Candidate c) {
        if (!c.awaitsAYear() || c.participants.size() < 2
                || c.participants.stream().anyMatch(p -> p.personId() == null || p.role() == null)) return;
        LocalDate today = LocalDate.now();
        LocalDate only = null;
        for (int year = PublicationDater.FIRST_TERM_YEAR; year <= today.getYear() + 1; year++) {
            LocalDate d = DateResolver.safe(year, c.clue.month(), c.clue.day());
            if (d == null || !c.clue.admits(d) || !allInOffice(c, d)) continue;
            if (d.isAfter(today) && !c.planned()) continue;
            if (only != null) return;
            only = d;
        }
        if (only != null) c.settle(only, c.evidence.get(0));
    }

    /** Whether everyone the knowledge base knows among the participants held their office on the day. */
    private boolean allInOffice(Candidate c, LocalDate day) {
        for (Participant p : c.participants) {
            if (p.personId() == null || p.role() == null) continue;
            Person person = people.get(p.personId()).orElse(null);
            if (person != null && person.terms().stream().noneMatch(t -> p.role().equals(t.role()) && t.covers(day))) return false;
        }
        return true;
    }

    /**
     * Held at a known summit: its name is the occasion; an undated encounter took place around its days,
     * and one in person where it was held, unless the sentence places it elsewhere.
     */
    private static void heldAt(Candidate c, Occasions.Occasion o, Evidence ev) {
        c.occasion = Sourced.of(o.name(), ev);
        if (c.dates.isEmpty()) {
            c.clue = c.clue.and(new DateClue(null, null, null, null, false,
                    o.start().minusDays(Occasions.MARGIN_DAYS), o.end().plusDays(Occasions.MARGIN_DAYS)));
        }
        if (c.location == null && o.city() != null && !c.remote()) c.location = Sourced.of(new Location(o.city(), o.country()), ev);
    }


    /** The sentence that names a person: what a participant found elsewhere points back to. */
    private static Evidence lineOf(AnnotatedDocument doc, Mention person) {
        return Evidence.of(doc, doc.sentences().get(person.sentence()));
    }

    private List<Candidate> candidates(AnnotatedDocument doc, Sentence s, LocalDate anchor, Map<String, Person> named,
                                       TranscriptSpeakers speakers) {
        List<Mention> triggers = Triggers.reporting(doc, s, cues);
        if (triggers.isEmpty()) {
            List<Candidate> howLong = howLong(doc, s);
            return howLong.isEmpty() ? when(doc, s, anchor) : howLong;
        }
        List<Aside> asides = Aside.in(doc, s, Triggers.withOccasions(doc, s, cues), cues);
        List<Mention> own = triggers.stream().filter(t -> !Aside.anyCovers(asides, t.start())).toList();
        boolean onlyAside = own.isEmpty();
        if (onlyAside) asides.clear();
        Mention trigger = Triggers.strongest(onlyAside ? triggers : own);
        Lexicon.Trigger kind = trigger.as(Lexicon.Trigger.class);
        Tense tense = tense(doc, s, trigger, cues);
        if (tense == Tense.UNREAL) return List.of();
        Evidence ev = Evidence.of(doc, s);
        Candidate c = new Candidate(s.index());
        c.aside = onlyAside || invitedTo(doc, s, trigger);
        c.evidence.add(ev);
        c.kind = kind.kind();
        c.strongFormat = !kind.leavesFormatOpen();
        c.formatOpen = "either".equals(kind.format());
        c.format = Sourced.of(c.strongFormat ? kind.format() : "in_person", ev);

        TimeMention when = dateMention(doc, s, trigger, asides);
        TimeMention weekday = when;
        TimeMention dated = when == null ? null : datedWeekday(doc, s, when);
        TimeMention glossWeekday = when == null ? null : weekdayGlossing(doc, when);
        if (dated != null) when = dated;
        LocalDate day = null;
        if (when != null) {
            day = DateResolver.resolve(when.value(), anchor, tense);
            TimeMention itsWeekday = weekdayOf(doc, s, when);
            if (day != null && itsWeekday != null) day = DateResolver.inTheYearOfItsWeekday(day, ((TimeValue.Weekday) itsWeekday.value()).day());
            c.dayFromWeekday = day != null && when.value() instanceof TimeValue.Weekday;
            if (day != null) {
                c.dates.add(Sourced.of(day, ev));
                if (DateResolver.readFromPublication(when.value())) c.fromPublication.add(Sourced.of(day, ev));
                if (ofTalks(own.isEmpty() ? triggers : own)) c.talkDays.add(Sourced.of(day, ev));
                c.dateEnd = Sourced.of(DateResolver.resolveEnd(when.value(), day), ev);
            } else c.clue = DateResolver.clue(when.value(), anchor, tense);
            if (dated != null && day == null) c.clue = c.clue.and(DateResolver.clue(weekday.value(), anchor, tense));
            // "nesta sexta-feira, 21 de Fevereiro" on an undated page: the weekday narrows the years the terms of office leave
            else if (day == null && itsWeekday != null) c.clue = c.clue.and(DateResolver.clue(itsWeekday.value(), anchor, tense));
            // "اليوم (الخميس)", today (Thursday), on a page that does not say when it was published: the weekday is the day's
            if (day == null && glossWeekday != null) c.clue = c.clue.and(DateResolver.clue(glossWeekday.value(), anchor, tense));
        }
        if ((tense == Tense.PAST || tense == Tense.NONE) && day != null && anchor != null && day.isAfter(anchor.plusDays(1))) tense = Tense.FUTURE;
        c.status = tense == Tense.NONE ? null : Sourced.of(tense == Tense.FUTURE ? "planned" : "held", ev);
        for (TimeMention t : doc.timesIn(s.index())) {
            if (t.value() instanceof TimeValue.ClockSpan span && c.localTime == null) {
                c.localTime = Sourced.of(hoursAndMinutes(span.start()), ev);
                if (c.duration == null && span.minutes() != null) c.duration = Sourced.of(span.minutes(), ev);
            } else if (t.value() instanceof TimeValue.ClockTime ct && c.localTime == null) {
                c.localTime = Sourced.of(hoursAndMinutes(ct), ev);
            } else if (t.value() instanceof TimeValue.Duration d && c.duration == null) {
                c.duration = Sourced.of(d.minutes(), ev);
            } else if (t.value() instanceof TimeValue.Days d && c.days == null) {
                c.days = Sourced.of(d.count(), ev);
            }
        }
        c.location = location(doc, s, ev, asides, trigger);
        c.continuesPrevious = doc.mentionsIn(s.index(), MentionType.CUE).stream()
                .anyMatch(m -> m.as(Lexicon.Cue.class).status().equals("sameday") && !Aside.anyCovers(asides, m.start()));
        OccasionFinder.Found at = occasions.find(doc, s, day != null ? day : anchor, position -> Aside.anyCovers(asides, position));
        if (at != null && at.edition() != null) heldAt(c, at.edition(), ev);
        else if (at != null && at.series() != null) {
            c.occasionSeries = Sourced.of(at.series(), ev);
            c.occasionCountry = at.country();
        }
        Matcher occasion = cues.occasionNamed().matcher(s.text());
        while (c.occasion == null && occasion.find()) {
            int start = s.start() + occasion.start(1);
            int end = s.start() + occasion.end(1);
            boolean isTheEngagementItself = trigger.start() < end && trigger.end() > start;
            if (!isTheEngagementItself && !Aside.anyCovers(asides, start)) {
                c.occasion = Sourced.of(occasion.group(1), ev);
                break;
            }
        }
        if ("spoke".equals(kind.format())) {
            boolean together = c.location != null || c.occasion != null || cues.sidelines().matcher(s.text()).find();
            c.format = Sourced.of(together ? "in_person" : "phone", ev);
        }
        if (kind.isVisit() && c.location == null) c.location = destinationCountry(doc, s, trigger, ev);
        if (c.location == null && !c.remote()) c.location = arrivedIn(doc, s, ev, asides);
        if (kind.isVisit() && c.location != null) c.destination = c.location.value().country();
        LocalDate onDay = day != null ? day : anchor;
        c.participants.addAll(participants(doc, s, ev, trigger, c.kind, onDay, named, asides));
        if (c.countries().size() == 1 && !kind.needsGuest() && !c.planned()) {
            theOneTheLineBeforeNamed(doc, s, trigger, onDay, named).filter(p -> !c.countries().contains(p.country())).ifPresent(c.participants::add);
        }
        // "Minister X, welcome to the Pentagon": words said to a guest are the speaker's own, as "I" would be
        if (cues.firstPerson().matcher(s.text()).find() || kind.guestBefore()) {
            Mention speaker = speakers.at(s);
            if (speaker == null) finder.siteVoice(doc, onDay, ev).filter(p -> !c.countries().contains(p.country())).ifPresent(c.participants::add);
            if (speaker != null) finder.turnSpeaker(speaker, lineOf(doc, speaker), onDay, named).ifPresent(p -> {
                if (c.participants.stream().noneMatch(q -> p.personId() != null && p.personId().equals(q.personId()))) c.participants.add(p);
            });
            if (speaker != null && c.countries().size() == 1) theOtherSpeaker(doc, speakers, c, onDay, named).ifPresent(c.participants::add);
        }
        // A telephone call is between two: "spoke to the leaders of Kazakhstan and Uzbekistan by telephone" is two calls.
        boolean call = "phone".equals(c.format.value());
        // "Erdogan discussed ... with NATO leaders, including Meloni, Scholz and Mitsotakis, on the sidelines of the NATO
        // summit": the summit is the occasion, and beside it one leader meets each of the others, unless they met together
        Matcher with = cues.jointObject().matcher(s.text());
        boolean besideTheSummit = "summit".equals(kind.kind()) && cues.sidelines().matcher(s.text()).find()
                && !cues.together().matcher(s.text()).find() && with.find() && s.start() + with.end() <= trigger.start();
        if (besideTheSummit) return eachCounterpart(doc, s, ev, trigger, s.start() + with.start(), s.start() + with.end(), c, onDay, named, asides);
        // "concluded his visit to Vientiane, where he met with Japanese Defence Minister Nakatani and Philippine Secretary
        // Teodoro": on a visit, the talks named after it are with each counterpart, split where they are named
        Mention talks = kind.isVisit() && !call ? talksOnTheVisit(own, trigger, s) : null;
        if (!kind.each() && !call && !oneMeetsEach(s, kind) && talks == null) return List.of(c);
        Mention first = (onlyAside ? triggers : own).stream().min(java.util.Comparator.comparingInt(Mention::start)).orElse(trigger);
        // "On the sidelines of the meeting, Mudavadi will hold bilateral meetings with A, B and C": the word that tells one
        // encounter with each parts who holds them from whom they are held with, not an engagement word before it
        Mention split = talks != null ? talks : kind.each() || first.start() >= trigger.start() ? trigger : first;
        return eachCounterpart(doc, s, ev, trigger, split.start(), split.end(), c, onDay, named, asides);
    }

    /**
     * "Erdoğan met Spanish Prime Minister Pedro Sánchez and Dutch Prime Minister Mark Rutte", "Güler met with his
     * Lithuanian, French and British counterparts": one side that meets people of several others meets each of them,
     * unless the sentence says they met together ("a trilateral meeting"); a host who receives several guests may
     * receive them together, and a summit is of them all.
     */
    private boolean oneMeetsEach(Sentence s, Lexicon.Trigger kind) {
        return "talk".equals(kind.kind()) && !kind.needsGuest() && !cues.together().matcher(s.text()).find();
    }

    /** A word of talks after the visit's word, that needs no guest, where one side may meet each of several: else null. */
    private Mention talksOnTheVisit(List<Mention> own, Mention visit, Sentence s) {
        for (Mention t : own) {
            Lexicon.Trigger k = t.as(Lexicon.Trigger.class);
            if (t.start() > visit.start() && oneMeetsEach(s, k)) return t;
        }
        return null;
    }

    /**
     * "SECRETARY NORTH: ... it is a pleasure to have this meeting": in a transcript of two sides' speakers, the
     * meeting a speaker tells of in the first person is held with whoever speaks for the other side.
     */
    private Optional<Participant> theOtherSpeaker(AnnotatedDocument doc, TranscriptSpeakers speakers, Candidate c, LocalDate day,
                                                  Map<String, Person> named) {
        // one person by person id: "MINISTER NORTH:" and later "Anna North:" are one speaker
        Map<String, Participant> others = new LinkedHashMap<>();
        for (Mention m : speakers.all()) {
            finder.turnSpeaker(m, lineOf(doc, m), day, named).filter(p -> !c.countries().contains(p.country()))
                    .ifPresent(p -> others.putIfAbsent(p.personId() != null ? p.personId() : p.name(), p));
        }
        return others.size() == 1 ? Optional.of(others.values().iterator().next()) : Optional.empty();
    }

    /**
     * "Modi will hold bilateral meetings with Mirziyoyev at 4.20pm and Raisi at 5pm", "phone calls with the
     * leaders of Norland and Sudmark": one side named before the plural, several after it, is one
     * encounter with each of them.
     */
    private List<Candidate> eachCounterpart(AnnotatedDocument doc, Sentence s, Evidence ev, Mention trigger, int hubBefore, int spokesFrom,
                                            Candidate c, LocalDate day, Map<String, Person> named, List<Aside> asides) {
        List<Participant> hub = finder.find(doc, s, ev, trigger, c.kind, day, named,
                position -> Aside.anyCovers(asides, position) || position >= hubBefore);
        List<Participant> spokes = finder.find(doc, s, ev, trigger, c.kind, day, named,
                position -> Aside.anyCovers(asides, position) || position < spokesFrom);
        java.util.Set<String> home = new java.util.TreeSet<>();
        for (Participant p : hub) if (p.country() != null) home.add(p.country());
        Map<String, List<Participant>> byCountry = new LinkedHashMap<>();
        for (Participant p : spokes) {
            if (p.country() != null && !home.contains(p.country())) byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
        }
        if (home.size() != 1 || byCountry.size() < 2) return List.of(c);
        // "... held a video conference with Macron, Merkel and Johnson. ... the four leaders discussed": one meeting of all
        // (not "following the summit in Washington, ... a declaration between the three leaders", a count of another)
        if (cues.countedSides(doc.document().text(), position -> Aside.anyCovers(asides, position)).contains(1 + byCountry.size())) return List.of(c);
        List<Candidate> out = new ArrayList<>();
        for (List<Participant> counterpart : byCountry.values()) {
            List<Participant> people = new ArrayList<>(hub);
            people.addAll(counterpart);
            Candidate one = c.withParticipants(people);
            one.localTime = null;
            out.add(one);
        }
        return out;
    }

    /**
     * "The call lasted about 45 minutes": an engagement word that reports no encounter of its own (no one is called), in a
     * sentence that names no one and tells how long, tells how long the encounter reported took (the merger joins it to
     * the one encounter a document tells, and to nothing else). It gives no format: the sentence does not say one, and the
     * candidate is only ever joined to a group, never a group itself.
     */
    private List<Candidate> howLong(AnnotatedDocument doc, Sentence s) {
        if (!doc.mentionsIn(s.index(), MentionType.PERSON).isEmpty() || !cues.encounterNoun().matcher(s.text()).find()) return List.of();
        for (TimeMention t : doc.timesIn(s.index())) {
            if (!(t.value() instanceof TimeValue.Duration d)) continue;
            Evidence ev = Evidence.of(doc, s);
            Candidate c = new Candidate(s.index());
            c.evidence.add(ev);
            c.kind = "talk";
            c.duration = Sourced.of(d.minutes(), ev);
            return List.of(c);
        }
        return List.of();
    }

    /** How far after "the conversation" its day may be told ("the conversation that took place on September 9"). */
    private static final int WHEN_WINDOW = 40;

    /**
     * "In the conversation that took place on September 9, Tokayev congratulated Aliyev": the encounter told, referred
     * back to by a definite noun that is no engagement word of its own, and the day told right after it in the same
     * clause, is the day of the encounter reported (the merger joins it to that encounter, if their clues agree).
     */
    private List<Candidate> when(AnnotatedDocument doc, Sentence s, LocalDate anchor) {
        Matcher noun = cues.theEncounterNoun().matcher(s.text());
        if (!noun.find()) return List.of();
        int from = s.start() + noun.end();
        String text = doc.document().text();
        for (TimeMention t : doc.timesIn(s.index())) {
            boolean aDay = t.value() instanceof TimeValue.CalendarDate d && d.day() != null || t.value() instanceof TimeValue.Weekday;
            if (!aDay || t.start() < from || t.start() - from > WHEN_WINDOW || CLAUSE_BREAK.matcher(text.substring(from, t.start())).find()) continue;
            Evidence ev = Evidence.of(doc, s);
            Candidate c = new Candidate(s.index());
            c.evidence.add(ev);
            c.kind = "talk";
            LocalDate day = DateResolver.resolve(t.value(), anchor, Tense.PAST);
            if (day != null) c.dates.add(Sourced.of(day, ev));
            if (day != null && DateResolver.readFromPublication(t.value())) c.fromPublication.add(Sourced.of(day, ev));
            if (day == null) c.clue = DateResolver.clue(t.value(), anchor, Tense.PAST);
            return List.of(c);
        }
        return List.of();
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]");

    /**
     * Past, future or unreal, from the cue nearest the engagement word. A cue in a quotation the word is not in tells of
     * what was said, not of the encounter ("“... will continue to be felt,” Zelensky said following his conversation").
     */
    private static Tense tense(AnnotatedDocument doc, Sentence s, Mention trigger, Cues cues) {
        Mention decisive = decisiveCue(doc, s, trigger, cues);
        if (decisive == null) return Tense.NONE;
        Lexicon.Cue cue = decisive.as(Lexicon.Cue.class);
        if (cue.status().equals("unreal") && decisive.start() < trigger.start()) return Tense.UNREAL;
        return cue.toCome() ? Tense.FUTURE : Tense.PAST;
    }

    /** The cue that decides: an unreal cue before the word, else the nearest cue before it, else one close after it. */
    private static Mention decisiveCue(AnnotatedDocument doc, Sentence s, Mention trigger, Cues cues) {
        Mention before = null;
        Mention after = null;
        boolean triggerQuoted = Quotation.inside(s, trigger.start());
        for (Mention m : doc.mentionsIn(s.index(), MentionType.CUE)) {
            String status = m.as(Lexicon.Cue.class).status();
            if (status.equals("report") || status.equals("sameday")) continue;
            if (Quotation.inside(s, m.start()) != triggerQuoted) continue;
            if (status.equals("unreal") && m.start() < trigger.start()) return m;
            if (m.end() <= trigger.end() || m.start() < trigger.end()) before = partedBy(s, m, trigger, cues) ? null : m;
            else if (after == null && m.start() - trigger.end() - namesBetween(doc, s, trigger.end(), m.start()) <= 30) after = m;
        }
        return before != null ? before : after;
    }

    /** "... is due to be sworn in on May 29 but in a surprise move he arrived yesterday for an unscheduled visit": a cue another clause holds. */
    private static boolean partedBy(Sentence s, Mention cue, Mention trigger, Cues cues) {
        int from = cue.end() - s.start();
        int to = trigger.start() - s.start();
        return from < to && cues.tenseBreak().matcher(s.text().substring(from, to)).find();
    }

    /** "Biden accepted an invitation from Kishida to visit Japan": an encounter someone was invited to, as the tense cue tells. */
    private static boolean invitedTo(AnnotatedDocument doc, Sentence s, Mention trigger) {
        boolean triggerQuoted = Quotation.inside(s, trigger.start());
        return doc.mentionsIn(s.index(), MentionType.CUE).stream().anyMatch(m -> m.start() < trigger.start()
                && m.as(Lexicon.Cue.class).status().equals("invitation") && Quotation.inside(s, m.start()) == triggerQuoted);
    }

    /** "A meeting between Lula and Japanese Prime Minister Shigeru Ishiba is slated for": the length of the names between. */
    private static int namesBetween(AnnotatedDocument doc, Sentence s, int from, int to) {
        int n = 0;
        for (Mention m : doc.mentionsIn(s.index())) {
            boolean name = m.type() == MentionType.PERSON || m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY;
            if (name && m.start() >= from && m.end() <= to) n += m.end() - m.start();
        }
        return n;
    }

    private TimeMention dateMention(AnnotatedDocument doc, Sentence s, Mention trigger, List<Aside> asides) {
        String text = doc.document().text();
        TimeMention best = null;
        TimeMention publication = null;
        for (TimeMention t : doc.timesIn(s.index())) {
            if (Aside.anyCovers(asides, t.start())) continue;
            TimeValue v = t.value();
            boolean dateLike = v instanceof TimeValue.CalendarDate || v instanceof TimeValue.DateSpan || v instanceof TimeValue.Weekday
                    || v instanceof TimeValue.RelativeDay || v instanceof TimeValue.Relative;
            if (!dateLike) continue;
            if (cues.notTheEngagementDate().matcher(text.substring(s.start(), t.start())).find()) continue;
            if (t.start() > trigger.end() && cues.relativeClause().matcher(text.substring(trigger.end(), t.start())).find()) continue;
            // "their first formal talks since Manalo assumed his post ... on June 30": the day of an earlier time
            if (t.start() > trigger.end() && cues.earlierClause().matcher(text.substring(trigger.end(), t.start())).find()) continue;
            if (afterReportVerb(doc, s, t) || beforeReportVerb(doc, s, t, trigger) || PublicationDater.isDateline(doc, t)) continue;
            if (datesAnotherEncounter(doc, s, t, trigger)) continue;
            if (v instanceof TimeValue.CalendarDate c && c.day() == null && c.month() == null) continue;
            if (dater.labelled(doc, s, t)) {
                publication = t;
                continue;
            }
            boolean glossed = inBrackets(text, s.start(), t.start());
            if (best != null && glossed != inBrackets(text, s.start(), best.start())) {
                if (!glossed || namesTheDayOf(doc, best, t)) best = t;
                continue;
            }
            if (best == null || dayLevel(t) && !dayLevel(best)
                    || dayLevel(t) == dayLevel(best) && distance(t, trigger) < distance(best, trigger)) best = t;
        }
        // "Published 2023-04-04 UAE President receives phone call": the labelled day, only when the sentence gives no other.
        return best != null ? best : publication;
    }

    /** Between a date and the engagement word it is an attribute of: nothing, or words ending in a possessive ("leaders'"). */
    private static final Pattern ATTRIBUTE_GAP = Pattern.compile("\\s*|\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+(?:['’]s?|s['’])\\s+");

    /**
     * "discussed the preparations ahead of the Kazakh president's Nov. 12 visit", "last met at the Oct. 10 leaders'
     * summit": a date right before an engagement word of another kind or format than the sentence's own is that
     * encounter's day.
     */
    private static boolean datesAnotherEncounter(AnnotatedDocument doc, Sentence s, TimeMention t, Mention trigger) {
        String text = doc.document().text();
        Lexicon.Trigger own = trigger.as(Lexicon.Trigger.class);
        for (Mention other : doc.mentionsIn(s.index(), MentionType.TRIGGER)) {
            if (other.start() < t.end()) continue;
            Lexicon.Trigger its = other.as(Lexicon.Trigger.class);
            // "today met with ... during a bilateral meeting": "met" says nothing of the format, so it is the same meeting
            if (its.kind().equals(own.kind()) && (its.format().equals(own.format()) || its.leavesFormatOpen() || own.leavesFormatOpen())) continue;
            if (ATTRIBUTE_GAP.matcher(text.substring(t.end(), other.start())).matches()) return true;
        }
        return false;
    }

    /**
     * "today (February 7)", "this morning (Saturday, April 19)": a calendar date in brackets right after a relative day, or
     * after the weekday that opens the brackets, names the day the word stands for.
     */
    private static boolean namesTheDayOf(AnnotatedDocument doc, TimeMention relative, TimeMention gloss) {
        return (relative.value() instanceof TimeValue.RelativeDay || relative.value() instanceof TimeValue.Weekday)
                && gloss.value() instanceof TimeValue.CalendarDate c && c.month() != null && c.day() != null
                && gloss.start() >= relative.end() && (opensTheBrackets(doc, relative, gloss) || aWeekdayOpensTheBrackets(doc, relative, gloss));
    }

    /** "(Saturday, April 19)": the weekday that opens the brackets after the relative day names the date that follows it. */
    private static boolean aWeekdayOpensTheBrackets(AnnotatedDocument doc, TimeMention relative, TimeMention gloss) {
        return doc.timesIn(relative.sentence()).stream().anyMatch(w -> w.value() instanceof TimeValue.Weekday && w.start() >= relative.end()
                && w.end() <= gloss.start() && opensTheBrackets(doc, relative, w) && namesTheDate(doc, w, gloss));
    }

    private static boolean opensTheBrackets(AnnotatedDocument doc, TimeMention relative, TimeMention inside) {
        return OPENING_BRACKET.matcher(doc.document().text().substring(relative.end(), inside.start())).matches();
    }

    private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*[(\\[]\\s*");

    /**
     * "On November 17, at 10:40 a.m. (local time; 3:40 a.m. on November 18 JST)": a date in parentheses (or square
     * brackets, an editor's "this afternoon [16 February]") glosses the one outside them and gives way to it, unless it
     * names the day of a relative one.
     */
    private static boolean inBrackets(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') depth++;
            else if ((ch == ')' || ch == ']') && depth > 0) depth--;
        }
        return depth > 0;
    }

    /**
     * "this Tuesday, September 24", "on Wednesday afternoon (Aug. 16)": a weekday followed by the date it names is that
     * date (and its weekday a clue to the year), not the weekday alone.
     */
    private static TimeMention datedWeekday(AnnotatedDocument doc, Sentence s, TimeMention when) {
        if (!(when.value() instanceof TimeValue.Weekday)) return null;
        for (TimeMention t : doc.timesIn(s.index())) {
            if (t.value() instanceof TimeValue.CalendarDate c && c.month() != null && c.day() != null && namesTheDate(doc, when, t)) return t;
        }
        return null;
    }

    /** "Friday, December 19": the weekday written right before a day of a month given without its year. */
    private static TimeMention weekdayOf(AnnotatedDocument doc, Sentence s, TimeMention date) {
        if (!(date.value() instanceof TimeValue.CalendarDate c && c.year() == null && c.day() != null)) return null;
        for (TimeMention t : doc.timesIn(s.index())) {
            if (t.value() instanceof TimeValue.Weekday && namesTheDate(doc, t, date)) return t;
        }
        return null;
    }

    /** "today (Thursday)", "yesterday (Monday)": the weekday in brackets right after a relative day, which it names. */
    private static TimeMention weekdayGlossing(AnnotatedDocument doc, TimeMention relative) {
        if (!(relative.value() instanceof TimeValue.RelativeDay)) return null;
        String text = doc.document().text();
        for (TimeMention t : doc.timesIn(relative.sentence())) {
            if (t.start() < relative.end() || t.start() - relative.end() > MAX_GLOSS_GAP) continue;
            if (t.value() instanceof TimeValue.Weekday && OPENING_BRACKET.matcher(text.substring(relative.end(), t.start())).matches()) return t;
        }
        return null;
    }

    private static final int MAX_GLOSS_GAP = 4;

    /**
     * Between a weekday and the date it names: a few characters ("Friday, December 19"), or one word and a comma or a
     * parenthesis ("Thursday evening, June 12", "Wednesday afternoon (Aug. 16)").
     */
    private static final Pattern WEEKDAY_TO_DATE = Pattern.compile("(?s).{0,3}|\\s*(?:\\p{L}+\\s*)?[,(]\\s*");

    private static boolean namesTheDate(AnnotatedDocument doc, TimeMention weekday, TimeMention date) {
        return date.start() >= weekday.end()
                && WEEKDAY_TO_DATE.matcher(doc.document().text().substring(weekday.end(), date.start())).matches();
    }

    /** Names a day ("April 16", "on Friday", "today") rather than a week, month or year. */
    private static boolean dayLevel(TimeMention t) {
        TimeValue v = t.value();
        return v instanceof TimeValue.CalendarDate c && c.day() != null || v instanceof TimeValue.DateSpan || v instanceof TimeValue.Weekday
                || v instanceof TimeValue.RelativeDay;
    }

    /**
     * "On Monday, SPA announced that the two ministers will meet during Ramadan": a day told before a verb of saying
     * whose words then tell of the encounter is the day of the telling.
     */
    private static boolean beforeReportVerb(AnnotatedDocument doc, Sentence s, TimeMention t, Mention trigger) {
        for (Mention m : doc.mentionsIn(s.index(), MentionType.CUE)) {
            if (m.start() >= t.end() && m.end() <= trigger.start() && m.as(Lexicon.Cue.class).status().equals("report")) return true;
        }
        return false;
    }

    /** "said on Friday", "said in a statement on Friday", "told reporters Tuesday": the day of the telling. */
    private boolean afterReportVerb(AnnotatedDocument doc, Sentence s, TimeMention t) {
        String text = doc.document().text();
        for (Mention m : doc.mentionsIn(s.index(), MentionType.CUE)) {
            if (!m.as(Lexicon.Cue.class).status().equals("report") || m.end() > t.start()) continue;
            String between = text.substring(m.end(), t.start());
            if (t.start() - m.end() <= 5 || cues.reportChannel().matcher(between).matches()) return true;
            if (cues.reportSource().matcher(between).matches() && namesNoOne(doc, s, m.end(), t.start())) return true;
        }
        return false;
    }

    /** "said Prime Minister Modi on Monday met ...": a person or an office between a verb of saying and a day may be the one who met on it. */
    private static boolean namesNoOne(AnnotatedDocument doc, Sentence s, int from, int to) {
        return doc.mentionsIn(s.index()).stream().noneMatch(m -> (m.type() == MentionType.PERSON || m.type() == MentionType.TITLE)
                && m.start() >= from && m.end() <= to);
    }

    /**
     * "Modi emphasized that ... He made these remarks during a bilateral meeting with Bangladesh's Chief Adviser": a sentence
     * that opens on a pronoun before its engagement word is told by the one the sentence before names first. Not for an
     * encounter still to come ("He said he hopes to meet Trump") nor for a word that needs its guest named ("She welcomed").
     */
    private Optional<Participant> theOneTheLineBeforeNamed(AnnotatedDocument doc, Sentence s, Mention trigger, LocalDate day,
                                                           Map<String, Person> named) {
        java.util.regex.Matcher pronoun = cues.opensOnAPronoun().matcher(s.text());
        if (s.index() == 0 || !pronoun.find() || s.start() + pronoun.end() > trigger.start()) return Optional.empty();
        Evidence before = Evidence.of(doc, doc.sentences().get(s.index() - 1));
        return doc.mentionsIn(s.index() - 1, MentionType.PERSON).stream().findFirst()
                .flatMap(m -> finder.speaker(m, before, day, named)).filter(p -> Roles.isPrincipal(p.role()));
    }

    /** "14:05": a clock time as the export writes it. */
    private static String hoursAndMinutes(TimeValue.ClockTime t) {
        return String.format("%02d:%02d", t.hour(), t.minute());
    }

    /**
     * "During his visit, Luxon will hold talks with Modi on March 17", "the talks to be held as part of the visit on May 24":
     * a day told in a sentence of talks is the talks' day ("will also visit Mumbai on March 19" is another leg of a visit).
     */
    private static boolean ofTalks(List<Mention> triggers) {
        return triggers.stream().anyMatch(t -> "talk".equals(t.as(Lexicon.Trigger.class).kind()));
    }

    /** How far a span lies from the trigger: after its end, or before its start (negative when they overlap). */
    private static int gap(int start, int end, Mention trigger) {
        return start >= trigger.end() ? start - trigger.end() : trigger.start() - end;
    }

    private static int distance(TimeMention t, Mention trigger) {
        return gap(t.start(), t.end(), trigger);
    }

    /**
     * The place the sentence puts the encounter in: of the places after a locative, the nearest to the trigger
     * ("agreed on a ceasefire in Gaza as they held a meeting in Cairo").
     */
    private Sourced<Location> location(AnnotatedDocument doc, Sentence s, Evidence ev, List<Aside> asides, Mention trigger) {
        String text = doc.document().text();
        Mention best = null;
        boolean bestIsCountryName = false;
        for (Mention m : doc.mentionsIn(s.index(), MentionType.PLACE)) {
            if (Aside.anyCovers(asides, m.start()) || thenInThePast(doc, s, m)) continue;
            if (!cues.locative().matcher(text.substring(Math.max(s.start(), m.start() - 40), m.start())).find()
                    && !placedByTheWordsAfter(text, s, m)) continue;
            if (insideOther(doc, s, m) || cues.topicNoun().matcher(text.substring(Math.max(s.start(), m.start() - 60), m.start())).find()) continue;
            if (cues.occasionNounNext().matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 20))).find()) continue;
            // "on an official visit to Panama, in Panama City": a country's name that is also a city's gives way to a city
            boolean countryName = isCountryName(doc, s, m);
            if (best == null || bestIsCountryName && !countryName
                    || countryName == bestIsCountryName && distance(m, trigger) < distance(best, trigger)) {
                best = m;
                bestIsCountryName = countryName;
            }
        }
        if (best == null) return capitalNamedByItsCountry(doc, s, ev, asides);
        Place p = best.as(Place.class);
        return Sourced.of(new Location(p.asWritten(best.text(), text.substring(best.end(), Math.min(text.length(), best.end() + p.name().length()))), p.country()), ev);
    }

    /** "met in the US capital", "nella capitale tunisina", "في العاصمة الإيرانية": the capital of the country named. */
    private Sourced<Location> capitalNamedByItsCountry(AnnotatedDocument doc, Sentence s, Evidence ev, List<Aside> asides) {
        String text = doc.document().text();
        for (Mention m : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (Aside.anyCovers(asides, m.start())) continue;
            String before = text.substring(Math.max(s.start(), m.start() - 40), m.start());
            boolean after = cues.capitalAfterCountry().matcher(text).region(m.end(), s.end()).lookingAt() && cues.locative().matcher(before).find();
            if (!after && !cues.capitalBeforeCountry().matcher(before).find()) continue;
            String iso3 = m.as(Countries.Ref.class).iso3();
            String capital = countries.get(iso3).map(Country::capital).orElse(null);
            if (capital != null && !capital.isEmpty()) return Sourced.of(new Location(capital, iso3), ev);
        }
        return null;
    }

    /**
     * "東京で", "Doha'da", "बैंकॉक में": a place the word after it puts the encounter in. A Korean place holds its particle
     * ("경주에서"), which may end the place's mention.
     */
    private boolean placedByTheWordsAfter(String text, Sentence s, Mention place) {
        int from = place.end();
        while (from > place.start() + 1 && Scripts.hangul(text.charAt(from - 1))) from--;
        for (; from <= place.end(); from++) {
            if (cues.locativeAfter().matcher(text).region(from, s.end()).lookingAt()) return true;
        }
        return false;
    }

    /** "our conversation in Melbourne last month": a place the words right after it put in an earlier week, month or year. */
    private static boolean thenInThePast(AnnotatedDocument doc, Sentence s, Mention place) {
        String text = doc.document().text();
        return doc.timesIn(s.index()).stream().anyMatch(t -> t.value() instanceof TimeValue.Relative r && r.offset() < 0
                && t.start() >= place.end() && text.substring(place.end(), t.start()).isBlank());
    }

    private static int distance(Mention m, Mention trigger) {
        return Math.max(0, gap(m.start(), m.end(), trigger));
    }

    private static final Pattern TO_COUNTRY = Pattern.compile("^\\s+(?:to\\s+)?(?:the\\s+)?$");

    /** "a state visit to the United States": the country visited, when no city is named. */
    private static Sourced<Location> destinationCountry(AnnotatedDocument doc, Sentence s, Mention trigger, Evidence ev) {
        String text = doc.document().text();
        for (Mention m : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (m.start() < trigger.end() || m.start() - trigger.end() > 25) continue;
            if (m.as(Countries.Ref.class).form() != Countries.Form.NAME) continue;
            if (!TO_COUNTRY.matcher(text.substring(trigger.end(), m.start())).matches()) continue;
            return Sourced.of(new Location(null, m.as(Countries.Ref.class).iso3()), ev);
        }
        return null;
    }

    /**
     * "\u201cTomorrow the Foreign Minister will travel to Beijing to meet Wang Yi,\u201d said Albanese and Wong": from the closing
     * quotation mark and its verb of saying on, the people named said the quotation; when the quotation names both sides,
     * they took no part in what it reports. Where that starts, or past the sentence's end.
     */
    private int attributionAfterQuote(Sentence s, Mention trigger) {
        Matcher m = cues.quoteAttribution().matcher(s.text());
        while (m.find()) {
            int at = s.start() + m.start();
            String before = s.text().substring(0, m.start());
            if (at > trigger.end() && (before.indexOf('“') >= 0 || before.indexOf('"') >= 0)) return at;
        }
        return Integer.MAX_VALUE;
    }

    /** Who took part, leaving out what the sentence says of another encounter and, where its quotation names both sides, who said it. */
    private List<Participant> participants(AnnotatedDocument doc, Sentence s, Evidence ev, Mention trigger, String kind, LocalDate day,
                                           Map<String, Person> named, List<Aside> asides) {
        int saidBy = attributionAfterQuote(s, trigger);
        List<Participant> found = null;
        if (saidBy != Integer.MAX_VALUE) {
            List<Participant> inQuote = finder.find(doc, s, ev, trigger, kind, day, named,
                    position -> Aside.anyCovers(asides, position) || position >= saidBy);
            if (inQuote.stream().map(Participant::country).distinct().count() >= 2) found = inQuote;
        }
        if (found == null) found = finder.find(doc, s, ev, trigger, kind, day, named, position -> Aside.anyCovers(asides, position));
        return finder.placedByTheDocument(doc, found, day);
    }

    /** "Kobakhidze, who has arrived in Armenia on an official visit": the country a participant arrived in, when no city is named. */
    private Sourced<Location> arrivedIn(AnnotatedDocument doc, Sentence s, Evidence ev, List<Aside> asides) {
        String text = doc.document().text();
        for (Mention m : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (Aside.anyCovers(asides, m.start())) continue;
            if (m.as(Countries.Ref.class).form() != Countries.Form.NAME) continue;
            if (!cues.arrival().matcher(text.substring(Math.max(s.start(), m.start() - 30), m.start())).find()) continue;
            return Sourced.of(new Location(null, m.as(Countries.Ref.class).iso3()), ev);
        }
        return null;
    }

    private static boolean isCountryName(AnnotatedDocument doc, Sentence s, Mention place) {
        return doc.mentionsIn(s.index(), MentionType.COUNTRY).stream().anyMatch(c -> c.start() == place.start() && c.end() == place.end()
                && c.as(Countries.Ref.class).form() == Countries.Form.NAME);
    }

    private static boolean insideOther(AnnotatedDocument doc, Sentence s, Mention place) {
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() == MentionType.PERSON && m.start() <= place.start() && m.end() >= place.end()) return true;
        }
        String text = doc.document().text();
        return place.end() < text.length() && text.charAt(place.end()) == '-';
    }

    /** How many days apart one side's encounters may be and still be told as one round of them ("This Wednesday, Lula also spoke with ..."). */
    private static final int SAME_ROUND_DAYS = 3;

    /**
     * "Lula spoke with Zelensky this Thursday. ... This Wednesday, Lula also spoke by telephone with López Obrador": an
     * encounter told as one more of the lead's side, days apart from the lead, is reported too, not only mentioned.
     */
    private static boolean alsoBesideTheLead(Candidate c, Candidate first) {
        if (c == first || !c.continuesPrevious || c.aside || c.firstDate() == null || first.firstDate() == null) return false;
        if (Math.abs(c.firstDate().toEpochDay() - first.firstDate().toEpochDay()) > SAME_ROUND_DAYS) return false;
        return c.participants.stream().anyMatch(p -> p.personId() != null
                && first.participants.stream().anyMatch(q -> p.personId().equals(q.personId())));
    }

    private static EngagementReport report(String doc, int ordinal, Candidate c, Candidate first) {
        Sourced<String> status = c.status != null ? c.status : Sourced.of("held", c.evidence.get(0));
        boolean sameDayAsFirst = ordinal > 0 && c.firstDate() != null && c.firstDate().equals(first.firstDate());
        // "calls with the leaders of A and B": the encounters one sentence tells together are reported alike
        boolean toldWithFirst = ordinal > 0 && c.sentence == first.sentence;
        String relation = ordinal == 0 || sameDayAsFirst || toldWithFirst || alsoBesideTheLead(c, first)
                ? ("planned".equals(status.value()) ? "announces" : "reports") : "mentions";
        Sourced<LocalDate> date = Sourced.mostCommon(c.dates);
        Sourced<LocalDate> end = c.dateEnd != null ? c.dateEnd : lastDay(date, c.days, status);
        Sourced<LocalDate> talks = talksWithin(c.talkDays, c.dates.stream().min(java.util.Comparator.comparing(Sourced::value)).orElse(null), end);
        if (talks != null) {
            date = talks;
            end = null;
        }
        return new EngagementReport(doc, ordinal, relation, status, c.format, date,
                c.dates.isEmpty() ? c.clue : DateClue.NONE, c.localTime, c.duration, c.location, c.occasion, c.kind,
                List.copyOf(c.participants), List.copyOf(c.evidence), end, !c.strongFormat && c.formatOpen,
                c.readFromPublication(date));
    }

    /**
     * "an official visit to India from March 16-20 ... will hold talks with Prime Minister Modi on March 17": the encounter
     * between the two is the talks, on their day; the visit's first day gives way to it.
     */
    private static Sourced<LocalDate> talksWithin(List<Sourced<LocalDate>> talkDays, Sourced<LocalDate> first, Sourced<LocalDate> last) {
        if (first == null || last == null) return null;
        for (Sourced<LocalDate> d : talkDays) {
            if (d.value().isAfter(first.value()) && !d.value().isAfter(last.value())) return d;
        }
        return null;
    }

    private static final int LONGEST_VISIT_DAYS = 14;

    /**
     * "will meet his counterpart on April 1 ... his planned two-day visit": the last day of a planned visit of so many days.
     * A held one is dated by the day of its talks, which need not be its first.
     */
    private static Sourced<LocalDate> lastDay(Sourced<LocalDate> first, Sourced<Integer> days, Sourced<String> status) {
        if (first == null || days == null || !"planned".equals(status.value())) return null;
        if (days.value() < 2 || days.value() > LONGEST_VISIT_DAYS) return null;
        return Sourced.of(first.value().plusDays(days.value() - 1), days.evidence());
    }
}
