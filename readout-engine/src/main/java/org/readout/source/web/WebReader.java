package org.readout.source.web;

import org.readout.source.InputRejected;
import org.readout.source.RawDocument;

import java.util.List;

/**
 * Reads the web: a page as a {@link RawDocument} that reaches the pipeline as a local file with a sidecar giving its
 * url would (its {@code Fetched} metadata kept beside), and the items of an RSS or Atom feed or a sitemap. Given the
 * validators a caller remembers, each asks conditionally and may answer "not modified".
 */
public interface WebReader {

    /** A page; {@code raw} is null when the server said it has not changed since {@code known}. */
    record Page(RawDocument raw, Validators validators) {
        public boolean notModified() {
            return raw == null;
        }
    }

    /** A feed's items, a link each at most once; {@code items} is null when the feed has not changed since {@code known}. */
    record Feed(List<FeedItem> items, Validators validators) {
        public boolean notModified() {
            return items == null;
        }
    }

    Page page(String url, Validators known) throws InputRejected;

    Feed feed(String url, Validators known) throws InputRejected;

    /** Whether a command-line argument names a web page ({@code http://} or {@code https://}) rather than a path. */
    static boolean isWebAddress(String argument) {
        return Urls.isWebAddress(argument);
    }
}
