package org.readout.extract;

/** Where an engagement took place: a city (or a venue's city) and its country. */
public record Location(String place, String country) {
}
