package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.acceptedWithPoints;
import static com.wuxiao.command.proposal.ProposalTestData.byProcess;
import static com.wuxiao.command.proposal.ProposalTestData.submit;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.proposal.api.ScreeningOutcome.ACCEPT;
import static com.wuxiao.command.proposal.api.ScreeningOutcome.REJECT;
import static com.wuxiao.command.proposal.api.ScreeningOutcome.RETURN;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class ScreenProposalTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T2 = T0.plusSeconds(2 * 86_400);
    private static final Instant T8 = T0.plusSeconds(8 * 86_400);

    private static ScreenProposalCommand screen(String screenerId, int revision, ScreeningOutcome outcome,
                                                String comment, RejectionReason reason) {
        return new ScreenProposalCommand(ID, screenerId, revision, outcome, comment, reason, null, T1);
    }

    private static ScreenProposalCommand byProcessCommand(String processCommandId, ScreeningOutcome outcome) {
        return new ScreenProposalCommand(ID, "c1", 1, outcome, "意见", null, processCommandId, T1);
    }

    private static ProposalRevisedEvent revised() {
        return new ProposalRevisedEvent(ID, "w1", 2, CONTENT, AUTHORS, null, T2);
    }

    @Test
    void theUnitsCoordinatorAccepts() {
        fixture.given(submitted())
                .when(screen("c1", 1, ACCEPT, null, null))
                .expectEvents(acceptedWithPoints(
                        new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS)));
    }

    @Test
    void theUnitsCoordinatorReturnsWithAComment() {
        fixture.given(submitted())
                .when(screen("c1", 1, RETURN, "请补充成本测算", null))
                .expectEvents(new ProposalReturnedEvent(ID, "c1", 1, "请补充成本测算", T1));
    }

    @Test
    void theUnitsCoordinatorRejectsWithAReason() {
        fixture.given(submitted())
                .when(screen("c1", 1, REJECT, "与 2024 年成果重复", RejectionReason.DUPLICATE))
                .expectEvents(new ProposalRejectedEvent(ID, "c1", 1, RejectionReason.DUPLICATE, "与 2024 年成果重复", T1));
    }

    @Test
    void aRevisionIsScreenedAgain() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1), revised())
                .when(new ScreenProposalCommand(ID, "c1", 2, ACCEPT, null, null, null, T2))
                .expectEvents(acceptedWithPoints(
                        new ProposalAcceptedEvent(ID, "c1", 2, null, T2, ProposalTestData.AUTHOR_UNITS)));
    }

    @Test
    void aCommentOf2000CharsIsFine() {
        String comment = "意".repeat(2000);
        fixture.given(submitted())
                .when(screen("c1", 1, ACCEPT, comment, null))
                .expectEvents(acceptedWithPoints(
                        new ProposalAcceptedEvent(ID, "c1", 1, comment, T1, ProposalTestData.AUTHOR_UNITS)));
    }

    @Test
    void aCommentOf2001CharsIsRefused() {
        fixture.given(submitted())
                .when(screen("c1", 1, ACCEPT, "意".repeat(2001), null))
                .expectException(invalid("too-long", "comment"));
    }

    @Test
    void aReturnNeedsAComment() {
        fixture.given(submitted())
                .when(screen("c1", 1, RETURN, null, null))
                .expectException(invalid("comment-required", "comment"))
                .expectNoEvents();
    }

    @Test
    void aBlankCommentIsNoComment() {
        fixture.given(submitted())
                .when(screen("c1", 1, RETURN, "   ", null))
                .expectException(invalid("comment-required", "comment"));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(submitted())
                .when(screen("c1", 1, REJECT, "重形式", null))
                .expectException(invalid("rejection-reason-required", "rejectionReason"));
    }

    @Test
    void theOutcomeIsRequired() {
        fixture.given(submitted())
                .when(screen("c1", 1, null, null, null))
                .expectException(invalid("required", "outcome"));
    }

    @Test
    void anUnknownScreenerIsRefused() {
        fixture.given(submitted())
                .when(screen("ghost", 1, ACCEPT, null, null))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void aMissingScreenerIsRefused() {
        fixture.given(submitted())
                .when(screen(null, 1, ACCEPT, null, null))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void aWorkerDoesNotScreen() {
        fixture.given(submitted())
                .when(screen("w2", 1, ACCEPT, null, null))
                .expectException(forbidden("not-coordinator"));
    }

    @Test
    void aCoordinatorOfAnotherUnitDoesNotScreen() {
        fixture.given(submitted())
                .when(screen("c2", 1, ACCEPT, null, null))
                .expectException(forbidden("other-unit"));
    }

    @Test
    void theUnionOfficeWaitsForEscalation() {
        fixture.given(submitted())
                .when(screen("leader", 1, ACCEPT, null, null))
                .expectException(forbidden("not-coordinator"));
    }

    @Test
    void theUnionOfficeScreensAnEscalatedRevision() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T8))
                .when(screen("leader", 1, REJECT, null, RejectionReason.OUT_OF_SCOPE))
                .expectEvents(new ProposalRejectedEvent(ID, "leader", 1, RejectionReason.OUT_OF_SCOPE, null, T1));
    }

    @Test
    void theCoordinatorMayStillScreenAfterEscalation() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T8))
                .when(screen("c1", 1, ACCEPT, null, null))
                .expectEvents(acceptedWithPoints(
                        new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS)));
    }

    @Test
    void anEscalationOfAnEarlierRevisionDoesNotCount() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T8),
                        new ProposalReturnedEvent(ID, "leader", 1, "请补充", T8), revised())
                .when(new ScreenProposalCommand(ID, "leader", 2, ACCEPT, null, null, null, T8))
                .expectException(forbidden("not-coordinator"));
    }

    @Test
    void anOutdatedRevisionIsNotScreened() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1), revised())
                .when(screen("c1", 1, ACCEPT, null, null))
                .expectException(conflict("stale-revision"));
    }

    @Test
    void aFutureRevisionIsNotScreened() {
        fixture.given(submitted())
                .when(screen("c1", 2, ACCEPT, null, null))
                .expectException(conflict("stale-revision"));
    }

    @Test
    void oneScreeningPerRevision() {
        fixture.given(submitted(), new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS))
                .when(screen("c1", 1, REJECT, null, RejectionReason.DUPLICATE))
                .expectException(conflict("already-screened"));
    }

    @Test
    void aReturnedRevisionIsNotScreenedAgain() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1))
                .when(screen("c1", 1, ACCEPT, null, null))
                .expectException(conflict("already-screened"));
    }

    @Test
    void aWithdrawnProposalIsNotScreened() {
        fixture.given(submitted(), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T1))
                .when(screen("c1", 1, ACCEPT, null, null))
                .expectException(conflict("withdrawn"));
    }

    /** The acceptance and the points it earns, so that the points have the same origin. */
    @Test
    void theProcessCommandIdIsKeptWithEveryEvent() {
        MetaData origin = MetaData.with(ProcessCommand.META_DATA_KEY, "pi-1:screen:1");
        EventMessage<?>[] expected = Arrays.stream(acceptedWithPoints(
                        new ProposalAcceptedEvent(ID, "c1", 1, "意见", T1, ProposalTestData.AUTHOR_UNITS)))
                .map(event -> GenericEventMessage.asEventMessage(event).andMetaData(origin))
                .toArray(EventMessage<?>[]::new);
        fixture.given(submitted())
                .when(byProcessCommand("pi-1:screen:1", ACCEPT))
                .expectEvents(expected);
    }

    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(submitted(), byProcess(new ProposalAcceptedEvent(ID, "c1", 1, "意见", T1, ProposalTestData.AUTHOR_UNITS), "pi-1:screen:1"))
                .when(byProcessCommand("pi-1:screen:1", ACCEPT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatIsRecognisedAfterTheAggregateIsLoadedAgain() {
        fixture.givenCommands(submit(), byProcessCommand("pi-1:screen:1", RETURN))
                .when(byProcessCommand("pi-1:screen:1", RETURN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherProcessCommandOnAScreenedRevisionIsAConflict() {
        fixture.given(submitted(), byProcess(new ProposalAcceptedEvent(ID, "c1", 1, "意见", T1, ProposalTestData.AUTHOR_UNITS), "pi-1:screen:1"))
                .when(byProcessCommand("pi-2:screen:1", ACCEPT))
                .expectException(conflict("already-screened"));
    }
}
