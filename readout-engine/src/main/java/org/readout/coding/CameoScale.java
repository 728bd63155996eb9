package org.readout.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO Goldstein scale of {@code CAMEO.SCALE.txt} (Schrodt, version 0.5B1): code → name and
 * Goldstein value, exactly as that file numbers the codes.
 *
 * <p>Note that the file uses the CAMEO 0.5B1 numbering, which differs from the CAMEO 1.1b3
 * numbering of the PETRARCH dictionary and of the PLOVER table in parts of 01, 02, 03, 10, 12 and
 * 16 (for example 0.5B1 {@code 163} is "Halt negotiations", 1.1b3 {@code 163} "Impose embargo").
 * {@link EventCoder} translates 1.1b3 codes before it looks a value up here; use this class directly
 * only for 0.5B1 codes.
 *
 * <p>Repairs made while reading (the shipped file is unchanged): a bracketed number inside a name
 * (the corrupted {@code 0872} line) is removed and the value before the name is kept; names
 * mis-decoded from UTF-8 as Windows-1252 are re-decoded; white space is collapsed.
 */
public final class CameoScale {

    /** One line of the scale. {@code root} is true for the two-digit cue categories ("02 APPEAL"). */
    public record Entry(String code, String name, double goldstein) {
        public boolean root() {
            return code.length() == 2;
        }
    }

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{2,4}):\\[(-?\\d+(?:\\.\\d+)?)]\\s*(.*)$");
    private static final Pattern STRAY_VALUE = Pattern.compile("\\[-?\\d+(?:\\.\\d+)?]");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private final Map<String, Entry> entries;
    private final List<String> repairs;

    private CameoScale(Map<String, Entry> entries, List<String> repairs) {
        this.entries = Collections.unmodifiableMap(entries);
        this.repairs = List.copyOf(repairs);
    }

    /** Loads the shipped {@code readout/coding/CAMEO.SCALE.txt}. */
    public static CameoScale load() {
        return parse(Resources.lines("CAMEO.SCALE.txt"));
    }

    /** Parses the lines of a CAMEO.SCALE file. */
    public static CameoScale parse(List<String> lines) {
        Map<String, Entry> map = new LinkedHashMap<>();
        List<String> repairs = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                if (!line.isBlank()) repairs.add("line " + n + ": not a scale entry, skipped: " + line.trim());
                continue;
            }
            String code = m.group(1);
            double value = Double.parseDouble(m.group(2));
            String raw = m.group(3);
            String name = raw;
            if (STRAY_VALUE.matcher(name).find()) {
                name = STRAY_VALUE.matcher(name).replaceAll("");
                repairs.add("line " + n + ": stray value removed from the name of " + code);
            }
            String fixed = org.readout.clean.Mojibake.repair(name);
            if (!fixed.equals(name)) repairs.add("line " + n + ": mis-encoded name of " + code + " re-decoded");
            name = Text.squeeze(fixed);
            if (map.containsKey(code)) {
                repairs.add("line " + n + ": duplicate code " + code + " ignored");
                continue;
            }
            map.put(code, new Entry(code, name, value));
        }
        return new CameoScale(map, repairs);
    }

    /** The entry of a code as this file numbers it; empty for codes the file does not list. */
    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code.trim()));
    }

    public Optional<Double> goldstein(String code) {
        return entry(code).map(Entry::goldstein);
    }

    public Optional<String> name(String code) {
        return entry(code).map(Entry::name);
    }

    public boolean contains(String code) {
        return entry(code).isPresent();
    }

    /** All entries in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /** What was repaired or skipped while reading, one message per line. */
    public List<String> repairs() {
        return repairs;
    }

    /** The two-digit cue category of a CAMEO code: {@code "0311"} → {@code "03"}. */
    public static String rootCode(String code) {
        return validCode(code).substring(0, 2);
    }

    /**
     * The quad class of a CAMEO code by its cue category: 01–05 → 1 verbal cooperation, 06–09 → 2
     * material cooperation, 10–14 → 3 verbal conflict, 15–20 → 4 material conflict.
     */
    public static int quadClass(String code) {
        int root = Integer.parseInt(rootCode(code));
        if (root >= 1 && root <= 5) return 1;
        if (root >= 6 && root <= 9) return 2;
        if (root >= 10 && root <= 14) return 3;
        if (root >= 15 && root <= 20) return 4;
        throw new IllegalArgumentException("not a CAMEO cue category: " + code);
    }

    /** Whether a string has the shape of a CAMEO event code (two to four digits, cue category 01–20). */
    public static boolean isCameoCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) return false;
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    /** The parent of a code ({@code "0311"} → {@code "031"} → {@code "03"}); null for a cue category. */
    public static String parentCode(String code) {
        String c = validCode(code);
        return c.length() <= 2 ? null : c.substring(0, c.length() - 1);
    }

    static String validCode(String code) {
        String c = code == null ? null : code.trim();
        if (!isCameoCode(c)) throw new IllegalArgumentException("not a CAMEO code: " + code);
        return c;
    }
}
