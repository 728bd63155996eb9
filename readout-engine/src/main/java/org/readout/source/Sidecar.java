package org.readout.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** The optional {@code NAME.ext.meta.json} or {@code NAME.meta.json} beside a document. */
final class Sidecar {
    static final String SUFFIX = ".meta.json";
    private static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    /** The sidecar file for a document, or null when there is none; {@code a.html.meta.json} wins over {@code a.meta.json}. */
    static Path find(Path document) {
        String name = document.getFileName().toString();
        Path full = document.resolveSibling(name + SUFFIX);
        if (Files.isRegularFile(full)) {
            return full;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path stem = document.resolveSibling(name.substring(0, dot) + SUFFIX);
            if (Files.isRegularFile(stem)) {
                return stem;
            }
        }
        return null;
    }

    static SourceMeta read(Path document) throws InputRejected {
        Path sidecar = find(document);
        return sidecar == null ? SourceMeta.EMPTY : parse(document.toString(), sidecar);
    }

    static SourceMeta parse(String source, Path sidecar) throws InputRejected {
        String label = "malformed sidecar " + sidecar.getFileName() + ": ";
        JsonNode root;
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                throw new InputRejected(source, label + "larger than 1 MB");
            }
            root = JSON.readTree(Files.readAllBytes(sidecar));
        } catch (JsonProcessingException e) {
            throw new InputRejected(source, label + "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new InputRejected(source, label + "cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new InputRejected(source, label + "expected a JSON object");
        }
        String published = text(root, "published", source, label);
        var date = IsoDates.parseOrNull(published);
        if (published != null && date == null) {
            throw new InputRejected(source, label + "'published' is not an ISO date: " + published);
        }
        return new SourceMeta(text(root, "url", source, label), text(root, "outlet", source, label), date,
                language(text(root, "language", source, label), source, label), text(root, "title", source, label));
    }

    private static String text(JsonNode root, String field, String source, String label) throws InputRejected {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InputRejected(source, label + "'" + field + "' must be a string");
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static String language(String tag, String source, String label) throws InputRejected {
        if (tag == null) {
            return null;
        }
        try {
            String normal = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().toLanguageTag();
            if (!"und".equals(normal)) {
                return normal;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new InputRejected(source, label + "'language' is not a BCP-47 tag: " + tag);
    }
}
