package org.readout.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * When a document was published and on what basis: {@code given} (metadata), {@code text} (stated),
 * {@code inferred} (estimated from content). {@code candidates} holds the readings of an ambiguous
 * numeric date ("04/02/2023") until evidence from linked documents picks one.
 */
public record PublishedDate(LocalDate date, String basis, Evidence evidence, List<LocalDate> candidates) {
    public static final PublishedDate UNKNOWN = new PublishedDate(null, null, null, List.of());
}
