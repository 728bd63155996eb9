package org.readout.compare;

import org.readout.extract.Participant;
import org.readout.link.Engagement;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the summary that heads a comparison, from its rows. */
final class Summaries {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** An act quoted for the summary that would be longer than this is quoted by its clause instead. */
    static final int ACT_WORDS = 30;
    /** ... and one shorter than this ("Mao added" after the quotation) too. */
    static final int ACT_MIN_WORDS = 4;
    private static final Map<String, String> FORMATS = Map.of("phone", "by phone", "video", "by video link", "in_person", "in person");

    private Summaries() {
    }

    static Summary of(Engagement e, List<Account> accounts, List<Row> rows, List<String> sides) {
        List<Summary.Point> both = new ArrayList<>();
        List<Summary.Point> one = new ArrayList<>();
        List<Summary.Point> divergent = new ArrayList<>();
        for (Row r : rows) {
            if (r.courtesies()) continue;
            Set<String> separately = new LinkedHashSet<>();
            boolean together = false;
            for (List<Cell> column : r.cells()) {
                for (Cell c : column) {
                    if (Row.BOTH.equals(c.side())) together = true;
                    else if (c.side() != null) separately.add(c.side());
                }
            }
            if (sides.size() >= 2 && r.raisedBy().containsAll(sides)) {
                List<Summary.Said> said = new ArrayList<>();
                for (String side : sides) if (separately.contains(side)) said.add(said(r, accounts, side));
                boolean joint = !separately.containsAll(sides);
                if (joint && together) said.add(said(r, accounts, Row.BOTH));
                said.sort(Comparator.comparingInt(x -> column(accounts, x)));
                both.add(new Summary.Point(r.issue(), r.label(), r.raisedBy(), joint, said, Map.of()));
            } else if (r.raisedBy().size() == 1) {
                String side = r.raisedBy().get(0);
                one.add(new Summary.Point(r.issue(), r.label(), r.raisedBy(), false, List.of(said(r, accounts, side)), Map.of()));
            }
            if (r.divergent()) {
                List<Summary.Said> said = new ArrayList<>();
                for (String side : r.wordings().keySet()) {
                    Summary.Said s = saidWith(r, accounts, side, r.wordings().get(side));
                    if (s != null) said.add(s);
                }
                divergent.add(new Summary.Point(r.issue(), r.label(), List.copyOf(r.wordings().keySet()), false, said, r.wordings()));
            }
        }
        return new Summary(both, one, divergent, text(e, accounts, sides, both, one, divergent));
    }

    /** A side's first act on the row, its own readout first (the accounts' order); for BOTH, the first joint act. */
    private static Summary.Said said(Row r, List<Account> accounts, String side) {
        for (int i = 0; i < accounts.size(); i++) {
            for (Cell c : r.cells().get(i)) {
                if (side.equals(c.side())) {
                    return new Summary.Said(side, accounts.get(i).document(), c.statements(), actQuote(c));
                }
            }
        }
        return new Summary.Said(side, null, List.of(), null);
    }

    /**
     * The act in its own words, for a note: from the act's words to the end of its clause or of the cell's quote,
     * whichever is later ("requested that Japan stop provocations by "right-wing forces" regarding the disputed
     * islands"); the cell's quote where the act's words are not found, or where that would run long or say
     * next to nothing (an act told after the words it reports: "..., Mao added").
     */
    static String actQuote(Cell c) {
        String s = c.sentence().text();
        int at = Cells.actAt(s, c.verb());
        if (at < 0) return c.shownQuote();
        int end = c.quote().end();
        for (Clauses.Span clause : new Clauses(s).clauses()) if (clause.contains(at)) end = Math.max(end, clause.end());
        String t = s.substring(at, end).strip().replaceAll("[,;:.]+$", "");
        int words = Clauses.countWords(t);
        if (words > ACT_WORDS || words < ACT_MIN_WORDS) return c.shownQuote();
        return t.replaceAll("\\s+", " ") + (new Quote(t, at, end).cutsEnd(s) ? "…" : "");
    }

    private static int column(List<Account> accounts, Summary.Said said) {
        for (int i = 0; i < accounts.size(); i++) if (accounts.get(i).document().equals(said.document())) return i;
        return accounts.size();
    }

    /** The first act whose words or wording are among a side's words for the issue. */
    private static Summary.Said saidWith(Row r, List<Account> accounts, String side, List<String> words) {
        for (int i = 0; i < accounts.size(); i++) {
            for (Cell c : r.cells().get(i)) {
                if (words.contains(c.wording()) || words.contains(c.words())) {
                    return new Summary.Said(side, accounts.get(i).document(), c.statements(), c.shownQuote());
                }
            }
        }
        return null;
    }

    private static String text(Engagement e, List<Account> accounts, List<String> sides, List<Summary.Point> both,
                               List<Summary.Point> one, List<Summary.Point> divergent) {
        StringBuilder t = new StringBuilder();
        t.append(e.participants().stream().map(p -> name(p) + (p.country() == null ? "" : " (" + p.country() + ")"))
                .collect(Collectors.joining(" and ")));
        String format = e.format() == null ? null : FORMATS.getOrDefault(e.format(), e.format().replace('_', ' '));
        if (format != null) t.append(", ").append(format);
        t.append(e.date() == null ? ", undated" : " on " + DAY.format(e.date())).append(". ");
        t.append("Accounts: ").append(list(accounts.stream().map(Summaries::described).toList()));
        List<String> missing = sides.stream().filter(s -> accounts.stream().noneMatch(a -> s.equals(a.side()))).toList();
        if (!missing.isEmpty()) t.append("; no ").append(String.join(" or ", missing)).append(" readout is in the store");
        t.append(". ");
        List<String> separately = new ArrayList<>();
        List<String> jointly = new ArrayList<>();
        for (Summary.Point p : both) {
            if (p.joint()) jointly.add(p.label());
            else separately.add(p.label() + " (" + p.said().stream().map(s -> s.side() + " " + quoted(s.quote()))
                    .collect(Collectors.joining("; ")) + ")");
        }
        if (!separately.isEmpty()) t.append("Both sides raised: ").append(String.join("; ", separately)).append(". ");
        if (!jointly.isEmpty()) t.append("The two sides jointly took up: ").append(String.join("; ", jointly)).append(". ");
        for (String side : sides) {
            List<String> only = one.stream().filter(p -> p.sides().contains(side)).map(Summary.Point::label).toList();
            if (only.isEmpty()) continue;
            t.append("Only ").append(side).append(missing.isEmpty() ? " raised: " : " is reported to have raised: ")
                    .append(String.join("; ", only)).append(". ");
        }
        for (Summary.Point p : divergent) {
            t.append("The wording differs on ").append(p.label()).append(": ").append(p.wordings().entrySet().stream()
                    .map(w -> w.getKey() + " " + w.getValue().stream().map(Summaries::quoted).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining(" against "))).append(". ");
        }
        if (both.isEmpty() && one.isEmpty()) t.append("No statement on an issue is in the accounts. ");
        return t.toString().strip();
    }

    private static String name(Participant p) {
        return p.name() != null ? p.name() : p.role() != null ? "the " + p.role() : "someone";
    }

    private static String described(Account a) {
        if (a.side() != null) return a.side() + "'s own readout" + (a.outlet() == null ? "" : " (" + a.outlet() + ")");
        String kind = a.kind() == null ? "source" : switch (a.kind()) {
            case "news" -> "news story";
            case "official" -> (a.issuer() == null ? "" : a.issuer() + " ") + "official statement";
            default -> a.kind().replace('_', ' ');
        };
        String article = "aeiouAEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
        return article + kind + (a.outlet() == null ? "" : " by " + a.outlet());
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** In double quotation marks, with the quote's own double marks made single. */
    private static String quoted(String s) {
        return "\"" + (s == null ? "" : s.replace('"', '\'').replace('“', '‘').replace('”', '’')) + "\"";
    }
}
