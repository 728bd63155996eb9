package org.readout.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A place from the gazetteer, or a venue (a palace, a chancellery) with the city it stands in. */
public record Place(String name, String country, long population, boolean venue) {
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\P{L}]*");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+|\\p{M}+");

    /**
     * The city as a text names it ("Astana", "Odesa", "Washington"), not as the gazetteer lists it ("Nur-Sultan", "Odessa",
     * "Washington, D.C."), unless the text goes on to write the gazetteer's name in full ({@code after}: ", D.C.") or
     * writes it with other accents and spaces only ("Brasilia", "Hà Nội"); a venue gives its city, and a name in capitals
     * ("WASHINGTON", a dateline) and a name in another script ("北京", "в Москве") the gazetteer's.
     */
    public String asWritten(String written, String after) {
        String w = written.strip();
        boolean capitals = w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT));
        if (venue || capitals || !LATIN.matcher(w).matches() || folded(w).equals(folded(name))) return name;
        if (name.startsWith(w) && after.startsWith(name.substring(w.length()))) return name;
        return w;
    }

    private static String folded(String s) {
        return NOT_A_LETTER.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
