package org.readout.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One document's account of one engagement, every field with its evidence. The linker merges the
 * reports of many documents into engagements.
 *
 * @param relation  {@code reports}, {@code announces} or {@code mentions}
 * @param date      the full date when the text gives or implies one
 * @param clue      what the text says of the date when it is less than a full date
 * @param dateEnd   the last day of an engagement over several days, or null
 * @param formatAssumed the format is only what words said of calls and meetings alike are taken to mean ("a
 *                      conversation with", "una conversación con": in person), which another report's stated format overrules
 * @param dateFromPublication the date was only counted from the day the page was published ("met today", "on Thursday"),
 *                            which a time zone or a late stamp may put a day off; a date the text names is surer
 */
public record EngagementReport(String document, int ordinal, String relation, Sourced<String> status,
                               Sourced<String> format, Sourced<LocalDate> date, DateClue clue,
                               Sourced<String> localTime, Sourced<Integer> durationMinutes,
                               Sourced<Location> location, Sourced<String> occasion, String kind,
                               List<Participant> participants, List<Evidence> evidence, Sourced<LocalDate> dateEnd,
                               boolean formatAssumed, boolean dateFromPublication) {

    public EngagementReport(String document, int ordinal, String relation, Sourced<String> status,
                            Sourced<String> format, Sourced<LocalDate> date, DateClue clue,
                            Sourced<String> localTime, Sourced<Integer> durationMinutes,
                            Sourced<Location> location, Sourced<String> occasion, String kind,
                            List<Participant> participants, List<Evidence> evidence, Sourced<LocalDate> dateEnd,
                            boolean formatAssumed) {
        this(document, ordinal, relation, status, format, date, clue, localTime, durationMinutes, location, occasion,
                kind, participants, evidence, dateEnd, formatAssumed, false);
    }

    public EngagementReport(String document, int ordinal, String relation, Sourced<String> status,
                            Sourced<String> format, Sourced<LocalDate> date, DateClue clue,
                            Sourced<String> localTime, Sourced<Integer> durationMinutes,
                            Sourced<Location> location, Sourced<String> occasion, String kind,
                            List<Participant> participants, List<Evidence> evidence, Sourced<LocalDate> dateEnd) {
        this(document, ordinal, relation, status, format, date, clue, localTime, durationMinutes, location, occasion,
                kind, participants, evidence, dateEnd, false);
    }

    public EngagementReport(String document, int ordinal, String relation, Sourced<String> status,
                            Sourced<String> format, Sourced<LocalDate> date, DateClue clue,
                            Sourced<String> localTime, Sourced<Integer> durationMinutes,
                            Sourced<Location> location, Sourced<String> occasion, String kind,
                            List<Participant> participants, List<Evidence> evidence) {
        this(document, ordinal, relation, status, format, date, clue, localTime, durationMinutes, location, occasion,
                kind, participants, evidence, null);
    }

    /** Told as still to come, and as the page's own news: not an encounter it only recalls ("mentions"), whatever its tense. */
    public boolean announced() {
        return status != null && "planned".equals(status.value()) && !"mentions".equals(relation);
    }

    public java.util.Set<String> countries() {
        java.util.Set<String> s = new java.util.TreeSet<>();
        for (Participant p : participants) if (p.country() != null) s.add(p.country());
        return s;
    }
}
