package org.readout.server;

import org.readout.link.Engagement;
import org.readout.link.Statement;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.readout.server.Html.esc;

/**
 * The cooperation–conflict curve of one pair of countries: the mean Goldstein value (−10 conflict to
 * +10 cooperation) of the statements made at its engagements, month by month, as inline SVG.
 */
final class Curve {
    static final int WIDTH = 640;
    static final int HEIGHT = 120;
    private static final int PAD_LEFT = 34;
    private static final int PAD_RIGHT = 10;
    private static final int PAD_Y = 12;

    private Curve() {
    }

    /** Month → {sum, count} of Goldstein values. */
    static Map<YearMonth, double[]> monthly(List<Engagement> engagements, Catalog catalog) {
        Map<YearMonth, double[]> months = new TreeMap<>();
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

    static String svg(List<Engagement> engagements, Catalog catalog) {
        Map<YearMonth, double[]> months = monthly(engagements, catalog);
        if (months.isEmpty()) return "<p class=\"curve-empty\">No coded statements to draw a cooperation–conflict curve.</p>";
        YearMonth first = months.keySet().iterator().next();
        YearMonth last = ((TreeMap<YearMonth, double[]>) months).lastKey();
        long span = Math.max(1, first.until(last, java.time.temporal.ChronoUnit.MONTHS));
        double plotW = WIDTH - PAD_LEFT - PAD_RIGHT;
        double plotH = HEIGHT - 2 * PAD_Y;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"curve\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        b.append("<title>Mean Goldstein value of the statements, by month (").append(esc(first)).append(" to ").append(esc(last)).append(")</title>");
        double zero = y(0, plotH);
        b.append(line(PAD_LEFT, zero, WIDTH - PAD_RIGHT, zero, "axis"));
        b.append(line(PAD_LEFT, y(10, plotH), WIDTH - PAD_RIGHT, y(10, plotH), "grid"));
        b.append(line(PAD_LEFT, y(-10, plotH), WIDTH - PAD_RIGHT, y(-10, plotH), "grid"));
        b.append(text(2, y(10, plotH) + 4, "+10")).append(text(12, zero + 4, "0")).append(text(4, y(-10, plotH) + 4, "−10"));
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Map.Entry<YearMonth, double[]> m : months.entrySet()) {
            long i = first.until(m.getKey(), java.time.temporal.ChronoUnit.MONTHS);
            double x = months.size() == 1 ? PAD_LEFT + plotW / 2 : PAD_LEFT + plotW * i / span;
            double mean = m.getValue()[0] / m.getValue()[1];
            double yy = y(mean, plotH);
            points.append(fmt(x)).append(',').append(fmt(yy)).append(' ');
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(yy)).append("\" r=\"3.5\" class=\"")
                    .append(mean >= 0 ? "coop" : "conf").append("\"><title>").append(esc(m.getKey())).append(": mean ")
                    .append(String.format(Locale.ROOT, "%+.1f", mean)).append(" over ").append((int) m.getValue()[1])
                    .append(" statements</title></circle>");
        }
        if (months.size() > 1) b.append("<polyline class=\"line\" points=\"").append(points.toString().strip()).append("\"/>");
        b.append(dots);
        b.append(text(PAD_LEFT, HEIGHT - 1, first.toString()));
        if (months.size() > 1) b.append(text(WIDTH - PAD_RIGHT - 44, HEIGHT - 1, last.toString()));
        return b.append("</svg>").toString();
    }

    private static double y(double goldstein, double plotH) {
        double g = Math.max(-10, Math.min(10, goldstein));
        return PAD_Y + plotH * (10 - g) / 20;
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String s) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\">" + esc(s) + "</text>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
