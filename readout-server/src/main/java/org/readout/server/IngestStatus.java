package org.readout.server;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The current or last batch, for {@code GET /api/ingest/status}: what it is doing and how many files are done. */
final class IngestStatus {
    private String phase = "idle";
    private int done;
    private int total;
    private Instant startedAt;
    private Instant finishedAt;
    private Map<String, Object> last;

    synchronized void begin(String what) {
        phase = what;
        done = 0;
        total = 0;
        startedAt = Instant.now();
        finishedAt = null;
    }

    synchronized void started(int files) {
        total = files;
    }

    synchronized void step() {
        done++;
    }

    synchronized void phase(String what) {
        phase = what;
    }

    synchronized void finish(Map<String, Object> summary) {
        phase = "idle";
        finishedAt = Instant.now();
        last = summary;
    }

    synchronized Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running", !"idle".equals(phase));
        m.put("phase", phase);
        m.put("files_done", done);
        m.put("files_total", total);
        m.put("started_at", startedAt == null ? null : startedAt.toString());
        m.put("finished_at", finishedAt == null ? null : finishedAt.toString());
        m.put("last", last);
        return m;
    }
}
