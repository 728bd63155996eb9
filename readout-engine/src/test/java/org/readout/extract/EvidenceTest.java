package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fact of every report carries a sentence whose offsets point at exactly its words in the cleaned text. */
class EvidenceTest {
    private static final String[][] FIXTURES = {
            {"phone-talk.txt", null},
            {"phone-talk.txt", "2023-04-03"},
            {"visit.txt", "2023-04-03"},
            {"announced-visit.txt", "2023-03-30"},
            {"sidelines.txt", "2017-08-08"},
            {"summit.txt", "2023-11-17"},
            {"new-leader.txt", "2023-12-14"},
            {"two-engagements.txt", "2023-04-03"},
            {"video.txt", "2021-03-09"},
            {"venue.txt", "2023-03-11"},
            {"status-line.txt", null},
            {"dateline.txt", null},
            {"anniversary.txt", null},
    };

    private static List<Evidence> all(DocumentExtraction x) {
        List<Evidence> out = new ArrayList<>();
        if (x.published().evidence() != null) out.add(x.published().evidence());
        for (EngagementReport r : x.engagements()) {
            out.addAll(r.evidence());
            for (Sourced<?> s : new Sourced<?>[]{r.status(), r.format(), r.date(), r.localTime(), r.durationMinutes(),
                    r.location(), r.occasion()}) {
                if (s != null) out.add(s.evidence());
            }
            for (Participant p : r.participants()) out.add(p.evidence());
        }
        return out;
    }

    @Test
    void everyEvidenceTextIsTheTextAtItsOffsets() {
        int checked = 0;
        for (String[] f : FIXTURES) {
            String text = Docs.fixture(f[0]);
            DocumentExtraction x = Docs.extract("doc-" + f[0], f[1], text);
            for (Evidence e : all(x)) {
                assertEquals("doc-" + f[0], e.document(), f[0]);
                assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= text.length(), f[0] + " " + e);
                assertEquals(text.substring(e.start(), e.end()), e.text(), f[0]);
                checked++;
            }
        }
        assertTrue(checked >= 80, "evidence checked: " + checked);
    }

    @Test
    void everyReportedFactHasEvidence() {
        for (String[] f : FIXTURES) {
            DocumentExtraction x = Docs.extract("doc-" + f[0], f[1], Docs.fixture(f[0]));
            for (EngagementReport r : x.engagements()) {
                assertTrue(!r.evidence().isEmpty(), f[0]);
                assertTrue(r.status() != null && r.status().evidence() != null, f[0]);
                assertTrue(r.format() != null && r.format().evidence() != null, f[0]);
                for (Participant p : r.participants()) assertTrue(p.evidence() != null, f[0] + " " + p);
            }
        }
    }

    @Test
    void factEvidenceIsOneOfTheReportsSentences() {
        for (String[] f : FIXTURES) {
            DocumentExtraction x = Docs.extract("doc-" + f[0], f[1], Docs.fixture(f[0]));
            for (EngagementReport r : x.engagements()) {
                for (Sourced<?> s : new Sourced<?>[]{r.status(), r.format(), r.date(), r.localTime(), r.durationMinutes(),
                        r.location(), r.occasion()}) {
                    if (s != null) assertTrue(r.evidence().contains(s.evidence()), f[0] + " " + s);
                }
            }
        }
    }

    @Test
    void evidenceWithCrLfLineEnds() {
        String text = Docs.fixture("phone-talk.txt").replace("\n", "\r\n");
        DocumentExtraction x = Docs.extract("crlf", null, text);
        assertEquals(1, x.engagements().size());
        for (Evidence e : all(x)) assertEquals(text.substring(e.start(), e.end()), e.text());
    }

    @Test
    void evidenceWithLeadingWhitespaceAndAccents() {
        String text = "\n\n   Président Emmanuel Macron a reçu — no — President Emmanuel Macron met Prime Minister Rishi Sunak "
                + "at the Élysée Palace on Friday.\n";
        DocumentExtraction x = Docs.extract("accents", "2023-03-11", text);
        assertEquals(1, x.engagements().size());
        for (Evidence e : all(x)) assertEquals(text.substring(e.start(), e.end()), e.text());
    }
}
