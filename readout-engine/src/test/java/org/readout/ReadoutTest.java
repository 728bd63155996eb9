package org.readout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.knowledge.KnowledgeDigest;
import org.readout.link.Engagement;
import org.readout.pipeline.EngineVersion;
import org.readout.pipeline.ExtractedBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadoutTest {
    private static final String CALL = "Seoul, March 14 (Ministry of Foreign Affairs) -- Foreign Minister Park Jin held a "
            + "telephone conversation with Australian Foreign Minister Penny Wong on March 14, 2023. The two ministers agreed "
            + "to strengthen cooperation on critical minerals.\n";

    @TempDir
    Path dir;

    @Test
    void analyzeReadsExtractsAndLinksInMemory() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), CALL);
        Files.writeString(in.resolve("copy.txt"), CALL);
        Files.writeString(in.resolve("empty.txt"), "");
        List<String> told = new ArrayList<>();
        Analysis a = Readout.bundled().analyze(List.of(in), new Analysis.Listener() {
            @Override
            public void started(int files) {
                told.add("started " + files);
            }

            @Override
            public void failed(Analysis.Failure failure) {
                told.add("failed " + Path.of(failure.source()).getFileName());
            }
        });
        assertEquals(List.of("started 3", "failed empty.txt"), told);
        assertEquals(2, a.read());
        assertEquals(1, a.documents().size(), "two files of one text are one document");
        assertEquals(1, a.failures().size());
        List<Engagement> engagements = a.engagements();
        assertEquals(1, engagements.size(), engagements.toString());
        assertEquals("2023-03-14", String.valueOf(engagements.get(0).date()));
        assertTrue(a.linked().statements().size() > 0);
    }

    @Test
    void extractionsAreStampedWithTheFolderTheyWereReadWith() throws IOException {
        Files.writeString(dir.resolve("issues.tsv"), "widget-exports\tWidget exports\teconomic\twidget exports\n");
        Readout user = Readout.builder().knowledge(dir).build();
        assertEquals(new ExtractedBy(EngineVersion.CURRENT, KnowledgeDigest.of(dir)), user.pipeline().extractedBy());
        assertEquals(new ExtractedBy(EngineVersion.CURRENT, KnowledgeDigest.of(null)), Readout.bundled().pipeline().extractedBy());
    }

    @Test
    void aUsersCueChangesWhatIsRead() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), CALL.replace("The two ministers agreed", "The two ministers purportedly agreed"));
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(kb.resolve("cues.tsv"), "# my hedges\nhedge\tpurportedly\n");
        List<String> bundled = acts(Readout.bundled().analyze(List.of(in)));
        assertTrue(bundled.stream().anyMatch(v -> v.startsWith("agreed")), bundled.toString());
        assertEquals(List.of(), acts(Readout.builder().knowledge(kb).build().analyze(List.of(in))),
                "after the user's hedge, the act is the writer's reading");
    }

    private static List<String> acts(Analysis a) {
        return a.linked().statements().stream().map(s -> s.report().verb()).toList();
    }

    @Test
    void aKnowledgeFolderThatIsNotThereIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readout.builder().knowledge(dir.resolve("nope")).build());
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
