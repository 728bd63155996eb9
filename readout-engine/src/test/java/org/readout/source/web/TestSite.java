package org.readout.source.web;

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
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 for one test: pages by path, and every request it received with the moment it arrived. */
final class TestSite implements AutoCloseable {
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    record Request(String path, long nanos, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(target, System.nanoTime(), Map.copyOf(exchange.getRequestHeaders())));
            try (exchange) {
                Handler h = routes.get(target);
                if (h == null) send(exchange, 404, "text/plain", "not here");
                else h.handle(exchange);
            } catch (IOException e) {
                // the client went away (a size limit, a timeout)
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    TestSite page(String path, String contentType, String body) {
        routes.put(path, x -> send(x, 200, contentType, body));
        return this;
    }

    TestSite route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    TestSite redirect(String path, String location) {
        routes.put(path, x -> {
            x.getResponseHeaders().set("Location", location);
            x.sendResponseHeaders(302, -1);
        });
        return this;
    }

    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) x.getResponseHeaders().set("Content-Type", contentType);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
