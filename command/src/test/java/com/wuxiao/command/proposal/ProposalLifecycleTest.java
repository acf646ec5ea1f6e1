package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry.Outcome;
import org.junit.jupiter.api.Test;

import static com.wuxiao.command.proposal.ProposalTestData.refused;
import static com.wuxiao.command.testing.Violations.conflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What each status allows, on its own; through the aggregate: the proposal's command tests. */
class ProposalLifecycleTest {

    @Test
    void filesAreAttachedAndTheProposalWithdrawnUntilItIsScreenedForGood() {
        for (ProposalStatus open : new ProposalStatus[] {ProposalStatus.SUBMITTED, ProposalStatus.RETURNED}) {
            assertThatCode(() -> ProposalLifecycle.requireOpenForAttachments(open)).doesNotThrowAnyException();
            assertThatCode(() -> ProposalLifecycle.requireWithdrawable(open)).doesNotThrowAnyException();
        }
        refused(() -> ProposalLifecycle.requireOpenForAttachments(ProposalStatus.ACCEPTED),
                conflict("attachments-closed"));
        refused(() -> ProposalLifecycle.requireWithdrawable(ProposalStatus.REJECTED), conflict("not-withdrawable"));
    }

    @Test
    void onlyAReturnedProposalIsRevisedAndOnlyFromItsCurrentRevision() {
        assertThatCode(() -> ProposalLifecycle.requireReturned(ProposalStatus.RETURNED)).doesNotThrowAnyException();
        refused(() -> ProposalLifecycle.requireReturned(ProposalStatus.SUBMITTED), conflict("not-returned"));
        assertThatCode(() -> ProposalLifecycle.requireCurrentRevision(2, 2)).doesNotThrowAnyException();
        refused(() -> ProposalLifecycle.requireCurrentRevision(1, 2), conflict("stale-revision"));
    }

    @Test
    void anAcceptedProposalIsAppraisedInOneRoundOnly() {
        assertThat(ProposalLifecycle.alreadyAppraised(null, "r-1", ProposalStatus.ACCEPTED)).isFalse();
        assertThat(ProposalLifecycle.alreadyAppraised("r-1", "r-1", ProposalStatus.AWARDED)).isTrue();
        refused(() -> ProposalLifecycle.alreadyAppraised("r-1", "r-2", ProposalStatus.AWARDED),
                conflict("already-appraised"));
        refused(() -> ProposalLifecycle.alreadyAppraised(null, "r-1", ProposalStatus.RETURNED),
                conflict("proposal-not-accepted"));
    }

    @Test
    void anExpiryThatWithdrawsNothingTellsWhatHappenedInstead() {
        assertThat(ProposalLifecycle.expiryOutcome(true, ProposalStatus.WITHDRAWN, 1, 1)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(ProposalLifecycle.expiryOutcome(false, ProposalStatus.SUBMITTED, 2, 1)).isEqualTo(Outcome.REVISED);
        assertThat(ProposalLifecycle.expiryOutcome(false, ProposalStatus.WITHDRAWN, 1, 1))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(ProposalLifecycle.expiryOutcome(false, ProposalStatus.ACCEPTED, 1, 1)).isEqualTo(Outcome.UNCHANGED);
    }
}
