package org.readout.source.web;

import org.readout.pipeline.EngineVersion;

import java.time.Duration;

/**
 * How politely and how far the web is read.
 *
 * @param userAgent     sent with every request; names Readout and its version
 * @param maxBytes      the largest page or feed accepted (the command line's {@code --max-mb})
 * @param connect       the longest wait for a connection
 * @param read          the longest wait for a whole response, headers and body
 * @param hostInterval  the least time between the end of one request to a host and the start of the next
 *                      (a longer {@code Crawl-delay} in its robots.txt wins, up to {@link #MAX_CRAWL_DELAY})
 * @param maxRedirects  redirects followed before giving up
 * @param addresses     which addresses may be fetched from: public ones only unless the user allowed more
 */
public record WebOptions(String userAgent, long maxBytes, Duration connect, Duration read, Duration hostInterval,
                         int maxRedirects, AddressGuard addresses) {
    public static final String USER_AGENT = "Readout/" + EngineVersion.CURRENT.replaceFirst("\\+.*", "")
            + " (reads diplomatic readouts; honours robots.txt)";
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    /** Public addresses only, a second between requests to one host, 5 redirects, 10 s to connect, 30 s to read. */
    public static WebOptions defaults(long maxBytes) {
        return new WebOptions(USER_AGENT, maxBytes, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1),
                5, AddressGuard.publicOnly());
    }

    public WebOptions withAddresses(AddressGuard guard) {
        return new WebOptions(userAgent, maxBytes, connect, read, hostInterval, maxRedirects, guard);
    }

    public WebOptions withHostInterval(Duration interval) {
        return new WebOptions(userAgent, maxBytes, connect, read, interval, maxRedirects, addresses);
    }

    public WebOptions withRead(Duration timeout) {
        return new WebOptions(userAgent, maxBytes, connect, timeout, hostInterval, maxRedirects, addresses);
    }
}
