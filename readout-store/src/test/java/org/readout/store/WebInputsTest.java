package org.readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.source.Fetched;
import org.readout.source.FileSourceReader;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;
import org.readout.source.web.FeedItem;
import org.readout.source.web.Validators;
import org.readout.source.web.WebReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages and feeds through a web that is a map: what the store remembers between runs, and what it asks the web for. */
class WebInputsTest {
    static final String TALKS = "<html><body><p>On May 2, 2023, Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Tokyo.</p></body></html>";
    static final String CALL = "<html><body><p>Foreign Minister Penny Wong spoke with Foreign Minister Park Jin by telephone on March 14, 2023.</p></body></html>";

    @TempDir
    Path dir;

    /** Pages by address (ETag "v" + the page's version), feeds by address; every question asked is logged. */
    static final class MapWeb implements WebReader {
        final Map<String, String> pages = new HashMap<>();
        final Map<String, List<FeedItem>> feeds = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Page page(String url, Validators known) throws InputRejected {
            asked.add("page " + url + (known.isEmpty() ? "" : " if-none-match " + known.etag()));
            String html = pages.get(url);
            if (html == null) throw new InputRejected(url, "HTTP 404 (not found) from " + url);
            Validators now = new Validators("\"" + html.hashCode() + "\"", null);
            if (now.equals(known)) return new Page(null, known);
            SourceMeta meta = new SourceMeta(url, null, null, null, null, new Fetched(url, Instant.now(), 200, Map.of("etag", now.etag())));
            return new Page(new RawDocument(url, "page.html", html.getBytes(StandardCharsets.UTF_8), meta), now);
        }

        @Override
        public Feed feed(String url, Validators known) throws InputRejected {
            asked.add("feed " + url + (known.isEmpty() ? "" : " if-none-match " + known.etag()));
            List<FeedItem> items = feeds.get(url);
            if (items == null) throw new InputRejected(url, "broken feed: XML error at line 3: unclosed element");
            Validators now = new Validators("\"" + items.hashCode() + "\"", null);
            return now.equals(known) ? new Feed(null, known) : new Feed(items, now);
        }
    }

    private Ingestion.Result run(SqliteStore store, Inputs inputs) {
        return new Ingestion(new FileSourceReader(), OlderEngine.current(), store).ingest(inputs, Ingestion.Listener.NONE);
    }

    @Test
    void aPageIngestedAgainIsAskedForConditionallyAndIsAlreadyStored() {
        MapWeb web = new MapWeb();
        web.pages.put("https://mofa.example/talks", TALKS);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            WebInputs inputs = new WebInputs(web, store);
            assertEquals(1, run(store, new Inputs().add(inputs.page("https://mofa.example/talks"))).added());
            Ingestion.Result again = run(store, new Inputs().add(inputs.page("https://mofa.example/talks")));
            assertEquals(0, again.added());
            assertEquals(1, again.duplicates());
            assertEquals(List.of("page https://mofa.example/talks", "page https://mofa.example/talks if-none-match \"" + TALKS.hashCode() + "\""), web.asked);
            assertEquals(1, store.documentCount());
            RawDocument kept = store.rawTexts(store.documents().get(0).summary().id()).get(0).raw();
            assertEquals("https://mofa.example/talks", kept.meta().url());
            assertEquals(200, kept.meta().fetched().status(), "the fetch is kept with the raw text");
        }
    }

    @Test
    void aDeletedPageIsFetchedAgainWithoutValidators() {
        MapWeb web = new MapWeb();
        web.pages.put("https://mofa.example/talks", TALKS);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            WebInputs inputs = new WebInputs(web, store);
            run(store, new Inputs().add(inputs.page("https://mofa.example/talks")));
            store.deleteDocument(store.documents().get(0).summary().id());
            assertEquals(1, run(store, new Inputs().add(inputs.page("https://mofa.example/talks"))).added());
            assertEquals("page https://mofa.example/talks", web.asked.get(1));
        }
    }

    @Test
    void followingAFeedIngestsItsNewItemsOnceAndReportsAnItemWithoutALink() {
        MapWeb web = new MapWeb();
        web.pages.put("https://mofa.example/talks", TALKS);
        web.pages.put("https://mofa.example/call", CALL);
        web.feeds.put("https://mofa.example/feed", List.of(new FeedItem(1, "Talks", "https://mofa.example/talks", null),
                new FeedItem(2, "No page", null, "feed item without a link"), new FeedItem(3, "Call", "https://mofa.example/call", null)));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            WebInputs inputs = new WebInputs(web, store);
            Inputs first = new Inputs();
            WebInputs.Followed f = inputs.follow("https://mofa.example/feed", Integer.MAX_VALUE, first);
            assertEquals(new WebInputs.Followed("https://mofa.example/feed", 3, 0, 0, false, false), f);
            Ingestion.Result r = run(store, first);
            assertEquals(2, r.added());
            assertEquals(List.of(new Ingestion.Failure("https://mofa.example/feed item 2 (\"No page\")", "feed item without a link")), r.failures());

            web.asked.clear();
            Inputs second = new Inputs();
            assertEquals(new WebInputs.Followed("https://mofa.example/feed", 3, 2, 0, false, false),
                    inputs.follow("https://mofa.example/feed", Integer.MAX_VALUE, second));
            assertEquals(0, second.items().size(), "nothing new: no page is fetched again");
            assertEquals(List.of("feed https://mofa.example/feed"), web.asked, "an item failed, so the feed is read whole again");
            assertEquals(2, store.documentCount());
        }
    }

    @Test
    void aFeedWhoseItemsWereAllStoredIsAskedForConditionallyAndALimitLeavesTheRestForLater() {
        MapWeb web = new MapWeb();
        web.pages.put("https://mofa.example/talks", TALKS);
        web.pages.put("https://mofa.example/call", CALL);
        web.feeds.put("https://mofa.example/feed", List.of(new FeedItem(1, "Talks", "https://mofa.example/talks", null),
                new FeedItem(2, "Call", "https://mofa.example/call", null)));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            WebInputs inputs = new WebInputs(web, store);
            Inputs first = new Inputs();
            assertEquals(1, inputs.follow("https://mofa.example/feed", 1, first).leftForLater());
            assertEquals(1, run(store, first).added());
            Inputs second = new Inputs();
            WebInputs.Followed f = inputs.follow("https://mofa.example/feed", 1, second);
            assertEquals(1, f.seenBefore());
            assertEquals(1, run(store, second).added());
            Inputs third = new Inputs();
            assertTrue(inputs.follow("https://mofa.example/feed", 1, third).notModified());
            assertEquals(0, third.items().size());
            assertEquals("feed https://mofa.example/feed if-none-match \"" + web.feeds.get("https://mofa.example/feed").hashCode() + "\"",
                    web.asked.get(web.asked.size() - 1));
        }
    }

    @Test
    void aFeedThatCannotBeReadIsOneFailure() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            Inputs inputs = new Inputs();
            assertTrue(new WebInputs(new MapWeb(), store).follow("https://mofa.example/broken", 10, inputs).failed());
            Ingestion.Result r = run(store, inputs);
            assertEquals(List.of(new Ingestion.Failure("https://mofa.example/broken", "broken feed: XML error at line 3: unclosed element")), r.failures());
            assertEquals(0, r.files());
        }
    }

    @Test
    void aVersion3StoreGainsTheWebTables() throws Exception {
        Path db = dir.resolve("v3.db");
        SqliteStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE web_fetches");
            s.execute("DROP TABLE feed_items");
            s.execute("PRAGMA user_version=3");
        }
        MapWeb web = new MapWeb();
        web.pages.put("https://mofa.example/talks", TALKS);
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(1, run(store, new Inputs().add(new WebInputs(web, store).page("https://mofa.example/talks"))).added());
        }
    }
}
