package org.readout.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readout.export.ReadoutJson;
import org.readout.export.StatementTsv;
import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;
import org.readout.link.Linker;
import org.readout.link.Statement;
import org.readout.pipeline.Pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links the documents of one block ({@link Blocking}) with the engine's own linker and writes what it made as the
 * export writes it: each document, engagement and statement as the object {@link ReadoutJson} makes of it, each
 * statement's row as {@link StatementTsv} writes it, and the keys that sort them as {@code readout export} does
 * (documents by id; engagements dated first, by day, then by id; statements by document, sentence offset, then the
 * linker's order).
 */
final class BlockLinker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlockLinker() {
    }

    static List<Output> link(Iterable<Processed> block, Pipeline pipeline) {
        List<LinkInput> inputs = new ArrayList<>();
        Map<String, Processed> byId = new HashMap<>();
        for (Processed p : block) {
            inputs.add(p.linkInput());
            byId.put(p.id(), p);
        }
        LinkedCorpus corpus = pipeline.link(inputs);
        List<Output> out = new ArrayList<>();
        for (LinkedDocument d : corpus.documents()) {
            Processed p = byId.get(d.summary().id());
            out.add(new Output(Output.Table.DOCUMENTS, d.summary().id(), compact(ReadoutJson.document(d)), null,
                    p.engineVersion(), p.knowledgeDigest(), null));
        }
        for (Engagement e : corpus.engagements()) {
            out.add(new Output(Output.Table.ENGAGEMENTS, engagementKey(e), compact(ReadoutJson.engagement(e)), null, null, null,
                    Linker.naturalId(e)));
        }
        List<String> rows = tsvRows(corpus);
        Map<String, Integer> perDocument = new HashMap<>();
        for (int i = 0; i < corpus.statements().size(); i++) {
            Statement st = corpus.statements().get(i);
            int nth = perDocument.merge(st.report().document(), 1, Integer::sum) - 1;
            out.add(new Output(Output.Table.STATEMENTS, statementKey(st, nth), compact(ReadoutJson.statement(st)), rows.get(i), null, null, null));
        }
        return out;
    }

    /** Dated engagements first, by day, then by id (the store's {@code ORDER BY date IS NULL, date, id}). */
    static String engagementKey(Engagement e) {
        return (e.date() == null ? "1" : "0" + e.date()) + "\u0000" + e.id();
    }

    /**
     * By document, then the sentence's offset, then the linker's order among the document's statements (the store's
     * {@code ORDER BY document_id, span_start, rowid}, its rows written in the linker's order).
     */
    static String statementKey(Statement st, int nthOfDocument) {
        return st.report().document() + "\u0000" + String.format(Locale.ROOT, "%012d\u0000%012d", st.report().evidence().start(), nthOfDocument);
    }

    /** The engagement id in an engagement's key. */
    static String engagementId(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }

    /** The header of the statements' TSV, as the export writes it. */
    static String tsvHeader() {
        return tsvLines(new LinkedCorpus(List.of(), List.of(), List.of())).get(0);
    }

    /** Each statement's TSV row, in the corpus's order. */
    private static List<String> tsvRows(LinkedCorpus corpus) {
        List<String> lines = tsvLines(corpus);
        if (lines.size() != corpus.statements().size() + 1) {
            throw new IllegalStateException("the TSV has " + lines.size() + " lines for " + corpus.statements().size() + " statements");
        }
        return lines.subList(1, lines.size());
    }

    private static List<String> tsvLines(LinkedCorpus corpus) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StatementTsv.write(corpus, bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            return List.of(text.substring(0, text.length() - 1).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
