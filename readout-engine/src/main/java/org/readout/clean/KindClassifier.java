package org.readout.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Weighs the cues of {@code kinds.tsv} to tell an official readout from news, analysis and anything else. */
final class KindClassifier {
    static final int MIN_SCORE = 2;
    static final int NEWS_OUTLET_WEIGHT = 2;
    static final int GOVERNMENT_SITE_WEIGHT = 3;
    static final int MIN_PROSE_LINES_FOR_NEWS = 2;
    static final int END_LINES = 200;

    enum Region { HEAD, RAW, TEXT, URL }

    private record Cue(DocumentKind kind, int weight, Region region, Pattern pattern, int min) {
    }

    private final List<Cue> cues;

    private KindClassifier(List<Cue> cues) {
        this.cues = cues;
    }

    static KindClassifier load() {
        return load(null);
    }

    static KindClassifier load(Path userDir) {
        return parse(Tsv.read("kinds.tsv", userDir));
    }

    static KindClassifier parse(List<Tsv.Row> rows) {
        List<Cue> cues = new ArrayList<>();
        for (Tsv.Row row : rows) {
            try {
                cues.add(new Cue(DocumentKind.valueOf(row.cell(0).toUpperCase(Locale.ROOT)), Integer.parseInt(row.cell(1)),
                        Region.valueOf(row.cell(2).toUpperCase(Locale.ROOT)), row.pattern(3),
                        row.cells().size() > 4 ? Integer.parseInt(row.cell(4)) : 1));
            } catch (IllegalArgumentException e) {
                throw row.error("bad cue: " + e.getMessage());
            }
        }
        return new KindClassifier(List.copyOf(cues));
    }

    /**
     * @param head   lines up to and including the first line of prose, as read
     * @param raw    every line as read, junk included
     * @param text   the cleaned lines
     * @param outlet the publisher found in the text, or null
     * @param url    the page's address, or null
     * @param onGovernmentSite whether that address is a government's own site
     */
    DocumentKind classify(List<String> head, List<String> raw, List<String> text, Outlet outlet, String url,
                          boolean onGovernmentSite) {
        Map<DocumentKind, Integer> score = new EnumMap<>(DocumentKind.class);
        for (Cue cue : cues) {
            List<String> lines = switch (cue.region) {
                case HEAD -> head;
                case RAW -> ends(raw);
                case TEXT -> ends(text);
                case URL -> url == null ? List.of() : List.of(url);
            };
            if (matches(cue, lines)) {
                score.merge(cue.kind, cue.weight, Integer::sum);
            }
        }
        if (outlet != null && outlet.isNews()) {
            score.merge(DocumentKind.NEWS, NEWS_OUTLET_WEIGHT, Integer::sum);
        }
        if (onGovernmentSite) {
            score.merge(DocumentKind.OFFICIAL, GOVERNMENT_SITE_WEIGHT, Integer::sum);
        }
        DocumentKind best = DocumentKind.OTHER;
        int bestScore = MIN_SCORE - 1;
        for (DocumentKind kind : List.of(DocumentKind.OFFICIAL, DocumentKind.ANALYSIS, DocumentKind.NEWS)) {
            int s = score.getOrDefault(kind, 0);
            if (s > bestScore) {
                best = kind;
                bestScore = s;
            }
        }
        // Neither a government's nor an analyst's voice: prose that reports is news coverage.
        if (best == DocumentKind.OTHER && (text.stream().filter(Lines::isProse).count() >= MIN_PROSE_LINES_FOR_NEWS
                || text.stream().anyMatch(KindClassifier::aReportInOneParagraph))) {
            return DocumentKind.NEWS;
        }
        return best;
    }

    /** Words in one paragraph of several sentences that is a report on its own (a wire's one-paragraph story). */
    static final int MIN_WORDS_OF_A_ONE_PARAGRAPH_REPORT = 60;

    private static boolean aReportInOneParagraph(String line) {
        return Lines.words(line) >= MIN_WORDS_OF_A_ONE_PARAGRAPH_REPORT && Lines.holdsTwoSentences(line);
    }

    /** Cues stand near the start or the end of a page; a huge document is not searched through its middle. */
    static List<String> ends(List<String> lines) {
        if (lines.size() <= 2 * END_LINES) {
            return lines;
        }
        List<String> ends = new ArrayList<>(lines.subList(0, END_LINES));
        ends.addAll(lines.subList(lines.size() - END_LINES, lines.size()));
        return ends;
    }

    private static boolean matches(Cue cue, List<String> lines) {
        int count = 0;
        for (String line : lines) {
            Matcher m = cue.pattern.matcher(line);
            while (m.find()) {
                if (++count >= cue.min) {
                    return true;
                }
            }
        }
        return false;
    }
}
