package org.readout.link;

import org.readout.extract.DateClue;
import org.readout.extract.EngagementReport;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.readout.link.Corpus.given;
import static org.readout.link.Corpus.office;
import static org.readout.link.Corpus.person;
import static org.readout.link.Corpus.report;
import static org.readout.link.Corpus.synthetic;

/**
 * Invented documents whose reports exercise every rule of linking: encounters of two or three of four countries
 * over three months, told by dated and undated reports (every kind of clue), announcements, mentions in other
 * documents, publication days known, unknown or ambiguous, named people and offices, people of one side who
 * conflict.
 */
final class RandomCorpus {
    private static final LocalDate START = LocalDate.parse("2023-01-02");
    private static final String[] COUNTRIES = {"JPN", "CHN", "KOR", "USA"};
    private static final String[][] PEOPLE = {{"yoshimasa-hayashi", "fumio-kishida"}, {"qin-gang", "xi-jinping"},
            {"park-jin", "yoon-suk-yeol"}, {"antony-blinken", "joe-biden"}};
    private static final String[] FORMATS = {"phone", "in_person", "video", null};

    private final Random random;
    private final int days;

    RandomCorpus(long seed, int days) {
        this.random = new Random(seed);
        this.days = days;
    }

    /** {@code encounters} encounters, each told by one to four documents (and mentioned in others). */
    List<LinkInput> documents(int encounters) {
        List<List<EngagementReport>> docs = new ArrayList<>();
        List<PublishedDate> published = new ArrayList<>();
        for (int e = 0; e < encounters; e++) {
            LocalDate day = START.plusDays(random.nextInt(days));
            List<Integer> sides = sides();
            String format = FORMATS[random.nextInt(FORMATS.length)];
            int reports = 1 + random.nextInt(4);
            for (int r = 0; r < reports; r++) {
                boolean mention = !docs.isEmpty() && random.nextInt(6) == 0;
                int doc = mention ? random.nextInt(docs.size()) : docs.size();
                if (!mention) {
                    docs.add(new ArrayList<>());
                    published.add(publication(day));
                }
                String id = "d" + doc;
                int ordinal = docs.get(doc).size();
                docs.get(doc).add(told(id, ordinal, day, sides, format));
            }
        }
        List<LinkInput> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            out.add(synthetic("d" + i, random.nextBoolean() ? "official" : "news", published.get(i),
                    docs.get(i).toArray(EngagementReport[]::new)));
        }
        return out;
    }

    private List<Integer> sides() {
        List<Integer> all = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, random.nextInt(4) == 0 ? 3 : 2);
    }

    /** Published on the day or soon after, sometimes the day before (time zones) or at the edge of two months after. */
    private PublishedDate publication(LocalDate day) {
        int[] after = {-1, 0, 0, 1, 2, 3, 59, 60, 61};
        return switch (random.nextInt(6)) {
            case 0 -> PublishedDate.UNKNOWN;
            case 1 -> new PublishedDate(null, null, null, random.nextBoolean() ? List.of(day.plusDays(1), day.plusDays(40))
                    : List.of(day.plusDays(61), day.minusDays(1)));
            default -> given(day.plusDays(after[random.nextInt(after.length)]).toString());
        };
    }

    private EngagementReport told(String doc, int ordinal, LocalDate day, List<Integer> sides, String format) {
        List<Participant> ps = new ArrayList<>();
        for (int s : sides) {
            int pick = random.nextInt(10);
            ps.add(pick < 6 ? person(PEOPLE[s][0], day.toString()) : pick < 8 ? person(PEOPLE[s][1], day.toString())
                    : office(COUNTRIES[s], "foreign minister"));
        }
        String status = random.nextInt(5) == 0 ? "planned" : "held";
        String f = random.nextInt(4) == 0 ? null : format;
        Participant[] people = ps.toArray(Participant[]::new);
        if (random.nextInt(6) > 0) {
            LocalDate told = "planned".equals(status) ? day.minusDays(random.nextInt(4))
                    : "phone".equals(f) && random.nextInt(4) == 0 ? day.plusDays(1) : day;
            return report(doc, ordinal, status, f, told.toString(), null, people);
        }
        return report(doc, ordinal, status, f, null, clue(day), people);
    }

    private DateClue clue(LocalDate day) {
        return switch (random.nextInt(7)) {
            case 0 -> DateClue.NONE;
            case 1 -> new DateClue(null, null, null, day.getDayOfWeek(), false, null, null);
            case 2 -> new DateClue(null, day.getMonthValue(), day.getDayOfMonth(), null, false, null, null);
            case 3 -> new DateClue(day.getYear(), day.getMonthValue(), null, null, false, null, null);
            case 4 -> new DateClue(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, false, null, null);
            case 5 -> new DateClue(null, null, null, null, true, null, null);
            default -> new DateClue(day.getYear(), null, null, day.getDayOfWeek(), false, null, null);
        };
    }
}
