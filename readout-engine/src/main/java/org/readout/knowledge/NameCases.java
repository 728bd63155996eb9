package org.readout.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names in the cases of languages that decline them ({@code name-cases.tsv}): "Radosław Sikorski" is also
 * "Radosławem Sikorskim" and "Radosława Sikorskiego", "Andrii Sybiha" also "Sybihy". Every word of a name takes the same
 * case, so that a declined full name is one form, not a mix of two cases; in a language whose rows say {@code last}, only
 * the last word does ("Alexander Stubbin").
 */
final class NameCases {
    /**
     * A family name alone shorter than this is left as it is: "Rau", "Lee" declined would be as often another word as the
     * name; in a full name a word of one letter less declines ("Jan Kowalski": "Janem Kowalskim").
     */
    private static final int SHORTEST_WORD_ALONE = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** One row: a nominative ending (a literal, or a bracketed letter) and, per case, the forms that replace or follow it. */
    private record Rule(Pattern ending, int length, List<List<String>> cases, String gender) {
        boolean fits(String word, String personGender) {
            return (gender == null || gender.equals(personGender)) && ending.matcher(word).find();
        }

        String declined(String word, String form) {
            if (form.startsWith("+")) return word + form.substring(1);
            return word.substring(0, word.length() - length) + form;
        }
    }

    private final Map<String, List<Rule>> byLanguage;
    private final Set<String> lastWordOnly;

    private NameCases(Map<String, List<Rule>> byLanguage, Set<String> lastWordOnly) {
        this.byLanguage = byLanguage;
        this.lastWordOnly = lastWordOnly;
    }

    static NameCases load(Path userDir) {
        Map<String, List<Rule>> byLanguage = new LinkedHashMap<>();
        Map<String, Boolean> lastWord = new HashMap<>();
        for (Tsv.Row r : Tsv.load("name-cases.tsv", userDir)) {
            String language = r.get(0);
            String ending = r.get(1);
            List<String> caseCells = r.list(2);
            if (language.isEmpty() || ending.isEmpty() || caseCells.isEmpty()) {
                throw r.error("a row needs a language, a nominative ending and its case forms");
            }
            List<List<String>> cases = caseCells.stream().map(c -> List.of(c.split("/"))).toList();
            List<Rule> rules = byLanguage.computeIfAbsent(language, k -> new ArrayList<>());
            if (!rules.isEmpty() && rules.get(0).cases().size() != cases.size()) {
                throw r.error("every row of '" + language + "' needs " + rules.get(0).cases().size() + " cases, this one has " + cases.size());
            }
            String gender = r.orNull(3);
            if (gender != null && !gender.equals("m") && !gender.equals("f")) throw r.error("gender is m or f, not '" + gender + "'");
            String words = r.orNull(4);
            if (words != null && !words.equals("all") && !words.equals("last")) throw r.error("the words declined are all or last, not '" + words + "'");
            boolean last = "last".equals(words);
            Boolean before = lastWord.put(language, last);
            if (before != null && before != last) throw r.error("every row of '" + language + "' declines the same words of a name (all or last)");
            boolean letterClass = ending.startsWith("[") && ending.endsWith("]");
            Pattern pattern;
            try {
                pattern = Pattern.compile("(?iu)" + (letterClass ? ending : Pattern.quote(ending)) + "$");
            } catch (java.util.regex.PatternSyntaxException e) {
                throw r.error("an ending in brackets is letters between them ('[kg]'), not '" + ending + "'");
            }
            rules.add(new Rule(pattern, letterClass ? 1 : ending.length(), cases, gender));
        }
        for (List<Rule> rules : byLanguage.values()) rules.sort((a, b) -> b.length() - a.length());
        Set<String> lastWordOnly = lastWord.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        return new NameCases(byLanguage, lastWordOnly);
    }

    /** Every declined form of a name, in each case of each language; none when no word of it fits a row. */
    List<String> of(String name, String gender) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<Rule>> language : byLanguage.entrySet()) {
            List<Rule> rules = language.getValue();
            boolean lastOnly = lastWordOnly.contains(language.getKey());
            int caseCount = rules.get(0).cases().size();
            int alternatives = rules.stream().flatMap(r -> r.cases().stream()).mapToInt(List::size).max().orElse(1);
            for (int c = 0; c < caseCount; c++) {
                for (int alternative = 0; alternative < alternatives; alternative++) {
                    String declined = declined(name, gender, rules, c, alternative, lastOnly);
                    if (declined != null && !declined.equals(name)) out.add(declined);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The name in one case: each word (or only the last) the first fitting rule declines, in its given alternative (or its
     * only one).
     */
    private static String declined(String name, String gender, List<Rule> rules, int c, int alternative, boolean lastOnly) {
        Matcher m = WORD.matcher(name);
        int shortest = name.strip().contains(" ") ? SHORTEST_WORD_ALONE - 1 : SHORTEST_WORD_ALONE;
        int lastStart = lastWordStart(name);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        boolean anyAlternative = alternative == 0;
        while (m.find()) {
            String word = m.group();
            String replacement = word;
            if (word.length() >= shortest && (!lastOnly || m.start() == lastStart)) {
                for (Rule rule : rules) {
                    if (!rule.fits(word, gender)) continue;
                    List<String> forms = rule.cases().get(c);
                    if (alternative < forms.size()) anyAlternative = true;
                    replacement = rule.declined(word, forms.get(Math.min(alternative, forms.size() - 1)));
                    changed = true;
                    break;
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return changed && anyAlternative ? sb.toString() : null;
    }

    private static int lastWordStart(String name) {
        Matcher m = WORD.matcher(name);
        int start = -1;
        while (m.find()) start = m.start();
        return start;
    }
}
