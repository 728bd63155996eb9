package org.readout.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.api.java.JavaPairRDD;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Lines sorted by their keys into one file, as the export writes one: the executors sort by ranges of keys into
 * part files beside the target, then the driver joins the parts in order behind an optional header line, and
 * removes them. Written whole or not at all: the file appears under its name only when complete.
 */
final class SingleFile {
    private SingleFile() {
    }

    static void write(JavaPairRDD<String, String> keyedLines, int partitions, String target, String header, Configuration conf) throws IOException {
        Path file = new Path(target);
        Path parts = new Path(target + ".parts");
        Path partial = new Path(target + ".partial");
        FileSystem fs = file.getFileSystem(conf);
        if (fs instanceof LocalFileSystem local) fs = local.getRaw(); // no .crc files beside a local output
        fs.delete(parts, true);
        keyedLines.sortByKey(true, Math.max(1, partitions)).values().saveAsTextFile(parts.toString());
        FileStatus[] found = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
        Arrays.sort(found, Comparator.comparing(s -> s.getPath().getName()));
        try (FSDataOutputStream out = fs.create(partial, true)) {
            if (header != null) out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            for (FileStatus part : found) {
                try (InputStream in = fs.open(part.getPath())) {
                    IOUtils.copyBytes(in, out, 1 << 16, false);
                }
            }
        }
        fs.delete(file, false);
        if (!fs.rename(partial, file)) throw new IOException("cannot rename " + partial + " to " + file);
        fs.delete(parts, true);
    }
}
