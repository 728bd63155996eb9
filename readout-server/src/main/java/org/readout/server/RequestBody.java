package org.readout.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import org.eclipse.jetty.server.MultiPartFormInputStream;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A request's body read through {@link PacedBody}: JSON as bytes, a multipart form as its files and url fields. */
final class RequestBody {
    /** The slowest body accepted once the grace period is over (slower is cut off with a 408). */
    static final long MIN_BYTES_PER_SECOND = 8 << 10;
    static final long GRACE_MILLIS = 2_000;
    private static final int MAX_PARTS = 1000;
    private static final int IN_MEMORY_BYTES = 1 << 20;

    private RequestBody() {
    }

    static InputStream paced(Context ctx) throws IOException {
        return new PacedBody(ctx.req().getInputStream(), MIN_BYTES_PER_SECOND, GRACE_MILLIS, System::nanoTime);
    }

    /** The whole body, at most {@code max} bytes (more is a 413). */
    static byte[] bytes(Context ctx, long max) throws IOException {
        byte[] body = paced(ctx).readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (body.length > max) throw tooLarge(max);
        return body;
    }

    static ApiException tooLarge(long max) {
        return new ApiException(413, "upload too large: at most " + (max >> 20) + " MB per request");
    }

    /** A multipart form's files and {@code url} fields; closing it removes the files it spooled to disk. */
    record Multipart(MultiPartFormInputStream form, List<UploadedFile> files, List<String> urls) implements AutoCloseable {
        @Override
        public void close() {
            form.deleteParts();
        }
    }

    static Multipart multipart(Context ctx, long max) throws IOException {
        File spool = new File(System.getProperty("java.io.tmpdir"));
        MultipartConfigElement config = new MultipartConfigElement(spool.getPath(), max, max, IN_MEMORY_BYTES);
        MultiPartFormInputStream form = new MultiPartFormInputStream(paced(ctx), ctx.contentType(), config, spool, MAX_PARTS);
        List<UploadedFile> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try {
            for (Part part : form.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    files.add(new UploadedFile(part));
                } else if ("url".equals(part.getName())) {
                    try (InputStream in = part.getInputStream()) {
                        urls.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            form.deleteParts();
            throw e;
        }
        return new Multipart(form, files, urls);
    }
}
