package org.readout.source.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.readout.source.InputRejected;
import org.readout.source.Megabytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The items of an RSS or Atom feed (read by Rome, which refuses a DOCTYPE and so external entities) or of a sitemap
 * (read by {@link Sitemap}); a gzip-compressed body is unpacked first, within the same size limit. Links are made
 * absolute against the feed's address.
 */
final class FeedParser {
    /** The items; for a sitemap index, each item is a further sitemap. */
    record Listing(boolean sitemapIndex, List<FeedItem> items) {
    }

    private FeedParser() {
    }

    static Listing parse(String source, URI base, byte[] body, String contentType, long maxBytes) throws InputRejected {
        byte[] bytes = gunzipIfPacked(source, body, maxBytes);
        String root;
        try {
            root = SafeXml.read(source, bytes, null);
        } catch (InputRejected e) {
            if (Wanted.mediaType(contentType).equals("text/html")) throw new InputRejected(source, "not a feed: an HTML page");
            throw e;
        }
        if (root.equalsIgnoreCase("html")) throw new InputRejected(source, "not a feed: an HTML page");
        if (Sitemap.isSitemap(root)) {
            Sitemap.Entries entries = Sitemap.read(source, bytes);
            List<FeedItem> items = new ArrayList<>();
            for (String loc : entries.locations()) items.add(item(source, base, items.size() + 1, null, loc));
            return new Listing(entries.index(), items);
        }
        return new Listing(false, rss(source, base, bytes, contentType, root));
    }

    private static List<FeedItem> rss(String source, URI base, byte[] bytes, String contentType, String root) throws InputRejected {
        SyndFeed feed;
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            feed = new SyndFeedInput().build(reader);
        } catch (ParsingFeedException e) {
            String m = PoliteClient.firstLine(e).replaceFirst("^Invalid XML: Error on line \\d+: ", "");
            throw new InputRejected(source, "broken feed: XML error at line " + e.getLineNumber() + ": " + m);
        } catch (FeedException e) {
            throw new InputRejected(source, "broken feed: " + PoliteClient.firstLine(e));
        } catch (IllegalArgumentException e) {
            throw new InputRejected(source, "not an RSS, Atom or sitemap feed (its root element is <" + root + ">)");
        } catch (IOException e) {
            throw new InputRejected(source, "broken feed: " + PoliteClient.firstLine(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(source, base, items.size() + 1, entry.getTitle(), link(entry)));
        }
        return items;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink();
        for (SyndLink l : entry.getLinks()) {
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) return l.getHref();
        }
        return null;
    }

    private static FeedItem item(String source, URI base, int number, String title, String link) {
        if (link == null) return new FeedItem(number, title, null, "feed item without a link");
        try {
            return new FeedItem(number, title, Urls.resolve(source, base, link).toString(), null);
        } catch (InputRejected e) {
            return new FeedItem(number, title, null, e.getMessage());
        }
    }

    private static byte[] gunzipIfPacked(String source, byte[] body, long maxBytes) throws InputRejected {
        if (body.length < 2 || body[0] != (byte) 0x1F || body[1] != (byte) 0x8B) return body;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw new InputRejected(source, "too large unpacked (more than " + Megabytes.of(maxBytes, false) + ")");
            return bytes;
        } catch (IOException e) {
            throw new InputRejected(source, "broken feed: unreadable gzip (" + PoliteClient.firstLine(e) + ")");
        }
    }
}
