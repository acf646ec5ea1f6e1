package com.wuxiao.processes.patent;

/**
 * Names shared by {@code bpmn/patent-promotion.bpmn}, its forms, the delegates and the bridge
 * (专利推进). A rename here must be made in the BPMN and forms too; the process tests fail if they
 * drift apart.
 */
public final class PatentPromotion {

    /** Process definition key; instances use the patent case id ("PAT-" + proposal id) as business key. */
    public static final String PROCESS_KEY = "patent-promotion";
    /** Axon processing group of {@link PatentPromotionBridge}; excluded from replays. */
    public static final String PROCESSING_GROUP = "patent-promotion-bridge";
    /** Candidate group of every task: the union office. */
    public static final String UNION_OFFICE = "UNION_LEADER";

    /**
     * Default time from nomination until the preparation is reminded of (ISO-8601); overridden by
     * {@code wuxiao.patent-promotion.preparation-reminder}.
     */
    public static final String DEFAULT_PREPARATION_REMINDER = "P30D";
    /**
     * Default time from preparation until the filing is reminded of (ISO-8601); overridden by
     * {@code wuxiao.patent-promotion.filing-reminder}.
     */
    public static final String DEFAULT_FILING_REMINDER = "P30D";
    public static final String PREPARATION_REMINDER_PROPERTY = "wuxiao.patent-promotion.preparation-reminder";
    public static final String FILING_REMINDER_PROPERTY = "wuxiao.patent-promotion.filing-reminder";

    /** Ids of the Camunda Forms. */
    public static final class Form {
        public static final String PREPARE_APPLICATION = "prepare-patent-application";
        public static final String FILE_APPLICATION = "file-patent-application";
        public static final String OFFICE_DECISION = "record-office-decision";
        public static final String ANSWER_OFFICE_ACTION = "answer-office-action";

        private Form() {
        }
    }

    /** BPMN element ids. */
    public static final class Activity {
        public static final String NOMINATED = "nominated";
        public static final String PREPARE_APPLICATION = "prepareApplication";
        public static final String PREPARATION_OVERDUE = "preparationOverdue";
        public static final String REMIND_PREPARATION = "remindPreparation";
        public static final String PREPARATION_REMINDED = "preparationReminded";
        public static final String RECORD_PREPARATION = "recordPreparation";
        public static final String FILE_APPLICATION = "fileApplication";
        public static final String FILING_OVERDUE = "filingOverdue";
        public static final String REMIND_FILING = "remindFiling";
        public static final String FILING_REMINDED = "filingReminded";
        public static final String RECORD_FILING = "recordFiling";
        public static final String AWAIT_OFFICE_DECISION = "awaitOfficeDecision";
        public static final String RECORD_OFFICE_ACTION = "recordOfficeAction";
        public static final String ANSWER_OFFICE_ACTION = "answerOfficeAction";
        public static final String RESPONSE_OVERDUE = "responseOverdue";
        public static final String REMIND_RESPONSE = "remindResponse";
        public static final String RESPONSE_REMINDED = "responseReminded";
        public static final String RECORD_ANSWER = "recordAnswer";
        public static final String GRANT_PATENT = "grantPatent";
        public static final String GRANTED = "granted";
        /** Joins the two ways to a rejection: from the decision task and from the answer task. */
        public static final String REJECTION = "rejection";
        public static final String REJECT_PATENT = "rejectPatent";
        public static final String REJECTED = "rejected";
        public static final String ABANDON_PATENT = "abandonPatent";
        public static final String ABANDONED = "abandoned";

        private Activity() {
        }
    }

    /** The choices of the forms' decision fields. */
    public static final class Choice {
        public static final String PREPARE = "PREPARE";
        public static final String FILE = "FILE";
        public static final String ANSWER = "ANSWER";
        public static final String OFFICE_ACTION = "OFFICE_ACTION";
        public static final String GRANTED = "GRANTED";
        public static final String REJECTED = "REJECTED";
        public static final String ABANDON = "ABANDON";

        private Choice() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // set by the bridge, shown read-only on every form
        public static final String PATENT_ID = "patentId";
        public static final String PROPOSAL_ID = "proposalId";
        public static final String TITLE = "title";
        public static final String UNIT_ID = "unitId";
        /** "综采一队 ZC1", put on each task as it is created (the forms show it instead of the code). */
        public static final String UNIT_NAME = "unitName";
        /** e.g. "INVENTION 发明". */
        public static final String TYPE_LABEL = "typeLabel";
        // reminders: ISO-8601 durations set by the bridge, due dates (java.util.Date) of the timers and tasks
        public static final String PREPARATION_REMINDER = "preparationReminder";
        public static final String FILING_REMINDER = "filingReminder";
        public static final String PREPARATION_DUE_AT = "preparationDueAt";
        public static final String FILING_DUE_AT = "filingDueAt";
        /** The end of the response's due day in Beijing: the office action is overdue from then. */
        public static final String RESPONSE_DUE_AT = "responseDueAt";
        /**
         * How many office actions were recorded, for display on the answer form only. The command
         * ids count the office actions from the engine's history instead (see PatentTasks): a task
         * completer can overwrite any variable.
         */
        public static final String OFFICE_ACTIONS = "officeActions";
        /** Local input of each reminder task: its {@code PatentStep}. */
        public static final String OVERDUE_STEP = "overdueStep";
        // prepare-patent-application
        public static final String PREPARE_DECISION = "prepareDecision";
        public static final String AGENCY = "agency";
        public static final String PREPARATION_NOTE = "preparationNote";
        // file-patent-application
        public static final String FILE_DECISION = "fileDecision";
        public static final String APPLICATION_NUMBER = "applicationNumber";
        public static final String FILED_ON = "filedOn";
        // record-office-decision
        public static final String OFFICE_DECISION = "officeDecision";
        public static final String ISSUED_ON = "issuedOn";
        public static final String RESPONSE_DUE = "responseDue";
        public static final String SUMMARY = "summary";
        public static final String PATENT_NUMBER = "patentNumber";
        public static final String GRANTED_ON = "grantedOn";
        // also on answer-office-action: the office may reject while an office action is open
        public static final String REJECTED_ON = "rejectedOn";
        public static final String REJECTION_REASON = "rejectionReason";
        // answer-office-action
        public static final String ANSWER_DECISION = "answerDecision";
        public static final String ANSWERED_ON = "answeredOn";
        public static final String ANSWER_NOTE = "answerNote";
        // any form's "abandon" choice
        public static final String ABANDON_REASON = "abandonReason";

        private Var() {
        }
    }

    /** Spring bean names referenced by {@code camunda:delegateExpression}. */
    public static final class Bean {
        public static final String RECORD_PREPARATION = "recordPatentPreparationDelegate";
        public static final String RECORD_FILING = "recordPatentFilingDelegate";
        public static final String RECORD_OFFICE_ACTION = "recordOfficeActionDelegate";
        public static final String RECORD_ANSWER = "recordOfficeActionAnswerDelegate";
        public static final String GRANT_PATENT = "grantPatentDelegate";
        public static final String REJECT_PATENT = "rejectPatentDelegate";
        public static final String ABANDON_PATENT = "abandonPatentDelegate";
        public static final String REMIND_OVERDUE = "patentOverdueDelegate";

        private Bean() {
        }
    }

    private PatentPromotion() {
    }
}
