package org.readout.extract;

/** A value with the sentence it came from. */
public record Sourced<T>(T value, Evidence evidence) {
    public static <T> Sourced<T> of(T value, Evidence evidence) {
        return value == null ? null : new Sourced<>(value, evidence);
    }

    /** The value most of these give, with the evidence of its first occurrence; null for none. */
    public static <T> Sourced<T> mostCommon(java.util.List<Sourced<T>> values) {
        Sourced<T> best = null;
        long bestCount = 0;
        for (Sourced<T> v : values) {
            long n = values.stream().filter(x -> x.value().equals(v.value())).count();
            if (n > bestCount) {
                best = v;
                bestCount = n;
            }
        }
        return best;
    }
}
