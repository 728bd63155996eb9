package org.readout.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * On an executor: one listed file into the documents it holds, cheaply (no pipeline yet), so that they can be
 * spread over the partitions before the expensive work. A text or HTML file is one record read later by the engine;
 * a JSON Lines file one record per line that is not blank ({@code FILE:LINE}); a WARC file one per HTML response.
 */
final class SourceReading {
    private SourceReading() {
    }

    static List<SourceRecord> read(SourceListing.Unit unit, HadoopConf conf, long maxBytes, LongConsumer skipped) {
        return switch (unit.kind()) {
            case FILE -> List.of(SourceRecord.file(unit.order(), unit.path()));
            case JSON_LINES -> jsonLines(unit, conf);
            case WARC -> warc(unit, conf, maxBytes, skipped);
        };
    }

    private static InputStream open(String path, HadoopConf conf) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf.get());
        return fs.open(p);
    }

    /** The name to show for a file: a local file by its path, any other by its address. */
    static String shown(String path) {
        return path.startsWith("file:") ? new Path(path).toUri().getPath() : path;
    }

    private static List<SourceRecord> jsonLines(SourceListing.Unit unit, HadoopConf conf) {
        List<SourceRecord> out = new ArrayList<>();
        String name = shown(unit.path());
        long line = 0;
        try (InputStream raw = open(unit.path(), conf);
             InputStream in = unit.path().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                if (text.isBlank()) continue;
                out.add(SourceRecord.jsonLine(unit.order() + String.format(Locale.ROOT, "#%012d", line), name + ":" + line,
                        text.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            out.add(SourceRecord.failed(unit.order() + String.format(Locale.ROOT, "#%012d", line + 1), unit.kind(), name,
                    "unreadable JSON Lines file after line " + line + " (" + e.getMessage() + ")"));
        }
        return out;
    }

    private static List<SourceRecord> warc(SourceListing.Unit unit, HadoopConf conf, long maxBytes, LongConsumer skipped) {
        String name = shown(unit.path());
        List<SourceRecord> out = new ArrayList<>();
        try (InputStream in = open(unit.path(), conf)) {
            WarcDocuments.Result r = WarcDocuments.read(in, name, unit.order(), maxBytes);
            out.addAll(r.records());
            int i = 0;
            for (SourceListing.Failure f : r.failures()) {
                out.add(SourceRecord.failed(unit.order() + String.format(Locale.ROOT, "!%06d", i++), unit.kind(), f.source(), f.reason()));
            }
            skipped.accept(r.skipped());
        } catch (IOException | RuntimeException e) {
            out.add(SourceRecord.failed(unit.order(), unit.kind(), name, "unreadable WARC file (" + e.getMessage() + ")"));
        }
        return out;
    }
}
