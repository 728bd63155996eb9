package org.readout.knowledge;

import java.util.List;

/** A country: ISO alpha-3 code, the names and adjectives the press uses, its capital, CAMEO code. */
public record Country(String iso3, String name, List<String> aliases, List<String> adjectives, String capital,
                      String cameo, String summitRole) {
}
