package org.readout.cli;

import org.readout.source.web.AddressGuard;
import org.readout.source.web.HttpWebReader;
import org.readout.source.web.WebOptions;
import org.readout.source.web.WebReader;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How {@code ingest} and {@code follow} read the web. */
final class WebFetchOptions {
    @Option(names = "--allow-private-addresses",
            description = "Also fetch from loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--host-delay-ms", defaultValue = "1000", paramLabel = "MS",
            description = "Least time between two requests to one host, in ms (default ${DEFAULT-VALUE}); a longer Crawl-delay in its robots.txt wins.")
    long hostDelayMillis;

    WebReader reader(long maxBytes) {
        if (hostDelayMillis < 0) throw new IllegalArgumentException("--host-delay-ms must not be negative");
        WebOptions options = WebOptions.defaults(maxBytes).withHostInterval(Duration.ofMillis(hostDelayMillis));
        return new HttpWebReader(allowPrivate ? options.withAddresses(AddressGuard.any()) : options);
    }
}
