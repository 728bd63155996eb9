package org.readout.synthetic;

import org.readout.knowledge.Country;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Tsv;
import org.readout.source.SourceMeta;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the documents that report an encounter, as the grammar words them: each side's readout in its country's
 * style, a wire story the day after, an announcement a few days before. Official documents are published on a
 * government's site (an address that {@code government-sites.tsv} gives to that government) where the knowledge
 * has one for the country. The wording is drawn from its own random stream per encounter and document, so it does
 * not change which encounters are planned.
 */
final class Reporter {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DM = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final KnowledgeBase kb;
    private final Grammar grammar;
    private final long seed;
    private final Map<String, String> domains = new HashMap<>();

    Reporter(KnowledgeBase kb, Grammar grammar, long seed) {
        this.kb = kb;
        this.grammar = grammar;
        this.seed = seed;
        for (Tsv.Row row : Tsv.load("readout/knowledge/", "country-domains.tsv", null)) {
            String tld = row.get(1).split("\\|")[0].strip();
            if (!tld.isEmpty()) domains.put(row.get(0), tld);
        }
    }

    /** The documents of an encounter, in the order the grammar lists them. */
    List<SyntheticDocument> write(Encounter e, String reports) {
        List<SyntheticDocument> out = new ArrayList<>();
        String[] tokens = reports.trim().split("\\s+");
        for (int k = 0; k < tokens.length; k++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + e.index() * 31L + k);
            out.add(document(e, tokens[k], k, random));
        }
        return out;
    }

    private SyntheticDocument document(Encounter e, String token, int ordinal, SplittableRandom random) {
        String type = token.contains(".") ? token.substring(0, token.indexOf('.')) : token;
        int issuer = token.endsWith(".b") ? 1 : 0;
        List<Side> s = e.sides();
        Side own = s.get(issuer);
        Side other = s.get(issuer == 0 ? 1 : 0);
        Map<String, String> slots = new HashMap<>();
        LocalDate published = switch (type) {
            case "wire" -> e.date().plusDays(1);
            case "announce" -> e.date().minusDays(2 + random.nextInt(6));
            default -> e.date();
        };
        date(slots, "date", e.date());
        date(slots, "pub", published);
        slots.put("kind", e.kind());
        slots.put("level", Cast.LEVELS.contains(own.role()) ? own.role() : "leader");
        slots.put("voice", voice(e, issuer, type));
        slots.put("style", style(own.country()));
        slots.put("time", clock(e.localTime()));
        slots.put("minutes", String.valueOf(e.durationMinutes()));
        slots.put("when", "on " + e.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        if (e.location() != null) {
            slots.put("place", e.location().place());
            slots.put("place.country", kb.countries().name(e.location().country()));
            slots.put("wire.city", e.location().place().toUpperCase(Locale.ROOT));
        } else {
            slots.put("wire.city", capital(s.get(0)).toUpperCase(Locale.ROOT));
        }
        if (e.occasion() != null) slots.put("occasion", e.occasion());
        side(slots, "own", own, random);
        side(slots, "other", other, random);
        if (s.size() > 2) side(slots, "third", s.get(2), random);
        String outlet = type.equals("wire") ? grammar.expand("wire.outlet", slots, random).text()
                : grammar.expand("outlet." + own.role(), slots, random).text();
        slots.put("outlet", outlet);
        Grammar.Expansion text = grammar.expand("doc." + type, slots, random);
        String headline = text.text().lines().findFirst().orElse("document");
        String url = type.equals("wire") ? "https://" + slug(outlet) + ".example/world/" + slug(headline) + "-" + e.index()
                : officialUrl(own, headline, e.index(), random, slots);
        String relation = type.equals("announce") ? "announces" : "reports";
        List<String> states = text.slotsUsed().stream().filter(x -> x.equals("time") || x.equals("minutes")).sorted().toList();
        String name = String.format("%07d-%d-%s-%s.txt", e.index(), ordinal, type, type.equals("wire") ? "news" : own.country());
        return new SyntheticDocument(name, text.text().strip() + "\n", new SourceMeta(url, outlet, published, "en", null), e.index(),
                relation, type.equals("wire") ? "news" : "official", type.equals("wire") ? null : own.country(), states);
    }

    /** Who a document speaks as: the guest or host of a visit or a trilateral meeting, else one side. */
    private static String voice(Encounter e, int issuer, String type) {
        if (e.host() == null || type.equals("wire")) return "side";
        return e.sides().get(issuer).country().equals(e.host()) ? "host" : "guest";
    }

    /** Each country writes its readouts in one of the grammar's styles. */
    private String style(String iso3) {
        List<String> styles = grammar.alternatives("styles");
        return styles.get(Math.floorMod(iso3.hashCode(), styles.size()));
    }

    private void side(Map<String, String> slots, String prefix, Side side, SplittableRandom random) {
        Country c = kb.countries().get(side.country()).orElseThrow();
        Map<String, String> x = new HashMap<>(slots);
        x.put("x.name", side.name());
        x.put("x.family", side.family());
        x.put("x.country", c.name());
        x.put("x.adj", c.adjectives().get(0));
        x.put("x.capital", c.capital());
        x.put("x.his", "f".equals(side.gender()) ? "her" : "his");
        x.put("x.he", "f".equals(side.gender()) ? "she" : "he");
        x.put("x.title", office("title", side, x, random));
        x.put("x.short", office("short", side, x, random));
        for (String rule : List.of("ref", "full", "long")) x.put("x." + rule, grammar.expand("side." + rule, x, random).text());
        x.forEach((k, v) -> {
            if (k.startsWith("x.")) slots.put(prefix + k.substring(1), v);
        });
    }

    private String office(String what, Side side, Map<String, String> slots, SplittableRandom random) {
        String own = what + "." + side.role() + "." + side.country();
        return grammar.expand(grammar.has(own) ? own : what + "." + side.role(), slots, random).text();
    }

    private String officialUrl(Side own, String headline, int index, SplittableRandom random, Map<String, String> slots) {
        String tld = domains.get(own.country());
        if (tld == null) return null;
        String site = grammar.expand("site." + own.role(), slots, random).text();
        String url = "https://www." + site + ".gov." + tld + "/en/press-releases/" + slug(headline) + "-" + index;
        return own.country().equals(kb.governmentSites().countryOf(url).orElse(null)) ? url : null;
    }

    private String capital(Side side) {
        return kb.countries().get(side.country()).map(Country::capital).orElse(side.country());
    }

    private static void date(Map<String, String> slots, String prefix, LocalDate d) {
        slots.put(prefix + ".long", LONG.format(d));
        slots.put(prefix + ".md", MD.format(d));
        slots.put(prefix + ".dm", DM.format(d));
        slots.put(prefix + ".dmy", DMY.format(d));
        slots.put(prefix + ".weekday", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slots.put(prefix + ".year", String.valueOf(d.getYear()));
    }

    /** "15:30" as a readout writes it: "3:30 p.m.". */
    static String clock(String hhmm) {
        int h = Integer.parseInt(hhmm.substring(0, 2));
        String m = hhmm.substring(3);
        String half = h < 12 ? "a.m." : "p.m.";
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return h12 + (m.equals("00") ? "" : ":" + m) + " " + half;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
    }
}
