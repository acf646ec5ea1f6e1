package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.acceptancePoints;
import static com.wuxiao.command.proposal.api.ScreeningOutcome.ACCEPT;
import static com.wuxiao.command.testing.Violations.forbidden;

/**
 * Conflict of interest at screening: no one screens a revision they author, co-author or mentor.
 * ZC1 has two coordinators in the test organisation, c1 and c3; the union office steps in at once
 * only when both are tied to the proposal.
 */
class ScreenerConflictTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T2 = T0.plusSeconds(2 * 86_400);
    private static final Instant T8 = T0.plusSeconds(8 * 86_400);

    private static ProposalSubmittedEvent submitted(List<Author> authors, String mentorId) {
        return new ProposalSubmittedEvent(ID, authors.get(0).workerId(), "ZC1", CONTENT, authors, mentorId, 2025, 3,
                T0, ReviewDeadlines.defaults());
    }

    private static ScreenProposalCommand accept(String screenerId, int revision) {
        return new ScreenProposalCommand(ID, screenerId, revision, ACCEPT, null, null, null, T1);
    }

    @Test
    void theFirstAuthorDoesNotScreenTheirProposal() {
        fixture.given(submitted(List.of(new Author("c1", 60), new Author("w1", 40)), null))
                .when(accept("c1", 1))
                .expectException(forbidden("screener-conflict"))
                .expectNoEvents();
    }

    @Test
    void aCoAuthorDoesNotScreenIt() {
        fixture.given(submitted(List.of(new Author("w1", 60), new Author("c1", 40)), null))
                .when(accept("c1", 1))
                .expectException(forbidden("screener-conflict"))
                .expectNoEvents();
    }

    @Test
    void theMentorDoesNotScreenIt() {
        fixture.given(submitted(List.of(new Author("w1", 100)), "c1"))
                .when(accept("c1", 1))
                .expectException(forbidden("screener-conflict"))
                .expectNoEvents();
    }

    @Test
    void anotherCoordinatorOfTheUnitScreensIt() {
        fixture.given(submitted(List.of(new Author("w1", 60), new Author("c1", 40)), null))
                .when(accept("c3", 1))
                .expectEvents(new ProposalAcceptedEvent(ID, "c3", 1, null, T1, Map.of("w1", "ZC1", "c1", "ZC1")),
                        // 2 points × 60 / 100 and × 40 / 100: a tied coordinator still earns their share
                        acceptancePoints("w1", "ZC1", 60, "1.20", T1), acceptancePoints("c1", "ZC1", 40, "0.80", T1));
    }

    @Test
    void theUnionOfficeWaitsWhileACoordinatorIsFree() {
        fixture.given(submitted(List.of(new Author("w1", 60), new Author("c1", 40)), null))
                .when(accept("leader", 1))
                .expectException(forbidden("not-coordinator"));
    }

    @Test
    void theUnionOfficeScreensAtOnceWhenEveryCoordinatorIsTied() {
        fixture.given(submitted(List.of(new Author("c1", 60), new Author("w1", 40)), "c3"))
                .when(accept("leader", 1))
                .expectEvents(new ProposalAcceptedEvent(ID, "leader", 1, null, T1, Map.of("c1", "ZC1", "w1", "ZC1")),
                        acceptancePoints("c1", "ZC1", 60, "1.20", T1), acceptancePoints("w1", "ZC1", 40, "0.80", T1));
    }

    @Test
    void aTiedCoordinatorStaysBarredAfterEscalation() {
        fixture.given(submitted(List.of(new Author("w1", 60), new Author("c1", 40)), null),
                        new ScreeningEscalatedEvent(ID, 1, T8))
                .when(accept("c1", 1))
                .expectException(forbidden("screener-conflict"));
    }

    @Test
    void theUnionOfficeScreensTheEscalatedRevisionOfATiedCoordinator() {
        fixture.given(submitted(List.of(new Author("w1", 60), new Author("c1", 40)), null),
                        new ScreeningEscalatedEvent(ID, 1, T8))
                .when(new ScreenProposalCommand(ID, "leader", 1, ScreeningOutcome.REJECT,
                        null, RejectionReason.OUT_OF_SCOPE, null, T8))
                .expectEvents(new ProposalRejectedEvent(ID, "leader", 1, RejectionReason.OUT_OF_SCOPE, null, T8));
    }

    @Test
    void aUnionLeaderWhoMentorsDoesNotScreenTheEscalatedRevision() {
        fixture.given(submitted(List.of(new Author("w1", 100)), "leader"), new ScreeningEscalatedEvent(ID, 1, T8))
                .when(accept("leader", 1))
                .expectException(forbidden("screener-conflict"));
    }

    @Test
    void aCoordinatorDroppedFromTheAuthorsScreensTheRevision() {
        List<Author> withC1 = List.of(new Author("w1", 60), new Author("c1", 40));
        fixture.given(submitted(withC1, null), new ProposalReturnedEvent(ID, "c3", 1, "请补充", T1),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT, List.of(new Author("w1", 100)), null, T2))
                .when(accept("c1", 2))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 2, null, T1, Map.of("w1", "ZC1")),
                        acceptancePoints("w1", "ZC1", 100, "2.00", T1));
    }

    @Test
    void aCoordinatorNamedMentorInTheRevisionNoLongerScreensIt() {
        fixture.given(submitted(List.of(new Author("w1", 100)), null), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT, List.of(new Author("w1", 100)), "c1", T2))
                .when(accept("c1", 2))
                .expectException(forbidden("screener-conflict"));
    }
}
