package org.readout.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SingleFileTest {
    @TempDir
    Path tmp;

    @Test
    void linesSortedByTheirKeysOverPartitionsIntoOneFileBehindItsHeader() throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        List<Tuple2<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) lines.add(new Tuple2<>(String.format("k%04d", i), "line " + i));
        Collections.shuffle(lines, new Random(7));
        Path target = tmp.resolve("out/lines.tsv");
        Files.createDirectories(target.getParent());
        SingleFile.write(jsc.parallelizePairs(lines, 3), 3, target.toString(), "header", jsc.hadoopConfiguration());
        List<String> written = Files.readAllLines(target);
        assertEquals(501, written.size());
        assertEquals("header", written.get(0));
        for (int i = 0; i < 500; i++) assertEquals("line " + i, written.get(i + 1));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of("lines.tsv"), files.map(p -> p.getFileName().toString()).toList(), "no parts, no checksum files left");
        }

        SingleFile.write(jsc.parallelizePairs(List.<Tuple2<String, String>>of(), 2), 2, target.toString(), null, jsc.hadoopConfiguration());
        assertEquals(0, Files.size(target), "nothing to write: an empty file, replacing the old one");
    }
}
