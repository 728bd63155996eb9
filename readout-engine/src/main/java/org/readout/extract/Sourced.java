package org.readout.extract;

/** A value with the sentence it came from. */
public record Sourced<T>(T value, Evidence evidence) {
    public static <T> Sourced<T> of(T value, Evidence evidence) {
        return value == null ? null : new Sourced<>(value, evidence);
    }
}
