package org.readout.store;

import java.time.LocalDate;
import java.util.List;

/** Which engagements to list: all given conditions must hold; nulls and empty lists mean "any". */
public record EngagementFilter(List<String> countries, String person, LocalDate from, LocalDate to) {
    public static final EngagementFilter ALL = new EngagementFilter(List.of(), null, null, null);
}
