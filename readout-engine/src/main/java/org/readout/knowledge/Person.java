package org.readout.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An office holder with every term they served, from {@code people.tsv}. */
public record Person(String id, String name, String family, String gender, List<Term> terms) {

    /** One term in one office; {@code end} null while still in office; start inclusive, end exclusive. */
    public record Term(String country, String role, LocalDate start, LocalDate end) {
        public boolean covers(LocalDate day) {
            return day == null || (!day.isBefore(start) && (end == null || day.isBefore(end)));
        }
    }

    /**
     * The term in force on that day, preferring the more senior office; without a day, the term in force on the last day
     * they held any office (a head of government who also took the defence portfolio is the head of government).
     */
    public Optional<Term> termOn(LocalDate day) {
        if (day == null) {
            if (terms.isEmpty()) return Optional.empty();
            LocalDate last = terms.stream().map(t -> t.end() == null ? LocalDate.MAX : t.end().minusDays(1))
                    .max(LocalDate::compareTo).orElseThrow();
            return termOn(last);
        }
        Term best = null;
        for (Term t : terms) {
            if (!t.covers(day)) continue;
            if (best == null || Roles.rank(t.role()) < Roles.rank(best.role())) best = t;
        }
        return Optional.ofNullable(best);
    }
}
