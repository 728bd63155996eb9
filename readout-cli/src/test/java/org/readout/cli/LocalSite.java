package org.readout.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web site on 127.0.0.1 for one test: answers by path, and the paths asked for, in order. */
final class LocalSite implements AutoCloseable {
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<String> asked = new CopyOnWriteArrayList<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            asked.add(x.getRequestURI().getRawPath());
            try (x) {
                Answer a = answers.get(x.getRequestURI().getRawPath());
                if (a == null) send(x, 404, "text/plain", "not here".getBytes());
                else a.send(x);
            } catch (IOException e) {
                // the client went away (a size limit)
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalSite page(String path, String type, String body) {
        answers.put(path, x -> send(x, 200, type, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    LocalSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    LocalSite redirect(String path, String location) {
        answers.put(path, x -> {
            x.getResponseHeaders().set("Location", location);
            x.sendResponseHeaders(302, -1);
        });
        return this;
    }

    static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
