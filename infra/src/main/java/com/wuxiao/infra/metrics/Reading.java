package com.wuxiao.infra.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A value that costs a query to read, kept for a short while: a scrape reads many gauges at once,
 * and several share one reading (the event store's head, the token table). A failed read is empty
 * for this scrape (the gauges show NaN) and is tried again at the next.
 */
final class Reading<T> {

    private static final Logger log = LoggerFactory.getLogger(Reading.class);

    private final long freshNanos;
    private final Callable<T> read;
    private T value;
    private long takenAt;
    private boolean taken;

    Reading(Duration fresh, Callable<T> read) {
        this.freshNanos = fresh.toNanos();
        this.read = read;
    }

    synchronized Optional<T> get() {
        long now = System.nanoTime();
        if (!taken || now - takenAt > freshNanos) {
            try {
                value = read.call();
            } catch (Exception e) {
                log.warn("A metric could not be read this time: {}", e.toString());
                value = null;
            }
            takenAt = now;
            taken = true;
        }
        return Optional.ofNullable(value);
    }

    /** For a gauge: the number, or NaN when it could not be read. */
    static double number(Reading<? extends Number> reading) {
        return reading.get().map(Number::doubleValue).orElse(Double.NaN);
    }
}
