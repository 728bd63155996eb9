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

    /** The same key without its document: what blocking reads of it. */
    public LinkKey anonymous() {
        return document.isEmpty() ? this : new LinkKey("", pairs, day, from, to);
    }

    /**
     * The key as text, its document left out: the pairs joined by ';', then '|' and {@code d} and the day for a dated
     * report, {@code u} and the reach ("from:to") for an undated one. {@link #parse} reads it back.
     */
    public String signature() {
        return String.join(";", pairs) + "|" + (dated() ? "d" + day : "u" + from + ":" + to);
    }

    /** A key of no document read back from its {@link #signature()}. */
    public static LinkKey parse(String signature) {
        int bar = signature.lastIndexOf('|');
        List<String> pairs = List.of(signature.substring(0, bar).split(";"));
        String when = signature.substring(bar + 1);
        if (when.startsWith("d")) return new LinkKey("", pairs, Long.parseLong(when.substring(1)), 0, -1);
        int colon = when.indexOf(':', 2);
        return new LinkKey("", pairs, null, Long.parseLong(when.substring(1, colon)), Long.parseLong(when.substring(colon + 1)));
    }

    /** Whether an undated report's reach holds this day. */
    public boolean reaches(long epochDay) {
        return !dated() && from <= epochDay && epochDay <= to;
    }
}
