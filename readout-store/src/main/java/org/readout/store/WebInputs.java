package org.readout.store;

import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.web.FeedItem;
import org.readout.source.web.Validators;
import org.readout.source.web.WebReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Web pages and feed items as a batch's inputs, with what the store remembers of them: a page is asked for
 * conditionally when the raw text it was stored as is still kept (not modified: that raw text again, so it counts
 * as already stored); a feed's items already ingested are not fetched again, and the feed's own validators are
 * remembered only after a run in which every new item was stored, so that failed items are tried again.
 */
public final class WebInputs {
    /**
     * What following a feed found: its items, how many were ingested before, how many new ones were left for a later
     * run by the limit, whether the feed was unchanged since last time (then nothing else was looked at), and whether
     * it could not be read at all (its failure is in the inputs).
     */
    public record Followed(String feed, int items, int seenBefore, int leftForLater, boolean notModified, boolean failed) {
    }

    private final WebReader web;
    private final WebMemory memory;
    private final SqliteStore store;

    public WebInputs(WebReader web, SqliteStore store) {
        this.web = web;
        this.store = store;
        this.memory = new WebMemory(store);
    }

    /** The page at {@code url}, fetched when the batch reads it. */
    public Input page(String url) {
        return new PageInput(url.strip(), null);
    }

    /**
     * Reads the feed now and adds to {@code into} its items not ingested before (at most {@code limit} of them, in
     * the feed's order), an item without a usable link as a failure; a feed that cannot be read is one failure.
     */
    public Followed follow(String feedUrl, int limit, Inputs into) {
        String feed = feedUrl.strip();
        Optional<WebMemory.Remembered> remembered = memory.of(feed);
        WebReader.Feed read;
        try {
            read = web.feed(feed, remembered.map(WebMemory.Remembered::validators).orElse(Validators.NONE));
        } catch (InputRejected e) {
            into.failed(e.source(), e.getMessage());
            return new Followed(feed, 0, 0, 0, false, true);
        }
        if (read.notModified()) return new Followed(feed, 0, 0, 0, true, false);
        Set<String> seen = memory.seen(feed);
        List<FeedItem> fresh = new ArrayList<>();
        int seenBefore = 0;
        int left = 0;
        boolean allLinked = true;
        for (FeedItem item : read.items()) {
            if (item.link() == null) {
                into.failed(item.label(feed), item.problem());
                allLinked = false;
            } else if (seen.contains(item.link())) {
                seenBefore++;
            } else if (fresh.size() < limit) {
                fresh.add(item);
            } else {
                left++;
            }
        }
        FeedRun run = new FeedRun(feed, read.validators(), fresh.size(), allLinked && left == 0);
        for (FeedItem item : fresh) into.add(new PageInput(item.link(), run));
        run.checkDone();
        return new Followed(feed, read.items().size(), seenBefore, left, false, false);
    }

    /** One run of a feed: its validators are remembered once every new item of it is stored. */
    private final class FeedRun {
        final String feed;
        final Validators validators;
        final boolean complete;
        int pending;

        FeedRun(String feed, Validators validators, int pending, boolean complete) {
            this.feed = feed;
            this.validators = validators;
            this.pending = pending;
            this.complete = complete;
        }

        void stored(String link, String documentId) {
            memory.markSeen(feed, link, documentId);
            pending--;
            checkDone();
        }

        void checkDone() {
            if (pending == 0 && complete) memory.remember(feed, validators, null);
        }
    }

    private final class PageInput implements Input {
        private final String url;
        private final FeedRun feed;
        private Validators validators = Validators.NONE;
        private String digest;

        PageInput(String url, FeedRun feed) {
            this.url = url;
            this.feed = feed;
        }

        @Override
        public String source() {
            return url;
        }

        @Override
        public RawDocument read() throws InputRejected {
            Optional<RawDocument> kept = Optional.empty();
            Validators known = Validators.NONE;
            Optional<WebMemory.Remembered> remembered = memory.of(url);
            if (remembered.isPresent() && remembered.get().rawDigest() != null) {
                kept = store.rawText(remembered.get().rawDigest());
                if (kept.isPresent()) known = remembered.get().validators();
            }
            WebReader.Page page = web.page(url, known);
            validators = page.validators();
            RawDocument raw = page.notModified() ? kept.orElseThrow() : page.raw();
            digest = RawDigest.of(raw, 0);
            return raw;
        }

        @Override
        public void stored(Ingestion.Stored stored) {
            memory.remember(url, validators, digest);
            if (feed != null) feed.stored(url, stored.document());
        }
    }
}
