package org.readout.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops web junk from the lines of an article: what follows an end marker, page furniture, lists of other
 * headlines, and runs of short title-like lines after the article has begun.
 */
final class JunkFilter {
    /** This many title-like lines in a row, after the article has begun, are a list of links. */
    static final int TITLE_RUN = 3;
    /** A standfirst may come before the dateline: the head reaches this many lines past the first prose. */
    static final int HEAD_AFTER_PROSE = 2;
    /** Where a site names itself after the end of an article: right after the end marker, before any lists. */
    static final int TAIL_BOILERPLATE = 8;
    /** An end-of-article line ({@code endcut}) with this many lines of prose after it is inside the article: a caption or credit. */
    static final int PROSE_AFTER_END = 2;

    private final JunkRules rules;

    JunkFilter(JunkRules rules) {
        this.rules = rules;
    }

    /**
     * @param kept        the article lines
     * @param head        the lines as read up to the first line of prose and two more, junk included
     * @param boilerplate lines dropped as page furniture, and the first lines cut off at the end: where a site
     *                    names itself (headline lists under a list header are not in it)
     */
    record Result(List<String> kept, List<String> head, List<String> boilerplate) {
    }

    Result filter(List<String> lines) {
        return filter(lines, true);
    }

    /**
     * @param titleRuns whether runs of short title-like lines after the first prose go as lists of links: in plain text
     *                  there is no other way to tell them; the lines of an HTML page lost their link lists before
     *                  ({@link HtmlExtractor#withoutLinkRuns}), and its runs of short lines are its own
     */
    Result filter(List<String> lines, boolean titleRuns) {
        List<String> kept = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        boolean seenProse = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String bare = Lines.stripBullet(line);
            if (bare.isEmpty()) {
                continue;
            }
            boolean endsHere = rules.cutsAtEnd(bare);
            if (endsHere && proseAfter(lines, i + 1) >= PROSE_AFTER_END) {
                boilerplate.add(line);
            } else if (rules.cuts(bare) || endsHere) {
                if (seenProse) {
                    boilerplate.addAll(lines.subList(i, Math.min(i + TAIL_BOILERPLATE, lines.size())));
                    break;
                }
                boilerplate.add(line);
            } else if (rules.drops(bare)) {
                boilerplate.add(line);
            } else if (rules.startsList(bare)) {
                int end = endOfList(lines, i + 1);
                // "Latest news", a headline, "21.09.2023 | 22:01": the page's date may stand in what a list header runs into
                for (String listed : lines.subList(i + 1, end)) if (isDateAlone(listed)) kept.add(listed);
                i = end - 1;
            } else {
                kept.add(line);
                seenProse |= Lines.isProse(line);
            }
        }
        return new Result(titleRuns ? dropTitleRuns(kept) : kept, head(lines), boilerplate);
    }

    private static int proseAfter(List<String> lines, int from) {
        int n = 0;
        for (int i = from; i < lines.size() && n < PROSE_AFTER_END; i++) {
            n += Lines.isProse(lines.get(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isDateAlone(String line) {
        String bare = line.strip();
        DateText.Found date = DateText.first(bare, DateText.Order.UNKNOWN, java.time.LocalDate.MAX);
        return date != null && date.start() == 0 && (date.end() >= bare.length() - 1 || CLOCK_AFTER.matcher(bare.substring(date.end())).matches());
    }

    /** After a date on its own line, a clock time and separators only ("21.09.2023 | 22:01 |"). */
    private static final Pattern CLOCK_AFTER = Pattern.compile("[\\s|,·–—-]*\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?[\\s|,·–—-]*");

    private static int endOfList(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (Lines.isBulletOnly(lines.get(i)) || Lines.isTitleLike(Lines.stripBullet(lines.get(i))))) {
            i++;
        }
        return i;
    }

    /** Runs of title-like lines after the first prose are link lists, unless a line ending in ":" introduces them. */
    static List<String> dropTitleRuns(List<String> lines) {
        int firstProse = 0;
        while (firstProse < lines.size() && !Lines.isProse(lines.get(firstProse))) {
            firstProse++;
        }
        List<String> out = new ArrayList<>(lines.subList(0, Math.min(firstProse + 1, lines.size())));
        int i = firstProse + 1;
        while (i < lines.size()) {
            int end = i;
            int titles = 0;
            while (end < lines.size() && isRunMember(Lines.stripBullet(lines.get(end)))) {
                titles += Lines.isTitleLike(Lines.stripBullet(lines.get(end))) ? 1 : 0;
                end++;
            }
            boolean introduced = i > 0 && lines.get(i - 1).stripTrailing().endsWith(":");
            if (end - i >= TITLE_RUN && titles >= TITLE_RUN - 1 && !introduced) {
                // "Back", the headline, "14.12.2023": a run that holds a line of a date alone is the page's head, not a
                // list of links, and the date is the page's
                for (String line : lines.subList(i, end)) if (isDateAlone(line)) out.add(line);
                i = end;
            } else {
                out.addAll(lines.subList(i, Math.max(end, i + 1)));
                i = Math.max(end, i + 1);
            }
        }
        return out;
    }

    /** Link lists mix plain headlines with question headlines ("Is the handover over?"). */
    private static boolean isRunMember(String line) {
        return Lines.isTitleLike(line) || Lines.isHeadlineQuestion(line);
    }

    private static List<String> head(List<String> lines) {
        int firstProse = 0;
        while (firstProse < lines.size() && !Lines.isProse(lines.get(firstProse))) {
            firstProse++;
        }
        return List.copyOf(lines.subList(0, Math.min(lines.size(), firstProse + 1 + HEAD_AFTER_PROSE)));
    }
}
