package org.readout.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.FileSourceReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceListingTest {
    @TempDir
    Path tmp;

    private static SourceListing.Listing list(String... inputs) {
        return SourceListing.list(List.of(inputs), new FileSourceReader(), new Configuration());
    }

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aFolderGivesItsTextFilesAsTheCliListsThemThenItsJsonLinesAndWarcFiles() throws Exception {
        file("in/b.html", "<p>b</p>");
        file("in/a.txt", "a");
        file("in/a.txt.meta.json", "{}");
        file("in/sub/c.md", "c");
        file("in/news.jsonl", "{\"text\": \"n\"}");
        file("in/sub/crawl.warc.gz", "");
        file("in/feed.ndjson.gz", "");
        file("in/.hidden/x.jsonl", "{}");
        file("in/notes.pdf", "%PDF");
        SourceListing.Listing l = list(tmp.resolve("in").toString(), tmp.resolve("in/a.txt").toString());
        assertEquals(List.of(), l.failures());
        List<String> names = l.units().stream().map(u -> u.kind() + " " + Path.of(u.path().replaceFirst("^file:", "")).getFileName()).toList();
        assertEquals(List.of("FILE a.txt", "FILE b.html", "FILE c.md", "JSON_LINES feed.ndjson.gz", "JSON_LINES news.jsonl",
                "WARC crawl.warc.gz", "FILE a.txt"), names);
        assertEquals(new FileSourceReader().list(List.of(tmp.resolve("in"))).stream().map(Path::toString).toList(),
                l.units().subList(0, 3).stream().map(SourceListing.Unit::path).toList(), "text files exactly as the CLI lists them");
        List<String> orders = l.units().stream().map(SourceListing.Unit::order).toList();
        assertEquals(orders.stream().sorted().toList(), orders, "the order keys sort as the inputs were given");
        assertTrue(l.units().get(3).path().startsWith("file:"), "JSON Lines and WARC files are opened through Hadoop's file systems");
    }

    @Test
    void aPathThatHoldsNothingReadableFailsAloneWithTheCliReason() throws Exception {
        file("empty/notes.pdf", "%PDF");
        file("ok/a.txt", "a");
        SourceListing.Listing l = list(tmp.resolve("missing").toString(), tmp.resolve("empty").toString(),
                tmp.resolve("empty/notes.pdf").toString(), tmp.resolve("ok").toString());
        assertEquals(List.of(
                new SourceListing.Failure(tmp.resolve("missing").toString(), "no such file or directory"),
                new SourceListing.Failure(tmp.resolve("empty").toString(), "directory has no documents (.txt, .md, .html, .htm, .jsonl, .ndjson or .warc)"),
                new SourceListing.Failure(tmp.resolve("empty/notes.pdf").toString(), "not a document file (expected .txt, .md, .html, .htm, .jsonl, .ndjson or .warc)")),
                l.failures());
        assertEquals(1, l.units().size());
    }

    @Test
    void anAddressWithASchemeIsListedByHadoopGlobsIncluded() throws Exception {
        file("remote/2023/a.jsonl", "{}");
        file("remote/2024/b.warc", "");
        file("remote/2024/_SUCCESS", "");
        file("remote/2024/c.txt", "c");
        SourceListing.Listing l = list(tmp.resolve("remote").toUri().toString(), "file://" + tmp.resolve("remote") + "/*/*.warc",
                "file://" + tmp.resolve("remote/2024/c.txt"));
        assertEquals(List.of(SourceListing.Kind.JSON_LINES, SourceListing.Kind.WARC, SourceListing.Kind.WARC),
                l.units().stream().map(SourceListing.Unit::kind).toList());
        assertEquals(1, l.failures().size());
        assertTrue(l.failures().get(0).reason().contains("text and HTML files are read from local folders only"), l.failures().toString());
    }

    @Test
    void aJsonLinesFileGivesOneRecordPerLineThatIsNotBlankNamedByItsLine() throws Exception {
        Path jsonl = file("n.jsonl", "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\r\n");
        LongConsumer none = n -> {
        };
        List<SourceRecord> records = SourceReading.read(new SourceListing.Unit("00001|2|x", SourceListing.Kind.JSON_LINES,
                jsonl.toUri().toString()), new HadoopConf(new Configuration()), 1 << 20, none);
        assertEquals(List.of(jsonl + ":1", jsonl + ":3"), records.stream().map(SourceRecord::source).toList());
        assertTrue(records.get(0).order().compareTo(records.get(1).order()) < 0);
        assertEquals("two", new String(records.get(1).raw(new FileSourceReader()).bytes()));
    }

    @Test
    void aGzipJsonLinesFileIsReadToo() throws Exception {
        Path gz = tmp.resolve("n.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"text\": \"one\"}\n".getBytes());
        }
        List<SourceRecord> records = SourceReading.read(new SourceListing.Unit("o", SourceListing.Kind.JSON_LINES, gz.toUri().toString()),
                new HadoopConf(new Configuration()), 1 << 20, n -> {
                });
        assertEquals(1, records.size());
        assertEquals(null, records.get(0).failure());
    }
}
