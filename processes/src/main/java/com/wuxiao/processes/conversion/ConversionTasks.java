package com.wuxiao.processes.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.ProcessSteps;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** What the listeners and the delegate of the production-conversion process read before they send their command. */
final class ConversionTasks {

    private ConversionTasks() {
    }

    /**
     * The conversion id is the business key, not a variable: whoever may complete a task may also
     * write variables, and must not be able to point the step at another conversion.
     */
    static String conversionId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the conversion id");
    }

    /** The user completing the task; without one the step cannot be attributed and is refused. */
    static String currentUser(ProcessEngineServices engine) {
        return ProcessSteps.currentUser(engine);
    }

    /** Deterministic id of a task's command: the task's activity is done once per process instance. */
    static String commandId(DelegateTask task) {
        return task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey();
    }

    /** Deterministic id of a service task's command: a retried job sends the same id. */
    static String commandId(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }

    static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /**
     * A date field, or null when empty (the aggregate requires it). Camunda Forms' date picker
     * sends "2025-08-12"; a date-time field or the REST API may send a moment ("2023-05-30T20:00:00Z",
     * "…+08:00") or a java.util.Date: the day is the one in Beijing at that moment, as the aggregate
     * takes its days, so 2023-05-30T20:00Z is 31 May. A date-time without offset is Beijing wall time.
     */
    static LocalDate date(VariableScope scope, String name) {
        return parseDate(scope.getVariable(name), name);
    }

    static LocalDate parseDate(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(ProductionConversion.ZONE).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            // "…Z" and "…+08:00" alike; Instant.parse would take only the former
            return OffsetDateTime.parse(text).atZoneSameInstant(ProductionConversion.ZONE).toLocalDate();
        } catch (DateTimeParseException notAMoment) {
            // a plain date or a local date-time, below
        }
        try {
            return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("not-a-date", name, "须填写日期（年-月-日）：" + value,
                    "a date (yyyy-mm-dd) is required: " + value);
        }
    }

    /** A number field: Tasklist writes Long or Double, or text when the field serializes to string. */
    static BigDecimal decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("not-a-number", name, "须填写数字：" + value, "a number is required: " + value);
        }
    }

    /** A whole number field; empty counts as 0 (nothing avoided). */
    static int wholeNumber(VariableScope scope, String name) {
        BigDecimal number = decimal(scope, name);
        if (number == null) {
            return 0;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw RuleViolation.invalid("not-a-whole-number", name, "须填写整数：" + number,
                    "a whole number is required: " + number);
        }
    }
}
