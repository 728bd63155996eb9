package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readout.extract.PublishedDate;
import org.readout.pipeline.Pipeline;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A measurement, not a test: the publication date the engine gives each page of a set whose dates are known,
 * against the known day. The gold files are htmldate's format ({@code {"URL": {"file": NAME, "date": "YYYY-MM-DD"}}});
 * each page is found by its file name anywhere under the folder. As in htmldate's own evaluation, the page is read
 * without its address unless {@code --with-url} gives it (as a fetched page has it). A page whose day is not known
 * (htmldate writes NaN) is never exactly right, as in htmldate's accuracy, so that the shares compare with its figures.
 */
@Command(name = "bench-dates", description = "Measure publication dates on pages with known dates: "
        + "ends with 'pages=N exact=E wrong=W missing=M'.")
final class BenchDatesCommand implements java.util.concurrent.Callable<Integer> {
    /** htmldate's files write an unknown day as NaN. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--with-url", description = "Give each page its address from the gold file, as a fetched page has it.")
    boolean withUrl;

    @Option(names = "--list", description = "A line for each page that is not exactly right: wrong or missing, the file, "
            + "the known day, the day found and its basis.")
    boolean list;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding the pages (searched recursively by file name).")
    Path dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "GOLD", description = "Gold files: {\"URL\": {\"file\": NAME, \"date\": DAY}}.")
    List<Path> gold;

    record Page(String url, String file, LocalDate date) {
    }

    /** {@code fromPage}: the evidence is what the page's markup said, not a line of its text. */
    record Outcome(Page page, LocalDate found, String basis, String evidence, boolean fromPage, String failure) {
        String verdict() {
            if (found == null) return "missing";
            return found.equals(page.date) ? "exact" : "wrong";
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path g : gold) pages.addAll(read(g));
        Map<String, Path> files = index(dir);
        Pipeline pipeline = parent.readout().pipeline();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Outcome> outcomes = new ArrayList<>();
        for (Page p : pages) {
            Path file = files.get(p.file());
            if (file == null) {
                err.println("failed: " + p.file() + ": not found under " + dir);
                outcomes.add(new Outcome(p, null, null, null, false, "not found"));
                continue;
            }
            outcomes.add(measure(pipeline, p, file));
        }
        Map<String, int[]> byBasis = new TreeMap<>();
        int exact = 0, wrong = 0, missing = 0, failed = 0;
        for (Outcome o : outcomes) {
            switch (o.verdict()) {
                case "exact" -> exact++;
                case "wrong" -> wrong++;
                default -> missing++;
            }
            if (o.failure() != null) failed++;
            if (o.found() != null) {
                int[] counts = byBasis.computeIfAbsent(o.basis() + (o.evidence() == null ? "" : " " + kindOf(o)), k -> new int[2]);
                counts[o.verdict().equals("exact") ? 0 : 1]++;
            }
            if (list && !o.verdict().equals("exact")) {
                out.printf("%s\t%s\tknown=%s\tfound=%s\t%s%s%n", o.verdict(), o.page().file(), o.page().date(),
                        o.found(), o.basis() == null ? "" : o.basis() + " " + oneLine(o.evidence()),
                        o.failure() == null ? "" : "\t(" + o.failure() + ")");
            }
        }
        for (var e : byBasis.entrySet()) {
            out.printf("basis %s: exact=%d wrong=%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        int n = outcomes.size();
        out.printf("pages=%d exact=%d (%s) wrong=%d (%s) missing=%d (%s) failed=%d%n", n, exact, share(exact, n), wrong,
                share(wrong, n), missing, share(missing, n), failed);
        out.flush();
        return 0;
    }

    private Outcome measure(Pipeline pipeline, Page p, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            SourceMeta meta = withUrl ? new SourceMeta(p.url(), null, null, null, null) : SourceMeta.EMPTY;
            PublishedDate d = pipeline.process(new RawDocument(file.toString(), file.getFileName().toString(), bytes, meta))
                    .extraction().published();
            return new Outcome(p, d.date(), d.basis(), d.evidence() == null ? null : d.evidence().text(),
                    d.evidence() != null && d.evidence().start() < 0, null);
        } catch (InputRejected e) {
            return new Outcome(p, null, null, null, false, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(p, null, null, null, false, e.toString());
        }
    }

    /** What kind of evidence: the address, what in the page gave it (named before a colon), or a line of the text. */
    private static String kindOf(Outcome o) {
        if (o.evidence().startsWith("http")) return "(address)";
        int colon = o.evidence().indexOf(": ");
        return o.fromPage() && colon > 0 ? o.evidence().substring(0, colon).replaceFirst(" .*", "") : "(text)";
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static String share(int k, int n) {
        return n == 0 ? "-" : String.format("%.1f%%", 100.0 * k / n);
    }

    static List<Page> read(Path gold) throws IOException {
        JsonNode root = JSON.readTree(gold.toFile());
        if (root == null || !root.isObject()) throw new IOException(gold + ": not a JSON object of pages");
        List<Page> pages = new ArrayList<>();
        var fields = root.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            JsonNode file = f.getValue().get("file");
            JsonNode date = f.getValue().get("date");
            if (file == null || !file.isTextual()) throw new IOException(gold + ": " + f.getKey() + " has no file");
            LocalDate day = date == null || !date.isTextual() ? null : LocalDate.parse(date.asText());
            pages.add(new Page(f.getKey(), file.asText(), day));
        }
        return pages;
    }

    private static Map<String, Path> index(Path dir) throws IOException {
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.putIfAbsent(p.getFileName().toString(), p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
