package org.readout.source.web;

import java.util.Map;

/** What a server said identifies the version of a page it sent ({@code ETag}, {@code Last-Modified}), for a conditional GET. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /** From response headers with lower-case names. */
    static Validators of(Map<String, String> headers) {
        return new Validators(headers.get("etag"), headers.get("last-modified"));
    }
}
