package org.readout.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PacedBodyTest {
    static final long MS = 1_000_000;

    /** A source whose every read takes the given time on the shared clock. */
    static InputStream slow(byte[] bytes, AtomicLong clock, long nanosPerRead) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                clock.addAndGet(nanosPerRead);
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void timeBetweenReadsIsNotTheClientsFault() throws IOException {
        AtomicLong clock = new AtomicLong();
        byte[] small = "a small body that has all arrived".getBytes();
        PacedBody body = new PacedBody(new ByteArrayInputStream(small), 8192, 1000, clock::get);
        byte[] got = new byte[small.length];
        for (int i = 0; i < small.length; i++) {
            clock.addAndGet(5_000 * MS); // this process stalls between reads, long past the grace period
            got[i] = (byte) body.read();
        }
        assertArrayEquals(small, got);
    }

    @Test
    void aBodyTricklingPastTheGracePeriodIsTooSlow() {
        AtomicLong clock = new AtomicLong();
        PacedBody body = new PacedBody(slow(new byte[10_000], clock, 200 * MS), 8192, 1000, clock::get);
        assertThrows(PacedBody.TooSlow.class, () -> body.readAllBytes());
    }

    @Test
    void aSlowStartWithinTheGracePeriodIsAccepted() throws IOException {
        AtomicLong clock = new AtomicLong();
        byte[] bytes = new byte[3];
        PacedBody body = new PacedBody(slow(bytes, clock, 200 * MS), 8192, 1000, clock::get);
        assertArrayEquals(bytes, body.readAllBytes()); // 4 waits of 200 ms (the last for the end): within 1 s
    }
}
