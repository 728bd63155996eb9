package org.readout.synthetic;

/** One person taking part in a generated encounter, in the office they held that day. */
public record Side(String personId, String name, String family, String gender, String country, String role) {
}
