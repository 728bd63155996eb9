package org.readout.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slow authenticated upload bodies cannot take all request threads: reads stay served (issue #8). */
class SlowUploadTest {
    static final int SLOW_UPLOADS = 70; // more than the server's 64 request threads

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of(TestServer.fixtures().resolve("jpn-mofa-2023-02-02.txt")));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    /** Sends the headers and the first bytes of a 100 KB multipart body, and no more. */
    static Socket startSlowUpload() throws IOException {
        Socket s = new Socket("127.0.0.1", t.server.port());
        s.setSoTimeout(60_000);
        String head = "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=" + WriteApiTest.BOUNDARY + "\r\nContent-Length: 100000\r\n\r\n"
                + "--" + WriteApiTest.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"slow.txt\"\r\n\r\n";
        s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    static void trickle(Socket s) {
        try {
            s.getOutputStream().write('a');
            s.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // answered already
        }
    }

    /** The status line and headers of the answer. */
    static String responseHead(Socket s) throws IOException {
        StringBuilder head = new StringBuilder();
        InputStream in = s.getInputStream();
        for (int c; !head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0; ) head.append((char) c);
        return head.toString();
    }

    @Test
    void slowUploadsAreRefusedBeyondAFewAndReadsStayServed() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(SLOW_UPLOADS);
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < SLOW_UPLOADS; i++) {
                Socket s = startSlowUpload();
                sockets.add(s);
                answers.add(readers.submit(() -> responseHead(s)));
            }
            trickler.scheduleWithFixedDelay(() -> sockets.forEach(SlowUploadTest::trickle), 200, 200, TimeUnit.MILLISECONDS);

            HttpResponse<String> r = t.get("/api/engagements"); // while the uploads trickle
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(1, t.json("/api/documents").get("total").asInt());

            int refused = 0;
            for (Future<String> a : answers) {
                String head = a.get(60, TimeUnit.SECONDS); // generous: refusals come at once, the admitted are cut off soon
                if (head.startsWith("HTTP/1.1 503")) {
                    refused++;
                    assertTrue(head.contains("Retry-After:"), head);
                } else {
                    assertTrue(head.startsWith("HTTP/1.1 408"), "too slow: " + head);
                }
            }
            assertTrue(refused >= SLOW_UPLOADS - 64, "more uploads than request threads cannot all be admitted: " + refused);
        } finally {
            trickler.shutdownNow();
            for (Socket s : sockets) s.close();
            readers.shutdownNow();
        }
    }
}
