package org.readout.spark;

import org.readout.Readout;
import org.readout.pipeline.Pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine on an executor: one {@link Readout} per JVM and settings, made on first use, so the knowledge is loaded
 * once per executor however many partitions and blocks it runs; and one {@link Pipeline} per thread over it (the
 * annotator is not thread-safe, and an executor runs several tasks at once).
 */
final class Engines {
    /** What the job hands every executor to build its engine with: the user's knowledge folder (null for none) and the largest document. */
    record Settings(String knowledgeDir, long maxDocumentBytes) implements Serializable {
        Readout build() {
            Readout.Builder b = Readout.builder().maxDocumentBytes(maxDocumentBytes);
            if (knowledgeDir != null) b.knowledge(Path.of(knowledgeDir));
            return b.build();
        }
    }

    private static final Map<Settings, Engine> ENGINES = new HashMap<>();

    private Engines() {
    }

    /** The one engine of this JVM for these settings. */
    static synchronized Engine of(Settings settings) {
        if (ENGINES.isEmpty()) quietLibraries();
        return ENGINES.computeIfAbsent(settings, s -> new Engine(s.build()));
    }

    /**
     * Readability4J logs an error with a stack trace for every HTML page without an address (a file): as the CLI
     * does, it is silenced, here in Spark's log4j 2 on each executor, whatever the cluster's log configuration.
     */
    static void quietLibraries() {
        try {
            org.apache.logging.log4j.core.config.Configurator.setLevel("net.dankito.readability4j", org.apache.logging.log4j.Level.OFF);
        } catch (LinkageError e) {
            // another log backend than Spark's own: left as configured
        }
    }

    /** A loaded engine and a pipeline per thread over it. */
    static final class Engine {
        private final Readout readout;
        private final ThreadLocal<Pipeline> pipelines;

        private Engine(Readout readout) {
            this.readout = readout;
            this.pipelines = ThreadLocal.withInitial(readout::pipeline);
        }

        Readout readout() {
            return readout;
        }

        /** This thread's pipeline. */
        Pipeline pipeline() {
            return pipelines.get();
        }
    }
}
