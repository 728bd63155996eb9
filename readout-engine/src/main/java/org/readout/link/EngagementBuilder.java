package org.readout.link;

import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Location;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;
import org.readout.extract.Sourced;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Settles each field of one engagement from the reports linked to it: the held reports' day before
 * an announced one, a government's own readout before other sources for times and durations, and
 * setting and host from where it took place and who took part.
 */
final class EngagementBuilder {
    private final KnowledgeBase kb;
    private final List<Linker.Node> nodes;
    private final LocalDate solvedDate;
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();

    EngagementBuilder(KnowledgeBase kb, List<Linker.Node> cluster, LocalDate solvedDate) {
        this.kb = kb;
        this.nodes = new ArrayList<>(cluster);
        this.nodes.sort(Comparator.comparing((Linker.Node n) -> "official".equals(n.docKind()) ? 0 : 1)
                .thenComparing(n -> n.report.ordinal() == 0 ? 0 : 1)
                .thenComparing(Linker.Node::key));
        this.solvedDate = solvedDate;
    }

    /** "San José" read as the largest place of that name, San Jose (United States), when Costa Rica's president takes part. */
    private Location namesake(Location place, Set<String> countries) {
        return kb.places().namesakeIn(place.place(), countries).map(p -> new Location(p.name(), p.country())).orElse(place);
    }

    Engagement build() {
        boolean held = nodes.stream().anyMatch(Linker.Node::held);
        String status = held ? "held" : "planned";
        evidence.put("status", firstEvidence(n -> n.held() == held ? n.report.status() : null));
        LocalDate date = date(held);
        // a video conference is also told as a meeting or a call; the report that says video says what it was
        String format = pick("format", n -> "video".equals(n.statedFormat()) ? n.report.format() : null);
        if (format == null) format = pick("format", n -> n.report.formatAssumed() ? null : n.report.format());
        if (format == null) format = pick("format", n -> n.report.format());
        Location location = pick("location", n -> n.report.location() != null && n.report.location().value().place() != null
                ? n.report.location() : null);
        if (location == null) location = pick("location", n -> n.report.location());
        List<Participant> participants = participants(date);
        Set<String> countries = new TreeSet<>();
        for (Participant p : participants) if (p.country() != null) countries.add(p.country());
        if (location != null && location.place() != null && !countries.contains(location.country())) location = namesake(location, countries);
        String setting = null;
        String host = null;
        boolean remote = "phone".equals(format) || "video".equals(format);
        // "the encounter itself has more than two sides", however it was held
        if (countries.size() > 2) setting = "multilateral";
        if (!remote) {
            if (setting == null && location != null) setting = countries.contains(location.country()) ? "visit" : "third_country";
            if (location != null && countries.contains(location.country())) host = location.country();
        }
        if (remote) location = null;
        List<DocLink> docs = documents();
        LocalDate dateEnd = date == null ? null : pick("date_end", n -> n.report.dateEnd() != null
                && date.equals(n.date()) ? n.report.dateEnd() : null);
        return new Engagement(id(countries, format, date, participants), status, format, setting, date, dateEnd,
                pick("local_time", n -> n.report.localTime()), pick("duration_minutes", n -> n.report.durationMinutes()),
                location, host, pick("occasion", n -> n.report.occasion()), participants, docs, Map.copyOf(evidence),
                nodes.stream().map(n -> n.report).toList());
    }

    /**
     * Held reports' full dates by vote, the days the texts name before those counted from a page's day ("met today",
     * "on Thursday"); else the day a held report was published within the days a visit was announced for; else the
     * announced day (a report published after it tells of it after the fact); else the day solved from the reports'
     * clues; else, when no report names a time at all, the day it was first reported.
     */
    private LocalDate date(boolean held) {
        List<Sourced<LocalDate>> heldDates = new ArrayList<>();
        List<Sourced<LocalDate>> namedDays = new ArrayList<>();
        List<Sourced<LocalDate>> plannedDates = new ArrayList<>();
        for (Linker.Node n : nodes) {
            if (n.report.date() == null) continue;
            (n.held() ? heldDates : plannedDates).add(n.report.date());
            if (n.held() && !n.report.dateFromPublication()) namedDays.add(n.report.date());
        }
        Sourced<LocalDate> chosen = theTalksWithinAVisit(namedDays.isEmpty() ? earliestOfTheMostCommon(heldDates) : Sourced.mostCommon(namedDays));
        if (chosen == null && held) {
            LocalDate published = publishedWithinTheAnnouncedDays();
            if (published != null) return published;
        }
        if (chosen != null && namedDays.isEmpty()) chosen = theAnnouncedDayBeside(chosen);
        if (chosen != null && nodes.stream().anyMatch(Clustering::isRemote) && farApart()) chosen = laterLocalDate(chosen, !namedDays.isEmpty());
        if (chosen == null) chosen = theTalksWithinAVisit(Sourced.mostCommon(plannedDates));
        if (chosen != null) {
            evidence.put("date", chosen.evidence());
            return chosen.value();
        }
        if (solvedDate != null) {
            // the report whose words ("on August 29", "on Thursday") the day was solved from
            Linker.Node named = nodes.stream().filter(n -> !n.report.clue().isEmpty()).findFirst().orElse(nodes.get(0));
            evidence.put("date", named.report.evidence().get(0));
            return solvedDate;
        }
        return held ? reportedOn() : null;
    }

    /**
     * A held encounter that no report dates or places in time ("held a lengthy phone conversation", "the virtual
     * summit concluded with ...", "met today" on a page of unknown day) is the news of the day the first page
     * reporting it was published: that day, with the page's date as its evidence, if it falls within the days of a
     * summit it was held beside. A report that gives a day, a weekday or a month is read by its own words.
     */
    private LocalDate reportedOn() {
        if (nodes.stream().anyMatch(n -> n.report.date() != null || namesATime(n.report.clue()))) return null;
        Linker.Node first = null;
        for (Linker.Node n : nodes) {
            LocalDate day = n.input.extraction().published().date();
            if (!n.held() || !"reports".equals(n.report.relation()) || day == null) continue;
            if (first == null || day.isBefore(first.input.extraction().published().date())) first = n;
        }
        if (first == null) return null;
        PublishedDate published = first.input.extraction().published();
        // the days of a summit it was held beside
        if (nodes.stream().anyMatch(n -> n.report.clue() != null && !n.report.clue().admits(published.date()))) return null;
        // a day the document's metadata gave, with no words of the page behind it, is cited as such
        evidence.put("date", published.evidence() != null ? published.evidence()
                : new Evidence(first.report.document(), -1, -1, "published " + published.date() + " (" + published.basis() + ")"));
        return published.date();
    }

    /**
     * "an official visit to India on 16-20 March" and another report's "talks with Prime Minister Modi on March 17": the
     * first day of a visit, held or announced, gives way to the one day another report gives within it.
     */
    private Sourced<LocalDate> theTalksWithinAVisit(Sourced<LocalDate> chosen) {
        if (chosen == null) return null;
        for (Linker.Node span : nodes) {
            if (span.report.dateEnd() == null || span.report.date() == null || !span.report.date().value().equals(chosen.value())) continue;
            LocalDate last = span.report.dateEnd().value();
            for (Linker.Node n : nodes) {
                Sourced<LocalDate> day = n.report.date();
                if (n.report.dateEnd() == null && day != null && day.value().isAfter(chosen.value()) && !day.value().isAfter(last)) return day;
            }
        }
        return chosen;
    }

    /**
     * "met today" on a page stamped the day after the day an announcement named ("will meet on July 25", "a virtual
     * summit on 11 December"): a day counted from a page's day may be a day off, the announced day one day from it is
     * the day. A visit announced from its first day ("will visit China on April 1") may hold its talks the day after.
     */
    private Sourced<LocalDate> theAnnouncedDayBeside(Sourced<LocalDate> counted) {
        Sourced<LocalDate> found = null;
        for (Linker.Node n : nodes) {
            if (n.held() || n.report.date() == null || n.report.dateFromPublication() || "visit".equals(n.report.kind())) continue;
            LocalDate day = n.report.date().value();
            if (day.equals(counted.value())) return counted;
            if (Math.abs(day.toEpochDay() - counted.value().toEpochDay()) > 1) continue;
            if (found != null && !found.value().equals(day)) return counted;
            found = n.report.date();
        }
        return found != null ? found : counted;
    }

    /** A year, month, day or weekday; "today" on a page whose day is unknown names none, and is the day it was reported. */
    private static boolean namesATime(DateClue clue) {
        return clue != null && (clue.year() != null || clue.month() != null || clue.day() != null || clue.weekday() != null);
    }

    /** "a two-day visit from April 1" and an undated report of it published on April 2: the talks were on the 2nd. */
    private LocalDate publishedWithinTheAnnouncedDays() {
        for (Linker.Node planned : nodes) {
            if (planned.held() || planned.report.date() == null || planned.report.dateEnd() == null) continue;
            LocalDate first = planned.report.date().value();
            LocalDate last = planned.report.dateEnd().value();
            for (Linker.Node n : nodes) {
                if (!n.held() || !"reports".equals(n.report.relation())) continue;
                for (LocalDate r : n.publishedReadings()) {
                    if (!r.isBefore(first) && !r.isAfter(last)) {
                        evidence.put("date", n.report.evidence().get(0));
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A call that spans midnight somewhere is dated a day apart by its two sides; the later local date,
     * that of the side east of the date line (the Asian side of a call with the Americas), is the one
     * recorded, as the reference annotations do.
     */
    /** Capitals this far apart in longitude (eight hours or more) can see one call on two calendar days. */
    private static final double DATE_LINE_DEGREES = 120;

    /** Whether two of the sides' capitals are far enough apart for a call to fall on two local dates. */
    private boolean farApart() {
        List<Double> longitudes = new ArrayList<>();
        for (Linker.Node n : nodes) {
            for (Participant p : n.report.participants()) {
                if (p.country() == null) continue;
                kb.countries().get(p.country()).ifPresent(c -> kb.places().longitude(c.capital(), c.iso3()).ifPresent(longitudes::add));
            }
        }
        for (double a : longitudes) {
            for (double b : longitudes) {
                double d = Math.abs(a - b);
                if (Math.min(d, 360 - d) >= DATE_LINE_DEGREES) return true;
            }
        }
        return false;
    }

    /**
     * "spoke today" on a page stamped 24 August and "today" under "Paris, 23 August": days counted from pages' dates that tie
     * give the earlier, since a page is never written before what it tells of, while its stamp may come late (a time zone,
     * an update, a mirror).
     */
    private static Sourced<LocalDate> earliestOfTheMostCommon(List<Sourced<LocalDate>> days) {
        Map<LocalDate, Long> counts = days.stream().collect(Collectors.groupingBy(Sourced::value, Collectors.counting()));
        long most = counts.values().stream().max(Long::compare).orElse(0L);
        // min keeps the first of equal days, and so the evidence of that day's first report
        return days.stream().filter(d -> counts.get(d.value()) == most).min(Comparator.comparing(Sourced::value)).orElse(null);
    }

    /** A day a report named after one only counted from a page's day is not read a day off by that page's time zone or stamp. */
    private Sourced<LocalDate> laterLocalDate(Sourced<LocalDate> chosen, boolean chosenNamed) {
        LocalDate next = chosen.value().plusDays(1);
        for (Linker.Node n : nodes) {
            if (!n.held() || chosenNamed && n.report.dateFromPublication()) continue;
            if (n.report.date() != null && n.report.date().value().equals(next)) return n.report.date();
            if (n.report.date() == null && !n.report.clue().isEmpty() && n.report.clue().admits(next)
                    && !n.report.clue().admits(chosen.value())) {
                return new Sourced<>(next, n.report.evidence().get(0));
            }
        }
        return chosen;
    }

    private <T> T pick(String field, Function<Linker.Node, Sourced<T>> get) {
        for (Linker.Node n : nodes) {
            Sourced<T> s = get.apply(n);
            if (s != null && s.value() != null) {
                evidence.put(field, s.evidence());
                return s.value();
            }
        }
        return null;
    }

    private Evidence firstEvidence(Function<Linker.Node, Sourced<String>> get) {
        for (Linker.Node n : nodes) {
            Sourced<String> s = get.apply(n);
            if (s != null) return s.evidence();
        }
        return null;
    }

    /** Everyone any report names, once; an office without a name gives way to a named person of that country. */
    private List<Participant> participants(LocalDate date) {
        Map<String, Participant> byKey = new LinkedHashMap<>();
        for (Linker.Node n : nodes) {
            for (Participant reported : n.report.participants()) {
                Participant p = asOf(reported, date);
                String key = p.personId() != null ? p.personId() : p.name() != null ? "name:" + p.name()
                        : "office:" + p.country() + ":" + p.role();
                byKey.putIfAbsent(key, p);
            }
        }
        List<Participant> out = new ArrayList<>(byKey.values());
        out.removeIf(p -> p.name() == null && out.stream().anyMatch(q -> q.name() != null && q.country() != null
                && q.country().equals(p.country())));
        // an office's holder read from the day gives way to the one a report names, in that office: not to a
        // foreign minister named where the defence ministers met
        out.removeIf(p -> p.inferred() && out.stream().anyMatch(q -> !q.inferred() && q.country() != null
                && q.country().equals(p.country()) && (p.role() == null || q.role() == null || p.role().equals(q.role()))));
        out.sort(Comparator.comparing((Participant p) -> p.country() == null ? "" : p.country())
                .thenComparing(p -> p.name() == null ? "" : p.name()));
        return List.copyOf(out);
    }

    /** A known person's office on the engagement's day, which a report without a date could not tell. */
    private Participant asOf(Participant p, LocalDate date) {
        if (p.personId() == null || date == null) return p;
        Person person = kb.people().get(p.personId()).orElse(null);
        if (person == null) return p;
        Person.Term term = person.termOn(date).orElse(null);
        if (term == null || term.role() == null || term.country().equals(p.country()) && term.role().equals(p.role())) return p;
        String actor = kb.countries().get(term.country()).map(c -> c.cameo()).orElse(term.country()) + "GOV";
        return new Participant(p.name(), term.country(), term.role(), actor, p.personId(), p.evidence());
    }

    private List<DocLink> documents() {
        Map<String, String> rel = new LinkedHashMap<>();
        for (Linker.Node n : nodes) {
            rel.merge(n.report.document(), n.report.relation(),
                    (a, b) -> DocLink.strength(a) >= DocLink.strength(b) ? a : b);
        }
        List<DocLink> out = new ArrayList<>();
        rel.forEach((d, r) -> out.add(new DocLink(d, r)));
        out.sort(Comparator.comparing(DocLink::id));
        return List.copyOf(out);
    }

    /**
     * Stable across runs, ingestion order and further reports of the same encounter: what the
     * engagement is (sides, format, day, people), never which documents it was read from. An undated
     * one has no day in its key; {@link Linker} tells apart two that would share an id.
     */
    static String id(Set<String> countries, String format, LocalDate date, List<Participant> participants) {
        StringBuilder key = new StringBuilder();
        key.append(String.join(",", countries)).append('|').append(format).append('|').append(date);
        participants.stream().map(p -> String.valueOf(p.personId() != null ? p.personId() : p.name())).sorted()
                .forEach(p -> key.append('|').append(p));
        return hashed(key.toString());
    }

    static String hashed(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "eng-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
