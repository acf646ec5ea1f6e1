package com.wuxiao.query.period.api;

import com.wuxiao.command.common.api.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * "As of" an instant in the past (时间回溯): a figure as the union office would have seen it then. The
 * read models keep the time of every fact they count, so an answer as of an instant counts only the
 * facts up to it; no answer replays events.
 */
public final class AsOf {

    private AsOf() {
    }

    /**
     * Reads {@code 2026-06-30T18:00+08:00} (an instant with its offset), {@code 2026-06-30T18:00}
     * (Beijing time) or {@code 2026-06-30} (the end of that day in Beijing). Blank or null: now (null).
     *
     * @throws RuleViolation (400, field "asOf") for anything else
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // an unencoded "+08:00" in a query string arrives as " 08:00"; a space is never valid here
        String value = text.trim().replace(' ', '+');
        try {
            if (value.length() == 10) {
                // the day's last microsecond: PostgreSQL keeps microseconds, and rounds anything finer up
                return LocalDate.parse(value).plusDays(1).atStartOfDay(Period.ZONE).toInstant()
                        .minus(1, ChronoUnit.MICROS);
            }
            if (value.length() <= 19) {
                return LocalDateTime.parse(value).atZone(Period.ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("invalid-as-of", "asOf");
        }
    }

    /** The upper bound of an SQL time comparison: the instant, or PostgreSQL's infinity for now. */
    public static OffsetDateTime bound(Instant asOf) {
        return asOf == null ? OffsetDateTime.MAX : asOf.atOffset(ZoneOffset.UTC);
    }
}
