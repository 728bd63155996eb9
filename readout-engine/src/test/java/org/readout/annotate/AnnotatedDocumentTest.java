package org.readout.annotate;

import org.junit.jupiter.api.Test;
import org.readout.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedDocumentTest {
    private static final String TEXT = """
            Tuvalu-Estonia Ministers' Talk
            On May 3, 2024, Foreign Minister Penny Wong of Australia met Foreign Minister Park Jin of Korea in Seoul for 40 minutes.
            Minister Park expressed concern about missile launches. Minister Wong welcomed the progress on trade on Monday.

            The two ministers agreed to meet again in Canberra next month. No minister spoke on Tuesday.
            """;

    @Test
    void mentionsAndTimesOfASentenceAreThoseTheWholeScanFinds() {
        AnnotatedDocument doc = new KnowledgeAnnotator(KnowledgeBase.bundled()).annotate(KnowledgeAnnotatorTest.doc("d", TEXT));
        assertTrue(doc.sentences().size() >= 5 && doc.mentions().size() > 10 && doc.times().size() > 3, doc.toString());
        for (int i = -1; i <= doc.sentences().size(); i++) {
            int s = i;
            assertEquals(doc.mentions().stream().filter(m -> m.sentence() == s).toList(), doc.mentionsIn(s));
            assertEquals(doc.times().stream().filter(t -> t.sentence() == s).toList(), doc.timesIn(s));
            for (MentionType type : MentionType.values()) {
                assertEquals(doc.mentions().stream().filter(m -> m.sentence() == s && m.type() == type).toList(), doc.mentionsIn(s, type));
            }
        }
    }

    @Test
    void mentionsGivenInAnyOrderAreKeptBySentenceThenOffset() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 10, "Aaaa Bbbb."), new Sentence(1, 11, 21, "Cccc Dddd."),
                new Sentence(2, 22, 32, "Eeee Ffff."));
        List<Mention> ordered = new ArrayList<>();
        for (Sentence s : sentences) {
            ordered.add(new Mention(MentionType.PERSON, s.index(), s.start(), s.start() + 4, s.text().substring(0, 4), null));
            ordered.add(new Mention(MentionType.COUNTRY, s.index(), s.start() + 5, s.start() + 9, s.text().substring(5, 9), null));
        }
        List<Mention> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));
        AnnotatedDocument doc = new AnnotatedDocument(KnowledgeAnnotatorTest.doc("d", "Aaaa Bbbb. Cccc Dddd. Eeee Ffff."),
                sentences, shuffled, List.of());
        assertEquals(ordered, doc.mentions());
        assertEquals(ordered.subList(2, 4), doc.mentionsIn(1));
        assertEquals(List.of(ordered.get(5)), doc.mentionsIn(2, MentionType.COUNTRY));
        assertEquals(1, doc.sentenceStartingAt(11));
        assertEquals(-1, doc.sentenceStartingAt(12));
        assertEquals(1, doc.sentenceAt(12), "the sentence an offset falls in");
        assertEquals(0, doc.sentenceAt(0));
        assertEquals(2, doc.sentenceAt(40));
        assertEquals(-1, doc.sentenceAt(-1));
    }
}
