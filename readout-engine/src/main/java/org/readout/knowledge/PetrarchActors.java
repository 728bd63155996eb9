package org.readout.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people from a PETRARCH actor dictionary (Phoenix.Countries.actors.txt): a name line
 * ({@code YOSHIMASA_HAYASHI_}), {@code +} lines with other forms of the name, and tab-indented
 * {@code [CODE DATES]} lines, where DATES is {@code YYMMDD-YYMMDD}, {@code >YYMMDD}, {@code <YYMMDD}
 * or nothing (a few entries write YYYYMMDD). Ranges include their start and exclude their end; YY up to
 * 30 is 20YY, else 19YY.
 * A malformed date token is reported in {@link #warnings()} and its code skipped, never misread.
 * Only entries marked {@code # CountryInfo.txt} (people, not institutions such as DEPARTMENT_OF_STATE)
 * with a code of a country the country table knows are read.
 */
final class PetrarchActors {
    private static final Pattern CODE = Pattern.compile("^\\[([A-Z]{3})([A-Z]*)\\s*([<>]?\\d*)(?:-(\\d*))?\\s*\\]");

    /** The comment PETRARCH's generator put on entries for people (institutions and groups have none). */
    private static final String PERSON_SOURCE = "# CountryInfo";

    private final List<Person> people = new ArrayList<>();
    private final Map<Person, List<String>> aliases = new java.util.LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    static PetrarchActors read(InputStream in, String origin, Map<String, String> cameoToIso3) {
        PetrarchActors out = new PetrarchActors();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            String name = null;
            List<String> forms = new ArrayList<>();
            List<Person.Term> terms = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String body = line.replaceAll("\\s+#.*$", "");
                if (line.startsWith("\t") || line.startsWith(" ")) {
                    if (name == null) continue;
                    out.term(body.strip(), cameoToIso3, origin, n, terms);
                } else if (body.startsWith("+")) {
                    if (name != null) forms.add(words(body.substring(1)));
                } else {
                    out.finish(name, forms, terms);
                    name = null;
                    forms = new ArrayList<>();
                    terms = new ArrayList<>();
                    if (body.contains("[") || !line.contains(PERSON_SOURCE)) continue;
                    name = words(body);
                }
            }
            out.finish(name, forms, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
        return out;
    }

    private void term(String token, Map<String, String> cameoToIso3, String origin, int line, List<Person.Term> terms) {
        Matcher m = CODE.matcher(token);
        if (!m.find()) return;
        String country = cameoToIso3.get(m.group(1));
        if (country == null) return;
        String from = m.group(3);
        String to = m.group(4);
        try {
            LocalDate start = LocalDate.of(1900, 1, 1);
            LocalDate end = null;
            if (from.startsWith(">")) start = yymmdd(from.substring(1));
            else if (from.startsWith("<")) end = yymmdd(from.substring(1));
            else if (!from.isEmpty()) {
                start = yymmdd(from);
                end = to == null || to.isEmpty() ? null : yymmdd(to);
            }
            if (end != null && !end.isAfter(start)) {
                warnings.add(origin + " line " + line + ": range ends before it starts in " + token + " (skipped)");
                return;
            }
            terms.add(new Person.Term(country, null, start, end));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            warnings.add(origin + " line " + line + ": malformed date in " + token + " (skipped)");
        }
    }

    private void finish(String name, List<String> forms, List<Person.Term> terms) {
        if (name == null || terms.isEmpty() || !name.contains(" ")) return;
        String display = titleCase(name);
        String[] parts = display.split(" ");
        Person p = new Person("petrarch:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), display,
                parts[parts.length - 1], null, List.copyOf(terms));
        people.add(p);
        aliases.put(p, forms.stream().filter(f -> f.contains(" ")).map(PetrarchActors::titleCase).toList());
    }

    /** YYMMDD, or YYYYMMDD as some entries have it; any other length is malformed. */
    static LocalDate yymmdd(String s) {
        if (s.matches("\\d{8}")) {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
        }
        if (!s.matches("\\d{6}")) throw new IllegalArgumentException(s);
        int yy = Integer.parseInt(s.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
    }

    private static String words(String token) {
        return token.strip().replace('_', ' ').strip();
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    List<Person> people() {
        return people;
    }

    List<String> aliasesOf(Person p) {
        return aliases.getOrDefault(p, List.of());
    }

    List<String> warnings() {
        return warnings;
    }
}
