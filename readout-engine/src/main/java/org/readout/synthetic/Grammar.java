package org.readout.synthetic;

import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A small text grammar read from a data file: rows {@code SYMBOL <Tab> EXPANSION}, several rows of one symbol its
 * alternatives, one chosen at random. An expansion is text with references in braces: {@code {own.name}} is a slot
 * the caller fills, or a symbol of the grammar expanded in turn; a reference may itself hold references
 * ({@code {lead.{style}.{setting}}} names a symbol by the style and setting), and {@code {^x}} capitalises the first
 * letter of what {@code x} gives. {@code \n} is a line break. Which slots an expansion used is recorded, so that a
 * generator knows which facts its text states.
 */
public final class Grammar {
    private final Map<String, List<String>> rules;

    private Grammar(Map<String, List<String>> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The grammar of a bundled data file {@code readout/synthetic/NAME}. */
    public static Grammar bundled(String name) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.load("readout/synthetic/", name, null)) {
            if (row.get(0).isEmpty()) throw row.error("a rule needs a symbol");
            rules.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1).replace("\\n", "\n"));
        }
        return new Grammar(rules);
    }

    static Grammar of(Map<String, List<String>> rules) {
        return new Grammar(rules);
    }

    public boolean has(String symbol) {
        return rules.containsKey(symbol);
    }

    /** Every alternative of a symbol, unexpanded (empty when there is no such symbol). */
    public List<String> alternatives(String symbol) {
        return List.copyOf(rules.getOrDefault(symbol, List.of()));
    }

    /** One expansion: its text and the slots it read. */
    public record Expansion(String text, Set<String> slotsUsed) {
        public Expansion {
            slotsUsed = Set.copyOf(slotsUsed);
        }
    }

    /** Expands a symbol with the given slots; an unknown reference is an error naming it. */
    public Expansion expand(String symbol, Map<String, String> slots, RandomGenerator random) {
        Set<String> used = new HashSet<>();
        String text = resolve(symbol, slots, random, used, 0);
        return new Expansion(text, used);
    }

    private String resolve(String key, Map<String, String> slots, RandomGenerator random, Set<String> used, int depth) {
        if (depth > 40) throw new IllegalStateException("grammar: references nested too deep at {" + key + "}");
        boolean capital = key.startsWith("^");
        if (capital) key = key.substring(1);
        String value;
        if (slots.containsKey(key)) {
            used.add(key);
            value = slots.get(key);
        } else {
            List<String> alts = rules.get(key);
            if (alts == null) throw new IllegalArgumentException("grammar: no slot or rule {" + key + "}");
            value = fill(alts.get(random.nextInt(alts.size())), slots, random, used, depth + 1);
        }
        return capital && !value.isEmpty() ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value;
    }

    /** The text with every reference in it replaced, innermost first. */
    private String fill(String text, Map<String, String> slots, RandomGenerator random, Set<String> used, int depth) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') throw new IllegalArgumentException("grammar: unmatched '}' in \"" + text + "\"");
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = matching(text, i);
            String key = fill(text.substring(i + 1, close), slots, random, used, depth + 1);
            out.append(resolve(key, slots, random, used, depth + 1));
            i = close + 1;
        }
        return out.toString();
    }

    private static int matching(String text, int open) {
        int level = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') level++;
            else if (text.charAt(i) == '}' && --level == 0) return i;
        }
        throw new IllegalArgumentException("grammar: unmatched '{' in \"" + text + "\"");
    }
}
