package com.wuxiao.infra.it;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's "now" for integration tests: the system clock shifted by an offset a test may
 * set, so a test can live in another quarter or let a publicity period pass. Tests that shift it
 * reset it afterwards; the other tests see the real time.
 */
class AdjustableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    AdjustableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private AdjustableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on "now" is {@code instant}, and moves on with the real time. */
    void travelTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same shifted time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(offset, zone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock();
        }
    }
}
