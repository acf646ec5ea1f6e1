package com.wuxiao.command.common;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Checks of a command's own fields that every aggregate makes alike, apart from its rules: texts
 * and dates, and the time the command is recorded at. Each failure names its field by a catalogue
 * term (a {@code field.*} label).
 */
public final class CommandInput {

    private CommandInput() {
    }

    /**
     * The time a controller or delegate put on the command from the app's clock: never user input,
     * so its absence is a defect, not a rule violation.
     */
    public static Instant time(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("the command carries no time");
        }
        return at;
    }

    /** A day that has come: required, and not after the day (Beijing time) the command is recorded. */
    public static LocalDate pastDate(LocalDate date, String field, RuleViolation.Term label, Instant now) {
        if (date == null) {
            throw RuleViolation.invalid("required", field, label);
        }
        if (date.isAfter(now.atZone(CompetitionCalendar.ZONE).toLocalDate())) {
            throw RuleViolation.invalid("date-in-future", field, label);
        }
        return date;
    }

    /** Stripped text, required. */
    public static String requiredText(String value, String field, int max, RuleViolation.Term label) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, label);
        }
        return optionalText(value, field, max, label);
    }

    /** Stripped text, or null when blank (forms send empty fields). */
    public static String optionalText(String value, String field, int max, RuleViolation.Term label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw RuleViolation.invalid("too-long", field, label, max);
        }
        return text;
    }
}
