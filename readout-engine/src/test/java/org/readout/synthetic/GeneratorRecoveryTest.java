package org.readout.synthetic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.InputRejected;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator as an oracle: a generated corpus through the whole engine (clean, annotate, extract, link), and every
 * encounter found again whole: its documents linked to one engagement, each in its relation, and every field right.
 */
class GeneratorRecoveryTest {
    private static List<Story> stories;
    private static LinkedCorpus corpus;

    @BeforeAll
    static void readGeneratedCorpus() throws InputRejected {
        Readout readout = Readout.bundled();
        Pipeline pipeline = readout.pipeline();
        Generator g = new Generator(readout.knowledgeBase(), 7);
        stories = new ArrayList<>();
        List<LinkInput> inputs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Story s = g.next();
            stories.add(s);
            for (SyntheticDocument d : s.documents()) {
                ProcessedDocument p = pipeline.process(d.raw("synthetic"));
                inputs.add(new LinkInput(p.summary(), p.extraction()));
            }
        }
        corpus = pipeline.link(inputs);
    }

    @Test
    void theEngineRecoversEveryGeneratedEncounter() {
        Recovery r = Recovery.of(stories, corpus);
        assertEquals(r.encounters(), r.recovered(), r.summary() + "\n" + String.join("\n", r.examples()));
        assertEquals(r.documents(), r.documentsRight(), r.summary());
        assertEquals("recovered=150/150 documents_right=" + r.documents() + "/" + r.documents(), r.summary());
    }

    @Test
    void aFieldTheEngineGotOtherwiseIsReported() {
        List<Story> altered = new ArrayList<>(stories);
        Story first = altered.get(0);
        Encounter e = first.planned();
        altered.set(0, new Story(new Encounter(e.index(), e.kind(), e.status(), e.format(), e.setting(), e.date().plusDays(1),
                e.localTime(), e.durationMinutes(), e.location(), e.host(), e.occasion(), e.sides()), first.documents()));
        Recovery r = Recovery.of(altered, corpus);
        assertEquals(r.encounters() - 1, r.recovered());
        assertEquals(1, r.wrong().get("date"));
        assertTrue(r.examples().get(0).startsWith("encounter 0: date: want " + e.date().plusDays(1)), r.examples().get(0));
    }
}
