package org.readout.link;

import java.util.List;

/**
 * What blocking ({@link Blocking}) knows of one report of two countries or more: its document, each pair of its
 * countries (as "CHN,JPN"), and when the encounter it tells of can have happened, in epoch days: its {@code day}
 * when the report is dated, else its {@code reach}, the days {@code from} to {@code to} (both included; an open
 * end is {@link #OPEN_FROM} or {@link #OPEN_TO}, and a reach with {@code from > to} holds no day) on which a
 * dated engagement it could join may fall.
 */
public record LinkKey(String document, List<String> pairs, Long day, long from, long to) {
    public static final long OPEN_FROM = Long.MIN_VALUE;
    public static final long OPEN_TO = Long.MAX_VALUE;

    public LinkKey {
        pairs = List.copyOf(pairs);
    }

    public boolean dated() {
        return day != null;
    }

    /**
     * The first day of the dated reports this one must be blocked with: for a dated report, {@value
     * Linker#ANNOUNCED_TO_HELD_DAYS} days before its own (the farthest apart two dated reports are compared); for an
     * undated one, the first day of its reach.
     */
    public long datedFrom() {
        return dated() ? day - Linker.ANNOUNCED_TO_HELD_DAYS : from;
    }

    /** The last day of the dated reports this one must be blocked with (see {@link #datedFrom()}). */
    public long datedTo() {
        return dated() ? day + Linker.ANNOUNCED_TO_HELD_DAYS : to;
    }

    /** Whether an undated report's reach holds this day. */
    public boolean reaches(long epochDay) {
        return !dated() && from <= epochDay && epochDay <= to;
    }
}
