package org.readout.source.web;

import org.readout.source.InputRejected;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-host rate limit: requests to one host go one at a time, and each starts at least the interval after the
 * previous one to that host ended (so the host sees them at least that far apart, however long each took).
 */
final class HostPacer {
    interface Request<T> {
        T send() throws InputRejected;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        long lastEnd;
        boolean used;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    <T> T paced(String source, String host, Duration interval, Request<T> request) throws InputRejected {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lock();
        try {
            if (h.used) waitUntil(source, h.lastEnd + interval.toNanos());
            return request.send();
        } finally {
            h.lastEnd = System.nanoTime();
            h.used = true;
            h.lock.unlock();
        }
    }

    private static void waitUntil(String source, long deadline) throws InputRejected {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputRejected(source, "interrupted");
            }
        }
    }
}
