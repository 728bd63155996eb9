package org.readout.extract;

import org.readout.clean.DefaultCleaner;
import org.readout.knowledge.KnowledgeBase;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invented readouts and news stories of {@code src/test/resources/statements/}, run through the whole
 * pipeline as the CLI runs them ({@code new Pipeline(KnowledgeBase.bundled(), new DefaultCleaner())}).
 */
public final class Readouts {
    private static Pipeline pipeline;

    /** An invented opening naming two sides that hold the same office, the Indian one bare (the page's voice). */
    public static final String PM_MEETS_PM = "Prime Minister Narendra Modi met with the Prime Minister of the United Kingdom, "
            + "Sir Keir Starmer, on November 18, 2024 in Rio de Janeiro.\n";

    private Readouts() {
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(KnowledgeBase.bundled(), new DefaultCleaner());
        return pipeline;
    }

    /** A fixture's text. */
    public static String text(String name) {
        try (InputStream in = Readouts.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text through clean, annotate and extract, as a file called {@code fileName}. */
    public static synchronized ProcessedDocument process(String fileName, String text) {
        return process(pipeline(), fileName, text);
    }

    /** The pipeline with a user's knowledge folder, as {@code --knowledge DIR} makes it. */
    public static Pipeline pipeline(java.nio.file.Path knowledgeDir) {
        return new Pipeline(KnowledgeBase.load(knowledgeDir), new DefaultCleaner());
    }

    /** A text through another pipeline's clean, annotate and extract. */
    public static ProcessedDocument process(Pipeline pipeline, String fileName, String text) {
        try {
            return pipeline.process(new RawDocument("statements/" + fileName, fileName,
                    text.getBytes(StandardCharsets.UTF_8), SourceMeta.EMPTY));
        } catch (InputRejected e) {
            throw new AssertionError("fixture " + fileName + " rejected: " + e.getMessage(), e);
        }
    }

    /** A fixture of {@code src/test/resources/statements/} through the pipeline. */
    public static ProcessedDocument fixture(String name) {
        return process(name, text(name));
    }

    public static synchronized LinkedCorpus link(ProcessedDocument... documents) {
        List<LinkInput> inputs = new ArrayList<>();
        for (ProcessedDocument d : documents) inputs.add(new LinkInput(d.summary(), d.extraction()));
        return pipeline().link(inputs);
    }

    public static List<StatementReport> statements(ProcessedDocument d) {
        return d.extraction().statements();
    }

    /** The statements read from the one sentence that starts with {@code sentenceStart}, in extraction order. */
    public static List<StatementReport> in(ProcessedDocument d, String sentenceStart) {
        List<StatementReport> out = new ArrayList<>();
        for (StatementReport s : statements(d)) if (s.evidence().text().startsWith(sentenceStart)) out.add(s);
        return out;
    }

    /** The one statement of that sentence, or fails. */
    public static StatementReport only(ProcessedDocument d, String sentenceStart) {
        List<StatementReport> found = in(d, sentenceStart);
        if (found.size() != 1) fail("expected one statement in \"" + sentenceStart + "\", got " + found);
        return found.get(0);
    }

    /** The statement of that sentence on that issue, or fails. */
    public static StatementReport on(ProcessedDocument d, String sentenceStart, String issueId) {
        List<StatementReport> found = in(d, sentenceStart).stream()
                .filter(s -> s.issue() != null && s.issue().id().equals(issueId)).toList();
        if (found.size() != 1) fail("expected one statement on " + issueId + " in \"" + sentenceStart + "\", got " + in(d, sentenceStart));
        return found.get(0);
    }

    /** The statement of that sentence that these words made, or fails. */
    public static StatementReport byVerb(ProcessedDocument d, String sentenceStart, String verb) {
        List<StatementReport> found = in(d, sentenceStart).stream().filter(s -> s.verb().equals(verb)).toList();
        if (found.size() != 1) fail("expected one statement by '" + verb + "' in \"" + sentenceStart + "\", got " + in(d, sentenceStart));
        return found.get(0);
    }

    /** The countries of a statement's speakers. */
    public static Set<String> countries(StatementReport s) {
        Set<String> out = new TreeSet<>();
        for (Speaker sp : s.speakers()) out.add(sp.country());
        return out;
    }

    /** The statement's evidence is exactly the cleaned text between its offsets, in its own document. */
    public static void assertEvidenceInCleanText(ProcessedDocument d, StatementReport s) {
        Evidence ev = s.evidence();
        String text = d.document().text();
        assertEquals(d.document().id(), ev.document(), "evidence document of " + s);
        assertEquals(text.substring(ev.start(), ev.end()), ev.text(), "evidence text at its offsets of " + s);
    }

    public static final Speaker HAYASHI = new Speaker("Yoshimasa Hayashi", "JPN", "foreign minister");
    public static final Speaker QIN = new Speaker("Qin Gang", "CHN", "foreign minister");
    public static final Speaker KAMIKAWA = new Speaker("Yoko Kamikawa", "JPN", "foreign minister");
    public static final Speaker WANG = new Speaker("Wang Yi", "CHN", "foreign minister");
    public static final Speaker BLINKEN = new Speaker("Antony Blinken", "USA", "foreign minister");
}
