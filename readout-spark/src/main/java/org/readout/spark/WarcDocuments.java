package org.readout.spark;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.readout.source.Megabytes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The documents of a WARC file (plain or gzip-compressed, as CC-NEWS ships them), read with jwarc: each
 * {@code response} record of an HTTP 2xx answer whose content type is HTML ({@code text/html},
 * {@code application/xhtml+xml}) or plain text becomes a document, its body decoded from its transfer and content
 * encodings, with the record's target address as its url and source, as a page fetched from that address would be.
 * Requests, metadata, redirects, error pages and other media are not documents and are counted as skipped.
 */
final class WarcDocuments {
    /** What one WARC file gave: its documents, its failures (a body too large, a file broken part way), and how many records were skipped. */
    record Result(List<SourceRecord> records, List<SourceListing.Failure> failures, long skipped) {
    }

    private WarcDocuments() {
    }

    static Result read(InputStream in, String path, String order, long maxBytes) {
        List<SourceRecord> records = new ArrayList<>();
        List<SourceListing.Failure> failures = new ArrayList<>();
        long skipped = 0;
        long n = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                n++;
                if (!(record instanceof WarcResponse response)) {
                    skipped++;
                    continue;
                }
                String url = response.target();
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | RuntimeException e) {
                    skipped++; // not an HTTP response (dns:, gemini:)
                    continue;
                }
                String extension = extension(http.contentType());
                if (http.status() < 200 || http.status() > 299 || extension == null) {
                    skipped++;
                    continue;
                }
                byte[] body;
                try (InputStream b = http.bodyDecoded().stream()) {
                    body = b.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                } catch (IOException e) {
                    failures.add(new SourceListing.Failure(url, "unreadable WARC record in " + path + " (" + e.getMessage() + ")"));
                    continue;
                }
                if (body.length > maxBytes) {
                    failures.add(new SourceListing.Failure(url, "too large (more than " + Megabytes.of(maxBytes, false) + ")"));
                    continue;
                }
                SourceRecord.Capture capture = new SourceRecord.Capture("page." + extension, url, record.date(), http.status(), headers(http));
                records.add(SourceRecord.warc(order + String.format(Locale.ROOT, "#%012d", n), url, body, capture));
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new SourceListing.Failure(path, "broken WARC file after " + n + " records (" + e.getMessage() + ")"));
        }
        return new Result(records, failures, skipped);
    }

    /** {@code html} or {@code txt} for the content types that are documents, else null. */
    static String extension(MediaType type) {
        if (type == null) return null;
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return switch (base) {
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/plain" -> "txt";
            default -> null;
        };
    }

    /** The response's headers as the web reader keeps them: names in lower case, repeated values joined with ", ", cookies left out. */
    private static Map<String, String> headers(HttpResponse http) {
        Map<String, String> out = new TreeMap<>();
        http.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("set-cookie") || key.equals("cookie")) return;
            out.merge(key, String.join(", ", values), (a, b) -> a + ", " + b);
        });
        return out;
    }
}
