package org.readout.source.web;

import org.readout.source.InputRejected;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET as a polite crawler: the address checked ({@link AddressGuard}) and the site's robots.txt consulted before
 * every request, requests to a host paced ({@link HostPacer}), redirects followed by hand up to a limit (each hop
 * checked again), a conditional GET when validators are known, timeouts, and a size limit enforced while reading.
 * The connection is made by Apache HttpClient with {@link AddressGuard#resolve} as its name lookup: it connects to an
 * address of the answer that was checked, never to one a later lookup gives.
 */
final class PoliteClient {
    /** A final response: 2xx with its body, or 304 without. Header names in lower case, cookies left out. */
    record Response(URI url, int status, Map<String, String> headers, byte[] body, Instant at) {
        String contentType() {
            return headers.get("content-type");
        }
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final long ROBOTS_MAX_BYTES = 512 << 10;
    private static final Duration ROBOTS_KEPT = Duration.ofHours(1);
    private static final Map<Integer, String> STATUS_WORDS = Map.of(400, "bad request", 401, "unauthorized", 403, "forbidden",
            404, "not found", 410, "gone", 429, "too many requests", 500, "server error", 502, "bad gateway",
            503, "service unavailable", 504, "gateway timeout");

    private record KeptRobots(RobotsTxt robots, long until) {
    }

    private final WebOptions options;
    private final CloseableHttpClient http;
    private final HostPacer pacer = new HostPacer();
    private final Map<String, KeptRobots> robots = new ConcurrentHashMap<>();

    PoliteClient(WebOptions options) {
        this.options = options;
        AddressGuard guard = options.addresses();
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(Timeout.of(options.connect()))
                .setSocketTimeout(Timeout.of(options.read())).build();
        this.http = HttpClients.custom() // no proxy: without useSystemProperties() the client ignores the JVM's
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(checked)
                        .setDefaultConnectionConfig(connection).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(options.read())).build())
                .disableRedirectHandling().disableCookieManagement().disableAutomaticRetries().disableContentCompression()
                .build();
    }

    /** The response at {@code uri} after its redirects; {@code source} names it in errors. An error status is refused, but for robots.txt. */
    Response get(String source, URI uri, Validators known, Wanted wanted) throws InputRejected {
        Set<URI> visited = new LinkedHashSet<>(List.of(uri));
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            Urls.requireFetchable(source, current);
            options.addresses().check(source, current);
            RobotsTxt rules = wanted == Wanted.ROBOTS ? RobotsTxt.ALLOW_ALL : robotsOf(source, current);
            if (!rules.allows(Urls.pathAndQuery(current))) {
                throw new InputRejected(source, "disallowed by the robots.txt of " + current.getHost());
            }
            Duration interval = rules.crawlDelay() == null ? options.hostInterval()
                    : max(options.hostInterval(), min(rules.crawlDelay(), WebOptions.MAX_CRAWL_DELAY));
            URI at = current;
            Response r = pacer.paced(source, current.getHost().toLowerCase(Locale.ROOT), interval, () -> exchange(source, at, known, wanted));
            if (!REDIRECTS.contains(r.status())) {
                if (wanted != Wanted.ROBOTS && (r.status() < 200 || r.status() > 299) && r.status() != 304) {
                    String words = STATUS_WORDS.get(r.status());
                    throw new InputRejected(source, "HTTP " + r.status() + (words == null ? "" : " (" + words + ")")
                            + (r.url().equals(uri) ? "" : " from " + r.url()));
                }
                return r;
            }
            String location = r.headers().get("location");
            if (location == null) throw new InputRejected(source, "HTTP " + r.status() + " redirect without a Location");
            URI next = Urls.resolve(source, current, location);
            if (!visited.add(next)) throw new InputRejected(source, "redirect loop (" + next + " again after " + (redirects + 1) + " redirects)");
            if (redirects == options.maxRedirects()) {
                throw new InputRejected(source, "too many redirects (more than " + options.maxRedirects() + ")");
            }
            current = next;
        }
    }

    private Response exchange(String source, URI uri, Validators known, Wanted wanted) throws InputRejected {
        HttpGet request = new HttpGet(uri);
        request.setHeader("User-Agent", options.userAgent());
        request.setHeader("Accept", wanted.accept);
        if (known.etag() != null) request.setHeader("If-None-Match", known.etag());
        if (known.lastModified() != null) request.setHeader("If-Modified-Since", known.lastModified());
        long deadline = System.nanoTime() + options.read().toNanos();
        Instant at = Instant.now();
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, null);
        } catch (AddressGuard.Refused e) {
            throw new InputRejected(source, e.getMessage());
        } catch (UnknownHostException e) {
            throw new InputRejected(source, "unknown host " + uri.getHost());
        } catch (ConnectTimeoutException e) {
            throw new InputRejected(source, "could not connect to " + uri.getHost() + " within " + options.connect().toSeconds() + " s");
        } catch (SocketTimeoutException e) {
            throw new InputRejected(source, "no answer from " + uri.getHost() + " within " + options.read().toSeconds() + " s");
        } catch (ConnectException e) {
            throw new InputRejected(source, "could not connect to " + uri.getHost() + " (connection refused)");
        } catch (IOException e) {
            throw new InputRejected(source, "could not fetch from " + uri.getHost() + " (" + firstLine(e) + ")");
        }
        boolean whole = false;
        try {
            Map<String, String> headers = headers(response);
            int status = response.getCode();
            if (status < 200 || status > 299) return new Response(uri, status, headers, new byte[0], at);
            String refusal = wanted.refusal(headers.get("content-type"));
            if (refusal != null) throw new InputRejected(source, refusal);
            boolean robots = wanted == Wanted.ROBOTS;
            HttpEntity entity = response.getEntity();
            byte[] bytes = entity == null ? new byte[0] : BoundedBody.read(source, entity.getContent(),
                    robots ? ROBOTS_MAX_BYTES : options.maxBytes(), robots, declaredLength(headers), deadline, options.read(),
                    request::cancel);
            whole = true;
            return new Response(uri, status, headers, bytes, at);
        } catch (IOException e) {
            throw new InputRejected(source, "could not read the answer of " + uri.getHost() + " (" + firstLine(e) + ")");
        } finally {
            if (!whole) request.cancel(); // a body not read to its end is not drained: its connection is dropped
            try {
                response.close();
            } catch (IOException e) {
                // the body was read, or the connection is already gone
            }
        }
    }

    /** The rules of the site's robots.txt, kept an hour: none on 4xx; the fetch refused on 5xx (RFC 9309: assume it disallows all). */
    private RobotsTxt robotsOf(String source, URI uri) throws InputRejected {
        String origin = Urls.origin(uri);
        KeptRobots kept = robots.get(origin);
        if (kept != null && kept.until() - System.nanoTime() > 0) return kept.robots();
        Response r = get(source, URI.create(origin + "/robots.txt"), Validators.NONE, Wanted.ROBOTS);
        RobotsTxt rules;
        if (r.status() >= 200 && r.status() < 300) rules = RobotsTxt.parse(new String(r.body(), StandardCharsets.UTF_8));
        else if (r.status() >= 400 && r.status() < 500) rules = RobotsTxt.ALLOW_ALL;
        else throw new InputRejected(source, "not fetched: the robots.txt of " + uri.getHost() + " answered HTTP " + r.status());
        robots.put(origin, new KeptRobots(rules, System.nanoTime() + ROBOTS_KEPT.toNanos()));
        return rules;
    }

    private static Map<String, String> headers(ClassicHttpResponse response) {
        Map<String, String> out = new TreeMap<>();
        for (Header h : response.getHeaders()) {
            String n = h.getName().toLowerCase(Locale.ROOT);
            if (!n.equals("set-cookie") && !n.equals("set-cookie2")) out.merge(n, h.getValue(), (a, b) -> a + ", " + b);
        }
        return out;
    }

    private static long declaredLength(Map<String, String> headers) {
        try {
            return Long.parseLong(headers.getOrDefault("content-length", "-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
