package com.wuxiao.processes.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.patent.PatentPromotion.Activity;
import com.wuxiao.query.period.api.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** What the delegates of the patent-promotion process read before they send their one command. */
final class PatentTasks {

    private PatentTasks() {
    }

    /**
     * The business key, not a variable: whoever may complete a task may also write variables, and
     * must not be able to point the step at another case.
     */
    static String patentId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the patent case id");
    }

    /**
     * The union office user who completed the task that led here (the delegates run in the same
     * transaction and thread as the completion). Without one the step cannot be attributed.
     */
    static String currentUser(DelegateExecution execution) {
        return ProcessSteps.currentUser(execution.getProcessEngineServices());
    }

    /**
     * Office actions this process has recorded, counted from the engine's history: the finished
     * visits of {@link Activity#RECORD_OFFICE_ACTION} (the one running now is not finished, so it
     * counts the actions before it). Not read from a process variable: whoever completes a task may
     * write any variable, and a stale count would give a new office action the command id of an
     * old one, which the case would then silently ignore as a repeat. Rolled back with the
     * transaction like a variable, so a retried step still gets the same id.
     */
    static int officeActions(DelegateExecution execution) {
        HistoryLevel level = ((ProcessEngineConfigurationImpl) execution.getProcessEngine()
                .getProcessEngineConfiguration()).getHistoryLevel();
        if (!level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null)) {
            throw new IllegalStateException("Patent promotion counts its office actions from the activity history;"
                    + " history level " + level.getName() + " does not keep it (use activity or higher)");
        }
        return Math.toIntExact(execution.getProcessEngineServices().getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .activityId(Activity.RECORD_OFFICE_ACTION)
                .finished()
                .count());
    }

    /**
     * Deterministic id of the command this activity sends: the office-action count tells the loop's
     * rounds apart, so a retry sends the same id and the aggregate ignores the repeat.
     */
    static String commandId(DelegateExecution execution) {
        return commandId(execution, officeActions(execution));
    }

    /** The id within the given round of the office-action loop (0 before the first action). */
    static String commandId(DelegateExecution execution, int round) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + round;
    }

    /** Blank is absent; the aggregate decides whether absent is allowed. */
    static String optionalString(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /**
     * A form's date: Camunda Forms send "2026-03-01"; API clients may send a Date or a date-time
     * text. A point in time ("2023-05-30T20:00:00Z", "…+08:00") is taken in Beijing, where it is
     * already the 31st; a date-time without offset is Beijing wall time. Empty is null, for the
     * aggregate to refuse with its own message.
     */
    static LocalDate date(DelegateExecution execution, String name) {
        return toDate(execution.getVariable(name), name);
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
            return OffsetDateTime.parse(text).atZoneSameInstant(Period.ZONE).toLocalDate();
        } catch (DateTimeParseException notAnOffsetDateTime) {
            // next format
        }
        try {
            return Instant.parse(text).atZone(Period.ZONE).toLocalDate();
        } catch (DateTimeParseException notAnInstant) {
            // next format
        }
        try {
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notALocalDateTime) {
            // next format
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("not-a-date", name, "日期格式应为 yyyy-MM-dd：" + text,
                    "a date like 2026-03-01 is expected: " + text);
        }
    }
}
