package org.readout.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.readout.extract.DocumentExtraction;
import org.readout.link.DocumentSummary;
import org.readout.link.LinkInput;
import org.readout.link.LinkKey;
import org.readout.pipeline.Json;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.InputRejected;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One record through the pipeline's per-document stages (clean, annotate, extract) on an executor: either the
 * document as the linker takes it, kept as the JSON the store keeps it as (so the job links exactly what
 * {@code readout ingest} links after reading it back), with the signatures of its reports' blocking keys
 * ({@link Blocking}); or the reason it failed.
 */
record Processed(String order, String id, String summaryJson, String extractionJson, List<String> blockKeys,
                 String engineVersion, String knowledgeDigest, String source, String failure) implements Serializable {

    boolean failed() {
        return failure != null;
    }

    /** Reads, cleans, annotates and extracts one record with this thread's pipeline; any failure is the record's alone, as in the CLI. */
    static Processed of(SourceRecord record, Engines.Engine engine) {
        try {
            ProcessedDocument doc = engine.pipeline().process(record.raw(engine.readout().reader()));
            return new Processed(record.order(), doc.document().id(), json(doc.summary()), json(doc.extraction()),
                    blockKeys(new LinkInput(doc.summary(), doc.extraction())), doc.extractedBy().engineVersion(), doc.extractedBy().knowledgeDigest(), doc.document().source(), null);
        } catch (InputRejected e) {
            return failure(record.order(), e.source(), e.getMessage());
        } catch (Throwable e) {
            // an Error too (a StackOverflowError deep in a library): this record's failure, not the job's
            return failure(record.order(), record.source(), "internal error: " + e);
        }
    }

    static Processed failure(String order, String source, String reason) {
        return new Processed(order, null, null, null, List.of(), null, null, source, reason);
    }

    /** The document as the linker takes it, read back from its JSON as the store reads it back. */
    LinkInput linkInput() {
        try {
            return new LinkInput(Json.MAPPER.readValue(summaryJson, DocumentSummary.class),
                    Json.MAPPER.readValue(extractionJson, DocumentExtraction.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read back the extraction of " + id, e);
        }
    }

    /** The signatures of the blocking keys of a document's reports of two countries or more, distinct, in order. */
    static List<String> blockKeys(LinkInput in) {
        TreeSet<String> keys = new TreeSet<>();
        for (LinkKey k : org.readout.link.Blocking.keys(in)) keys.add(k.signature());
        return new ArrayList<>(keys);
    }

    private static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
