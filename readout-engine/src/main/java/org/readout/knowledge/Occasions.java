package org.readout.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recurring summits and ministerials ({@code occasions.tsv}: each edition with its names, days and host
 * city) and their series' generic names ({@code occasion-series.tsv}), which need a day to tell the edition.
 */
public final class Occasions {
    /** Editions are held from {@code start} to {@code end}; encounters "on the sidelines" fall a day or two around them. */
    public static final int MARGIN_DAYS = 2;

    public record Occasion(String id, String series, String name, LocalDate start, LocalDate end, String city, String country) {
        public boolean around(LocalDate day) {
            return !day.isBefore(start.minusDays(MARGIN_DAYS)) && !day.isAfter(end.plusDays(MARGIN_DAYS));
        }
    }

    /** What a phrase names: one edition, or a series whose edition the day tells. */
    public record Ref(Occasion edition, String series) {
    }

    private final PhraseIndex<Ref> index;
    private final Map<String, List<Occasion>> bySeries;

    private Occasions(PhraseIndex<Ref> index, Map<String, List<Occasion>> bySeries) {
        this.index = index;
        this.bySeries = bySeries;
    }

    public static Occasions load(Path userDir) {
        PhraseIndex<Ref> index = new PhraseIndex<>();
        Map<String, List<Occasion>> bySeries = new HashMap<>();
        for (Tsv.Row row : Tsv.load("occasions.tsv", userDir)) {
            LocalDate start = Dates.parse(row.get(4), row);
            LocalDate end = row.get(5).isEmpty() ? start : Dates.parse(row.get(5), row);
            Occasion o = new Occasion(row.get(0), row.get(1), row.get(2), start, end,
                    row.orNull(6) == null || row.get(6).equals("virtual") ? null : row.get(6), row.orNull(7));
            bySeries.computeIfAbsent(o.series(), k -> new ArrayList<>()).add(o);
            index.add(o.name(), new Ref(o, o.series()), true);
            for (String alias : row.list(3)) index.add(alias, new Ref(o, o.series()), true);
        }
        for (Tsv.Row row : Tsv.load("occasion-series.tsv", userDir)) {
            for (String name : row.list(1)) index.add(name, new Ref(null, row.get(0)), true);
        }
        return new Occasions(index, bySeries);
    }

    public List<PhraseIndex.Match<Ref>> find(String text) {
        return index.find(text);
    }

    /** Every edition of a series the file knows, in the file's order. */
    public List<Occasion> editions(String series) {
        return bySeries.getOrDefault(series, List.of());
    }

    /** The edition of a series held around a day, if the file knows one. */
    public Optional<Occasion> edition(String series, LocalDate day) {
        if (day == null) return Optional.empty();
        return bySeries.getOrDefault(series, List.of()).stream().filter(o -> o.around(day)).findFirst();
    }
}
