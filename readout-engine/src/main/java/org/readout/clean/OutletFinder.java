package org.readout.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where a text names its own publisher, with the patterns and known names of {@code outlets.tsv}. */
final class OutletFinder {
    private record Name(String type, String canonical, Pattern pattern) {
    }

    private record Capture(boolean knownOnly, Pattern pattern) {
    }

    private final List<Name> names;
    private final List<Capture> captures;
    private final Pattern subjectEnd;

    private OutletFinder(List<Name> names, List<Capture> captures, Pattern subjectEnd) {
        this.names = names;
        this.captures = captures;
        this.subjectEnd = subjectEnd;
    }

    static OutletFinder load() {
        return load(null);
    }

    static OutletFinder load(Path userDir) {
        return parse(Tsv.read("outlets.tsv", userDir));
    }

    static OutletFinder parse(List<Tsv.Row> rows) {
        List<Name> names = new ArrayList<>();
        List<Capture> captures = new ArrayList<>();
        Pattern subject = null;
        for (Tsv.Row row : rows) {
            switch (row.cell(0)) {
                case "name" -> names.add(new Name(row.cell(1), row.cell(2), row.pattern(3)));
                case "capture" -> captures.add(new Capture(row.cell(2).equals("known"), row.pattern(3)));
                case "subject" -> subject = row.pattern(1);
                default -> throw row.error("unknown row kind " + row.cell(0));
            }
        }
        return new OutletFinder(List.copyOf(names), List.copyOf(captures), subject == null ? Pattern.compile("(?!)") : subject);
    }

    /**
     * A dateline's agency, a section header's outlet or a credit; else a known outlet named in the lines above the
     * article or in the page's boilerplate. Ministries are left to {@link #issuer}.
     */
    Outlet find(List<String> head, List<String> boilerplate) {
        for (Capture capture : captures) {
            for (String line : head) {
                Matcher m = capture.pattern.matcher(line);
                if (m.find()) {
                    String raw = m.group(1).strip();
                    Name known = known(raw);
                    if (known != null) {
                        return new Outlet(known.canonical, known.type);
                    }
                    if (!capture.knownOnly) {
                        return new Outlet(raw, "unknown");
                    }
                }
            }
        }
        List<String> places = new ArrayList<>();
        head.stream().filter(line -> !Lines.isProse(line)).forEach(places::add);
        places.addAll(boilerplate);
        for (String line : places) {
            Name best = null;
            int bestStart = Integer.MAX_VALUE;
            for (Name name : names) {
                Matcher m = name.pattern.matcher(line);
                if (!name.type.equals("gov") && m.find() && m.start() < bestStart) {
                    best = name;
                    bestStart = m.start();
                }
            }
            if (best != null) {
                return new Outlet(best.canonical, best.type);
            }
        }
        return null;
    }

    /** The ministry or department an official readout's lead names as its subject, before the verb; else null. */
    Outlet issuer(String lead) {
        if (lead == null) {
            return null;
        }
        Matcher verb = subjectEnd.matcher(lead);
        int end = verb.find() ? verb.start() : lead.length();
        Name best = null;
        int bestStart = end;
        for (Name name : names) {
            Matcher m = name.pattern.matcher(lead);
            if (name.type.equals("gov") && m.find() && m.start() < bestStart) {
                best = name;
                bestStart = m.start();
            }
        }
        return best == null ? null : new Outlet(best.canonical, best.type);
    }

    private Name known(String text) {
        for (Name name : names) {
            if (name.pattern.matcher(text).find()) {
                return name;
            }
        }
        return null;
    }
}
