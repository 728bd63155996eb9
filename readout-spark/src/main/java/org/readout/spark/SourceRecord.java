package org.readout.spark;

import org.readout.source.ContentSniffer;
import org.readout.source.Fetched;
import org.readout.source.FileSourceReader;
import org.readout.source.InputRejected;
import org.readout.source.Megabytes;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document on its way to the pipeline, small enough to shuffle: where it stands in the inputs' order
 * ({@link SourceListing.Unit#order()} and its place in its file), and how to get its {@link RawDocument}: a text or HTML
 * file is read by the engine's {@link FileSourceReader} (its sidecar too) on the executor that processes it; a JSON
 * Lines record carries its line; a WARC response its body and how it was captured. A record that could not even be
 * read from its file ({@code failure}) is rejected when processed, so that every failure is reported in one place.
 */
record SourceRecord(String order, SourceListing.Kind kind, String source, byte[] payload, Capture capture, String failure)
        implements Serializable {

    /** A WARC response: the name it would have as a saved file, the address, when it was captured, the HTTP status and headers. */
    record Capture(String fileName, String url, Instant at, int status, Map<String, String> headers) implements Serializable {
        Capture {
            headers = headers == null ? Map.of() : new TreeMap<>(headers);
        }
    }

    static SourceRecord file(String order, String path) {
        return new SourceRecord(order, SourceListing.Kind.FILE, path, null, null, null);
    }

    static SourceRecord jsonLine(String order, String source, byte[] line) {
        return new SourceRecord(order, SourceListing.Kind.JSON_LINES, source, line, null, null);
    }

    static SourceRecord warc(String order, String url, byte[] body, Capture capture) {
        return new SourceRecord(order, SourceListing.Kind.WARC, url, body, capture, null);
    }

    static SourceRecord failed(String order, SourceListing.Kind kind, String source, String reason) {
        return new SourceRecord(order, kind, source, null, null, reason);
    }

    /** The raw document, checked as the CLI checks a file or a web page (size, empty, binary); rejected with a reason otherwise. */
    RawDocument raw(FileSourceReader reader) throws InputRejected {
        if (failure != null) throw new InputRejected(source, failure);
        return switch (kind) {
            case FILE -> reader.read(Path.of(source));
            case JSON_LINES -> JsonLineDocument.parse(source, payload, reader.maxBytes());
            case WARC -> {
                checkBody(source, payload, reader.maxBytes());
                SourceMeta meta = new SourceMeta(capture.url(), null, null, null, null,
                        new Fetched(capture.url(), capture.at(), capture.status(), capture.headers()));
                yield new RawDocument(source, capture.fileName(), payload, meta);
            }
        };
    }

    /** A body the pipeline can read: not over the largest document, not empty, not binary (the web reader's checks). */
    static void checkBody(String source, byte[] body, long maxBytes) throws InputRejected {
        if (body.length > maxBytes) {
            throw new InputRejected(source, "too large (" + Megabytes.of(body.length, true) + " > " + Megabytes.of(maxBytes, false) + ")");
        }
        if (ContentSniffer.isBlank(body)) throw new InputRejected(source, "empty page");
        if (ContentSniffer.isBinary(body)) throw new InputRejected(source, "binary content, not text");
    }
}
