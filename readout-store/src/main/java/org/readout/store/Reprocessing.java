package org.readout.store;

import org.readout.link.LinkedCorpus;
import org.readout.pipeline.EngineVersion;
import org.readout.pipeline.ExtractedBy;
import org.readout.pipeline.Pipeline;
import org.readout.source.InputRejected;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads stored documents again from their raw files with the current pipeline (clean, annotate, extract),
 * then relinks and tells what changed. Each document is replaced in its own transaction, so a run that
 * stops half-way leaves whole documents, read by the old engine or the new, and the next run (which skips
 * those already read by this engine and knowledge) completes it. Engagement ids are kept where the
 * encounter is the same; an id that changes stays as an alias of the new one. Documents are read again in
 * the order their files were stored, so where two files now read alike the first one stored makes the
 * document, as in a fresh ingest of the files in that order.
 */
public final class Reprocessing {

    /**
     * Which documents: those another engine or other knowledge read ({@link #outdated()}), of those only the
     * ones read by engine {@code since} or later, every document ({@link #all()}), or the named ones (read
     * again even when current).
     */
    public record Selection(boolean everything, String since, List<String> ids) {
        public Selection {
            ids = ids == null ? List.of() : List.copyOf(ids);
            int given = (everything ? 1 : 0) + (since != null ? 1 : 0) + (ids.isEmpty() ? 0 : 1);
            if (given > 1) throw new IllegalArgumentException("give one of --all, --since VERSION or document ids");
        }

        public static Selection outdated() {
            return new Selection(false, null, List.of());
        }

        public static Selection all() {
            return new Selection(true, null, List.of());
        }

        public static Selection since(String version) {
            return new Selection(false, version, List.of());
        }

        public static Selection ids(List<String> ids) {
            return new Selection(false, null, ids);
        }

        boolean selects(StoredExtraction e, ExtractedBy current) {
            if (everything || ids.contains(e.document())) return true;
            if (!ids.isEmpty() || e.isBy(current)) return false;
            return since == null || EngineVersion.atLeast(e.engineVersion(), since);
        }
    }

    /** Told about each document as it is done; an exception thrown here stops the run (as a kill would). */
    public interface Listener {
        default void started(int documents) {
        }

        default void done(SqliteStore.Replacement replacement) {
        }

        default void failed(Ingestion.Failure failure) {
        }

        Listener NONE = new Listener() {
        };
    }

    /**
     * @param reread     documents read again
     * @param changed    of those, the ones whose text, fields or extraction changed
     * @param renamed    of those, the ones whose id changed (their cleaned text did)
     * @param upToDate   documents left alone, already read by this engine and knowledge
     * @param withoutRaw selected documents stored before raw texts were kept, which cannot be read again until their files are ingested again
     */
    public record Result(int reread, int changed, int renamed, int upToDate, int withoutRaw, List<Ingestion.Failure> failures,
                         LinkChanges links) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    private final Pipeline pipeline;
    private final SqliteStore store;

    public Reprocessing(Pipeline pipeline, SqliteStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public Result reprocess(Selection selection, Listener listener) {
        ExtractedBy current = pipeline.extractedBy();
        List<Ingestion.Failure> failures = new ArrayList<>();
        List<StoredExtraction> stored = store.extractions();
        Set<String> known = new LinkedHashSet<>();
        List<StoredExtraction> selected = new ArrayList<>();
        for (StoredExtraction e : stored) {
            known.add(e.document());
            if (selection.selects(e, current)) selected.add(e);
        }
        for (String id : selection.ids()) {
            if (!known.contains(id)) failures.add(report(listener, new Ingestion.Failure(id, "no such document")));
        }
        int upToDate = (int) stored.stream().filter(e -> !selected.contains(e) && e.isBy(current)).count();
        LinkedCorpus before = store.corpus();
        listener.started(selected.size());
        int reread = 0;
        int changed = 0;
        int renamed = 0;
        int withoutRaw = 0;
        for (StoredExtraction e : selected) {
            if (!e.rawKept()) {
                withoutRaw++;
                continue;
            }
            List<SqliteStore.Reread> rereads = new ArrayList<>();
            List<StoredRaw> raws = store.rawTexts(e.document());
            try {
                for (StoredRaw raw : raws) {
                    rereads.add(new SqliteStore.Reread(raw.digest(), pipeline.process(raw.raw())));
                }
            } catch (InputRejected x) {
                failures.add(report(listener, new Ingestion.Failure(e.document(), "kept as it was: " + x.getMessage())));
                continue;
            } catch (Throwable x) { // an Error too (a StackOverflowError deep in a library): this document's failure, not the run's
                failures.add(report(listener, new Ingestion.Failure(e.document(), "kept as it was: internal error: " + x)));
                continue;
            }
            if (rereads.isEmpty()) continue; // its raw texts went with a concurrent deletion
            var replacement = store.replaceDocument(e.document(), rereads);
            if (replacement.isEmpty()) continue;
            reread++;
            if (replacement.get().changed()) changed++;
            if (!replacement.get().after().contains(e.document())) renamed++;
            listener.done(replacement.get());
        }
        if (reread > 0 || store.linksStale()) store.relink(pipeline::link);
        LinkChanges links = LinkChanges.between(before, store.corpus(), store.aliases());
        return new Result(reread, changed, renamed, upToDate, withoutRaw, failures, links);
    }

    private static Ingestion.Failure report(Listener listener, Ingestion.Failure f) {
        listener.failed(f);
        return f;
    }
}
