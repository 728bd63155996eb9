package org.readout.extract;

import java.util.List;
import java.util.Optional;

/** What the statement extractor needs of an issue taxonomy: the issues a sentence names, or a label from its words. */
public interface IssueLookup {

    /** An issue named at {@code start..end} of a sentence; {@code wordingOf} is the country whose distinctive wording it is, or null. */
    record Hit(int start, int end, String text, IssueRef issue, String wordingOf) {
    }

    List<Hit> find(String sentence);

    Optional<String> labelFromText(String clause);

    IssueLookup NONE = new IssueLookup() {
        @Override
        public List<Hit> find(String sentence) {
            return List.of();
        }

        @Override
        public Optional<String> labelFromText(String clause) {
            return Optional.empty();
        }
    };
}
