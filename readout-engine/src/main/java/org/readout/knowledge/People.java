package org.readout.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Office holders over time ({@code people.tsv}): who held which office of which country on a given day,
 * and every name form the press uses for them ("HAYASHI Yoshimasa", "Yoshimasa Hayashi", "Hayashi").
 */
public final class People {

    /** A name form and everyone it may refer to; {@code full} when it has more than the family name. */
    public record NameForm(String form, List<Person> candidates, boolean full) {
        /** Every country any of the people the name may stand for held an office of. */
        public Set<String> countries() {
            Set<String> out = new TreeSet<>();
            for (Person p : candidates) for (Person.Term t : p.terms()) out.add(t.country());
            return out;
        }

        /** Whether the name may stand for the person of this id (null: no one the knowledge base has). */
        public boolean mayBe(String personId) {
            return personId != null && candidates.stream().anyMatch(c -> c.id().equals(personId));
        }
    }

    private final Map<String, Person> byId = new LinkedHashMap<>();
    private final PhraseIndex<NameForm> index = new PhraseIndex<>();
    private NameSounds<Person> sounds;
    private final Map<String, List<Person>> byGivenName = new HashMap<>();

    private static final String PETRARCH = "readout/knowledge/petrarch/Phoenix.Countries.actors.txt";

    private final List<String> warnings = new ArrayList<>();

    static People load(Path userDir, Countries countries, NameSounds<?> sounds) {
        Map<String, List<Tsv.Row>> rowsById = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load("people.tsv", userDir)) {
            rowsById.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
        }
        People people = new People();
        NameVariants variants = NameVariants.load(userDir);
        NameCases cases = NameCases.load(userDir);
        Map<String, List<Person>> forms = new LinkedHashMap<>();
        Map<String, Boolean> fullForm = new LinkedHashMap<>();
        for (var e : rowsById.entrySet()) {
            Tsv.Row first = e.getValue().get(0);
            List<Person.Term> terms = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            Set<String> wholeOnly = new HashSet<>();
            for (Tsv.Row r : e.getValue()) {
                LocalDate start = Dates.parse(r.get(5), r);
                LocalDate end = r.orNull(6) == null ? null : Dates.parse(r.get(6), r);
                terms.add(new Person.Term(r.get(3), r.get(4), start, end));
                for (String alias : r.list(7)) {
                    // "=शहबाज शरीफ": the whole name only; its last word ("शरीफ", also a common word) is no family name alone
                    String form = alias.startsWith(WHOLE_ONLY) ? alias.substring(WHOLE_ONLY.length()).strip() : alias;
                    if (form.isEmpty()) throw r.error("an alias marked '" + WHOLE_ONLY + "' needs the name after the mark");
                    if (form.length() < alias.length()) wholeOnly.add(form);
                    aliases.add(form);
                }
            }
            // "Ishiba|石破": the family name alone in the press's Latin spelling, then as other scripts write it alone ("石破首相")
            List<String> families = new ArrayList<>(first.list(2));
            if (families.isEmpty()) throw first.error("a person needs a family name");
            Person p = new Person(e.getKey(), first.get(1), families.get(0), first.orNull(8), List.copyOf(terms));
            for (String f : familiesInOtherSpellings(p, aliases.stream().filter(a -> !wholeOnly.contains(a)).toList())) if (!families.contains(f)) families.add(f);
            people.byId.put(p.id(), p);
            Set<String> familyForms = new HashSet<>();
            for (String f : spellings(families, p.gender(), variants, cases, countries)) familyForms.add(PhraseIndex.foldSameLength(f));
            List<String> otherScripts = families.subList(1, families.size());
            for (String f : spellings(nameForms(p, otherScripts, aliases), p.gender(), variants, cases, countries)) {
                String key = PhraseIndex.foldSameLength(f);
                List<Person> list = forms.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(p)) list.add(p);
                boolean full = (f.contains(" ") || writtenWithoutSpaces(f)) && !familyForms.contains(key);
                fullForm.merge(key, full, Boolean::logicalOr);
                if (list.size() == 1) forms.put(key, list);
            }
        }
        people.sounds = sounds.newIndex();
        for (Person p : people.byId.values()) people.sounds.add(p.family(), p);
        for (Person p : people.byId.values()) {
            String given = givenName(p);
            if (given != null) people.byGivenName.computeIfAbsent(given, k -> new ArrayList<>()).add(p);
        }
        addPetrarch(people, forms, fullForm, countries);
        for (var e : forms.entrySet()) {
            people.index.add(e.getKey(), new NameForm(e.getKey(), List.copyOf(e.getValue()), fullForm.get(e.getKey())), true);
        }
        return people;
    }

    /** The mark before an alias that is a whole name only, whose last word is not to be taken for the family name alone. */
    static final String WHOLE_ONLY = "=";

    /** The shortest family name alone in another script that is taken from a full name ("Путин", not "Си"). */
    private static final int SHORTEST_FAMILY_IN_SCRIPT = 4;

    /**
     * "Владимир Путин", "व्लादिमीर पुतिन" for "Vladimir Putin": a full name in a spaced script of as many words as the Latin
     * one, whose last word is the family name, ends with the family name in that script ("Путин и Токаев провели ...").
     * So does a full name in Latin letters with the same given name ("Hossein Amirabdollahian" for "Hossein
     * Amir-Abdollahian": "Mr Amirabdollahian met ...").
     */
    private static List<String> familiesInOtherSpellings(Person p, List<String> aliases) {
        String[] latin = p.name().strip().split("\\s+");
        if (latin.length < 2 || !latin[latin.length - 1].equals(p.family())) return List.of();
        List<String> out = new ArrayList<>();
        for (String alias : aliases) {
            String[] words = alias.strip().split("\\s+");
            String last = words[words.length - 1];
            boolean otherScript = last.chars().anyMatch(c -> Scripts.cyrillic((char) c) || Scripts.arabic((char) c) || Scripts.devanagari((char) c));
            boolean otherSpelling = !otherScript && words[0].equals(latin[0]) && !last.equals(p.family());
            if ((otherScript || otherSpelling) && words.length == latin.length && last.length() >= SHORTEST_FAMILY_IN_SCRIPT
                    && !out.contains(last)) out.add(last);
        }
        return out;
    }

    /** "王毅", "林芳正", "박진": a name of two characters or more written as one word holds a family and a given name. */
    private static boolean writtenWithoutSpaces(String form) {
        return form.length() >= 2 && form.chars().allMatch(c -> Scripts.unspaced((char) c) || Scripts.hangul((char) c) || c == '・');
    }

    /**
     * Office holders from PETRARCH's country actors (data to about 2014), for people {@code people.tsv}
     * lacks: their country and dates, no role. Only full names are indexed, never a bare family name.
     */
    private static void addPetrarch(People people, Map<String, List<Person>> forms, Map<String, Boolean> fullForm,
                                    Countries countries) {
        var in = People.class.getClassLoader().getResourceAsStream(PETRARCH);
        if (in == null) return;
        PetrarchActors actors = PetrarchActors.read(in, PETRARCH, countries.cameoToIso3());
        people.warnings.addAll(actors.warnings());
        for (Person p : actors.people()) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(actors.aliasesOf(p));
            boolean known = names.stream().anyMatch(n -> forms.containsKey(PhraseIndex.foldSameLength(n)));
            if (known || people.byId.containsKey(p.id())) continue;
            people.byId.put(p.id(), p);
            for (String n : names) {
                String key = PhraseIndex.foldSameLength(n);
                List<Person> list = forms.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(p)) list.add(p);
                fullForm.merge(key, true, Boolean::logicalOr);
            }
        }
    }

    /** Problems found in the data (PETRARCH's malformed date tokens), reported rather than misread. */
    public List<String> warnings() {
        return warnings;
    }

    private static List<String> nameForms(Person p, List<String> otherFamilies, List<String> aliases) {
        List<String> forms = new ArrayList<>();
        forms.add(p.name());
        forms.add(p.family());
        forms.addAll(otherFamilies);
        String given = p.name().replace(p.family(), "").strip();
        if (!given.isEmpty() && p.name().endsWith(p.family())) forms.add(p.family() + " " + given);
        forms.addAll(aliases);
        return forms;
    }

    /**
     * Each form as transliterations spell it ({@code name-variants.tsv}), and each Latin one in its cases ({@code name-cases.tsv}),
     * but for a case form that is a country's name: "França" declined as a Czech "a" ending is "France"; each also as its
     * script may set it without spaces ({@link Scripts#closedUp}: "شہبازشریف" as Urdu often sets it, "สีจิ้นผิง" as Thai).
     */
    private static List<String> spellings(List<String> forms, String gender, NameVariants variants, NameCases cases, Countries countries) {
        Set<String> spelt = new LinkedHashSet<>();
        for (String f : forms) spelt.addAll(variants.of(f));
        Set<String> declined = new LinkedHashSet<>(spelt);
        for (String f : spelt) {
            String closed = Scripts.closedUp(f);
            if (!closed.equals(f)) declined.add(closed);
            if (!latin(f)) continue;
            for (String form : cases.of(f, gender)) if (!namesACountry(form, countries)) declined.add(form);
        }
        return List.copyOf(declined);
    }

    private static boolean namesACountry(String form, Countries countries) {
        return countries.index().whole(form) != null;
    }

    /** A name written in the Latin script alone, the only one {@code name-cases.tsv} declines. */
    private static boolean latin(String form) {
        return form.chars().allMatch(c -> !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    public Optional<Person> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Person> all() {
        return byId.values();
    }

    public PhraseIndex<NameForm> index() {
        return index;
    }

    /**
     * "Badr Abdel-Aati", "Kassym-Jomart Tokaïev": the one person whose given name is written so (accents aside) and whose
     * family name the next word spells another way that sounds alike ({@code name-sounds.tsv}); empty if none or several.
     */
    public Optional<Person> namedBySound(String given, String family) {
        List<Person> withIt = byGivenName.getOrDefault(PhraseIndex.foldSameLength(given).toLowerCase(Locale.ROOT), List.of());
        String written = LETTERS_ONLY.matcher(family).replaceAll("");
        // the spelling people.tsv gives is the name index's to find (or to have left out, as in "Hamid Karzai International Airport")
        List<Person> found = withIt.stream().filter(p -> !PhraseIndex.foldSameLength(p.family()).equalsIgnoreCase(PhraseIndex.foldSameLength(family))
                && soundAlike(LETTERS_ONLY.matcher(p.family()).replaceAll(""), written)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static final Pattern LETTERS_ONLY = Pattern.compile("[^\\p{L}]+");

    /** The first word of a name written given name first, lower case without accents; null for a name of one word. */
    private static String givenName(Person p) {
        String[] words = p.name().strip().split("\\s+");
        if (words.length < 2 || words[0].equals(p.family())) return null;
        return PhraseIndex.foldSameLength(words[0]).toLowerCase(Locale.ROOT);
    }

    /** Whether two spellings of a name sound alike ({@code name-sounds.tsv}): "Kaies" and "Kais", "Mohamed" and "Muhammad" do not. */
    public boolean soundAlike(String a, String b) {
        return sounds.key(a).equals(sounds.key(b));
    }

    /** The people whose family name a word of the Cyrillic or the Greek script writes ({@code name-sounds.tsv}); empty if none. */
    public List<Person> namedInScript(String word) {
        return sounds.named(word);
    }

    /** The people whose family name words of a script without short vowels write ({@code name-sounds.tsv}); empty if none. */
    public List<Person> namedByConsonants(String words) {
        return sounds.namedByConsonants(words);
    }

    /** Whether a word is of a script that {@code name-sounds.tsv} reads by its consonants. */
    public boolean writtenByConsonants(String word) {
        return sounds.readsConsonantsOf(word);
    }

    /** Who held that office of that country on that day. */
    public Optional<Person> holder(String country, String role, LocalDate day) {
        if (country == null || role == null || day == null) return Optional.empty();
        for (Person p : byId.values()) {
            for (Person.Term t : p.terms()) {
                if (t.country().equals(country) && role.equals(t.role()) && t.covers(day)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
