package org.readout.store;

import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.extract.DateClue;
import org.readout.extract.DocumentExtraction;
import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Participant;
import org.readout.extract.PublishedDate;
import org.readout.extract.Sourced;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Person;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.SourceMeta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Invented documents, their extractions written by hand (no text is read): encounters of two or three of four
 * countries over some months, told by dated and undated reports of every kind of clue, announcements and mentions,
 * publication days known, unknown or ambiguous, named people and offices; the linking rules all come into play.
 */
final class RandomDocuments {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final LocalDate START = LocalDate.parse("2023-01-02");
    private static final String[] COUNTRIES = {"JPN", "CHN", "KOR", "USA"};
    private static final String[][] PEOPLE = {{"yoshimasa-hayashi", "fumio-kishida"}, {"qin-gang", "xi-jinping"},
            {"park-jin", "yoon-suk-yeol"}, {"antony-blinken", "joe-biden"}};
    private static final String[] FORMATS = {"phone", "in_person", "video", null};

    private final Random random;
    private final int days;
    private final String prefix;

    RandomDocuments(long seed, int days, String prefix) {
        this.random = new Random(seed);
        this.days = days;
        this.prefix = prefix;
    }

    List<ProcessedDocument> documents(int encounters) {
        List<List<EngagementReport>> reports = new ArrayList<>();
        List<PublishedDate> published = new ArrayList<>();
        for (int e = 0; e < encounters; e++) {
            LocalDate day = START.plusDays(random.nextInt(days));
            List<Integer> sides = new ArrayList<>(List.of(0, 1, 2, 3));
            Collections.shuffle(sides, random);
            sides = sides.subList(0, random.nextInt(4) == 0 ? 3 : 2);
            String format = FORMATS[random.nextInt(FORMATS.length)];
            for (int r = 1 + random.nextInt(4); r > 0; r--) {
                boolean mention = !reports.isEmpty() && random.nextInt(6) == 0;
                int doc = mention ? random.nextInt(reports.size()) : reports.size();
                if (!mention) {
                    reports.add(new ArrayList<>());
                    published.add(publication(day));
                }
                reports.get(doc).add(report(prefix + doc, reports.get(doc).size(), day, sides, format));
            }
        }
        List<ProcessedDocument> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) out.add(document(prefix + i, published.get(i), reports.get(i)));
        return out;
    }

    static ProcessedDocument document(String id, PublishedDate published, List<EngagementReport> reports) {
        CleanDocument doc = new CleanDocument(id, "test/" + id, "Text of " + id + ".", null, null,
                id.hashCode() % 2 == 0 ? DocumentKind.OFFICIAL : DocumentKind.NEWS, "en", SourceMeta.EMPTY);
        return new ProcessedDocument(doc, List.of(), new DocumentExtraction(id, published, reports),
                new ExtractedBy("test", "test"));
    }

    private PublishedDate publication(LocalDate day) {
        int[] after = {-1, 0, 0, 1, 2, 3, 59, 60, 61};
        return switch (random.nextInt(6)) {
            case 0 -> PublishedDate.UNKNOWN;
            case 1 -> new PublishedDate(null, null, null, List.of(day.plusDays(61), day.minusDays(1)));
            default -> given(day.plusDays(after[random.nextInt(after.length)]));
        };
    }

    static PublishedDate given(LocalDate day) {
        return new PublishedDate(day, "given", null, List.of());
    }

    private EngagementReport report(String doc, int ordinal, LocalDate day, List<Integer> sides, String format) {
        List<Participant> ps = new ArrayList<>();
        for (int s : sides) {
            int pick = random.nextInt(10);
            ps.add(pick < 8 ? person(PEOPLE[s][pick < 6 ? 0 : 1], day) : new Participant(null, COUNTRIES[s], "foreign minister",
                    COUNTRIES[s] + "GOV", null, evidence(doc)));
        }
        String status = random.nextInt(5) == 0 ? "planned" : "held";
        String f = random.nextInt(4) == 0 ? null : format;
        if (random.nextInt(6) > 0) {
            LocalDate told = "planned".equals(status) ? day.minusDays(random.nextInt(4))
                    : "phone".equals(f) && random.nextInt(4) == 0 ? day.plusDays(1) : day;
            return report(doc, ordinal, status, f, told, DateClue.NONE, ps);
        }
        return report(doc, ordinal, status, f, null, clue(day), ps);
    }

    private DateClue clue(LocalDate day) {
        return switch (random.nextInt(6)) {
            case 0 -> DateClue.NONE;
            case 1 -> new DateClue(null, null, null, day.getDayOfWeek(), false, null, null);
            case 2 -> new DateClue(null, day.getMonthValue(), day.getDayOfMonth(), null, false, null, null);
            case 3 -> new DateClue(day.getYear(), day.getMonthValue(), null, null, false, null, null);
            case 4 -> new DateClue(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, false, null, null);
            default -> new DateClue(null, null, null, null, true, null, null);
        };
    }

    static EngagementReport report(String doc, int ordinal, String status, String format, LocalDate date, DateClue clue,
                                   List<Participant> participants) {
        String relation = ordinal > 0 ? "mentions" : "planned".equals(status) ? "announces" : "reports";
        Evidence ev = evidence(doc);
        return new EngagementReport(doc, ordinal, relation, Sourced.of(status, ev), Sourced.of(format, ev),
                date == null ? null : Sourced.of(date, ev), clue, null, null, null, null, "talk", participants, List.of(ev));
    }

    static Participant person(String id, LocalDate day) {
        Person p = KB.people().get(id).orElseThrow();
        Person.Term t = p.termOn(day).orElseThrow();
        return new Participant(p.name(), t.country(), t.role(), t.country() + "GOV", id, new Evidence("x", 0, 4, "text"));
    }

    private static Evidence evidence(String doc) {
        return new Evidence(doc, 0, 4, "text");
    }
}
