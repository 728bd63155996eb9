package org.readout.compare;

import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedDocument;
import org.readout.link.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The columns of a comparison: each side's own readout in the order of the participants, then the other sources. */
final class Accounts {
    private Accounts() {
    }

    static List<Account> of(Engagement e, Map<String, LinkedDocument> byId, List<Statement> statements, List<String> sides) {
        List<Account> own = new ArrayList<>();
        List<Account> others = new ArrayList<>();
        for (DocLink l : e.documents()) {
            LinkedDocument d = byId.get(l.id());
            if (d == null) continue;
            String issuer = d.issuerCountry();
            String side = null;
            String from = null;
            if (issuer != null) {
                if (sides.contains(issuer)) {
                    side = issuer;
                    from = "issuer";
                }
            } else if ("official".equals(d.summary().kind())) {
                side = guessedSide(l.id(), statements, sides);
                from = side == null ? null : "statements";
            }
            Account a = new Account(l.id(), d.summary().title(), d.summary().outlet(), d.summary().kind(), issuer, side, from);
            (side != null ? own : others).add(a);
        }
        own.sort(Comparator.comparingInt(a -> sides.indexOf(a.side())));
        List<Account> out = new ArrayList<>(own);
        out.addAll(others);
        return out;
    }

    /** For an official document that names no issuer: the side whose speakers make most of its statements alone. */
    private static String guessedSide(String document, List<Statement> statements, List<String> sides) {
        Map<String, Integer> count = new TreeMap<>();
        for (Statement s : statements) {
            if (!s.report().document().equals(document) || s.report().speakers().size() != 1) continue;
            String c = s.report().speakers().get(0).country();
            if (c != null && sides.contains(c)) count.merge(c, 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** What the comparison lacks: a side's own readout, a second account, an issuer. */
    static List<String> notes(List<Account> accounts, List<String> sides) {
        List<String> notes = new ArrayList<>();
        for (String side : sides) {
            if (accounts.stream().noneMatch(a -> side.equals(a.side()))) {
                notes.add("No " + side + " readout of this engagement is in the store: " + side
                        + "'s positions come only from the other accounts.");
            }
        }
        for (Account a : accounts) {
            if ("statements".equals(a.sideFrom())) {
                notes.add("The " + a.side() + " readout" + (a.outlet() == null ? "" : " (" + a.outlet() + ")")
                        + " names no issuer: it is taken for " + a.side() + "'s because most of its statements are " + a.side() + "'s.");
            }
        }
        if (accounts.size() == 1) notes.add("Only one account of this engagement is in the store.");
        return notes;
    }
}
