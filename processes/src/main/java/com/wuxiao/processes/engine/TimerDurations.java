package com.wuxiao.processes.engine;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations handed to Camunda timers, and the settings they come from. */
public final class TimerDurations {

    private TimerDurations() {
    }

    /** The ISO-8601 text a Camunda timer reads, as people write it: whole days as "P14D", not "PT336H". */
    public static String iso(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && duration.toNanosPart() == 0
                ? "P" + duration.toDays() + "D"
                : duration.toString();
    }

    /**
     * A configured reminder period: a bad setting stops the start-up instead of every timer
     * failing later.
     *
     * @throws IllegalArgumentException naming the property unless it is a positive ISO-8601 duration
     */
    public static Duration positive(String property, String iso) {
        Duration duration;
        try {
            duration = Duration.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P14D: " + iso, e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive ISO-8601 duration: " + iso);
        }
        return duration;
    }
}
