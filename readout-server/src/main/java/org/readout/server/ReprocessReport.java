package org.readout.server;

import org.readout.store.Ingestion;
import org.readout.store.Reprocessing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer to {@code POST /api/reprocess}: the counts {@code readout reprocess} prints, failures, and what changed. */
final class ReprocessReport {
    private ReprocessReport() {
    }

    static Map<String, Object> json(Reprocessing.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reprocessed", r.reread());
        out.put("read_differently", r.changed());
        out.put("new_ids", r.renamed());
        out.put("up_to_date", r.upToDate());
        out.put("without_raw_text", r.withoutRaw());
        List<Map<String, String>> failures = r.failures().stream().map(ReprocessReport::failure).toList();
        out.put("failures", failures);
        out.putAll(r.links().json());
        return out;
    }

    private static Map<String, String> failure(Ingestion.Failure f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("document", f.source());
        m.put("reason", f.reason());
        return m;
    }
}
