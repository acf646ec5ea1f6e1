package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.Author;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.ASSIGNMENTS;
import static com.wuxiao.command.appraisal.AppraisalTestData.PANEL;
import static com.wuxiao.command.appraisal.AppraisalTestData.POOL;
import static com.wuxiao.command.appraisal.AppraisalTestData.assignment;
import static com.wuxiao.command.identity.api.PanelRole.PRODUCTION_BACKBONE;
import static com.wuxiao.command.identity.api.PanelRole.TECH_EXPERT;
import static com.wuxiao.command.identity.api.PanelRole.UNION_REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerAssignmentTest {

    private static final PanelSeat T1 = new PanelSeat("t1", "X", TECH_EXPERT);
    private static final PanelSeat T2 = new PanelSeat("t2", "X", TECH_EXPERT);
    private static final PanelSeat T3 = new PanelSeat("t3", "X", TECH_EXPERT);
    private static final PanelSeat T4 = new PanelSeat("t4", "X", TECH_EXPERT);
    private static final PanelSeat P1 = new PanelSeat("p1", "X", PRODUCTION_BACKBONE);
    private static final PanelSeat U1 = new PanelSeat("u1", "X", UNION_REP);

    private static PoolEntry proposal(String id) {
        return new PoolEntry(id, "U9", List.of(new Author("w1", 100)), null);
    }

    /**
     * Worked by hand. p-1 (U1): e1 is of U1; all loads 0 and no role covered, so the smallest id
     * b1 (PB), then among TECH/UNION e2, then among UNION g1. p-2 (U2): b1, g2 are of U2; b2 and e1
     * have load 0, b2 first; then TECH/UNION e1 (0) before e2, g1 (1); then UNION g1. p-3 (U3):
     * e2, b2 are of U3; g2 has load 0; then TECH/PB b1, e1 (both 1): b1; then TECH e1.
     */
    @Test
    void theTestRoundsAssignmentWorkedOutByHand() {
        assertThat(ScorerAssignment.assign(POOL, PANEL, 3)).isEqualTo(ASSIGNMENTS);
    }

    @Test
    void thePanelsOrderDoesNotMatter() {
        List<PanelSeat> reversed = new ArrayList<>(PANEL);
        Collections.reverse(reversed);
        assertThat(ScorerAssignment.assign(POOL, reversed, 3)).isEqualTo(ASSIGNMENTS);
    }

    /** By id alone it would be p1, t1, t2; covering the roles makes it p1, t1, u1. */
    @Test
    void allThreePanelRolesAreCovered() {
        assertThat(ScorerAssignment.assign(List.of(proposal("a")), List.of(T1, T2, T3, P1, U1), 3))
                .containsExactly(assignment("a", "p1", "t1", "u1"));
    }

    @Test
    void aPanelWithoutSomeRolesStillScores() {
        assertThat(ScorerAssignment.assign(List.of(proposal("a")), List.of(T1, T2, T3, T4), 3))
                .containsExactly(assignment("a", "t1", "t2", "t3"));
    }

    /** After a: p1, t1, u1 have one each, t2 none; b starts with t2, then covers PB and UNION. */
    @Test
    void theLoadIsBalanced() {
        assertThat(ScorerAssignment.assign(List.of(proposal("a"), proposal("b")), List.of(T1, T2, P1, U1), 3))
                .containsExactly(assignment("a", "p1", "t1", "u1"), assignment("b", "t2", "p1", "u1"));
    }

    /** Four TECH experts, three each: a t1 t2 t3; b t4 then t1, t2 (load 1, by id); c t3 t4 (1) then t1 (2). */
    @Test
    void theLoadIsBalancedWithinOneRole() {
        assertThat(ScorerAssignment.assign(List.of(proposal("a"), proposal("b"), proposal("c")),
                List.of(T1, T2, T3, T4), 3))
                .containsExactly(assignment("a", "t1", "t2", "t3"), assignment("b", "t4", "t1", "t2"),
                        assignment("c", "t3", "t4", "t1"));
    }

    @Test
    void moreScorersPerProposalThanEligibleGivesAllEligible() {
        PoolEntry authoredByT1 = new PoolEntry("a", "U9", List.of(new Author("t1", 100)), null);
        assertThat(ScorerAssignment.assign(List.of(authoredByT1), List.of(T1, T2, P1, U1), 4))
                .containsExactly(assignment("a", "p1", "t2", "u1"));
    }

    @Test
    void fewerThanThreeEligibleIsRefusedNamingTheProposal() {
        PoolEntry fromX = new PoolEntry("p-x", "X", List.of(new Author("w1", 100)), null);
        PanelSeat elsewhere = new PanelSeat("e9", "Y", TECH_EXPERT);
        assertThatThrownBy(() -> ScorerAssignment.assign(List.of(proposal("a"), fromX), List.of(T1, P1, elsewhere), 3))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("not-enough-scorers");
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(v.messageZh()).contains("p-x");
                    assertThat(v.messageEn()).contains("p-x");
                });
    }

    @Test
    void eachRelationIsAConflictOfInterest() {
        PoolEntry entry = new PoolEntry("a", "U1", List.of(new Author("w1", 60), new Author("w2", 40)), "m1");
        assertThat(ConflictOfInterest.of(entry, "w1", "U7")).contains(ConflictOfInterest.Relation.AUTHOR);
        assertThat(ConflictOfInterest.of(entry, "w2", "U7")).contains(ConflictOfInterest.Relation.CO_AUTHOR);
        assertThat(ConflictOfInterest.of(entry, "m1", "U7")).contains(ConflictOfInterest.Relation.MENTOR);
        assertThat(ConflictOfInterest.of(entry, "r1", "U1")).contains(ConflictOfInterest.Relation.SAME_UNIT);
        assertThat(ConflictOfInterest.of(entry, "r1", "U7")).isEmpty();
        assertThat(ConflictOfInterest.of(entry, "r1", null)).isEmpty();
    }

    @Test
    void assignmentsAreListedInPoolOrder() {
        List<Assignment> assignments = ScorerAssignment.assign(
                List.of(proposal("z"), proposal("a")), List.of(T1, P1, U1), 3);
        assertThat(assignments).extracting(Assignment::proposalId).containsExactly("z", "a");
    }
}
