package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.BenefitReports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Names and periods shared by {@code bpmn/production-conversion.bpmn}, its forms, the listeners,
 * the delegate and the bridge (成果转化). A rename here must be made in the BPMN and forms too; the
 * process tests fail if they drift apart.
 */
public final class ProductionConversion {

    /** Process definition key; instances use the conversion id as business key. */
    public static final String PROCESS_KEY = "production-conversion";
    /** Axon processing group of {@link ProductionConversionBridge}; excluded from replays. */
    public static final String PROCESSING_GROUP = "production-conversion-bridge";
    /**
     * Candidate group of every task besides the owner, its assignee: the union office runs
     * conversion and may act for an absent owner (the aggregate allows owner or union leader).
     */
    public static final String UNION_OFFICE = "UNION_LEADER";

    /**
     * Default time a benefit report may stay undone after it fell due before it is recorded overdue
     * (ISO-8601); overridden by {@value #BENEFIT_REPORT_GRACE_PROPERTY}. When the reports fall due
     * is the aggregate's rule, {@link com.wuxiao.command.conversion.api.BenefitReports}.
     */
    public static final String DEFAULT_BENEFIT_REPORT_GRACE = "P14D";
    public static final String BENEFIT_REPORT_GRACE_PROPERTY = "wuxiao.production-conversion.benefit-report-grace";

    /**
     * Beijing time, in which the Conversion aggregate takes its days (its CompetitionCalendar is not
     * an api class, so the process names the zone itself).
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Camunda Form ids (the {@code id} of the .form files). */
    public static final class Form {
        public static final String START_TRIAL = "start-trial";
        public static final String END_TRIAL = "end-trial";
        public static final String DECIDE_ADOPTION = "decide-adoption";
        public static final String REPORT_BENEFIT = "report-benefit";

        private Form() {
        }
    }

    /** BPMN element ids. */
    public static final class Activity {
        public static final String HANDED_OVER = "handedOver";
        public static final String START_TRIAL = "startTrial";
        public static final String TRIAL_START_OVERDUE = "trialStartOverdue";
        public static final String REMIND_TRIAL_START = "remindTrialStart";
        public static final String END_TRIAL = "endTrial";
        public static final String TRIAL_END_OVERDUE = "trialEndOverdue";
        public static final String REMIND_TRIAL_END = "remindTrialEnd";
        public static final String DECIDE_ADOPTION = "decideAdoption";
        public static final String ADOPTION_DECISION_OVERDUE = "adoptionDecisionOverdue";
        public static final String REMIND_ADOPTION_DECISION = "remindAdoptionDecision";
        public static final String ADOPTED = "adopted";
        public static final String DECLINED = "declined";
        public static final String FIRST_REPORT_DUE = "firstReportDue";
        public static final String REPORT_BENEFIT_3 = "reportBenefit3";
        public static final String REPORT_BENEFIT_3_OVERDUE = "reportBenefit3Overdue";
        public static final String REMIND_BENEFIT_REPORT_3 = "remindBenefitReport3";
        public static final String FIRST_REPORT_DONE = "firstReportDone";
        public static final String FINAL_REPORT_DUE = "finalReportDue";
        public static final String REPORT_BENEFIT_12 = "reportBenefit12";
        public static final String REPORT_BENEFIT_12_OVERDUE = "reportBenefit12Overdue";
        public static final String REMIND_BENEFIT_REPORT_12 = "remindBenefitReport12";
        public static final String CONVERSION_COMPLETE = "conversionComplete";

        private Activity() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // set by the bridge, shown on the forms (strings)
        public static final String CONVERSION_ID = "conversionId";
        public static final String PROPOSAL_ID = "proposalId";
        public static final String TITLE = "title";
        public static final String RESULT_UNIT_ID = "resultUnitId";
        public static final String RECEIVING_UNIT_ID = "receivingUnitId";
        /** "综采一队 ZC1", put on each task as it is created (the forms show it instead of the code). */
        public static final String RECEIVING_UNIT_NAME = "receivingUnitName";
        /** The production owner: assignee of every task ({@link ProductionConversion#UNION_OFFICE} its candidate group). */
        public static final String OWNER_ID = "ownerId";
        public static final String PLANNED_TRIAL_START = "plannedTrialStart";
        public static final String PLANNED_TRIAL_END = "plannedTrialEnd";
        public static final String PLANNED_ADOPTION_DECISION = "plannedAdoptionDecision";
        // set by the bridge: java.util.Date when a planned day has passed (timers, task due dates)
        public static final String TRIAL_START_OVERDUE_AT = "trialStartOverdueAt";
        public static final String TRIAL_END_OVERDUE_AT = "trialEndOverdueAt";
        public static final String ADOPTION_DECISION_OVERDUE_AT = "adoptionDecisionOverdueAt";
        /** ISO-8601 period of the benefit report reminders, e.g. "P14D". */
        public static final String BENEFIT_REPORT_GRACE = "benefitReportGrace";
        // the forms' fields
        public static final String TRIAL_STARTED_ON = "trialStartedOn";
        public static final String TRIAL_ENDED_ON = "trialEndedOn";
        public static final String TRIAL_SUMMARY = "trialSummary";
        /** "ADOPT" or "DECLINE". */
        public static final String DECISION = "decision";
        public static final String DECLINE_REASON = "declineReason";
        public static final String CNY_SAVED_PER_YEAR = "cnySavedPerYear";
        public static final String SAFETY_INCIDENTS_AVOIDED = "safetyIncidentsAvoided";
        public static final String HOURS_SAVED = "hoursSaved";
        // set by the adoption listener
        public static final String ADOPTED = "adopted";
        /** java.util.Date from which the benefit reports are due (the timers). */
        public static final String FIRST_REPORT_DUE_AT = "firstReportDueAt";
        public static final String FINAL_REPORT_DUE_AT = "finalReportDueAt";
        // local to one activity (input parameters in the BPMN)
        public static final String MONTHS_AFTER_ADOPTION = "monthsAfterAdoption";
        public static final String MILESTONE = "milestone";

        private Var() {
        }
    }

    /** Values of {@link Var#DECISION}. */
    public static final class Decision {
        public static final String ADOPT = "ADOPT";
        public static final String DECLINE = "DECLINE";

        private Decision() {
        }
    }

    /** Spring bean names referenced by {@code camunda:delegateExpression}. */
    public static final class Bean {
        public static final String START_TRIAL = "startTrialListener";
        public static final String END_TRIAL = "endTrialListener";
        public static final String DECIDE_ADOPTION = "decideAdoptionListener";
        public static final String REPORT_BENEFIT = "reportBenefitListener";
        public static final String RECORD_OVERDUE = "recordConversionOverdueDelegate";

        private Bean() {
        }
    }

    private ProductionConversion() {
    }

    /** When a planned day has passed in Beijing: the start of the next day there. */
    public static Date overdueAt(LocalDate due) {
        return Date.from(due.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /**
     * From when a benefit report is due: the start, in Beijing, of the day the aggregate accepts it
     * from ({@link BenefitReports#dueOn}).
     */
    public static Date reportDueAt(Instant adoptedAt, int monthsAfterAdoption) {
        return Date.from(BenefitReports.dueOn(adoptedAt, monthsAfterAdoption).atStartOfDay(ZONE).toInstant());
    }
}
