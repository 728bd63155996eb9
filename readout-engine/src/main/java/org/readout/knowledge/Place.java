package org.readout.knowledge;

/** A place from the gazetteer, or a venue (a palace, a chancellery) with the city it stands in. */
public record Place(String name, String country, long population, boolean venue) {
}
