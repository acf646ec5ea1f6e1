package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry.Outcome;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.byProcess;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;

/**
 * The revision window ran out: withdraw only what is still returned at that revision, else no-op; the
 * answer tells the process which it was.
 */
class ExpireReturnedProposalTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T5 = T0.plusSeconds(5 * 86_400);
    private static final Instant T15 = T0.plusSeconds(15 * 86_400);

    private static ProposalReturnedEvent returned(int revision) {
        return new ProposalReturnedEvent(ID, "c1", revision, "请补充", T1);
    }

    private static ExpireReturnedProposalCommand expire(int revision, String processCommandId) {
        return new ExpireReturnedProposalCommand(ID, revision, processCommandId, T15);
    }

    @Test
    void anUnrevisedReturnedProposalIsWithdrawn() {
        fixture.given(submitted(), returned(1))
                .when(expire(1, "pi-1:expire:1"))
                .expectEvents(new ProposalWithdrawnEvent(ID, null, WithdrawalReason.NOT_REVISED_IN_TIME, T15))
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.WITHDRAWN, 1));
    }

    @Test
    void aRevisionMeanwhileWins() {
        fixture.given(submitted(), returned(1), new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T5))
                .when(expire(1, "pi-1:expire:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.REVISED, 2));
    }

    @Test
    void anOlderReturnDoesNotExpireALaterOne() {
        fixture.given(submitted(), returned(1), new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T5),
                        returned(2))
                .when(expire(1, "pi-1:expire:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.UNCHANGED, 2));
    }

    @Test
    void theLaterReturnExpiresOnItsOwnTimer() {
        fixture.given(submitted(), returned(1), new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T5),
                        returned(2))
                .when(expire(2, "pi-1:expire:2"))
                .expectEvents(new ProposalWithdrawnEvent(ID, null, WithdrawalReason.NOT_REVISED_IN_TIME, T15))
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.WITHDRAWN, 2));
    }

    @Test
    void aProposalWithdrawnByItsAuthorStaysAsItIs() {
        fixture.given(submitted(), returned(1), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T5))
                .when(expire(1, "pi-1:expire:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.UNCHANGED, 1));
    }

    @Test
    void aRevisedAndAcceptedProposalIsNotWithdrawn() {
        fixture.given(submitted(), returned(1), new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T5),
                        new ProposalAcceptedEvent(ID, "c1", 2, null, T5, ProposalTestData.AUTHOR_UNITS))
                .when(expire(2, "pi-1:expire:2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.UNCHANGED, 2));
    }

    // The aggregate remembers the id of every process command it applied, whatever event that left.
    // Reusing the id of the return isolates the de-duplication: the proposal is still RETURNED at
    // revision 1, so the same command under a fresh id withdraws it (the control below).
    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(submitted(), byProcess(returned(1), "pi-1:x"))
                .when(expire(1, "pi-1:x"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.UNCHANGED, 1));
    }

    @Test
    void theSameStateWithAFreshProcessCommandIsWithdrawn() {
        fixture.given(submitted(), byProcess(returned(1), "pi-1:x"))
                .when(expire(1, "pi-1:expire:1"))
                .expectEvents(new ProposalWithdrawnEvent(ID, null, WithdrawalReason.NOT_REVISED_IN_TIME, T15));
    }

    /** A retried job whose first try withdrew the proposal: the same answer, no second withdrawal. */
    @Test
    void theExpiryRetriedAfterItWithdrewAnswersWithdrawnAgain() {
        fixture.given(submitted(), returned(1),
                        byProcess(new ProposalWithdrawnEvent(ID, null, WithdrawalReason.NOT_REVISED_IN_TIME, T15),
                                "pi-1:expire:1"))
                .when(expire(1, "pi-1:expire:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReturnedProposalExpiry(Outcome.WITHDRAWN, 1));
    }
}
