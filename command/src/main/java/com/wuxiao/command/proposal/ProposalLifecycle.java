package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry;

import static com.wuxiao.command.common.api.RuleViolation.both;

/**
 * What a {@link Proposal}'s status and revision still allow: attaching, revising, withdrawing and
 * appraisal. Screening asks {@link ScreeningRules}.
 */
final class ProposalLifecycle {

    private ProposalLifecycle() {
    }

    /** Files are attached while the proposal awaits screening or revision. */
    static void requireOpenForAttachments(ProposalStatus status) {
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("attachments-closed", both(status.zh(), String.valueOf(status)));
        }
    }

    static void requireReturned(ProposalStatus status) {
        if (status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("not-returned");
        }
    }

    static void requireWithdrawable(ProposalStatus status) {
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("not-withdrawable", both(status.zh(), String.valueOf(status)));
        }
    }

    /** A command based on an older revision than the current one is stale. */
    static void requireCurrentRevision(int expected, int revision) {
        if (expected != revision) {
            throw RuleViolation.conflict("stale-revision", revision);
        }
    }

    /**
     * Whether the proposal carries this round's result already (a redelivery); a result of another
     * round is refused, as is appraising a proposal not accepted at screening.
     *
     * @param appraisedIn the round the proposal was appraised in, null if none
     */
    static boolean alreadyAppraised(String appraisedIn, String roundId, ProposalStatus status) {
        if (appraisedIn != null) {
            if (appraisedIn.equals(roundId)) {
                return true;
            }
            throw RuleViolation.conflict("already-appraised", appraisedIn);
        }
        if (status != ProposalStatus.ACCEPTED) {
            throw RuleViolation.conflict("proposal-not-accepted", both(status.zh(), String.valueOf(status)));
        }
        return false;
    }

    /**
     * What an expiry that withdraws nothing tells the process: after a revision it must wait for
     * that revision's screening.
     *
     * @param repeat whether this very expiry was applied already
     */
    static ReturnedProposalExpiry.Outcome expiryOutcome(boolean repeat, ProposalStatus status, int revision,
                                                        int expiredRevision) {
        if (repeat && status == ProposalStatus.WITHDRAWN) {
            return ReturnedProposalExpiry.Outcome.WITHDRAWN;   // this very expiry, sent again
        }
        if (status == ProposalStatus.SUBMITTED && revision > expiredRevision) {
            return ReturnedProposalExpiry.Outcome.REVISED;
        }
        return ReturnedProposalExpiry.Outcome.UNCHANGED;
    }
}
