package org.readout.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * A request body that must arrive at a minimum average rate once a grace period is over, counting only
 * the time spent waiting in {@code read} for the client. Jetty's own check
 * ({@code HttpConfiguration.minRequestDataRate}) counts the time since the first byte, so a pause in this
 * process between two reads of a small body that had all arrived refused it as too slow
 * (jetty/jetty.project#4641).
 */
final class PacedBody extends FilterInputStream {
    /** The client sent the body too slowly (answered with a 408). */
    static final class TooSlow extends IOException {
        TooSlow(long received, double seconds) {
            super(String.format("request body too slow: %d bytes in %.1f s of waiting", received, seconds));
        }
    }

    private final long minBytesPerSecond;
    private final long graceNanos;
    private final LongSupplier nanoClock;
    private long waitedNanos;
    private long received;

    PacedBody(InputStream in, long minBytesPerSecond, long graceMillis, LongSupplier nanoClock) {
        super(in);
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = graceMillis * 1_000_000;
        this.nanoClock = nanoClock;
    }

    @Override
    public int read() throws IOException {
        long start = nanoClock.getAsLong();
        int b = super.read();
        account(start, b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long start = nanoClock.getAsLong();
        int n = super.read(buffer, offset, length);
        account(start, Math.max(n, 0));
        return n;
    }

    private void account(long start, int bytes) throws TooSlow {
        waitedNanos += nanoClock.getAsLong() - start;
        received += bytes;
        long over = waitedNanos - graceNanos;
        if (over > 0 && received < minBytesPerSecond * over / 1_000_000_000L) {
            throw new TooSlow(received, waitedNanos / 1e9);
        }
    }
}
