package org.readout.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code .txt}, {@code .md}, {@code .html} and {@code .htm} files, and directories of them recursively,
 * with the metadata of a {@code NAME.meta.json} sidecar; hidden files and sidecars are skipped. A folder inside that
 * cannot be read is listed like a file, so that reading it fails with the reason instead of its files being lost.
 */
public final class FileSourceReader implements SourceReader {
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    private final long maxBytes;

    public FileSourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public FileSourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Files as given (in the order given), each directory's documents sorted by path; a path listed twice counts once. */
    @Override
    public List<Path> list(List<Path> paths) throws InputRejected {
        Set<Path> found = new LinkedHashSet<>();
        for (Path path : paths) {
            requireExists(path);
            if (Files.isDirectory(path)) {
                List<Path> documents = Folders.list(path, FileSourceReader::isDocument, true);
                if (documents.isEmpty()) {
                    throw new InputRejected(path.toString(), "directory has no documents (.txt, .md, .html, .htm)");
                }
                found.addAll(documents);
            } else if (isSidecar(path)) {
                throw new InputRejected(path.toString(), "a metadata sidecar, not a document");
            } else if (isDocument(path)) {
                found.add(path);
            } else {
                throw new InputRejected(path.toString(), "not a document file (expected .txt, .md, .html or .htm)");
            }
        }
        return List.copyOf(found);
    }

    @Override
    public RawDocument read(Path file) throws InputRejected {
        String source = file.toString();
        requireExists(file);
        if (Files.isDirectory(file)) {
            // an unreadable folder is listed by list() so that it is reported here rather than lost
            throw new InputRejected(source, Files.isReadable(file) && Files.isExecutable(file)
                    ? "unreadable file (a directory, not a file)" : "unreadable directory (permission denied)");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRejected(source, "unreadable file (not a regular file)");
        }
        if (!Files.isReadable(file)) {
            throw new InputRejected(source, "unreadable file (permission denied)");
        }
        byte[] bytes = readBytes(file, source);
        if (ContentSniffer.isBlank(bytes)) {
            throw new InputRejected(source, "empty file");
        }
        if (ContentSniffer.isBinary(bytes)) {
            throw new InputRejected(source, "binary content, not text");
        }
        return new RawDocument(source, file.getFileName().toString(), bytes, Sidecar.read(file));
    }

    static boolean isDocument(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !isSidecar(path) && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isSidecar(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Sidecar.SUFFIX);
    }

    private static void requireExists(Path path) throws InputRejected {
        if (Files.exists(path)) {
            return;
        }
        if (Files.isSymbolicLink(path)) {
            throw new InputRejected(path.toString(), "unreadable file (broken symbolic link)");
        }
        throw new InputRejected(path.toString(), "no such file or directory");
    }

    private byte[] readBytes(Path file, String source) throws InputRejected {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejected(source, "file too large (" + Megabytes.of(size, true) + " > " + Megabytes.of(maxBytes, false) + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw new InputRejected(source, "file too large (" + Megabytes.of(bytes.length, true) + " > " + Megabytes.of(maxBytes, false) + ")");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new InputRejected(source, "unreadable file (permission denied)");
        } catch (NoSuchFileException e) {
            throw new InputRejected(source, "no such file or directory");
        } catch (IOException e) {
            throw new InputRejected(source, "unreadable file (" + firstLine(e) + ")");
        }
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
