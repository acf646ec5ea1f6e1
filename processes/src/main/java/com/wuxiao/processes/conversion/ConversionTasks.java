package com.wuxiao.processes.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.ProcessSteps;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** A date field ("2025-08-12"; Camunda Forms' date picker), or null when empty (the aggregate requires it). */
    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(ProductionConversion.ZONE).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            // a date-time picker sends "2025-08-12T10:00..."; the day is what counts
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
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
