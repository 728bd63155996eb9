package org.readout.link;

import org.readout.extract.EngagementReport;
import org.readout.extract.Evidence;
import org.readout.extract.Location;
import org.readout.extract.Participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One real encounter, however many documents report it. {@code evidence} maps each field name to
 * the sentence its value was taken from; {@code reports} are the documents' accounts it merges.
 */
public record Engagement(String id, String status, String format, String setting, LocalDate date, LocalDate dateEnd,
                         String localTime, Integer durationMinutes, Location location, String host, String occasion,
                         List<Participant> participants, List<DocLink> documents, Map<String, Evidence> evidence,
                         List<EngagementReport> reports) {
}
