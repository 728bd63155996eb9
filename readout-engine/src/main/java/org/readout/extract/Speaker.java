package org.readout.extract;

/** Who makes a statement: a person where one is named, else a side ("the Chinese side", "Japan"). */
public record Speaker(String name, String country, String role) {
}
