package com.wuxiao.processes.fund;

/**
 * Names and periods shared by {@code bpmn/fund-claim.bpmn}, its form, the listener, the delegate and
 * the bridge (职工创新基金报销). A rename here must be made in the BPMN and the form too; the process
 * tests fail if they drift apart.
 */
public final class FundClaimProcess {

    /** Process definition key; instances use the claim id as business key. */
    public static final String PROCESS_KEY = "fund-claim";
    /** Axon processing group of {@link FundClaimBridge}; excluded from replays. */
    public static final String PROCESSING_GROUP = "fund-claim-bridge";
    /** Candidate group of the decision: the union office. */
    public static final String UNION_OFFICE = "UNION_LEADER";
    /** Default wait before an undecided claim is recorded overdue (ISO-8601); see the property. */
    public static final String DEFAULT_REMINDER = "P7D";
    public static final String REMINDER_PROPERTY = "wuxiao.fund-claim.reminder";

    /** Camunda Form id (the {@code id} of the .form file). */
    public static final String FORM = "decide-fund-claim";

    /** BPMN element ids. */
    public static final class Activity {
        public static final String SUBMITTED = "claimSubmitted";
        public static final String DECIDE = "decideClaim";
        public static final String OVERDUE = "claimOverdue";
        public static final String REMIND = "remindClaim";
        public static final String REMINDED = "claimReminded";
        public static final String APPROVED = "claimApproved";
        public static final String REFUSED = "claimRefused";

        private Activity() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // set by the bridge, shown on the form (strings)
        public static final String FUND_ID = "fundId";
        public static final String CLAIM_ID = "claimId";
        public static final String PROPOSAL_ID = "proposalId";
        public static final String TITLE = "title";
        public static final String UNIT_ID = "unitId";
        /** "综采一队 ZC1", put on the task as it is created. */
        public static final String UNIT_NAME = "unitName";
        public static final String CLAIMANT_ID = "claimantId";
        /** "张三 w1001", put on the task as it is created. */
        public static final String CLAIMANT_NAME = "claimantName";
        /** Yuan with two decimals, e.g. "4700.00". */
        public static final String TOTAL_YUAN = "totalYuan";
        /** One line per cost: kind, description, amount. */
        public static final String ITEMS_TEXT = "itemsText";
        /** One markdown link per receipt. */
        public static final String RECEIPTS_TEXT = "receiptsText";
        /** java.util.Date: when the decision is overdue (the timer and the task's due date). */
        public static final String REMINDER_AT = "reminderAt";
        // the form's fields
        /** "APPROVE" or "REFUSE". */
        public static final String DECISION = "decision";
        /** Yuan; empty for the amount claimed. */
        public static final String APPROVED_AMOUNT = "approvedAmount";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String REFUSAL_REASON = "refusalReason";
        // set by the listener
        public static final String APPROVED = "approved";

        private Var() {
        }
    }

    /** Values of {@link Var#DECISION}. */
    public static final class Decision {
        public static final String APPROVE = "APPROVE";
        public static final String REFUSE = "REFUSE";

        private Decision() {
        }
    }

    /** Spring bean names referenced by {@code camunda:delegateExpression}. */
    public static final class Bean {
        public static final String DECIDE = "decideFundClaimListener";
        public static final String RECORD_OVERDUE = "recordFundClaimOverdueDelegate";

        private Bean() {
        }
    }

    private FundClaimProcess() {
    }
}
