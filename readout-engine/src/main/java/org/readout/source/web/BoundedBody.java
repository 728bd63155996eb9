package org.readout.source.web;

import org.readout.source.InputRejected;
import org.readout.source.Megabytes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body read within a size limit and a deadline: a declared length over the limit is refused before a
 * byte is read, and reading stops one byte past the limit; a body still coming at the deadline is cut off (the
 * exchange is aborted under a blocked read).
 */
final class BoundedBody {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "readout-web-deadline");
        t.setDaemon(true);
        return t;
    });

    private BoundedBody() {
    }

    /** {@code abort} ends the exchange at the deadline (its connection closed, so a blocked read returns). With {@code truncate}, a longer body is cut at the limit instead of refused (robots.txt: its first 512 KB are read). */
    static byte[] read(String source, InputStream in, long limit, boolean truncate, long declared, long deadlineNanos, Duration timeout,
                       Runnable abort) throws InputRejected, IOException {
        if (declared > limit && !truncate) throw tooLarge(source, declared, limit);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = TIMER.schedule(() -> {
            timedOut.set(true);
            abort.run();
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), Math.min(limit, 1 << 20)));
        byte[] buffer = new byte[64 << 10];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > limit) {
                    if (!truncate) throw tooLarge(source, -1, limit);
                    out.write(buffer, 0, (int) (limit - out.size()));
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (timedOut.get()) throw new InputRejected(source, "the answer was still coming after " + timeout.toSeconds() + " s; cut off");
            throw e;
        } finally {
            watchdog.cancel(false);
        }
        if (timedOut.get()) throw new InputRejected(source, "the answer was still coming after " + timeout.toSeconds() + " s; cut off");
        return out.toByteArray();
    }

    private static InputRejected tooLarge(String source, long size, long limit) {
        return new InputRejected(source, size >= 0 ? "too large (" + Megabytes.of(size, true) + " > " + Megabytes.of(limit, false) + ")"
                : "too large (more than " + Megabytes.of(limit, false) + ")");
    }
}
