package com.wuxiao.infra.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one operation from many client threads for a while: as fast as each client can (closed loop,
 * for throughput) or at a fixed rate (for latency). A paced run measures each operation from the
 * moment it was due, not from when a free client got to it, so a stall shows in the latency instead
 * of hiding in fewer requests (coordinated omission).
 */
final class Load {

    /** One operation of client {@code client}; false = failed (counted, not in the latency). */
    @FunctionalInterface
    interface Operation {
        boolean run(int client) throws Exception;
    }

    /** What a run did: successes, failures, wall seconds and the latency of the successes (µs). */
    record Run(String name, int clients, double seconds, long ok, long failed, Histogram latencyMicros) {

        double perSecond() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {
    }

    static Run closed(String name, int clients, Duration duration, Operation operation) {
        return run(name, clients, duration, 0, operation);
    }

    static Run paced(String name, int clients, double perSecond, Duration duration, Operation operation) {
        return run(name, clients, duration, perSecond, operation);
    }

    private static Run run(String name, int clients, Duration duration, double perSecond, Operation operation) {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        double intervalNanos = perSecond > 0 ? 1e9 / perSecond : 0;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                while (true) {
                    long due = intervalNanos > 0 ? start + (long) (next.getAndIncrement() * intervalNanos) : System.nanoTime();
                    if (due >= end) {
                        return;
                    }
                    waitUntil(due);
                    boolean success;
                    try {
                        success = operation.run(client);
                    } catch (Exception e) {
                        success = false;
                    }
                    long took = System.nanoTime() - due;
                    if (success) {
                        ok.incrementAndGet();
                        recorder.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(took), TimeUnit.MINUTES.toMicros(5)));
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }, name + "-" + i);
            thread.start();
            threads.add(thread);
        }
        threads.forEach(Load::join);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(name, clients, seconds, ok.get(), failed.get(), recorder.getIntervalHistogram());
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
