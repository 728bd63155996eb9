package org.readout.source.web;

import org.readout.source.InputRejected;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Web addresses as Readout fetches them: http or https with a host, no user name, no fragment, at least the path "/". */
final class Urls {
    private Urls() {
    }

    /** Whether a command-line argument is a web address rather than a path. */
    static boolean isWebAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** An address a user or a feed gave. */
    static URI parse(String source, String text) throws InputRejected {
        try {
            URI uri = tidy(new URI(text.strip().replace(" ", "%20")));
            requireFetchable(source, uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new InputRejected(source, "not a valid web address");
        }
    }

    /** A redirect's {@code Location} or a feed's link, relative to where it was found. */
    static URI resolve(String source, URI base, String reference) throws InputRejected {
        try {
            URI uri = tidy(base.resolve(new URI(reference.strip().replace(" ", "%20"))));
            requireFetchable(source, uri);
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InputRejected(source, "not a valid web address: " + reference.strip());
        }
    }

    static void requireFetchable(String source, URI uri) throws InputRejected {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new InputRejected(source, "not an http or https address: " + uri);
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new InputRejected(source, "no host in the address " + uri);
        if (uri.getRawUserInfo() != null) throw new InputRejected(source, "an address with a user name or password is not fetched");
    }

    /** {@code https://host:443}: what robots.txt and the rate limit apply to. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static URI tidy(URI uri) throws URISyntaxException {
        String s = uri.toString();
        int hash = s.indexOf('#');
        URI u = hash < 0 ? uri : new URI(s.substring(0, hash));
        if (u.isOpaque() || u.getRawAuthority() == null) return u;
        if (u.getRawPath() == null || u.getRawPath().isEmpty()) {
            return new URI(u.getScheme() + "://" + u.getRawAuthority() + "/" + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        }
        return u;
    }
}
