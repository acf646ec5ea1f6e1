package com.wuxiao.processes.testing;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/** The delegates' clock and the engine's clock (timers, due dates), moved together by the test. */
public final class TestClock extends Clock {

    private Instant now;

    public TestClock(Instant now) {
        set(now);
    }

    public void set(Instant now) {
        this.now = now;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
