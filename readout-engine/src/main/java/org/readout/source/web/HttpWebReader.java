package org.readout.source.web;

import org.readout.source.ContentSniffer;
import org.readout.source.Fetched;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@link WebReader} over the JDK's HTTP client, politely ({@link PoliteClient}). Thread-safe; one per process keeps the rate limit. */
public final class HttpWebReader implements WebReader {
    /** Sitemaps of a sitemap index read at most; the rest are reported as one item not read. */
    static final int MAX_SITEMAPS = 50;

    private final WebOptions options;
    private final PoliteClient client;

    public HttpWebReader(WebOptions options) {
        this.options = options;
        this.client = new PoliteClient(options);
    }

    @Override
    public Page page(String url, Validators known) throws InputRejected {
        String source = url.strip();
        PoliteClient.Response r = client.get(source, Urls.parse(source, source), known, Wanted.PAGE);
        if (r.status() == 304) return notModified(source, known, new Page(null, known));
        byte[] body = r.body();
        if (ContentSniffer.isBlank(body)) throw new InputRejected(source, "empty page");
        if (ContentSniffer.isBinary(body)) throw new InputRejected(source, "binary content, not text");
        SourceMeta meta = new SourceMeta(r.url().toString(), null, null, null, null,
                new Fetched(source, r.at(), r.status(), r.headers()));
        return new Page(new RawDocument(source, fileName(r.url(), r.contentType()), body, meta), Validators.of(r.headers()));
    }

    @Override
    public Feed feed(String url, Validators known) throws InputRejected {
        String source = url.strip();
        PoliteClient.Response r = client.get(source, Urls.parse(source, source), known, Wanted.FEED);
        if (r.status() == 304) return notModified(source, known, new Feed(null, known));
        FeedParser.Listing listing = FeedParser.parse(source, r.url(), r.body(), r.contentType(), options.maxBytes());
        List<FeedItem> items = listing.sitemapIndex() ? sitemaps(source, listing.items()) : listing.items();
        return new Feed(onceEach(items), Validators.of(r.headers()));
    }

    /** The pages of each sitemap an index lists (not of further indexes); a sitemap that cannot be read is an item that failed. */
    private List<FeedItem> sitemaps(String source, List<FeedItem> sitemaps) {
        List<FeedItem> out = new ArrayList<>();
        for (FeedItem sitemap : sitemaps.subList(0, Math.min(MAX_SITEMAPS, sitemaps.size()))) {
            if (sitemap.link() == null) {
                out.add(new FeedItem(out.size() + 1, null, null, "sitemap " + sitemap.number() + ": " + sitemap.problem()));
                continue;
            }
            try {
                PoliteClient.Response r = client.get(sitemap.link(), URI.create(sitemap.link()), Validators.NONE, Wanted.FEED);
                FeedParser.Listing listing = FeedParser.parse(sitemap.link(), r.url(), r.body(), r.contentType(), options.maxBytes());
                if (listing.sitemapIndex()) throw new InputRejected(sitemap.link(), "a sitemap index inside a sitemap index is not followed");
                for (FeedItem i : listing.items()) out.add(new FeedItem(out.size() + 1, i.title(), i.link(), i.problem()));
            } catch (InputRejected e) {
                out.add(new FeedItem(out.size() + 1, null, null, "sitemap " + sitemap.link() + ": " + e.getMessage()));
            }
        }
        if (sitemaps.size() > MAX_SITEMAPS) {
            out.add(new FeedItem(out.size() + 1, null, null, (sitemaps.size() - MAX_SITEMAPS) + " more sitemaps in " + source + " not read"));
        }
        return out;
    }

    private static <T> T notModified(String source, Validators known, T answer) throws InputRejected {
        if (known.isEmpty()) throw new InputRejected(source, "HTTP 304 (not modified) to a request that was not conditional");
        return answer;
    }

    private static List<FeedItem> onceEach(List<FeedItem> items) {
        Set<String> seen = new HashSet<>();
        return items.stream().filter(i -> i.link() == null || seen.add(i.link())).toList();
    }

    /** The name the page would have as a saved file: its last path segment, with the extension its content type gives. */
    static String fileName(URI url, String contentType) {
        String path = url.getRawPath();
        String segment = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        String stem = segment.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("(?i)\\.(html?|txt|md|markdown)$", "");
        String own = segment.toLowerCase(Locale.ROOT).replaceFirst(".*\\.", "");
        String extension = switch (Wanted.mediaType(contentType)) {
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/plain" -> "txt";
            case "text/markdown", "text/x-markdown" -> "md";
            default -> Set.of("html", "htm", "md").contains(own) ? own : "txt";
        };
        return (stem.isEmpty() || stem.startsWith(".") ? "index" : stem) + "." + extension;
    }
}
