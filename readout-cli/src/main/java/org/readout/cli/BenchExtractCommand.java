package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.readout.clean.CleanDocument;
import org.readout.clean.Cleaner;
import org.readout.pipeline.EngineVersion;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark's predictions: each page of a folder laid out as
 * scrapinghub/article-extraction-benchmark is ({@code html/ID.html} or {@code html/ID.html.gz}) read by Readout's
 * cleaning stage and by Readability4J alone, written as that benchmark's {@code output/readout.json} and
 * {@code output/readability4j.json} for its {@code evaluate.py} (or {@code tools/extraction-benchmark/score.py}).
 */
@Command(name = "bench-extract", description = "Benchmark of body extraction: reads DIR/html/*.html[.gz] with Readout's cleaning "
        + "and with Readability4J alone, and writes DIR/output/readout.json and DIR/output/readability4j.json "
        + "({\"ID\": {\"articleBody\": ...}}), as scrapinghub/article-extraction-benchmark's evaluate.py reads them.")
final class BenchExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The benchmark's folder, holding html/ (pages named ID.html or ID.html.gz).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path html = dir.resolve("html");
        if (!Files.isDirectory(html)) throw new IllegalArgumentException("no folder " + html);
        List<Path> pages;
        try (Stream<Path> files = Files.list(html)) {
            pages = files.filter(p -> p.getFileName().toString().matches(".+\\.html?(\\.gz)?")).sorted().toList();
        }
        Cleaner cleaner = parent.readout().cleaner();
        ObjectNode readout = JSON.createObjectNode();
        ObjectNode readability = JSON.createObjectNode();
        int rejected = 0;
        long t0 = System.nanoTime();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String id = name.substring(0, name.indexOf('.'));
            byte[] bytes = read(page);
            ObjectNode r = readout.putObject(id);
            try {
                CleanDocument doc = cleaner.clean(new RawDocument(page.toString(), id + ".html", bytes, SourceMeta.EMPTY));
                r.put("articleBody", doc.text());
                r.put("title", doc.title());
            } catch (InputRejected e) {
                r.put("articleBody", "");
                rejected++;
            }
            readability.putObject(id).put("articleBody", readabilityAlone(new String(bytes, StandardCharsets.UTF_8)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path output = Files.createDirectories(dir.resolve("output"));
        write(output.resolve("readout.json"), EngineVersion.CURRENT, readout);
        write(output.resolve("readability4j.json"), "readability4j 1.0.8", readability);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("pages=%d rejected_by_readout=%d seconds=%.1f%n", pages.size(), rejected, seconds);
        out.println("wrote " + output.resolve("readout.json") + " and " + output.resolve("readability4j.json"));
        out.flush();
        return 0;
    }

    /** Readability4J on the raw page, as a user of that library alone would call it: its article's text. */
    private static String readabilityAlone(String html) {
        try {
            String text = new Readability4JExtended("", html).parse().getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static byte[] read(Path page) throws IOException {
        if (!page.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(page);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    private static void write(Path file, String version, ObjectNode output) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", version);
        root.set("output", output);
        JSON.writeValue(file.toFile(), root);
    }
}
