package org.readout.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.readout.source.FileSourceReader;
import org.readout.source.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcDocumentsTest {
    static final String PAGE = "<html><head><title>Call</title></head><body><p>Foreign Minister Hayashi spoke with Foreign Minister Baerbock.</p></body></html>";
    static final Instant CAPTURED = Instant.parse("2023-01-17T03:04:05Z");

    @TempDir
    Path tmp;

    static HttpResponse response(int status, String type, byte[] body, String... headers) {
        HttpResponse.Builder b = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").addHeader("Content-Type", type);
        for (int i = 0; i < headers.length; i += 2) b.addHeader(headers[i], headers[i + 1]);
        return b.body(null, body).build();
    }

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A WARC as a crawl writes one: a request, an HTML page (gzip-encoded), a plain text, a redirect, a 404, an image, a page too large. */
    static Path crawl(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder("https://www.mofa.go.jp/a.html").date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/a.html").build()).build());
            w.write(new WarcResponse.Builder("https://www.mofa.go.jp/a.html").date(CAPTURED)
                    .body(response(200, "text/html; charset=utf-8", gzip(PAGE), "Content-Encoding", "gzip", "Set-Cookie", "s=1")).build());
            w.write(new WarcResponse.Builder("https://example.org/b.txt").date(CAPTURED)
                    .body(response(200, "text/plain", "Hayashi spoke with Baerbock.".getBytes(StandardCharsets.UTF_8))).build());
            w.write(new WarcResponse.Builder("https://example.org/old").date(CAPTURED)
                    .body(response(301, "text/html", new byte[0], "Location", "https://example.org/new")).build());
            w.write(new WarcResponse.Builder("https://example.org/missing").date(CAPTURED)
                    .body(response(404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8))).build());
            w.write(new WarcResponse.Builder("https://example.org/i.png").date(CAPTURED)
                    .body(response(200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'})).build());
            w.write(new WarcResponse.Builder("https://example.org/big.html").date(CAPTURED)
                    .body(response(200, "text/html", ("<p>" + "a".repeat(5000) + "</p>").getBytes(StandardCharsets.UTF_8))).build());
        }
        return file;
    }

    private WarcDocuments.Result read(WarcCompression compression, String name) throws Exception {
        Path warc = crawl(tmp.resolve(name), compression);
        try (InputStream in = Files.newInputStream(warc)) {
            return WarcDocuments.read(in, warc.toString(), "00000|2|" + warc, 4000);
        }
    }

    @Test
    void theHtmlAndTextResponsesAreTheDocuments() throws Exception {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            WarcDocuments.Result r = read(c, "crawl-" + c + ".warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
            assertEquals(2, r.records().size(), c + ": " + r.records());
            assertEquals(4, r.skipped(), "the request, the redirect, the 404 and the image");
            assertEquals(1, r.failures().size(), r.failures().toString());
            assertEquals("https://example.org/big.html", r.failures().get(0).source());
            assertTrue(r.failures().get(0).reason().startsWith("too large (more than "), r.failures().toString());

            SourceRecord page = r.records().get(0);
            assertEquals("https://www.mofa.go.jp/a.html", page.source());
            assertTrue(page.order().startsWith("00000|2|") && page.order().compareTo(r.records().get(1).order()) < 0, "in the file's order");
            RawDocument raw = page.raw(new FileSourceReader());
            assertEquals(PAGE, new String(raw.bytes(), StandardCharsets.UTF_8), "the body decoded from its content encoding");
            assertEquals("html", raw.extension());
            assertEquals("https://www.mofa.go.jp/a.html", raw.meta().url(), "the page's address, as a fetched page's");
            assertEquals(CAPTURED, raw.meta().fetched().at());
            assertEquals(200, raw.meta().fetched().status());
            assertEquals("gzip", raw.meta().fetched().headers().get("content-encoding"));
            assertNull(raw.meta().fetched().headers().get("set-cookie"), "cookies are left out");

            RawDocument text = r.records().get(1).raw(new FileSourceReader());
            assertEquals("txt", text.extension());
            assertEquals("Hayashi spoke with Baerbock.", new String(text.bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBrokenFileKeepsWhatCameBeforeAndSaysWhere() throws Exception {
        Path warc = crawl(tmp.resolve("whole.warc"), WarcCompression.NONE);
        byte[] all = Files.readAllBytes(warc);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("WARC/1.", text.indexOf("https://example.org/b.txt")) + 3; // inside the third response's header
        byte[] broken = new byte[cut + 20];
        System.arraycopy(all, 0, broken, 0, cut);
        for (int i = cut; i < broken.length; i++) broken[i] = 'x';
        WarcDocuments.Result r = WarcDocuments.read(new java.io.ByteArrayInputStream(broken), "broken.warc", "o", 4000);
        assertEquals(2, r.records().size(), "the page and the text before the break");
        assertEquals(1, r.failures().size());
        assertEquals("broken.warc", r.failures().get(0).source());
        assertTrue(r.failures().get(0).reason().startsWith("broken WARC file after 3 records"), r.failures().get(0).reason());
    }
}
