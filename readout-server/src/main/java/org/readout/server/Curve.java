package org.readout.server;

import org.readout.link.Engagement;
import org.readout.link.Statement;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cooperation–conflict curve of one pair of countries: the mean Goldstein value (−10 conflict to
 * +10 cooperation) of the statements made at its engagements, month by month, drawn as inline SVG by
 * curve.jte from the coordinates worked out here.
 */
final class Curve {
    static final int WIDTH = 640;
    static final int HEIGHT = 120;
    private static final int PAD_LEFT = 34;
    private static final int PAD_RIGHT = 10;
    private static final int PAD_Y = 12;
    private static final double PLOT_W = WIDTH - PAD_LEFT - PAD_RIGHT;
    private static final double PLOT_H = HEIGHT - 2 * PAD_Y;

    record Line(String cls, String x1, String y1, String x2, String y2) {
    }

    record Label(String x, String y, String text) {
    }

    record Dot(String x, String y, String cls, String title) {
    }

    /** {@code points} is null for a single month (a dot, no line). */
    record View(String first, String last, List<Line> lines, List<Label> scale, String points, List<Dot> dots, List<Label> months) {
    }

    private Curve() {
    }

    /** Month → {sum, count} of Goldstein values. */
    static TreeMap<YearMonth, double[]> monthly(List<Engagement> engagements, Catalog catalog) {
        TreeMap<YearMonth, double[]> months = new TreeMap<>();
        for (Engagement e : engagements) {
            if (e.date() == null) continue;
            for (Statement s : catalog.statementsOf(e.id())) {
                Double g = s.report().goldstein();
                if (g == null) continue;
                double[] acc = months.computeIfAbsent(YearMonth.from(e.date()), k -> new double[2]);
                acc[0] += g;
                acc[1]++;
            }
        }
        return months;
    }

    /** The curve, or null when no statement of these engagements is coded. */
    static View of(List<Engagement> engagements, Catalog catalog) {
        TreeMap<YearMonth, double[]> months = monthly(engagements, catalog);
        if (months.isEmpty()) return null;
        YearMonth first = months.firstKey();
        YearMonth last = months.lastKey();
        long span = Math.max(1, first.until(last, ChronoUnit.MONTHS));
        double zero = y(0);
        List<Line> lines = List.of(line("axis", zero), line("grid", y(10)), line("grid", y(-10)));
        List<Label> scale = List.of(label(2, y(10) + 4, "+10"), label(12, zero + 4, "0"), label(4, y(-10) + 4, "−10"));
        List<Label> ends = new ArrayList<>(List.of(label(PAD_LEFT, HEIGHT - 1, first.toString())));
        if (months.size() > 1) ends.add(label(WIDTH - PAD_RIGHT - 44, HEIGHT - 1, last.toString()));
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (Map.Entry<YearMonth, double[]> m : months.entrySet()) {
            long i = first.until(m.getKey(), ChronoUnit.MONTHS);
            double x = months.size() == 1 ? PAD_LEFT + PLOT_W / 2 : PAD_LEFT + PLOT_W * i / span;
            double mean = m.getValue()[0] / m.getValue()[1];
            points.append(fmt(x)).append(',').append(fmt(y(mean))).append(' ');
            dots.add(new Dot(fmt(x), fmt(y(mean)), mean >= 0 ? "coop" : "conf", m.getKey() + ": mean "
                    + String.format(Locale.ROOT, "%+.1f", mean) + " over " + (int) m.getValue()[1] + " statements"));
        }
        return new View(first.toString(), last.toString(), lines, scale, months.size() > 1 ? points.toString().strip() : null, dots, ends);
    }

    private static double y(double goldstein) {
        double g = Math.max(-10, Math.min(10, goldstein));
        return PAD_Y + PLOT_H * (10 - g) / 20;
    }

    private static Line line(String cls, double y) {
        return new Line(cls, fmt(PAD_LEFT), fmt(y), fmt(WIDTH - PAD_RIGHT), fmt(y));
    }

    private static Label label(double x, double y, String text) {
        return new Label(fmt(x), fmt(y), text);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
