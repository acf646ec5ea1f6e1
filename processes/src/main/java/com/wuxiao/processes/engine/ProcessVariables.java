package com.wuxiao.processes.engine;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.period.api.Period;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Typed reads of process variables for every delegate and listener. A form field may arrive as a
 * Camunda typed value (Tasklist writes numbers back as Long or Double) or as text (API clients), so
 * each read accepts both. Empty is null: the aggregate decides whether absent is allowed, with its
 * own message. Malformed input is a bilingual {@link RuleViolation} naming the field.
 */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    /** A variable the process itself set (not a form field): missing is a defect, not a refusal. */
    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is missing");
        }
        return value.toString();
    }

    /** Blank is absent. */
    public static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** One of the enum's constants by name, or null when empty. */
    public static <E extends Enum<E>> E option(VariableScope scope, String name, Class<E> type) {
        String value = optionalString(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("unknown-form-value", name, value);
        }
    }

    /** A number field, or null when empty. */
    public static BigDecimal decimal(VariableScope scope, String name) {
        return toDecimal(scope.getVariable(name), name);
    }

    /** A whole number field, or null when empty; 3.0 is 3, 3.5 is refused. */
    public static Integer wholeNumber(VariableScope scope, String name) {
        return toWholeNumber(scope.getVariable(name), name);
    }

    /** A whole number field that counts as {@code whenEmpty} when left empty. */
    public static int wholeNumber(VariableScope scope, String name, int whenEmpty) {
        Integer value = wholeNumber(scope, name);
        return value == null ? whenEmpty : value;
    }

    /**
     * A date field, as a day in Beijing, where the aggregates take their days. Camunda Forms' date
     * picker sends "2026-03-01"; a date-time field or the REST API may send a Date or a moment
     * ("2023-05-30T20:00:00Z", "…+08:00"), which is the day in Beijing at that moment (so
     * 2023-05-30T20:00Z is the 31st, not its first ten characters). A date-time without offset is
     * Beijing wall time.
     */
    public static LocalDate date(VariableScope scope, String name) {
        return toDate(scope.getVariable(name), name);
    }

    static BigDecimal toDecimal(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("not-a-number", name, value);
        }
    }

    static Integer toWholeNumber(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw RuleViolation.invalid("not-a-whole-number", name, value);
        }
    }

    static LocalDate toDate(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(Period.ZONE).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            // "…Z" and "…+08:00" alike
            return OffsetDateTime.parse(text).atZoneSameInstant(Period.ZONE).toLocalDate();
        } catch (DateTimeParseException notAMoment) {
            // next format
        }
        try {
            return Instant.parse(text).atZone(Period.ZONE).toLocalDate();
        } catch (DateTimeParseException notAnInstant) {
            // next format
        }
        try {
            return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("not-a-date", name, text);
        }
    }
}
