package org.readout.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** "en" for text that is plainly English (Latin letters, many English function words); otherwise no guess. */
final class LanguageGuesser {
    static final int MIN_WORDS = 10;
    static final double MIN_STOPWORD_SHARE = 0.2;
    static final double MIN_ASCII_LETTER_SHARE = 0.9;
    private static final int SAMPLE_CHARS = 100_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> STOPWORDS = load();

    private LanguageGuesser() {
    }

    static String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        long ascii = sample.chars().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        if (letters == 0 || (double) ascii / letters < MIN_ASCII_LETTER_SHARE) {
            return null;
        }
        var m = WORD.matcher(sample);
        int words = 0;
        int stop = 0;
        while (m.find()) {
            words++;
            if (STOPWORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                stop++;
            }
        }
        return words >= MIN_WORDS && (double) stop / words >= MIN_STOPWORD_SHARE ? "en" : null;
    }

    private static Set<String> load() {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(Tsv.FOLDER + "english-stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing data file english-stopwords.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Set.of(line.trim().split("\\s+")).stream())
                    .filter(w -> !w.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
