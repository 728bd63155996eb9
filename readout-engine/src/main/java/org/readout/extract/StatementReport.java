package org.readout.extract;

import java.util.List;

/**
 * One thing one side says or does towards another, as one document reports it.
 *
 * @param engagementOrdinal the document's engagement report it belongs to, or -1
 * @param type      PLOVER event type, or null for what PLOVER does not code (a plain statement)
 * @param wording   the speaker's own distinctive wording of the issue ("nuclear-polluted water"), or null
 * @param verb      the words that made it a statement ("strongly called for"), for the reader
 * @param evidence  the sentence; its offsets are the statement's span in the cleaned text
 */
public record StatementReport(String id, String document, int engagementOrdinal, List<Speaker> speakers, String target,
                              String type, String mode, String cameo, Double goldstein, IssueRef issue, String wording,
                              String verb, Evidence evidence) {
}
