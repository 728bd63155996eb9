package org.readout.link;

import org.readout.extract.StatementReport;

/** A statement with the engagement it was linked to (null when its document reports none). */
public record Statement(String engagement, StatementReport report) {
    public String id() {
        return report.id();
    }
}
