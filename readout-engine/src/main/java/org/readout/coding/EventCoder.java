package org.readout.coding;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Codes a CAMEO event code in CAMEO, Goldstein and PLOVER terms.
 *
 * <p>Codes are CAMEO 1.1b3 codes, the numbering of the PETRARCH dictionary, of the PLOVER table and
 * of {@code diplomatic-patterns.tsv}. Goldstein values come from {@code CAMEO.SCALE.txt}, which uses
 * the older 0.5B1 numbering: codes whose meaning differs between the two are translated through
 * {@code cameo-crosswalk.tsv} first ({@code 163} "Impose embargo" takes the value of 0.5B1
 * {@code 166}, -8.0, not that of 0.5B1 {@code 163} "Halt negotiations", -6.5). A code missing from
 * the scale takes the value of its nearest listed parent.
 *
 * <p>Thread-safe; results are cached.
 */
public final class EventCoder {

    /** A row of {@code cameo-crosswalk.tsv}; {@code scaleCode} null for a 0.5B1-only code. */
    record Crosswalk(String cameo, String scaleCode, String name, String note) {
    }

    private final CameoScale scale;
    private final CameoToPlover plover;
    private final Map<String, Crosswalk> crosswalk;
    private final Map<String, Optional<EventCode>> cache = new ConcurrentHashMap<>();

    public EventCoder(CameoScale scale, CameoToPlover plover) {
        this(scale, plover, parseCrosswalk(Resources.lines("cameo-crosswalk.tsv")));
    }

    EventCoder(CameoScale scale, CameoToPlover plover, Map<String, Crosswalk> crosswalk) {
        this.scale = scale;
        this.plover = plover;
        this.crosswalk = Collections.unmodifiableMap(crosswalk);
    }

    /** Loads the shipped scale, PLOVER table and crosswalk. */
    public static EventCoder load() {
        return new EventCoder(CameoScale.load(), CameoToPlover.load());
    }

    static Map<String, Crosswalk> parseCrosswalk(List<String> lines) {
        Map<String, Crosswalk> map = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !CameoScale.isCameoCode(f[0].trim()))
                throw new IllegalStateException("cameo-crosswalk.tsv line " + n + ": malformed: " + line);
            String scaleCode = f[1].trim();
            map.put(f[0].trim(), new Crosswalk(f[0].trim(), scaleCode.equals("-") ? null : scaleCode,
                    f[2].trim().equals("-") ? null : f[2].trim(), f.length > 3 ? f[3].trim() : ""));
        }
        return map;
    }

    /**
     * The coding of a CAMEO 1.1b3 code.
     *
     * @throws IllegalArgumentException if the string is not a CAMEO code, is a 0.5B1-only code, or is
     *                                  known to neither the scale nor the PLOVER table
     */
    public EventCode code(String cameo) {
        String c = cameo == null ? null : cameo.trim();
        if (!CameoScale.isCameoCode(c)) throw new IllegalArgumentException("not a CAMEO code: " + cameo);
        return find(c).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO 1.1b3 code: " + cameo));
    }

    /** Like {@link #code(String)} but empty instead of an exception. */
    public Optional<EventCode> find(String cameo) {
        if (cameo == null) return Optional.empty();
        String c = cameo.trim();
        if (!CameoScale.isCameoCode(c)) return Optional.empty();
        return cache.computeIfAbsent(c, this::build);
    }

    private Optional<EventCode> build(String c) {
        Crosswalk x = crosswalk.get(c);
        if (x != null && x.scaleCode() == null) return Optional.empty(); // 0.5B1-only
        boolean known = x != null || scale.contains(c) || plover.lists(c);
        if (!known) return Optional.empty();
        String scaleCode = scaleCodeFor(c).orElse(null);
        Double goldstein = scaleCode == null ? null : scale.goldstein(scaleCode).orElse(null);
        String name;
        if (x != null && x.name() != null) name = x.name();
        else if (scale.contains(c)) name = scale.name(c).orElseThrow();
        else {
            CameoToPlover.Mapping m = plover.lookup(c).orElse(null);
            name = m != null && !m.inherited() && !m.description().isEmpty() ? m.description() : c;
        }
        Optional<CameoToPlover.Mapping> p = plover.lookup(c);
        return Optional.of(new EventCode(c, name, goldstein, CameoScale.quadClass(c),
                p.map(CameoToPlover.Mapping::type).orElse(null),
                p.map(CameoToPlover.Mapping::mode).orElse(null),
                p.map(CameoToPlover.Mapping::context).orElse(null)));
    }

    /**
     * The code of {@code CAMEO.SCALE.txt} whose Goldstein value this 1.1b3 code takes: the crosswalk
     * entry, else the same code, else the nearest listed parent. Empty for 0.5B1-only codes.
     */
    public Optional<String> scaleCodeFor(String cameo) {
        String c = CameoScale.validCode(cameo);
        Crosswalk x = crosswalk.get(c);
        if (x != null) return Optional.ofNullable(x.scaleCode());
        for (String k = c; k != null; k = CameoScale.parentCode(k)) if (scale.contains(k)) return Optional.of(k);
        return Optional.empty();
    }

    /** The name of a cue category in the scale ("02" → "APPEAL"). */
    public String cueCategoryName(String cameo) {
        return scale.name(CameoScale.rootCode(cameo)).orElse(CameoScale.rootCode(cameo));
    }

    public CameoScale scale() {
        return scale;
    }

    public CameoToPlover plover() {
        return plover;
    }
}
