package com.wuxiao.query.period.api;

import com.wuxiao.command.common.api.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year of the competition's time zone (Beijing time). Points and
 * rewards belong to the month, quarter and year of the event that earns them (product.md
 * "Periods"); a quarter's appraisal pool is the proposals accepted in it.
 * <p>
 * Written as keys: {@code 2026-11} (month), {@code 2026-Q4} (quarter), {@code 2026} (year).
 *
 * @param number the month 1–12, the quarter 1–4, or 0 for a year
 */
public record Period(Kind kind, int year, int number) {

    /**
     * The competition runs on Beijing time; the same zone as the command side's
     * CompetitionCalendar, which the query module may not import (it is not an api package).
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q(\\d)))?");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2999;

    public enum Kind { MONTH, QUARTER, YEAR }

    public Period {
        Objects.requireNonNull(kind, "kind");
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        int min = kind == Kind.YEAR ? 0 : 1;
        if (year < MIN_YEAR || year > MAX_YEAR || number < min || number > max) {
            throw invalid();
        }
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    /**
     * Reads {@code 2026-11}, {@code 2026-Q4} or {@code 2026}.
     *
     * @throws RuleViolation (400, field "period") for anything else
     */
    public static Period parse(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.trim());
        if (m == null || !m.matches()) {
            throw invalid();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return quarter(year, Integer.parseInt(m.group(3)));
        }
        return year(year);
    }

    /** The period of this kind that contains the instant. */
    public static Period of(Kind kind, Instant instant) {
        ZonedDateTime at = instant.atZone(ZONE);
        return switch (kind) {
            case MONTH -> month(at.getYear(), at.getMonthValue());
            case QUARTER -> quarter(at.getYear(), quarterOf(at.getMonthValue()));
            case YEAR -> year(at.getYear());
        };
    }

    /** Month, quarter and year that contain the instant: where something happening then is counted. */
    public static List<Period> containing(Instant instant) {
        return List.of(of(Kind.MONTH, instant), of(Kind.QUARTER, instant), of(Kind.YEAR, instant));
    }

    public static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }

    public String key() {
        return switch (kind) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** The first instant of the period. */
    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period (exclusive end). */
    public Instant end() {
        LocalDate first = firstDay();
        LocalDate next = switch (kind) {
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case YEAR -> first.plusYears(1);
        };
        return next.atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    private LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    @Override
    public String toString() {
        return key();
    }

    private static RuleViolation invalid() {
        return RuleViolation.invalid("invalid-period", "period");
    }
}
