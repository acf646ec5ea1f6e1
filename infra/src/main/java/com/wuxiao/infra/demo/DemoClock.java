package com.wuxiao.infra.demo;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's one clock while the demo year loads: the system clock shifted by an offset, which
 * Camunda's {@link ClockUtil} shares, so commands, delegates, controllers and timers all see the
 * same "now". Only the loader, in this package, may move it (the methods are package-private);
 * it exists only when the demo year loads ({@link DemoYear.On}).
 */
public final class DemoClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    DemoClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private DemoClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on "now" is {@code instant}, moving on with the real time. Never into the future. */
    void travelTo(Instant instant) {
        Duration shift = Duration.between(Instant.now(), instant);
        if (!shift.isNegative()) {
            throw new IllegalArgumentException("the demo clock stays in the past: " + instant);
        }
        offset.set(shift);
        ClockUtil.offset(shift.toMillis());
    }

    /** Back to the real time, for the app and for Camunda. */
    void backToRealTime() {
        offset.set(Duration.ZERO);
        ClockUtil.reset();
    }

    boolean isShifted() {
        return !offset.get().isZero();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(offset, zone);
    }
}
