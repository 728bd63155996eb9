package org.readout.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readout.pipeline.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the store keeps the stages' records (extractions, engagements, statements, document links): JSON without the
 * text of any evidence that its document's cleaned text holds at the evidence's offsets (a sentence is kept once, in
 * the document, not again in every fact, participant and statement read from it), deflated with a preset dictionary
 * of the records' field names ({@code readout/store/json-dictionary.json}), behind a format byte. Reading restores
 * the texts, so a record reads back equal to the one written. A column written before schema version 5 holds plain
 * JSON text and is read as it is.
 */
final class StoredJson {
    /** Deflate with dictionary 1. A new dictionary needs a new format byte: stored rows keep the one they were written with. */
    static final byte DEFLATED_1 = 1;
    private static final byte[] DICTIONARY_1 = resource("/readout/store/json-dictionary.json");

    /** The cleaned text of a stored document, or null when it is not known. */
    interface Texts {
        String of(String documentId);

        Texts NONE = id -> null;
    }

    private StoredJson() {
    }

    static byte[] encode(Object value, Texts texts) {
        JsonNode tree = Json.MAPPER.valueToTree(value);
        strip(tree, texts);
        try {
            return deflate(Json.MAPPER.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new StoreException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A column as written by {@link #encode} (bytes) or before schema version 5 (JSON text), as a record of that type. */
    static <T> T decode(Object column, Class<T> type, Texts texts) {
        try {
            return Json.MAPPER.treeToValue(tree(column, texts), type);
        } catch (IOException e) {
            throw new StoreException("corrupt " + type.getSimpleName() + " in store: " + e.getMessage(), e);
        }
    }

    /** The JSON text a column stands for, evidence texts restored: what a record holds, whichever way it was stored. */
    static String text(Object column, Texts texts) {
        if (column == null) return null;
        try {
            return Json.MAPPER.writeValueAsString(tree(column, texts));
        } catch (IOException e) {
            throw new StoreException("corrupt record in store: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(Object column, Texts texts) throws IOException {
        if (column instanceof String legacy) return Json.MAPPER.readTree(legacy);
        if (!(column instanceof byte[] bytes) || bytes.length == 0) throw new IOException("neither JSON text nor stored JSON");
        if (bytes[0] != DEFLATED_1) throw new IOException("stored JSON of an unknown format " + bytes[0] + " (a newer Readout wrote it)");
        JsonNode tree = Json.MAPPER.readTree(inflate(bytes));
        restore(tree, texts);
        return tree;
    }

    /** Drops the text of every evidence ({document, start, end, text}) that its document's text holds at its offsets. */
    private static void strip(JsonNode node, Texts texts) {
        if (node instanceof ObjectNode o && isEvidence(o, 4) && o.get("text").isTextual()) {
            String text = texts.of(o.get("document").asText());
            int start = o.get("start").asInt();
            int end = o.get("end").asInt();
            if (text != null && 0 <= start && start <= end && end <= text.length()
                    && text.regionMatches(start, o.get("text").asText(), 0, end - start) && o.get("text").asText().length() == end - start) {
                o.remove("text");
            }
            return;
        }
        for (JsonNode child : node) strip(child, texts);
    }

    private static void restore(JsonNode node, Texts texts) throws IOException {
        if (node instanceof ObjectNode o && isEvidence(o, 3)) {
            String id = o.get("document").asText();
            String text = texts.of(id);
            int start = o.get("start").asInt();
            int end = o.get("end").asInt();
            if (text == null || start < 0 || end > text.length() || start > end) {
                throw new IOException("evidence in document " + id + " at " + start + "-" + end + " that its stored text does not hold");
            }
            o.put("text", text.substring(start, end));
            return;
        }
        for (JsonNode child : node) restore(child, texts);
    }

    /** An evidence object: document, start and end, and the text unless it was dropped. */
    private static boolean isEvidence(ObjectNode o, int fields) {
        if (o.size() != fields || !o.path("document").isTextual() || !o.path("start").isInt() || !o.path("end").isInt()) return false;
        if (fields == 3) return true;
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) if (!java.util.Set.of("document", "start", "end", "text").contains(names.next())) return false;
        return true;
    }

    private static byte[] deflate(byte[] json) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            d.setDictionary(DICTIONARY_1);
            d.setInput(json);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 16);
            out.write(DEFLATED_1);
            byte[] buf = new byte[4096];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static byte[] inflate(byte[] stored) throws IOException {
        Inflater inf = new Inflater(true);
        try {
            inf.setDictionary(DICTIONARY_1);
            inf.setInput(stored, 1, stored.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) throw new IOException("stored JSON cut short");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("stored JSON damaged: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = StoredJson.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
