package org.readout.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

final class Dates {
    private Dates() {
    }

    static LocalDate parse(String s, Tsv.Row row) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(row.origin() + " line " + row.line() + ": not a date: '" + s + "'");
        }
    }
}
