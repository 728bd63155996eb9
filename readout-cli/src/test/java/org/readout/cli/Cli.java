package org.readout.cli;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and keeps what it printed on each stream. */
final class Cli {
    /** {@code out} and {@code err} hold what went to each stream, through picocli's writers or System.out/err directly. */
    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream directOut = new ByteArrayOutputStream();
        ByteArrayOutputStream directErr = new ByteArrayOutputStream();
        int exit;
        try {
            // Before the command line is made: picocli's execution strategy keeps the System.out of that moment.
            System.setOut(new PrintStream(directOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(directErr, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit = cli.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(exit, out + directOut.toString(StandardCharsets.UTF_8), err + directErr.toString(StandardCharsets.UTF_8));
    }

    /**
     * The command line in a JVM of its own (this test run's classpath), started by {@code sh} with the given
     * umask (null: the inherited one); its streams are left to the caller.
     */
    static Process start(Path dir, String umask, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", (umask == null ? "" : "umask " + umask + " && ") + "exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    /** ../shared beside the project, as CI lays it out; null when absent. */
    static Path shared() {
        String prop = System.getProperty("readout.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop).normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) return candidate;
        }
        return null;
    }
}
