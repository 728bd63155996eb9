package org.readout;

import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkedCorpus;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.InputRejected;
import org.readout.source.SourceReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents under some paths read, extracted and linked in memory, without a store: each document once
 * (the first file that holds it), how many files were read, those that failed, and what linking made of them.
 */
public record Analysis(int read, List<ProcessedDocument> documents, LinkedCorpus linked, List<Failure> failures) {

    public Analysis {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    /** A file or folder that could not be read, and why. */
    public record Failure(String source, String reason) {
    }

    /** Told about each file as it is done, for progress bars and warnings. */
    public interface Listener {
        default void started(int files) {
        }

        default void read(Path file, ProcessedDocument document) {
        }

        default void failed(Failure failure) {
        }

        Listener NONE = new Listener() {
        };
    }

    /** The engagements, dated ones first by day, then by id, as {@code readout engagements} lists them. */
    public List<Engagement> engagements() {
        return linked.engagements().stream().sorted(Comparator.comparing(Engagement::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Engagement::id)).toList();
    }

    static Analysis run(SourceReader reader, Pipeline pipeline, List<Path> paths, Listener listener) {
        List<Failure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(reader.list(List.of(p)));
            } catch (InputRejected e) {
                failed(new Failure(e.source(), e.getMessage()), failures, listener);
            }
        }
        listener.started(files.size());
        Map<String, ProcessedDocument> byId = new LinkedHashMap<>();
        int read = 0;
        for (Path file : files) {
            try {
                ProcessedDocument doc = pipeline.process(reader.read(file));
                byId.putIfAbsent(doc.document().id(), doc);
                read++;
                listener.read(file, doc);
            } catch (InputRejected e) {
                failed(new Failure(e.source(), e.getMessage()), failures, listener);
            } catch (Throwable e) {
                // an Error too (a StackOverflowError deep in a library): this file's failure, not the batch's
                failed(new Failure(file.toString(), "internal error: " + e), failures, listener);
            }
        }
        List<ProcessedDocument> documents = List.copyOf(byId.values());
        LinkedCorpus linked = pipeline.link(documents.stream().map(d -> new LinkInput(d.summary(), d.extraction())).toList());
        return new Analysis(read, documents, linked, failures);
    }

    private static void failed(Failure failure, List<Failure> failures, Listener listener) {
        failures.add(failure);
        listener.failed(failure);
    }
}
