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

    /** The term in force on that day, preferring the more senior office; without a day, the latest term. */
    public Optional<Term> termOn(LocalDate day) {
        Term best = null;
        for (Term t : terms) {
            if (!t.covers(day)) continue;
            boolean better = day == null ? best == null || t.start().isAfter(best.start())
                    : best == null || Roles.rank(t.role()) < Roles.rank(best.role());
            if (better) best = t;
        }
        return Optional.ofNullable(best);
    }
}
