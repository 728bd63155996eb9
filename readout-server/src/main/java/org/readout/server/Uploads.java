package org.readout.server;

import org.readout.source.InputRejected;
import org.readout.source.OneLine;
import org.readout.source.RawDocument;
import org.readout.source.SourceReader;
import org.readout.store.Ingestion;
import org.readout.store.Input;
import org.readout.store.Inputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Uploaded files on their way into the store. Each is saved in a fresh temporary folder under a name
 * the server makes ({@code 1.html}, {@code 2.txt}...): the name a client sends is only kept, cleaned,
 * as a label ({@code upload:NAME} as the document's source) and is never used as a path.
 * A sidecar {@code NAME.meta.json} sent with its document is saved beside it. Web pages asked for with the
 * upload are items too, named by their address.
 */
final class Uploads {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");
    private static final String SIDECAR = ".meta.json";

    /** One uploaded file or web page: what the client called it, what happened to it. */
    static final class Item {
        final String name;
        Path saved;
        Input input;
        String result;
        String reason;
        String document;

        Item(String name) {
            this.name = name;
        }

        /** A web page (or a feed's item) to fetch and ingest. */
        static Item page(Input input) {
            Item item = new Item(input.source());
            item.input = input;
            return item;
        }

        /** Something that failed before it could be read (a feed that cannot be read, a feed item without a link). */
        static Item failed(String name, String reason) {
            Item item = new Item(name);
            item.result = "failed";
            item.reason = reason;
            return item;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("result", result);
            if (document != null) m.put("document", document);
            if (reason != null) m.put("reason", reason);
            return m;
        }
    }

    /** An uploaded file's name as a label: the last path segment, printable characters only, at most 120. */
    static String label(String clientName) {
        String n = clientName == null ? "" : clientName;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[^\\p{L}\\p{N} ._()+,-]", "_").strip();
        while (n.startsWith(".")) n = n.substring(1);
        if (n.length() > 120) n = n.substring(n.length() - 120);
        return n.isEmpty() ? "unnamed" : n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    interface Content {
        String name();

        InputStream open() throws IOException;
    }

    /** Saves the documents (and sidecars) in {@code dir}; items that cannot be used are marked failed. */
    static List<Item> save(List<? extends Content> files, Path dir) {
        List<Item> items = new ArrayList<>();
        Map<String, Item> byName = new LinkedHashMap<>();
        List<Content> sidecars = new ArrayList<>();
        int n = 0;
        for (Content f : files) {
            String name = label(f.name());
            if (name.toLowerCase(Locale.ROOT).endsWith(SIDECAR)) {
                sidecars.add(f);
                continue;
            }
            Item item = new Item(name);
            items.add(item);
            String ext = extension(name);
            if (!EXTENSIONS.contains(ext)) {
                item.result = "failed";
                item.reason = "unsupported file type" + (ext.isEmpty() ? "" : " (." + ext + ")") + "; expected .txt, .md, .html or .htm";
                continue;
            }
            Path target = dir.resolve(++n + "." + ext);
            if (!copy(f, target, item)) continue;
            item.saved = target;
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), item);
        }
        for (Content f : sidecars) {
            String name = label(f.name());
            String stem = name.substring(0, name.length() - SIDECAR.length()).toLowerCase(Locale.ROOT);
            Item doc = byName.get(stem);
            if (doc == null) {
                for (Map.Entry<String, Item> e : byName.entrySet()) {
                    String k = e.getKey();
                    if (k.lastIndexOf('.') > 0 && k.substring(0, k.lastIndexOf('.')).equals(stem)) {
                        doc = e.getValue();
                        break;
                    }
                }
            }
            if (doc == null) {
                Item item = new Item(name);
                item.result = "failed";
                item.reason = "metadata sidecar without its document in this upload";
                items.add(item);
                continue;
            }
            Item sidecar = new Item(name);
            if (!copy(f, doc.saved.resolveSibling(doc.saved.getFileName() + SIDECAR), sidecar)) items.add(sidecar);
        }
        return items;
    }

    /** Saves one uploaded file; if it cannot be read or written, its item fails and the others go on. */
    private static boolean copy(Content f, Path target, Item item) {
        try (InputStream in = f.open()) {
            Files.copy(in, target);
            return true;
        } catch (IOException e) {
            item.result = "failed";
            item.reason = "the file could not be saved";
            return false;
        }
    }

    /** Makes each saved upload an input, read as the file reader does and named by its upload label. */
    static void readWith(SourceReader files, List<Item> items) {
        Reader reader = new Reader(files, items);
        for (Item i : items) if (i.saved != null) i.input = Input.file(reader, i.saved);
    }

    /** Reads saved uploads as the file reader does, naming each document by its upload label. */
    static final class Reader implements SourceReader {
        private final SourceReader files;
        private final Map<Path, String> labels = new LinkedHashMap<>();

        Reader(SourceReader files, List<Item> items) {
            this.files = files;
            for (Item i : items) if (i.saved != null) labels.put(i.saved, i.name);
        }

        @Override
        public List<Path> list(List<Path> paths) {
            return List.copyOf(paths);
        }

        @Override
        public RawDocument read(Path file) throws InputRejected {
            String name = labels.getOrDefault(file, "unnamed");
            try {
                RawDocument raw = files.read(file);
                return new RawDocument("upload:" + name, name, raw.bytes(), raw.meta());
            } catch (InputRejected e) {
                throw new InputRejected("upload:" + name, e.getMessage());
            }
        }
    }

    /** Fills in each item's result as the ingestion reports it (one call per file, in order) and counts what was stored. */
    static final class Results implements Ingestion.Listener {
        private final List<Item> items;
        private final List<Item> pending;
        private final IngestStatus status;
        private int next;
        private int added;
        private int duplicates;
        private int sentences;
        private int statements;

        Results(List<Item> items, IngestStatus status) {
            this.items = items;
            this.pending = items.stream().filter(i -> i.input != null).toList();
            this.status = status;
        }

        /**
         * Ingests the saved files and the pages. One whose processing throws anything, even an Error (a
         * StackOverflowError from a deeply nested page), fails alone: {@link Ingestion} reports it and goes on.
         */
        void ingest(Ingestion ingestion) {
            status.started(pending.size());
            Inputs inputs = new Inputs();
            pending.forEach(i -> inputs.add(i.input));
            ingestion.ingest(inputs, this);
        }

        int added() {
            return added;
        }

        @Override
        public void done(String source, Ingestion.Stored stored) {
            Item i = pending.get(next++);
            i.result = stored.added() ? "added" : "already stored";
            i.document = stored.document();
            if (stored.added()) added++;
            else duplicates++;
            sentences += stored.sentences();
            statements += stored.statements();
            status.step();
        }

        @Override
        public void failed(Ingestion.Failure failure) {
            Item i = pending.get(next++);
            i.result = "failed";
            String reason = failure.reason();
            boolean internal = reason.startsWith("internal error:");
            if (internal) LOG.error("upload of {} failed: {}", OneLine.escape(i.name), OneLine.escape(reason));
            i.reason = internal ? "internal error while processing the file" : reason;
            status.step();
        }

        Map<String, Object> summary(int engagements) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("files", items.size());
            m.put("added", added);
            m.put("already_stored", duplicates);
            m.put("failed", items.stream().filter(i -> "failed".equals(i.result)).count());
            m.put("sentences", sentences);
            m.put("statements", statements);
            m.put("engagements", engagements);
            return m;
        }
    }
}
