package org.readout.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO → PLOVER table of {@code CAMEO2PLOVER-2021.txt} (PLOVER manual draft 0.8).
 *
 * <p>Lines look like {@code 0311: AGREE,  ,   economic # Express intent to cooperate economically}
 * (type, mode, context, then the CAMEO description) or, for a cue category, {@code 03: AGREE}. A code
 * the table does not list falls back to its parent ({@code 0315} → {@code 031} → {@code 03}). The
 * table has no rows for CAMEO 01 (public statements) and 02 (appeals): PLOVER does not code them
 * (manual, chapter 1), so they map to no type. Where the table lists a code twice (the cue category
 * {@code 08}: CONCEDE and RETREAT; {@code 175}) the first row wins and the duplicate is reported in
 * {@link #warnings()}.
 *
 * <p>The table uses the CAMEO 1.1b3 numbering (the PETRARCH numbering), not the 0.5B1 numbering of
 * {@link CameoScale}.
 */
public final class CameoToPlover {

    /**
     * A row of the table. {@code mode} and {@code context} are "" when the table leaves them blank;
     * {@code context} keeps the table's text ("crime; corruption"), {@link #contexts()} splits it.
     * {@code listedCode} is the code of the row used (differs from {@code cameo} after a parent fallback).
     */
    public record Mapping(String cameo, PloverType type, String mode, String context, String description,
                          String listedCode) {
        public List<String> contexts() {
            if (context.isEmpty()) return List.of();
            List<String> out = new ArrayList<>();
            for (String c : context.split(";")) if (!c.isBlank()) out.add(c.trim());
            return out;
        }

        public boolean inherited() {
            return !cameo.equals(listedCode);
        }
    }

    private static final Pattern LINE = Pattern.compile("^(\\d{2,4}):\\s*([^#]*?)\\s*(?:#\\s*(.*))?$");

    private final Map<String, Mapping> rows;
    private final List<String> warnings;

    private CameoToPlover(Map<String, Mapping> rows, List<String> warnings) {
        this.rows = Collections.unmodifiableMap(rows);
        this.warnings = List.copyOf(warnings);
    }

    /** Loads the shipped {@code readout/coding/CAMEO2PLOVER-2021.txt}. */
    public static CameoToPlover load() {
        List<String> lines = new ArrayList<>(Resources.lines("CAMEO2PLOVER-2021.txt"));
        lines.addAll(Resources.lines("plover-supplement.txt"));
        return parse(lines);
    }

    public static CameoToPlover parse(List<String> lines) {
        Map<String, Mapping> map = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("~")) continue;
            Matcher m = LINE.matcher(t);
            if (!m.matches()) {
                warnings.add("line " + n + ": not a table row, skipped: " + t);
                continue;
            }
            String code = m.group(1);
            String[] f = m.group(2).split(",", -1);
            String typeName = f[0].trim();
            PloverType type;
            try {
                type = PloverType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                warnings.add("line " + n + ": unknown PLOVER type '" + typeName + "', skipped");
                continue;
            }
            String mode = f.length > 1 ? Text.squeeze(f[1]) : "";
            String context = f.length > 2 ? Text.squeeze(String.join(",", Arrays.copyOfRange(f, 2, f.length))) : "";
            String description = m.group(3) == null ? "" : Text.squeeze(m.group(3));
            if (map.containsKey(code)) {
                Mapping first = map.get(code);
                warnings.add("line " + n + ": " + code + " listed again as " + type
                        + (first.type() == type ? " (same type)" : "") + "; first row (" + first.type() + ") kept");
                continue;
            }
            map.put(code, new Mapping(code, type, mode, context, description, code));
        }
        return new CameoToPlover(map, warnings);
    }

    /**
     * The PLOVER mapping of a CAMEO 1.1b3 code, falling back to parent codes; empty for CAMEO 01 and
     * 02 (not coded in PLOVER) and for codes with no listed ancestor.
     */
    public Optional<Mapping> lookup(String cameo) {
        String code = CameoScale.validCode(cameo);
        for (String c = code; c != null; c = CameoScale.parentCode(c)) {
            Mapping m = rows.get(c);
            if (m != null) {
                return Optional.of(c.equals(code) ? m
                        : new Mapping(code, m.type(), m.mode(), m.context(), m.description(), c));
            }
        }
        return Optional.empty();
    }

    public Optional<PloverType> type(String cameo) {
        return lookup(cameo).map(Mapping::type);
    }

    /** Whether the table lists this exact code (no parent fallback). */
    public boolean lists(String cameo) {
        return rows.containsKey(cameo);
    }

    /** The rows of the table in file order (first row per code). */
    public List<Mapping> rows() {
        return List.copyOf(rows.values());
    }

    public List<String> warnings() {
        return warnings;
    }
}
