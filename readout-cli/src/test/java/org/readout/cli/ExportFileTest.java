package org.readout.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code export -o FILE} creates the file as any program does: its permissions are the umask's, none forced. */
class ExportFileTest {
    @TempDir
    Path dir;

    @Test
    void theFileFollowsTheProcessUmask() throws IOException, InterruptedException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to set a umask");
        String[][] cases = {{"022", "rw-r--r--"}, {"002", "rw-rw-r--"}, {"077", "rw-------"}};
        for (String[] c : cases) {
            Path file = dir.resolve("export-" + c[0] + ".csv");
            Process p = Cli.start(dir, c[0], "--db", dir.resolve("store.db").toString(), "export", "--format", "csv", "-o", file.toString());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "export did not finish");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertEquals(c[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "umask " + c[0]);
            assertTrue(err.contains("wrote 0 documents"), err);
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
