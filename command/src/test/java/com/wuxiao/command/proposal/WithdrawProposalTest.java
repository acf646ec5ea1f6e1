package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;

class WithdrawProposalTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(3_600);
    private static final Instant T2 = T0.plusSeconds(7_200);

    @Test
    void aCoAuthorWithdrawsASubmittedProposal() {
        fixture.given(submitted())
                .when(new WithdrawProposalCommand(ID, "w2", T1))
                .expectEvents(new ProposalWithdrawnEvent(ID, "w2", WithdrawalReason.BY_AUTHOR, T1));
    }

    @Test
    void anAuthorWithdrawsAReturnedProposal() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1))
                .when(new WithdrawProposalCommand(ID, "w1", T2))
                .expectEvents(new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T2));
    }

    @Test
    void onlyAnAuthorWithdraws() {
        fixture.given(submitted())
                .when(new WithdrawProposalCommand(ID, "c1", T1))
                .expectException(forbidden("not-author"))
                .expectNoEvents();
    }

    @Test
    void anAcceptedProposalStays() {
        fixture.given(submitted(), new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS))
                .when(new WithdrawProposalCommand(ID, "w1", T2))
                .expectException(conflict("not-withdrawable"));
    }

    @Test
    void aRejectedProposalIsNotWithdrawn() {
        fixture.given(submitted(), new ProposalRejectedEvent(ID, "c1", 1, RejectionReason.DUPLICATE, null, T1))
                .when(new WithdrawProposalCommand(ID, "w1", T2))
                .expectException(conflict("not-withdrawable"));
    }

    @Test
    void aWithdrawnProposalIsNotWithdrawnTwice() {
        fixture.given(submitted(), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T1))
                .when(new WithdrawProposalCommand(ID, "w1", T2))
                .expectException(conflict("not-withdrawable"));
    }
}
