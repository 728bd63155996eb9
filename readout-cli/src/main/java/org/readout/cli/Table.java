package org.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, up to a limit, then cut with "…". */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxWidth;

    Table(int maxWidth, String... header) {
        this.header = List.of(header);
        this.maxWidth = maxWidth;
    }

    void add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) row.add(c == null ? "-" : c.toString());
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < width.length; i++) width[i] = Math.min(maxWidth, Math.max(width[i], r.get(i).length()));
        line(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) rule.append("-".repeat(w)).append("  ");
        out.println(rule.toString().stripTrailing());
        for (List<String> r : rows) line(out, r, width);
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            if (c.length() > width[i]) c = c.substring(0, width[i] - 1) + "…";
            b.append(c).append(" ".repeat(width[i] - c.length())).append("  ");
        }
        out.println(b.toString().stripTrailing());
    }
}
