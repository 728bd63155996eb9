package org.readout.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the calendar date of an ISO-8601 date or date-time, as metadata states it (no time-zone shift). */
public final class IsoDates {
    private IsoDates() {
    }

    /** The date of {@code 2023-02-03}, {@code 2023-02-03T10:00:00+09:00} or {@code 2023-02-03T10:00Z}; null if it is none of these. */
    public static LocalDate parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toLocalDate();
            }
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
