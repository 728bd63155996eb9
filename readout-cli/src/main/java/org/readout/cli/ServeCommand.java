package org.readout.cli;

import org.readout.server.ReadoutServer;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "The team server: a REST API under /api and web pages over the store. "
        + "Binds 127.0.0.1 unless told otherwise; uploads, web fetches and deletions need the write token.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--token", description = "Write token for uploads and deletions (default: a random one, printed at start).")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ReadoutServer.Options options = ReadoutServer.Options.defaults().withHost(host).withPort(port).withToken(token)
                .withMaxUploadBytes((long) parent.maxMegabytes << 20);
        SqliteStore store = parent.openStore();
        ReadoutServer server;
        try {
            server = new ReadoutServer(store, parent.readout(), options).start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "readout-serve-stop"));
        out.printf("Readout serving %s at %s%n", store.file(), server.url());
        if (token == null) out.printf("write token (uploads, deletions): %s%n", server.token());
        else out.println("write token: as given with --token");
        out.flush();
        stopped.await();
        return 0;
    }
}
