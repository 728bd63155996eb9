package org.readout.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.readout.extract.Evidence;
import org.readout.pipeline.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the store keeps the stages' records (extractions, engagements, statements, document links): JSON in which an
 * evidence whose text its document's cleaned text holds at the evidence's offsets is written without that text (a
 * sentence is kept once, in the document, not again in every fact, participant and statement read from it),
 * deflated with a preset dictionary of the records' field names ({@code readout/store/json-dictionary.json}), behind
 * a format byte. Reading gives the texts back from the documents, so a record reads back equal to the one written.
 * A column written before schema version 5 holds plain JSON text and is read as it is.
 */
final class StoredJson {
    /** Deflate with dictionary 1. A new dictionary needs a new format byte: stored rows keep the one they were written with. */
    static final byte DEFLATED_1 = 1;
    private static final byte[] DICTIONARY_1 = resource("/readout/store/json-dictionary.json");
    private static final String TEXTS = "readout.store.texts";
    private static final ObjectMapper MAPPER = Json.MAPPER.copy().registerModule(new SimpleModule("stored-evidence")
            .addSerializer(Evidence.class, new EvidenceWriter()).addDeserializer(Evidence.class, new EvidenceReader()));

    /** The cleaned text of a stored document, or null when it is not known. */
    interface Texts {
        String of(String documentId);

        Texts NONE = id -> null;
    }

    private StoredJson() {
    }

    static byte[] encode(Object value, Texts texts) {
        try {
            return deflate(MAPPER.writer().withAttribute(TEXTS, texts).writeValueAsBytes(value));
        } catch (IOException e) {
            throw new StoreException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A column as written by {@link #encode} (bytes) or before schema version 5 (JSON text), as a record of that type. */
    static <T> T decode(Object column, Class<T> type, Texts texts) {
        try {
            var reader = MAPPER.readerFor(type).withAttribute(TEXTS, texts);
            if (column instanceof String legacy) return reader.readValue(legacy);
            if (!(column instanceof byte[] bytes) || bytes.length == 0) throw new IOException("neither JSON text nor stored JSON");
            if (bytes[0] != DEFLATED_1) throw new IOException("stored JSON of an unknown format " + bytes[0] + " (a newer Readout wrote it)");
            return reader.readValue(inflate(bytes));
        } catch (IOException e) {
            throw new StoreException("corrupt " + type.getSimpleName() + " in store: " + e.getMessage(), e);
        }
    }

    /** The plain JSON of a stored record, whichever way it was stored: what it holds, to compare two readings. */
    static String plain(Object column, Class<?> type, Texts texts) {
        if (column == null) return null;
        try {
            return Json.MAPPER.writeValueAsString(decode(column, type, texts));
        } catch (IOException e) {
            throw new StoreException("cannot serialise " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Writes an evidence without its text when the document's text holds it at its offsets. */
    private static final class EvidenceWriter extends JsonSerializer<Evidence> {
        @Override
        public void serialize(Evidence e, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("document", e.document());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            if (!heldByDocument(e, (Texts) provider.getAttribute(TEXTS))) g.writeStringField("text", e.text());
            g.writeEndObject();
        }

        private static boolean heldByDocument(Evidence e, Texts texts) {
            if (texts == null || e.document() == null || e.text() == null) return false;
            String text = texts.of(e.document());
            return text != null && 0 <= e.start() && e.start() <= e.end() && e.end() <= text.length()
                    && e.end() - e.start() == e.text().length() && text.startsWith(e.text(), e.start());
        }
    }

    /** Reads an evidence, its text from its document's when it was written without one. */
    private static final class EvidenceReader extends JsonDeserializer<Evidence> {
        @Override
        public Evidence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String document = null;
            int start = 0;
            int end = 0;
            String text = null;
            boolean hasText = false;
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) t = p.nextToken();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "document" -> document = p.getValueAsString();
                    case "start" -> start = p.getIntValue();
                    case "end" -> end = p.getIntValue();
                    case "text" -> {
                        text = p.getValueAsString();
                        hasText = true;
                    }
                    default -> p.skipChildren();
                }
            }
            if (hasText) return new Evidence(document, start, end, text);
            Texts texts = (Texts) ctxt.getAttribute(TEXTS);
            String whole = texts == null || document == null ? null : texts.of(document);
            if (whole == null || start < 0 || start > end || end > whole.length()) {
                throw new IOException("evidence in document " + document + " at " + start + "-" + end + " that its stored text does not hold");
            }
            return new Evidence(document, start, end, whole.substring(start, end));
        }
    }

    /** One deflater and inflater per thread, reset for each record: making one costs more than a record's compression. */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(3, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private static byte[] deflate(byte[] json) {
        Deflater d = DEFLATERS.get();
        d.reset();
        d.setDictionary(DICTIONARY_1);
        d.setInput(json);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 16);
        out.write(DEFLATED_1);
        byte[] buf = new byte[4096];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] stored) throws IOException {
        Inflater inf = INFLATERS.get();
        inf.reset();
        try {
            inf.setDictionary(DICTIONARY_1);
            inf.setInput(stored, 1, stored.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 5);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) throw new IOException("stored JSON cut short");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("stored JSON damaged: " + e.getMessage(), e);
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
