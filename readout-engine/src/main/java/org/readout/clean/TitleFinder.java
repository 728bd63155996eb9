package org.readout.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The headline of a text document: a substantial line above the article that is no label, date, byline or junk. */
final class TitleFinder {
    /** A line of this many words or fewer, above another candidate, is a section label ("Press Releases"). */
    static final int KICKER_MAX_WORDS = 2;
    /** Title Case is preferred (captions are in sentence case), among lines of at least this many words. */
    static final int TITLE_CASE_MIN_WORDS = 4;

    private final JunkRules rules;

    TitleFinder(JunkRules rules) {
        this.rules = rules;
    }

    /**
     * @param head  the lines above the first line of prose
     * @param lines all lines of the document, for "Back to X" links that name section labels
     */
    String find(List<String> head, List<String> lines) {
        Set<String> labels = new HashSet<>();
        for (String line : lines) {
            rules.backlinkTarget(Lines.stripBullet(line)).ifPresent(label -> labels.add(Lines.key(label)));
        }
        List<String> candidates = new ArrayList<>();
        for (String line : head) {
            String bare = rules.withoutTitlePrefix(Lines.stripBullet(line));
            if (Lines.isProse(line)) {
                break;
            }
            if (Lines.words(bare) >= 1 && bare.length() <= 200 && !isJunk(bare) && !labels.contains(Lines.key(bare))) {
                candidates.add(bare);
            }
        }
        while (candidates.size() > 1 && Lines.words(candidates.get(0)) <= KICKER_MAX_WORDS) {
            candidates.remove(0);
        }
        for (String candidate : candidates) {
            if (Lines.words(candidate) >= TITLE_CASE_MIN_WORDS && Lines.isTitleCase(candidate)) {
                return candidate;
            }
        }
        return candidates.isEmpty() || Lines.words(candidates.get(0)) < 2 ? null : candidates.get(0);
    }

    private boolean isJunk(String line) {
        return rules.cuts(line) || rules.cutsAtEnd(line) || rules.drops(line) || rules.startsList(line) || rules.neverTitle(line);
    }
}
