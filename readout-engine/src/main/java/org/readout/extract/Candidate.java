package org.readout.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one sentence says of an engagement, before the sentences of a document are merged. Mutable, stage-local. */
final class Candidate {
    final int sentence;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<Sourced<LocalDate>> dates = new ArrayList<>();
    /** The days its sentences of talks (not of travel) give: within a visit's days, the day of the talks. */
    final List<Sourced<LocalDate>> talkDays = new ArrayList<>();
    /** Those of its days read against the publication day ("today", "on Thursday"), which a time zone or a late stamp may put a day off. */
    final Set<Sourced<LocalDate>> fromPublication = new HashSet<>();
    DateClue clue = DateClue.NONE;
    Sourced<String> format;
    boolean strongFormat;
    /** Words said of calls and meetings alike ("a conversation with"): the format assumed may give way to another report's. */
    boolean formatOpen;
    Sourced<String> status;
    Sourced<LocalDate> dateEnd;
    Sourced<String> localTime;
    Sourced<Integer> duration;
    /** "a two-day visit": how many days the encounter lasts, which with its first day gives its last. */
    Sourced<Integer> days;
    Sourced<Location> location;
    Sourced<String> occasion;
    /** A series named without its edition ("attending the G7 summit") when no day told which. */
    Sourced<String> occasionSeries;
    /** The country the words put that series' meeting in ("the G7 summit in Canada"), if they do. */
    String occasionCountry;
    String kind;
    String destination;
    boolean continuesPrevious;
    /** The day was resolved from a weekday alone ("on Thursday"), against the publication day. */
    boolean dayFromWeekday;
    /** Told only in an aside ("arrived on Friday after meeting Anwar"): not what the document reports first. */
    boolean aside;

    Candidate(int sentence) {
        this.sentence = sentence;
    }

    /** The same sentence's candidate with other participants ("bilateral meetings with A and B": one each). */
    Candidate withParticipants(List<Participant> people) {
        Candidate c = new Candidate(sentence);
        c.evidence.addAll(evidence);
        c.participants.addAll(people);
        c.dates.addAll(dates);
        c.talkDays.addAll(talkDays);
        c.fromPublication.addAll(fromPublication);
        c.clue = clue;
        c.format = format;
        c.strongFormat = strongFormat;
        c.formatOpen = formatOpen;
        c.status = status;
        c.dateEnd = dateEnd;
        c.localTime = localTime;
        c.duration = duration;
        c.days = days;
        c.location = location;
        c.occasion = occasion;
        c.occasionSeries = occasionSeries;
        c.occasionCountry = occasionCountry;
        c.kind = kind;
        c.destination = destination;
        c.continuesPrevious = continuesPrevious;
        c.dayFromWeekday = dayFromWeekday;
        c.aside = aside;
        return c;
    }

    /** Held by telephone or video, whatever word said so; not while no word has told the format. */
    boolean remote() {
        return format != null && ("phone".equals(format.value()) || "video".equals(format.value()));
    }

    /** A day and month without a year (nor a day already settled): what the document's or its address's year may complete. */
    boolean awaitsAYear() {
        return dates.isEmpty() && clue.year() == null && clue.month() != null && clue.day() != null;
    }

    /** Announced, not yet held. */
    boolean planned() {
        return status != null && "planned".equals(status.value());
    }

    /** Undated, with a weekday and its day of the month but no month ("this Friday (3)"). */
    boolean awaitsAMonth() {
        return dates.isEmpty() && clue.year() == null && clue.month() == null && clue.day() != null && clue.weekday() != null;
    }

    /** The day its clues came to, with what settled it; the clues are spent. */
    void settle(LocalDate day, Evidence ev) {
        dates.add(Sourced.of(day, ev));
        clue = DateClue.NONE;
    }

    Set<String> countries() {
        Set<String> s = new TreeSet<>();
        for (Participant p : participants) if (p.country() != null) s.add(p.country());
        return s;
    }

    /** Whether every one of its sentences giving {@code day} read it against the publication day. */
    boolean readFromPublication(Sourced<LocalDate> day) {
        return day != null && dates.stream().filter(d -> d.value().equals(day.value())).allMatch(fromPublication::contains);
    }

    LocalDate firstDate() {
        return dates.isEmpty() ? null : dates.get(0).value();
    }
}
