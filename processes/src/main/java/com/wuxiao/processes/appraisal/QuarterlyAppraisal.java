package com.wuxiao.processes.appraisal;

import java.time.Duration;

/**
 * Names shared by {@code bpmn/quarterly-appraisal.bpmn}, its forms, the delegates and the bridge
 * (季度评审). A rename here must be made in the BPMN and forms too; the process tests fail if they
 * drift apart.
 */
public final class QuarterlyAppraisal {

    /** Process definition key; instances use the round id ("2025-Q1") as business key. */
    public static final String PROCESS_KEY = "quarterly-appraisal";
    /** Axon processing group of {@link QuarterlyAppraisalBridge}; excluded from replays. */
    public static final String PROCESSING_GROUP = "quarterly-appraisal-bridge";
    /** Candidate starter group and candidate group of the union office's tasks. */
    public static final String UNION_LEADER = "UNION_LEADER";

    /**
     * Scoring tasks are created per batch of this many proposals, each batch by its own job, so no
     * transaction creates more than {@code BATCH_SIZE × scorers per proposal} tasks.
     */
    public static final int BATCH_SIZE = 25;
    /** A batch is also cut before its text would outgrow a Camunda string variable (4000 characters). */
    public static final int BATCH_TEXT_MAX = 3900;
    /**
     * The process closes the objection window this long after the publicity period ends, so an
     * objection raised in its last moment reaches the process through the bridge before finalisation.
     */
    public static final Duration OBJECTION_GRACE = Duration.ofMinutes(5);

    /** Camunda Form ids (the {@code id} of the .form files). */
    public static final class Form {
        public static final String START_ROUND = "start-appraisal-round";
        public static final String NAME_PANEL = "name-appraisal-panel";
        public static final String SCORE_PROPOSAL = "score-proposal";
        public static final String CONSENSUS_SCORE = "consensus-score";
        public static final String APPROVE_RANKING = "approve-ranking";
        public static final String DECIDE_OBJECTION = "decide-objection";

        private Form() {
        }
    }

    /** BPMN message names (the {@code name} of the bpmn:message elements). */
    public static final class Message {
        public static final String OBJECTION_RAISED = "ObjectionRaised";
        /** An objection that arrived between two publicity periods, kept for the next one. */
        public static final String OBJECTION_HELD = "ObjectionHeld";

        private Message() {
        }
    }

    /** BPMN element ids. */
    public static final class Activity {
        public static final String ROUND_REQUESTED = "roundRequested";
        public static final String OPEN_ROUND = "openRound";
        public static final String NAME_PANEL = "namePanel";
        public static final String RECORD_PANEL = "recordPanel";
        public static final String ASSIGN_SCORERS = "assignScorers";
        public static final String SCORING_BATCH = "scoringBatch";
        public static final String APPRAISE_PROPOSAL = "appraiseProposal";
        public static final String SCORE_PROPOSAL = "scoreProposal";
        public static final String CONSENSUS_RE_REVIEW = "consensusReReview";
        public static final String RECORD_CONSENSUS = "recordConsensus";
        public static final String READY_TO_RANK = "readyToRank";
        public static final String RANK_ROUND = "rankRound";
        public static final String APPROVE_RANKING = "approveRanking";
        public static final String RECORD_APPROVAL = "recordApproval";
        public static final String PUBLICITY = "publicity";
        public static final String AWAIT_PUBLICITY_END = "awaitPublicityEnd";
        public static final String PUBLICITY_ELAPSED = "publicityElapsed";
        public static final String RANKING_VOIDED = "rankingVoided";
        public static final String OBJECTION_RAISED = "objectionRaised";
        public static final String HANDLE_OBJECTION = "handleObjection";
        public static final String DECIDE_OBJECTION = "decideObjection";
        public static final String RECORD_OBJECTION_DECISION = "recordObjectionDecision";
        public static final String OBJECTION_RE_REVIEW = "objectionReReview";
        public static final String RECORD_OBJECTION_CONSENSUS = "recordObjectionConsensus";
        public static final String RANKING_STANDS = "rankingStands";
        public static final String FINALISE_ROUND = "finaliseRound";
        public static final String ROUND_FINALISED = "roundFinalised";
        public static final String OBJECTION_HELD = "objectionHeld";
        public static final String HOLD_OBJECTION = "holdObjection";
        public static final String NEXT_PUBLICITY = "nextPublicity";
        public static final String PASS_OBJECTION_ON = "passObjectionOn";

        private Activity() {
        }
    }

    /** Process variables; "local" ones live in the scope of one proposal, task or objection. */
    public static final class Var {
        // the start form
        public static final String YEAR = "year";
        public static final String QUARTER = "quarter";
        // set by openRound, for display
        public static final String ROUND_ID = "roundId";
        public static final String POOL_SIZE = "poolSize";
        // the panel form
        public static final String PANEL_MEMBER_IDS = "panelMemberIds";
        /** The reviewers one may name, "赵敏 r0001 · 技术专家 · 机电科 JDK" a line, put on the panel task as it is created. */
        public static final String REVIEWERS_TEXT = "reviewersText";
        public static final String SCORERS_PER_PROPOSAL = "scorersPerProposal";
        // set by assignScorers from ScorersAssignedEvent: "scoringBatch0".."scoringBatch<n-1>"
        public static final String SCORING_BATCH_COUNT = "scoringBatchCount";
        public static final String SCORING_BATCH_PREFIX = "scoringBatch";
        public static final String SCORING_TASK_COUNT = "scoringTaskCount";
        // multi-instance element variables (local)
        public static final String BATCH = "batch";
        public static final String ASSIGNMENT = "assignment";
        public static final String SCORER_ID = "scorerId";
        // one proposal's or one objection's scope (local)
        public static final String PROPOSAL_ID = "proposalId";
        public static final String RE_REVIEW_REQUIRED = "reReviewRequired";
        public static final String RE_REVIEW_REASON = "reReviewReason";
        public static final String SCORE_SPREAD = "scoreSpread";
        // score form fields: local to each scoring task, and to each re-review's scope
        public static final String FEASIBILITY = "feasibility";
        public static final String BENEFIT = "benefit";
        public static final String PROMOTABILITY = "promotability";
        public static final String COMMENT = "comment";
        // the proposal sheet on the scoring, re-review and objection forms: ProposalSheet's names (shared
        // by every process, so not repeated here), set by ProposalSheetListener local to each task
        // ranking and publicity
        public static final String RANKING_SUMMARY = "rankingSummary";
        public static final String RANKING_CHECKED = "rankingChecked";
        /** java.util.Date, from PublicityStartedEvent. */
        public static final String PUBLICITY_ENDS_AT = "publicityEndsAt";
        /** java.util.Date, publicity end plus {@link #OBJECTION_GRACE}: the timer. */
        public static final String PUBLICITY_CLOSES_AT = "publicityClosesAt";
        /** Local to the publicity scope, mapped out to the process when it ends. */
        public static final String RANKING_VOIDED = "rankingVoided";
        /** True from the approval that publishes the ranking until its publicity scope ends; held objections wait for it. */
        public static final String PUBLICITY_OPEN = "publicityOpen";
        // the bridge's message (transient) and the objection's scope (local)
        public static final String RAISED_OBJECTION_ID = "raisedObjectionId";
        public static final String RAISED_PROPOSAL_ID = "raisedProposalId";
        public static final String RAISED_BY = "raisedBy";
        public static final String RAISED_REASON = "raisedReason";
        public static final String OBJECTION_ID = "objectionId";
        public static final String OBJECTOR_ID = "objectorId";
        /** "张伟 w1001", put on the objection task as it is created. */
        public static final String OBJECTOR_NAME = "objectorName";
        public static final String OBJECTION_REASON = "objectionReason";
        public static final String OBJECTION_OUTCOME = "objectionOutcome";
        public static final String DECISION_NOTE = "decisionNote";
        /**
         * "receivedObjection_" + objection id, a process variable (the date it was raised) the bridge
         * sets as it delivers the objection: the same objection delivered again changes nothing.
         */
        public static final String RECEIVED_OBJECTION_PREFIX = "receivedObjection_";

        private Var() {
        }
    }

    /** Values of {@link Var#OBJECTION_OUTCOME}. */
    public static final class ObjectionOutcome {
        public static final String UPHELD = "UPHELD";
        public static final String DENIED = "DENIED";

        private ObjectionOutcome() {
        }
    }

    /** Spring bean names referenced by {@code camunda:delegateExpression} and expressions. */
    public static final class Bean {
        public static final String OPEN_ROUND = "openAppraisalRoundDelegate";
        public static final String NAME_PANEL = "namePanelDelegate";
        public static final String ASSIGN_SCORERS = "assignScorersDelegate";
        public static final String SCORING = "quarterlyAppraisalScoring";
        public static final String RECORD_SCORE = "recordScoreListener";
        public static final String PROPOSAL_SHEET = "proposalSheetListener";
        public static final String RECORD_CONSENSUS = "recordConsensusDelegate";
        public static final String RANK_ROUND = "rankRoundDelegate";
        public static final String APPROVE_RANKING = "approveRankingDelegate";
        public static final String DECIDE_OBJECTION = "decideObjectionDelegate";
        public static final String FINALISE_ROUND = "finaliseRoundDelegate";
        public static final String PASS_OBJECTION_ON = "passObjectionOnDelegate";

        private Bean() {
        }
    }

    private QuarterlyAppraisal() {
    }
}
