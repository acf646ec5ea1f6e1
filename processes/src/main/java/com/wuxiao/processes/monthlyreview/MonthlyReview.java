package com.wuxiao.processes.monthlyreview;

/**
 * Names shared by {@code bpmn/monthly-review.bpmn}, {@code forms/screen-proposal.form}, the
 * delegates and the bridge (月度初审). A rename here must be made in the BPMN and form too; the
 * process tests fail if they drift apart.
 */
public final class MonthlyReview {

    /** Process definition key; instances use the proposal id as business key. */
    public static final String PROCESS_KEY = "monthly-review";
    /** Id of the Camunda Form of both screening tasks. */
    public static final String FORM_KEY = "screen-proposal";
    /** Axon processing group of {@link MonthlyReviewBridge}; excluded from replays. */
    public static final String PROCESSING_GROUP = "monthly-review-bridge";

    /** BPMN message names (the {@code name} of the bpmn:message elements). */
    public static final class Message {
        public static final String PROPOSAL_REVISED = "ProposalRevised";
        public static final String PROPOSAL_WITHDRAWN = "ProposalWithdrawn";

        private Message() {
        }
    }

    /** BPMN element ids. */
    public static final class Activity {
        public static final String SUBMITTED = "submitted";
        public static final String SCREEN_PROPOSAL = "screenProposal";
        public static final String SCREENING_OVERDUE = "screeningOverdue";
        public static final String ESCALATE_SCREENING = "escalateScreening";
        public static final String SCREEN_PROPOSAL_ESCALATED = "screenProposalEscalated";
        public static final String RECORD_SCREENING = "recordScreening";
        public static final String AWAIT_REVISION = "awaitRevision";
        public static final String PROPOSAL_REVISED = "proposalRevised";
        public static final String REVISION_WINDOW_ELAPSED = "revisionWindowElapsed";
        public static final String EXPIRE_RETURNED = "expireReturned";
        public static final String EXPIRY_OUTCOME = "expiryOutcome";
        /** The proposal answered the expiry with REVISED: its revision's message is on its way. */
        public static final String REVISED_IN_TIME = "revisedInTime";
        public static final String NOTHING_TO_EXPIRE = "nothingToExpire";
        public static final String ACCEPTED = "accepted";
        public static final String REJECTED = "rejected";
        public static final String WITHDRAWN_EXPIRED = "withdrawnExpired";
        public static final String AUTHOR_WITHDRAWAL = "authorWithdrawal";
        public static final String WITHDRAWN = "withdrawn";

        private Activity() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // set by the bridge
        public static final String PROPOSAL_ID = "proposalId";
        // and the proposal's unit, under the sheet's name ProposalSheet.UNIT_ID (the form shows it)
        /**
         * Candidate groups and users (comma-separated) of the screening tasks of this revision, worked
         * out from its authors and mentor by {@link ScreeningCandidates}; the escalated task adds the
         * union office.
         */
        public static final String CANDIDATE_GROUPS = "screeningCandidateGroups";
        public static final String CANDIDATE_USERS = "screeningCandidateUsers";
        public static final String REVISION = "revision";
        /** The competition year of the declaration: whose configuration names the category. */
        public static final String COMPETITION_YEAR = "competitionYear";
        /** ISO-8601 duration from (re)submission to escalation, e.g. "P7D"; gives screeningDueDate. */
        public static final String SCREENING_ESCALATION = "screeningEscalation";
        /** ISO-8601 duration of the revision window timer, e.g. "P14D". */
        public static final String REVISION_WINDOW = "revisionWindow";
        /** java.util.Date when screening is due: the task's due date and the escalation timer. */
        public static final String SCREENING_DUE_DATE = "screeningDueDate";
        /** java.util.Date of the first submission, which fixes the competition year. */
        public static final String SUBMITTED_AT = "submittedAt";
        // display variables of the form (strings): the proposal sheet, whose names are ProposalSheet's
        // (shared by every process, so not repeated here), then screening's own
        /** The stored duplicate candidates, read when the task is claimed ({@link ScreeningDuplicatesListener}). */
        public static final String DUPLICATES_TEXT = "duplicatesText";
        public static final String LAST_COMMENT = "lastComment";
        // the screener's decision (form fields) and who made it (task listener)
        public static final String OUTCOME = "outcome";
        public static final String COMMENT = "comment";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String SCREENER_ID = "screenerId";
        /** The proposal's answer to the expiry of its revision window: a ReturnedProposalExpiry.Outcome name. */
        public static final String EXPIRY_OUTCOME = "expiryOutcome";

        private Var() {
        }
    }

    /** Spring bean names referenced by {@code camunda:delegateExpression}. */
    public static final class Bean {
        public static final String SCREENER_LISTENER = "screenerListener";
        public static final String SCREENING_CANDIDATES_LISTENER = "screeningCandidatesListener";
        public static final String SCREENING_DUPLICATES_LISTENER = "screeningDuplicatesListener";
        public static final String ESCALATE_SCREENING = "escalateScreeningDelegate";
        public static final String RECORD_SCREENING = "recordScreeningDelegate";
        public static final String EXPIRE_RETURNED = "expireReturnedDelegate";

        private Bean() {
        }
    }

    private MonthlyReview() {
    }
}
