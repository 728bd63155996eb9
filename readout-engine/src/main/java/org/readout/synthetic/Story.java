package org.readout.synthetic;

import java.util.List;

/** One generated encounter and the documents written about it. */
public record Story(Encounter planned, List<SyntheticDocument> documents) {
    public Story {
        documents = List.copyOf(documents);
    }

    /**
     * The encounter as its documents tell it: the local time and duration only where one of them states them, and
     * only planned when none reports it held (a story cut short after its announcement).
     */
    public Encounter expected() {
        boolean time = documents.stream().anyMatch(d -> d.states().contains("time"));
        boolean minutes = documents.stream().anyMatch(d -> d.states().contains("minutes"));
        boolean reported = documents.stream().anyMatch(d -> d.relation().equals("reports"));
        return planned.stating(reported ? planned.status() : "planned", time ? planned.localTime() : null,
                minutes ? planned.durationMinutes() : null);
    }

    /** The story told by its first {@code n} documents only. */
    public Story upTo(int n) {
        return n >= documents.size() ? this : new Story(planned, documents.subList(0, n));
    }
}
