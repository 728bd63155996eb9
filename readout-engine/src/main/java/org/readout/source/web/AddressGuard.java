package org.readout.source.web;

import org.readout.source.InputRejected;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which addresses may be fetched from (against server-side request forgery). Every address a host name resolves
 * to is checked before each request, redirects and robots.txt included; the client's own name lookup is
 * {@link #resolve}, so it connects only to an address of the very answer that was checked, and a second DNS answer
 * (a rebinding) cannot swap in a private one. By default only public addresses pass: not loopback, private,
 * link-local, carrier-grade NAT, unique-local, multicast, documentation or reserved ranges, nor such an address
 * inside an IPv6 form (IPv4-mapped, 6to4, NAT64).
 */
public final class AddressGuard {
    private static final AddressGuard PUBLIC_ONLY = new AddressGuard(a -> kind(a) == null);
    private static final AddressGuard ANY = new AddressGuard(a -> true);

    /** A host name's addresses, as the system's resolver answers them. */
    interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** A host whose answer holds an address that is not allowed; the message says which. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private final Predicate<InetAddress> allowed;
    private final Lookup lookup;

    AddressGuard(Predicate<InetAddress> allowed) {
        this(allowed, InetAddress::getAllByName);
    }

    AddressGuard(Predicate<InetAddress> allowed, Lookup lookup) {
        this.allowed = allowed;
        this.lookup = lookup;
    }

    public static AddressGuard publicOnly() {
        return PUBLIC_ONLY;
    }

    /** Every address, loopback and private ones too: for the command line's {@code --allow-private-addresses}. */
    public static AddressGuard any() {
        return ANY;
    }

    /** The addresses of the URI's host, every one of them allowed; else the request is refused before it is made. */
    List<InetAddress> check(String source, URI uri) throws InputRejected {
        try {
            return List.of(resolve(uri.getHost()));
        } catch (Refused e) {
            throw new InputRejected(source, e.getMessage());
        } catch (UnknownHostException e) {
            throw new InputRejected(source, "unknown host " + uri.getHost());
        }
    }

    /** One answer for the host, every address in it allowed: the only addresses the client may connect to. */
    InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.addresses(host);
        for (InetAddress a : addresses) {
            if (!allowed.test(a)) {
                String kind = kind(a);
                throw new Refused("refused to fetch from " + host + ": " + a.getHostAddress() + " is "
                        + (kind == null ? "not an allowed address" : "a " + kind + " address"));
            }
        }
        return addresses;
    }

    /** What kind of non-public address this is ("loopback", "private"...), or null for a public one. */
    static String kind(InetAddress a) {
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isAnyLocalAddress()) return "unspecified";
        if (a.isLinkLocalAddress()) return "link-local";
        if (a.isMulticastAddress()) return "multicast";
        if (a instanceof Inet4Address) return kind4(a.getAddress());
        return kind6(a.getAddress());
    }

    private static String kind4(byte[] b) {
        int x = b[0] & 0xFF;
        int y = b[1] & 0xFF;
        int z = b[2] & 0xFF;
        if (x == 0) return "unspecified";
        if (x == 127) return "loopback";
        if (x == 10 || (x == 172 && y >= 16 && y < 32) || (x == 192 && y == 168)) return "private";
        if (x == 169 && y == 254) return "link-local";
        if (x == 100 && y >= 64 && y < 128) return "shared (carrier-grade NAT)";
        if (x == 198 && (y == 18 || y == 19)) return "benchmarking";
        if ((x == 192 && y == 0 && z == 2) || (x == 198 && y == 51 && z == 100) || (x == 203 && y == 0 && z == 113)) {
            return "documentation";
        }
        if (x == 192 && y == 0 && z == 0) return "reserved";
        if (x >= 224) return x < 240 ? "multicast" : "reserved";
        return null;
    }

    private static String kind6(byte[] b) {
        int first = b[0] & 0xFF;
        if ((first & 0xFE) == 0xFC) return "unique-local";
        if (first == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
        if (first == 0xFE && (b[1] & 0xC0) == 0xC0) return "site-local";
        if (first == 0x20 && b[1] == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) return "documentation";
        if (first == 0x20 && b[1] == 0x02) return kind4(new byte[]{b[2], b[3], b[4], b[5]}); // 6to4
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) zeroPrefix &= b[i] == 0;
        boolean nat64 = first == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        if (nat64 || (zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF)))) {
            String v4 = kind4(new byte[]{b[12], b[13], b[14], b[15]}); // IPv4-compatible, IPv4-mapped, NAT64
            return v4 != null ? v4 : zeroPrefix && b[10] == 0 ? "reserved" : null;
        }
        return null;
    }
}
