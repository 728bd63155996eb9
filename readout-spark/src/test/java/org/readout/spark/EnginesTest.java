package org.readout.spark;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.Pipeline;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class EnginesTest {
    @Test
    void oneEnginePerJvmAndSettingsAndOnePipelinePerThread() throws Exception {
        Engines.Settings bundled = new Engines.Settings(null, 10L << 20);
        Engines.Engine engine = Engines.of(bundled);
        assertSame(engine, Engines.of(new Engines.Settings(null, 10L << 20)), "the same engine for equal settings: the knowledge is loaded once");
        assertNotSame(engine, Engines.of(new Engines.Settings(null, 1L << 20)));
        Pipeline mine = engine.pipeline();
        assertSame(mine, engine.pipeline(), "a thread keeps its pipeline");
        AtomicReference<Pipeline> other = new AtomicReference<>();
        AtomicReference<Object> otherKnowledge = new AtomicReference<>();
        Thread t = new Thread(() -> {
            other.set(Engines.of(bundled).pipeline());
            otherKnowledge.set(Engines.of(bundled).readout().knowledgeBase());
        });
        t.start();
        t.join();
        assertNotSame(mine, other.get(), "each thread its own pipeline (the annotator is not thread-safe)");
        assertSame(engine.readout().knowledgeBase(), otherKnowledge.get(), "over one knowledge base");
    }

    @Test
    void readability4jIsQuietOnEveryExecutor() {
        org.apache.logging.log4j.core.config.Configurator.setLevel("net.dankito.readability4j", org.apache.logging.log4j.Level.ERROR);
        Engines.quietLibraries();
        assertSame(org.apache.logging.log4j.Level.OFF, org.apache.logging.log4j.LogManager.getLogger("net.dankito.readability4j.Readability4J").getLevel(),
                "it reports every page read from a file as an error");
    }
}
