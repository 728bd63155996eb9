package org.readout.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spellings that transliterations of one name interchange ({@code name-variants.tsv}): "Abd Al-Fattah Al-Sisi" is
 * "Abdel Fattah el-Sisi", "Muhammad" is "Mohammed". Every form of a person's name is also known with each of them.
 */
final class NameVariants {
    /** The most forms one name is spelt in, so that a name with many interchangeable parts stays a handful of keys. */
    private static final int MAX_FORMS = 24;

    private record Group(List<String> spellings, Pattern pattern) {
    }

    private final List<Group> groups;

    private NameVariants(List<Group> groups) {
        this.groups = groups;
    }

    static NameVariants load(Path userDir) {
        List<Group> groups = new ArrayList<>();
        for (Tsv.Row r : Tsv.load("name-variants.tsv", userDir)) {
            List<String> spellings = r.list(0);
            if (spellings.size() < 2) throw r.error("a group of spellings needs two or more, '|'-separated");
            for (String sp : spellings) {
                if (sp.chars().noneMatch(Character::isLetter)) throw r.error("a spelling needs a letter: '" + sp + "'");
            }
            groups.add(new Group(spellings, pattern(spellings)));
        }
        return new NameVariants(List.copyOf(groups));
    }

    /**
     * A spelling is a whole word, or the start of one when it ends with a hyphen ("Abd al-" in "Abd al-Fattah"), taken
     * with the blank after it, so that one spelling may stand for another joined to the next word or not; or the end of a
     * word of three letters or more when it starts with a hyphen ("-i|-y": "Busaidi" is "Busaidy", "Shoukry" "Shoukri").
     */
    private static Pattern pattern(List<String> spellings) {
        List<String> alternatives = new ArrayList<>();
        for (String s : spellings) {
            if (isSuffix(s)) alternatives.add("(?<=\\p{L}{3})" + Pattern.quote(s.substring(1)) + "(?![\\p{L}])");
            else alternatives.add("(?<![\\p{L}])" + Pattern.quote(s) + (isPrefix(s) ? "" : "(?![\\p{L}])(?: (?=\\p{L}))?"));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?iu)(?:" + String.join("|", alternatives) + ")");
    }

    private static boolean isPrefix(String spelling) {
        return spelling.endsWith("-");
    }

    private static boolean isSuffix(String spelling) {
        return spelling.startsWith("-");
    }

    /** The spelling put in place of a match: a whole word keeps the blank before the word that followed it. */
    private static String replacement(String spelling, String text, int end) {
        if (isSuffix(spelling)) return spelling.substring(1);
        boolean wordFollows = end < text.length() && Character.isLetter(text.charAt(end));
        return wordFollows && !isPrefix(spelling) ? spelling + " " : spelling;
    }

    /** The form itself and each of its spellings, one group's spelling at a time throughout the form. */
    List<String> of(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        for (Group g : groups) {
            for (String known : List.copyOf(out)) {
                Matcher m = g.pattern.matcher(known);
                if (!m.find()) continue;
                for (String spelling : g.spellings) {
                    if (out.size() >= MAX_FORMS) return List.copyOf(out);
                    out.add(m.reset().replaceAll(r -> Matcher.quoteReplacement(replacement(spelling, known, r.end()))));
                }
            }
        }
        return List.copyOf(out);
    }
}
