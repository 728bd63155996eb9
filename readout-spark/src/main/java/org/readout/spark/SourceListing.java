package org.readout.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.readout.source.FileSourceReader;
import org.readout.source.Folders;
import org.readout.source.InputRejected;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * On the driver: what the job's input paths hold, in order. Text and HTML files ({@code .txt}, {@code .md},
 * {@code .html}, {@code .htm}, with their sidecars) are listed by the engine's own {@link FileSourceReader}, exactly as
 * {@code readout ingest} lists them, and must be on a file system every executor sees as local (a laptop, a shared
 * mount). JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}) and WARC files ({@code .warc},
 * {@code .warc.gz}) may also be on any file system Hadoop reads ({@code hdfs://}, {@code s3a://}...), globs allowed.
 * A path that holds nothing readable is a failure, as in the CLI; the rest go on.
 */
final class SourceListing {
    enum Kind { FILE, JSON_LINES, WARC }

    static final String KINDS = ".txt, .md, .html, .htm, .jsonl, .ndjson or .warc";

    /**
     * One file to read. {@code order} sorts units as the inputs were given: the argument's position, then the
     * file's place among its documents (text files first, in the CLI's order, then the others by path); of
     * several files holding one document, the first in this order is kept, as the CLI keeps the first.
     */
    record Unit(String order, Kind kind, String path) implements Serializable {
    }

    record Failure(String source, String reason) implements Serializable {
    }

    record Listing(List<Unit> units, List<Failure> failures) {
    }

    private SourceListing() {
    }

    static Listing list(List<String> inputs, FileSourceReader reader, Configuration hadoop) {
        List<Unit> units = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            String prefix = String.format(Locale.ROOT, "%05d|", i);
            try {
                List<Unit> found = hasScheme(input) ? remote(input, prefix, hadoop) : local(Path.of(input), prefix, reader);
                units.addAll(found);
            } catch (InputRejected e) {
                failures.add(new Failure(e.source(), e.getMessage()));
            }
        }
        return new Listing(units, failures);
    }

    /** The kind of a JSON Lines or WARC file by its name, or null for any other file. */
    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSON_LINES;
        if (n.endsWith(".warc")) return Kind.WARC;
        return null;
    }

    static boolean hasScheme(String input) {
        return input.matches("[A-Za-z][A-Za-z0-9+.-]*:/.*");
    }

    private static List<Unit> local(Path path, String prefix, FileSourceReader reader) throws InputRejected {
        List<Unit> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> others = otherFiles(path);
            List<Path> texts = List.of();
            try {
                texts = reader.list(List.of(path));
            } catch (InputRejected e) {
                // no text files: a folder of JSON Lines or WARC files, or of nothing this job reads; any other reason is the CLI's
                if (!e.getMessage().startsWith("directory has no documents")) throw e;
                if (others.isEmpty()) throw new InputRejected(e.source(), "directory has no documents (" + KINDS + ")");
            }
            addTexts(out, prefix, texts);
            for (Path p : others) out.add(new Unit(prefix + "2|" + p, kindOf(p.getFileName().toString()), p.toAbsolutePath().toUri().toString()));
            return out;
        }
        Kind kind = path.getFileName() == null ? null : kindOf(path.getFileName().toString());
        if (kind != null && Files.isRegularFile(path)) {
            out.add(new Unit(prefix + "2|" + path, kind, path.toAbsolutePath().toUri().toString()));
            return out;
        }
        try {
            addTexts(out, prefix, reader.list(List.of(path)));
        } catch (InputRejected e) {
            if (!e.getMessage().startsWith("not a document file")) throw e;
            throw new InputRejected(e.source(), "not a document file (expected " + KINDS + ")");
        }
        return out;
    }

    private static void addTexts(List<Unit> out, String prefix, List<Path> texts) {
        for (int j = 0; j < texts.size(); j++) {
            out.add(new Unit(prefix + String.format(Locale.ROOT, "1|%012d", j), Kind.FILE, texts.get(j).toString()));
        }
    }

    /** The JSON Lines and WARC files under a folder, listed as the CLI lists a folder; one that cannot be read is left to the text files' listing, which reports it. */
    private static List<Path> otherFiles(Path root) throws InputRejected {
        return Folders.list(root, p -> Files.isRegularFile(p) && kindOf(p.getFileName().toString()) != null, false);
    }

    /** JSON Lines and WARC files on a Hadoop file system: a file, a folder (recursively) or a glob. */
    private static List<Unit> remote(String input, String prefix, Configuration hadoop) throws InputRejected {
        List<Unit> out = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = pattern.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) throw new InputRejected(input, "no such file or directory");
            List<String> files = new ArrayList<>();
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (!hiddenRemote(m.getPath(), f.getPath())) files.add(f.getPath().toString());
                    }
                } else {
                    files.add(m.getPath().toString());
                }
            }
            files.sort(null);
            for (String f : files) {
                Kind kind = kindOf(f);
                if (kind != null) out.add(new Unit(prefix + "2|" + f, kind, f));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejected(input, "cannot be listed (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) {
            throw new InputRejected(input, "no JSON Lines or WARC files (text and HTML files are read from local folders only)");
        }
        return out;
    }

    private static boolean hiddenRemote(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path p) {
        for (org.apache.hadoop.fs.Path q = p; q != null && !q.equals(root); q = q.getParent()) {
            if (q.getName().startsWith(".") || q.getName().startsWith("_")) return true;
        }
        return false;
    }
}
