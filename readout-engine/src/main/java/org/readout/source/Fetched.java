package org.readout.source;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a web page was fetched: the address asked for (the document's {@code url} is where redirects ended), when,
 * the status, and the response headers (names in lower case, repeated values joined with ", ", cookies left out).
 * Kept with the page's raw bytes; the pipeline reads only the url, as it would from a sidecar.
 */
public record Fetched(String requested, Instant at, int status, Map<String, String> headers) {
    public Fetched {
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(headers));
    }
}
