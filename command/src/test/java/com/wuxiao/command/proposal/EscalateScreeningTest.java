package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.byProcess;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;

/** Escalation comes from a timer that may fire late: anything but an open screening makes it a no-op. */
class EscalateScreeningTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T7 = T0.plusSeconds(7 * 86_400);
    private static final Instant T9 = T0.plusSeconds(9 * 86_400);

    private static EscalateScreeningCommand escalate(int revision, String processCommandId) {
        return new EscalateScreeningCommand(ID, revision, processCommandId, T7);
    }

    @Test
    void anOpenScreeningIsEscalated() {
        fixture.given(submitted())
                .when(escalate(1, "pi-1:escalate:1"))
                .expectEvents(new ScreeningEscalatedEvent(ID, 1, T7));
    }

    @Test
    void aRevisionIsEscalatedOnItsOwn() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T7),
                        new ProposalReturnedEvent(ID, "leader", 1, "请补充", T7),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T9))
                .when(new EscalateScreeningCommand(ID, 2, "pi-1:escalate:2", T9))
                .expectEvents(new ScreeningEscalatedEvent(ID, 2, T9));
    }

    @Test
    void aRevisionIsEscalatedOnlyOnce() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T7))
                .when(escalate(1, "pi-2:escalate:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(submitted(), byProcess(new ScreeningEscalatedEvent(ID, 1, T7), "pi-1:escalate:x"),
                        new ProposalReturnedEvent(ID, "c1", 1, "请补充", T7),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T9))
                .when(new EscalateScreeningCommand(ID, 2, "pi-1:escalate:x", T9))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aScreenedProposalIsNotEscalated() {
        fixture.given(submitted(), new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS))
                .when(escalate(1, "pi-1:escalate:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOutdatedRevisionIsNotEscalated() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T1))
                .when(escalate(1, "pi-1:escalate:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawnProposalIsNotEscalated() {
        fixture.given(submitted(), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T1))
                .when(escalate(1, "pi-1:escalate:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
