package com.wuxiao.infra.bench;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A freshness probe beside a load: one client that, again and again, makes one change, takes the
 * moment its answer arrives (the commit is before it) and polls a read model until the change is
 * visible there. Sequential, so the count it waits for is its own.
 */
final class Probe {

    /** One round: makes the change and returns a check that is true once it is visible; null = no round. */
    @FunctionalInterface
    interface Change {
        BooleanSupplier make(int round) throws Exception;
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Histogram visibleAfterMicros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private volatile String failure;

    private Probe(String name, Change change) {
        thread = new Thread(() -> {
            for (int round = 1; !stop.get(); round++) {
                try {
                    BooleanSupplier visible = change.make(round);
                    if (visible == null) {
                        return;
                    }
                    long committed = System.nanoTime();
                    while (!visible.getAsBoolean()) {
                        if (System.nanoTime() - committed > TimeUnit.MINUTES.toNanos(2)) {
                            throw new IllegalStateException("round " + round + " not visible after 2 minutes");
                        }
                        Thread.sleep(POLL_NANOS / 1_000_000);
                    }
                    visibleAfterMicros.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - committed));
                } catch (Exception e) {
                    failure = e.toString();
                    return;
                }
            }
        }, name);
        thread.start();
    }

    static Probe start(String name, Change change) {
        return new Probe(name, change);
    }

    /** Stops after the round in progress; the histogram of every completed round. */
    Histogram stop() throws InterruptedException {
        stop.set(true);
        thread.join();
        if (failure != null) {
            throw new IllegalStateException(thread.getName() + " failed: " + failure);
        }
        return visibleAfterMicros;
    }
}
