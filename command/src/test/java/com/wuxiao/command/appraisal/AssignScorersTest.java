package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.AssignmentOutcome;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.proposal.api.Author;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.ASSIGNMENTS;
import static com.wuxiao.command.appraisal.AppraisalTestData.B1;
import static com.wuxiao.command.appraisal.AppraisalTestData.E1;
import static com.wuxiao.command.appraisal.AppraisalTestData.E2;
import static com.wuxiao.command.appraisal.AppraisalTestData.G1;
import static com.wuxiao.command.appraisal.AppraisalTestData.P1;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_ASSIGN;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.assignment;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

/**
 * Conflict of interest at assignment: a panel of e1 (TECH, U1), b1 (PB, U2), g1 (UNION, GH) and
 * e2 (TECH, U3), four scorers per proposal. Without a conflict all four score; a conflict of e2
 * leaves the other three.
 */
class AssignScorersTest extends AppraisalFixtureTest {

    private static final List<PanelSeat> FOUR = List.of(E1, B1, G1, E2);

    private static AssignScorersCommand assign(int perProposal) {
        return new AssignScorersCommand(ROUND, perProposal, "leader", T_ASSIGN);
    }

    private void expectAssignedWithFourScorers(PoolEntry entry, String... scorerIds) {
        fixture.given(opened(List.of(entry)), panelNamed(FOUR))
                .when(assign(4))
                .expectEvents(new ScorersAssignedEvent(ROUND, 4, List.of(assignment(entry.proposalId(), scorerIds)),
                        "leader", T_ASSIGN))
                .expectResultMessagePayload(new AssignmentOutcome(List.of(assignment(entry.proposalId(), scorerIds))));
    }

    @Test
    void theRoundAssignsThreeScorersPerProposal() {
        fixture.given(opened(), panelNamed())
                .when(assign(3))
                .expectEvents(new ScorersAssignedEvent(ROUND, 3, ASSIGNMENTS, "leader", T_ASSIGN))
                .expectResultMessagePayload(new AssignmentOutcome(ASSIGNMENTS));
    }

    /** No conflict: b1 (smallest id), e1 (TECH), g1 (UNION), then e2 as the last one left. */
    @Test
    void withoutAConflictAllFourScore() {
        expectAssignedWithFourScorers(new PoolEntry("p-x", "U9", List.of(new Author("w1", 100)), null),
                "b1", "e1", "g1", "e2");
    }

    @Test
    void theAuthorDoesNotScore() {
        expectAssignedWithFourScorers(new PoolEntry("p-x", "U9", List.of(new Author("e2", 100)), null),
                "b1", "e1", "g1");
    }

    @Test
    void aCoAuthorDoesNotScore() {
        expectAssignedWithFourScorers(
                new PoolEntry("p-x", "U9", List.of(new Author("w1", 50), new Author("e2", 50)), null),
                "b1", "e1", "g1");
    }

    @Test
    void theMentorDoesNotScore() {
        expectAssignedWithFourScorers(new PoolEntry("p-x", "U9", List.of(new Author("w1", 100)), "e2"),
                "b1", "e1", "g1");
    }

    @Test
    void aMemberOfTheProposalsUnitDoesNotScore() {
        expectAssignedWithFourScorers(new PoolEntry("p-x", "U3", List.of(new Author("w4", 100)), null),
                "b1", "e1", "g1");
    }

    /** p-1 is of U1: e1 is out, two members are left. */
    @Test
    void fewerThanThreeMembersWithoutConflictIsRefused() {
        fixture.given(opened(List.of(P1)), panelNamed(List.of(E1, B1, G1)))
                .when(assign(3))
                .expectException(conflict("not-enough-scorers"))
                .expectNoEvents();
    }

    @Test
    void atLeastThreeScorersPerProposal() {
        fixture.given(opened(), panelNamed())
                .when(assign(2))
                .expectException(invalid("invalid-scorers-per-proposal", "scorersPerProposal"));
    }

    @Test
    void notMoreScorersPerProposalThanPanelMembers() {
        fixture.given(opened(), panelNamed())
                .when(assign(7))
                .expectException(invalid("invalid-scorers-per-proposal", "scorersPerProposal"));
    }

    @Test
    void thePanelComesFirst() {
        fixture.given(opened())
                .when(assign(3))
                .expectException(conflict("no-panel"));
    }

    @Test
    void scorersAreAssignedOnce() {
        fixture.given(opened(), panelNamed(), assigned())
                .when(assign(3))
                .expectException(conflict("scorers-already-assigned"));
    }

    @Test
    void onlyTheUnionLeaderAssigns() {
        fixture.given(opened(), panelNamed())
                .when(new AssignScorersCommand(ROUND, 3, "g1", T_ASSIGN))
                .expectException(forbidden("not-union-leader"));
    }
}
