package org.readout.synthetic;

import org.readout.extract.Location;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated encounter as it happened: what the engine should make of the documents that report it. {@code kind}
 * is the generator's own (call, video, visit, sideline, trilateral), the rest are readout/1 values; {@code localTime}
 * and {@code durationMinutes} are null unless a document states them. For a visit the first side is the guest and
 * the second the host; for a trilateral meeting the first side hosts.
 */
public record Encounter(int index, String kind, String status, String format, String setting, LocalDate date,
                        String localTime, Integer durationMinutes, Location location, String host, String occasion,
                        List<Side> sides) {
    public Encounter {
        sides = List.copyOf(sides);
    }

    Encounter stating(String status, String time, Integer minutes) {
        return new Encounter(index, kind, status, format, setting, date, time, minutes, location, host, occasion, sides);
    }
}
