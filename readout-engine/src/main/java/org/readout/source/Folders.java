package org.readout.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/** How a folder is listed wherever Readout reads one (the CLI, the server, the Spark job): one walk, one set of rules. */
public final class Folders {
    private Folders() {
    }

    /**
     * The files under {@code root} whose path {@code wanted} accepts, sorted; hidden files and folders (a name that
     * starts with a dot) are skipped and links followed (a loop of links ends there).
     *
     * @param keepUnreadable whether a wanted file or a folder that cannot even be visited is still listed, so that
     *                       reading it reports why
     */
    public static List<Path> list(Path root, Predicate<Path> wanted, boolean keepUnreadable) throws InputRejected {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && wanted.test(file)) out.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    boolean unreadableFolder = Files.isDirectory(file) && !(e instanceof FileSystemLoopException);
                    if (keepUnreadable && !isHidden(file) && (wanted.test(file) || unreadableFolder)) out.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputRejected(root.toString(), "unreadable directory (" + e.getClass().getSimpleName() + ")");
        }
        out.sort(null);
        return out;
    }

    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
