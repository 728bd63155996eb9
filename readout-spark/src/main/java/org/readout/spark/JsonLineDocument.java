package org.readout.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readout.source.InputRejected;
import org.readout.source.IsoDates;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * One JSON Lines record as a document: {@code {"url": ..., "text": ..., "published": ..., ...}}. The body is
 * {@code html} (read as an {@code .html} file) or else {@code text} (as a {@code .txt} file); {@code url},
 * {@code outlet}, {@code published} (an ISO date or date-time), {@code language} (BCP-47) and {@code title} are
 * read as a sidecar's fields are, with the same rules; other fields are ignored. The record reaches the pipeline
 * as the same body saved as a file with a sidecar giving those fields would.
 */
final class JsonLineDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLineDocument() {
    }

    static RawDocument parse(String source, byte[] line, long maxBytes) throws InputRejected {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputRejected(source, "not a valid JSON record (column " + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw new InputRejected(source, "not a valid JSON record");
        }
        if (root == null || !root.isObject()) throw new InputRejected(source, "a JSON Lines record must be a JSON object");
        String html = body(root, "html", source);
        String body = html != null ? html : body(root, "text", source);
        if (body == null) throw new InputRejected(source, "a record needs a 'text' or an 'html' field");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SourceRecord.checkBody(source, bytes, maxBytes);
        String published = text(root, "published", source);
        var date = IsoDates.parseOrNull(published);
        if (published != null && date == null) throw new InputRejected(source, "'published' is not an ISO date: " + published);
        SourceMeta meta = new SourceMeta(text(root, "url", source), text(root, "outlet", source), date,
                language(text(root, "language", source), source), text(root, "title", source));
        return new RawDocument(source, html != null ? "record.html" : "record.txt", bytes, meta);
    }

    /** The body as given, null when absent or null. */
    private static String body(JsonNode root, String field, String source) throws InputRejected {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new InputRejected(source, "'" + field + "' must be a string");
        return node.asText();
    }

    /** A string field stripped, null when absent, null or blank; any other JSON value is an error. */
    private static String text(JsonNode root, String field, String source) throws InputRejected {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new InputRejected(source, "'" + field + "' must be a string");
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static String language(String tag, String source) throws InputRejected {
        if (tag == null) return null;
        try {
            String normal = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().toLanguageTag();
            if (!"und".equals(normal)) return normal;
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new InputRejected(source, "'language' is not a BCP-47 tag: " + tag);
    }
}
