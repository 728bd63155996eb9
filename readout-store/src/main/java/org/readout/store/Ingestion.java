package org.readout.store;

import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;
import org.readout.source.InputRejected;
import org.readout.source.OneLine;
import org.readout.clean.CleanDocument;
import org.readout.source.RawDocument;
import org.readout.source.SourceReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A batch: every file under the given paths (or every {@link Input}: pages, feed items) through the pipeline into
 * the store, one transaction per document, then one relink ({@link SqliteStore#relink}). A document that fails is reported and
 * skipped; the rest go on.
 */
public final class Ingestion {

    public record Failure(String source, String reason) {
        public String oneLine() {
            return OneLine.of(source, reason);
        }
    }

    /** What a batch did; {@code relinkSeconds} is the wall time of its relink (0 when it needed none). */
    public record Result(int files, int added, int duplicates, int sentences, int statements, List<Failure> failures,
                         double relinkSeconds) {
    }

    /**
     * One file done: the document it is (new, or stored before), and what processing found and warned of
     * (nothing when the file was known from its bytes).
     */
    public record Stored(String document, boolean added, int sentences, int statements, List<String> warnings) {
        public Stored {
            warnings = List.copyOf(warnings);
        }
    }

    /** Told about each file as it is done, for progress bars and logs. */
    public interface Listener {
        default void started(int files) {
        }

        default void done(String source, Stored stored) {
        }

        default void failed(Failure failure) {
        }

        Listener NONE = new Listener() {
        };
    }

    /** Rewrites each cleaned document; the benchmark uses it to make copies distinct. */
    public interface Transform {
        CleanDocument apply(CleanDocument doc, int copy);
    }

    private final SourceReader reader;
    private final Pipeline pipeline;
    private final SqliteStore store;

    public Ingestion(SourceReader reader, Pipeline pipeline, SqliteStore store) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Ingests the files under {@code paths}, keeping each file's raw bytes and metadata so that {@code reprocess} can read it again. */
    public Result ingest(List<Path> paths, Listener listener) {
        return ingest(new Inputs().files(reader, paths), 1, null, listener);
    }

    /** Ingests files, pages and feed items alike, keeping each one's raw bytes and metadata. */
    public Result ingest(Inputs inputs, Listener listener) {
        return ingest(inputs, 1, null, listener);
    }

    /** As {@link #ingest(List, Listener)}, each file {@code repeat} times rewritten by {@code transform} (raw bytes not kept: they do not make the rewritten copies). */
    public Result ingest(List<Path> paths, int repeat, Transform transform, Listener listener) {
        return ingest(new Inputs().files(reader, paths), repeat, transform, listener);
    }

    private Result ingest(Inputs inputs, int repeat, Transform transform, Listener listener) {
        boolean keepRaw = transform == null;
        Transform rewrite = keepRaw ? (doc, copy) -> doc : transform;
        List<Failure> failures = new ArrayList<>(inputs.failures());
        failures.forEach(listener::failed);
        List<Input> items = inputs.items();
        listener.started(items.size() * repeat);
        int added = 0;
        int duplicates = 0;
        int sentences = 0;
        int statements = 0;
        for (int copy = 0; copy < repeat; copy++) {
            for (Input input : items) {
                try {
                    int n = copy;
                    RawDocument raw = input.read();
                    String digest = RawDigest.of(raw, copy);
                    Optional<String> stored = store.documentForRaw(digest);
                    if (stored.isPresent()) {
                        if (keepRaw && !store.rawKept(digest)) store.keepRaw(digest, raw);
                        duplicates++;
                        done(input, new Stored(stored.get(), false, 0, 0, List.of()), listener);
                        continue;
                    }
                    ProcessedDocument doc = pipeline.process(raw, clean -> rewrite.apply(clean, n));
                    boolean isNew = store.addDocument(doc, digest, keepRaw ? raw : null);
                    if (isNew) added++;
                    else duplicates++;
                    sentences += doc.sentences().size();
                    statements += doc.extraction().statements().size();
                    done(input, new Stored(doc.document().id(), isNew, doc.sentences().size(),
                            doc.extraction().statements().size(), doc.document().warnings()), listener);
                } catch (InputRejected e) {
                    Failure f = new Failure(e.source(), e.getMessage());
                    failures.add(f);
                    listener.failed(f);
                } catch (Throwable e) {
                    // an Error too (a StackOverflowError deep in a library): this file's failure, not the batch's
                    Failure f = new Failure(input.source(), "internal error: " + e);
                    failures.add(f);
                    listener.failed(f);
                }
            }
        }
        double relinkSeconds = 0;
        if (added > 0 || store.linksStale()) {
            long t = System.nanoTime();
            relink();
            relinkSeconds = (System.nanoTime() - t) / 1e9;
        }
        return new Result(items.size() * repeat, added, duplicates, sentences, statements, List.copyOf(failures), relinkSeconds);
    }

    private static void done(Input input, Stored stored, Listener listener) {
        input.stored(stored);
        listener.done(input.source(), stored);
    }

    /** How many stored documents another engine version or other knowledge read: {@code readout reprocess} reads them again. */
    public int readByOthers() {
        return store.readByOthers(pipeline.extractedBy());
    }

    /** Brings the linked view up to date: the blocks of the documents added, read again or removed since the last relink. */
    public void relink() {
        store.relink(pipeline::link);
    }
}
