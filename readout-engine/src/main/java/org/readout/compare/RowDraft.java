package org.readout.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A row while it is filled: one cell per act and account, and the words each side uses for the issue. */
final class RowDraft {
    final String key;
    final String label;
    final Set<String> core;
    final List<String> phrases;
    private final List<Map<String, Cell>> columns = new ArrayList<>();
    private final Map<String, Set<String>> distinctive = new TreeMap<>();
    private final Map<String, Set<String>> plain = new TreeMap<>();

    /**
     * {@code core}: the row's own issues, whose statements stand for an act filed under a joined issue too;
     * {@code phrases}: words that name the row's topic besides its issues' aliases and wordings.
     */
    RowDraft(String key, String label, Set<String> core, List<String> phrases, int accounts) {
        this.key = key;
        this.label = label;
        this.core = core;
        this.phrases = phrases;
        for (int i = 0; i < accounts; i++) columns.add(new LinkedHashMap<>());
    }

    /** Adds an act's cell; a second statement of the same act joins the first cell, a core one showing first. */
    void add(int column, String act, Cell cell) {
        Map<String, Cell> cells = columns.get(column);
        Cell seen = cells.get(act);
        if (seen == null) cells.put(act, cell);
        else if (!isCore(seen) && isCore(cell)) cells.put(act, cell.with(seen.statements()));
        else cells.put(act, seen.with(cell.statements()));
    }

    private boolean isCore(Cell c) {
        return c.issue() != null && core.contains(c.issue().id());
    }

    /** Words a side uses for the issue: its distinctive wording, or words of its own readout or a quotation of it. */
    void words(String side, String words, boolean isDistinctive) {
        if (side == null || words == null || side.equals(Row.BOTH)) return;
        (isDistinctive ? distinctive : plain).computeIfAbsent(side, k -> new LinkedHashSet<>()).add(words);
    }

    boolean isEmpty() {
        return columns.stream().allMatch(Map::isEmpty);
    }

    /** Where in an account's document the row's issue is first named (or quoted), or -1 when the account does not take it up. */
    int firstQuoted(int column) {
        int first = -1;
        for (Cell c : columns.get(column).values()) {
            int words = c.words() == null ? -1 : c.quote().text().indexOf(c.words());
            int at = Math.max(0, c.sentence().start()) + c.quote().start() + Math.max(0, words);
            if (first < 0 || at < first) first = at;
        }
        return first;
    }

    List<List<Cell>> cells() {
        List<List<Cell>> out = new ArrayList<>();
        for (Map<String, Cell> c : columns) out.add(List.copyOf(c.values()));
        return out;
    }

    /** Each side's words when a side uses a distinctive wording of the issue; the distinctive ones first choice. */
    Map<String, List<String>> wordings() {
        if (distinctive.isEmpty()) return Map.of();
        Map<String, List<String>> out = new TreeMap<>();
        Set<String> sides = new LinkedHashSet<>(distinctive.keySet());
        sides.addAll(plain.keySet());
        for (String side : sides) {
            Set<String> words = distinctive.getOrDefault(side, plain.get(side));
            List<String> unique = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String w : words) if (keys.add(key(w))) unique.add(w);
            out.put(side, unique);
        }
        return out;
    }

    static boolean divergent(Map<String, List<String>> wordings) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        for (List<String> words : wordings.values()) {
            Set<String> keys = new LinkedHashSet<>();
            for (String w : words) keys.add(key(w));
            distinct.add(keys);
        }
        return wordings.size() >= 2 && distinct.size() >= 2;
    }

    private static String key(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑]+", " ").strip();
    }
}
