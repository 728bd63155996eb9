package org.readout.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;

/** The one SparkSession of the module's tests: local[2], two shuffle partitions, on loopback, no web UI. Stopped when the JVM ends. */
final class TestSpark {
    private static SparkSession spark;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("readout-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }

    /** ../shared beside the project, as CI lays it out; null when absent (the CLI's tests find it the same way). */
    static Path shared() {
        String prop = System.getProperty("readout.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop).normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) return candidate;
        }
        return null;
    }

    /** The project's samples folder. */
    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) return dir.resolve("samples");
        }
        throw new IllegalStateException("no samples folder above " + Path.of("").toAbsolutePath());
    }
}
