package org.readout.cli;

import picocli.CommandLine;

/** Entry point of the {@code readout} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; errors print as one line, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ReadoutCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("readout: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            cmd.getErr().flush();
            return 1;
        });
        return cli;
    }
}
