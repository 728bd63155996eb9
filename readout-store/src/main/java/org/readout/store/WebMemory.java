package org.readout.store;

import org.readout.source.web.Validators;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What the store remembers of the web between runs: each address's validators (and a page's raw text), and the feed items seen. */
final class WebMemory {
    /** The validators of an address's last answer, and for a page the digest of the raw text it was stored as (null for a feed). */
    record Remembered(Validators validators, String rawDigest) {
    }

    private final SqliteStore store;

    WebMemory(SqliteStore store) {
        this.store = store;
    }

    Optional<Remembered> of(String url) {
        return store.query("SELECT etag, last_modified, raw_digest FROM web_fetches WHERE url = ?",
                rs -> new Remembered(new Validators(rs.getString(1), rs.getString(2)), rs.getString(3)), url).stream().findFirst();
    }

    void remember(String url, Validators validators, String rawDigest) {
        store.update("INSERT OR REPLACE INTO web_fetches(url, etag, last_modified, raw_digest, fetched_at) VALUES (?,?,?,?,?)",
                url, validators.etag(), validators.lastModified(), rawDigest, Instant.now().toString());
    }

    Set<String> seen(String feed) {
        return new HashSet<>(store.query("SELECT link FROM feed_items WHERE feed = ?", rs -> rs.getString(1), feed));
    }

    void markSeen(String feed, String link, String documentId) {
        store.update("INSERT OR REPLACE INTO feed_items(feed, link, document_id, seen_at) VALUES (?,?,?,?)",
                feed, link, documentId, Instant.now().toString());
    }
}
