package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The finalised round's result lands on an accepted proposal once, and freezes it. */
class RecordAppraisalResultTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    /** The round's finalisation, three months later. */
    private static final Instant T_FINAL = T0.plusSeconds(90 * 86_400);
    private static final Instant T_AFTER = T_FINAL.plusSeconds(3_600);
    private static final String ROUND = "2025-Q1";
    private static final BigDecimal SCORE = new BigDecimal("87.65");

    private static ProposalAcceptedEvent accepted() {
        return new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS);
    }

    private static RecordAppraisalResultCommand record(String roundId, Grade grade) {
        return new RecordAppraisalResultCommand(ID, roundId, grade, SCORE, 3, T_FINAL);
    }

    private static ProposalAppraisedEvent appraised(String roundId, Grade grade) {
        return new ProposalAppraisedEvent(ID, roundId, grade, SCORE, 3, T_FINAL);
    }

    @ParameterizedTest
    @EnumSource(Grade.class)
    void anAcceptedProposalTakesItsGrade(Grade grade) {
        fixture.given(submitted(), accepted())
                .when(record(ROUND, grade))
                .expectEvents(appraised(ROUND, grade));
    }

    @Test
    void everyGradeButNoneIsAnAward() {
        assertThat(ProposalStatus.appraisedAs(Grade.FIRST)).isEqualTo(ProposalStatus.AWARDED);
        assertThat(ProposalStatus.appraisedAs(Grade.SECOND)).isEqualTo(ProposalStatus.AWARDED);
        assertThat(ProposalStatus.appraisedAs(Grade.THIRD)).isEqualTo(ProposalStatus.AWARDED);
        assertThat(ProposalStatus.appraisedAs(Grade.MERIT)).isEqualTo(ProposalStatus.AWARDED);
        assertThat(ProposalStatus.appraisedAs(Grade.NONE)).isEqualTo(ProposalStatus.NOT_AWARDED);
    }

    @Test
    void theAggregateIsAwardedAfterAGrade() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.SECOND))
                .when(record(ROUND, Grade.SECOND))
                .expectState(proposal -> assertThat(proposal).extracting("status").isEqualTo(ProposalStatus.AWARDED));
    }

    @Test
    void theAggregateIsNotAwardedAfterNone() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.NONE))
                .when(record(ROUND, Grade.NONE))
                .expectState(proposal -> assertThat(proposal).extracting("status")
                        .isEqualTo(ProposalStatus.NOT_AWARDED));
    }

    @Test
    void theSameRoundAgainIsARedelivery() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.FIRST))
                .when(record(ROUND, Grade.FIRST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameRoundAgainAfterNoneIsARedeliveryToo() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.NONE))
                .when(record(ROUND, Grade.NONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherRoundCannotAppraiseItAgain() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.NONE))
                .when(record("2025-Q2", Grade.FIRST))
                .expectException(conflict("already-appraised"))
                .expectNoEvents();
    }

    @Test
    void aSubmittedProposalIsNotAppraised() {
        fixture.given(submitted())
                .when(record(ROUND, Grade.FIRST))
                .expectException(conflict("proposal-not-accepted"))
                .expectNoEvents();
    }

    @Test
    void anEscalatedButUnscreenedProposalIsNotAppraised() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T1))
                .when(record(ROUND, Grade.FIRST))
                .expectException(conflict("proposal-not-accepted"));
    }

    @Test
    void aReturnedProposalIsNotAppraised() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1))
                .when(record(ROUND, Grade.FIRST))
                .expectException(conflict("proposal-not-accepted"))
                .expectNoEvents();
    }

    @Test
    void aRejectedProposalIsNotAppraised() {
        fixture.given(submitted(), new ProposalRejectedEvent(ID, "c1", 1, RejectionReason.DUPLICATE, null, T1))
                .when(record(ROUND, Grade.MERIT))
                .expectException(conflict("proposal-not-accepted"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnProposalIsNotAppraised() {
        fixture.given(submitted(), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T1))
                .when(record(ROUND, Grade.NONE))
                .expectException(conflict("proposal-not-accepted"))
                .expectNoEvents();
    }

    @Test
    void theResultNamesItsRound() {
        fixture.given(submitted(), accepted())
                .when(record(" ", Grade.FIRST))
                .expectException(invalid("required", "roundId"));
    }

    @Test
    void theResultNamesItsGrade() {
        fixture.given(submitted(), accepted())
                .when(record(ROUND, null))
                .expectException(invalid("required", "grade"));
    }

    @Test
    void theResultCarriesItsScoreAndTime() {
        fixture.given(submitted(), accepted())
                .when(new RecordAppraisalResultCommand(ID, ROUND, Grade.FIRST, null, 1, T_FINAL))
                .expectException(invalid("required", "finalScore"));
        fixture.given(submitted(), accepted())
                .when(new RecordAppraisalResultCommand(ID, ROUND, Grade.FIRST, SCORE, 1, null))
                .expectException(invalid("required", "finalisedAt"));
    }

    // --- nothing else happens to an appraised proposal ------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Grade.class, names = {"FIRST", "NONE"})
    void anAppraisedProposalIsNotRevised(Grade grade) {
        fixture.given(submitted(), accepted(), appraised(ROUND, grade))
                .when(new ReviseProposalCommand(ID, "w1", 1, CONTENT, AUTHORS, null, T_AFTER))
                .expectException(conflict("not-returned"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Grade.class, names = {"FIRST", "NONE"})
    void anAppraisedProposalIsNotWithdrawn(Grade grade) {
        fixture.given(submitted(), accepted(), appraised(ROUND, grade))
                .when(new WithdrawProposalCommand(ID, "w1", T_AFTER))
                .expectException(conflict("not-withdrawable"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Grade.class, names = {"FIRST", "NONE"})
    void anAppraisedProposalIsNotScreenedAgain(Grade grade) {
        fixture.given(submitted(), accepted(), appraised(ROUND, grade))
                .when(new ScreenProposalCommand(ID, "c1", 1, ScreeningOutcome.REJECT, null,
                        RejectionReason.FORM_OVER_SUBSTANCE, null, T_AFTER))
                .expectException(conflict("already-screened"))
                .expectNoEvents();
    }

    @Test
    void theUnionOfficeCannotScreenAnAppraisedProposalEither() {
        fixture.given(submitted(), new ScreeningEscalatedEvent(ID, 1, T1), accepted(), appraised(ROUND, Grade.MERIT))
                .when(new ScreenProposalCommand(ID, "leader", 1, ScreeningOutcome.RETURN, "请补充", null, null,
                        T_AFTER))
                .expectException(conflict("already-screened"))
                .expectNoEvents();
    }

    @Test
    void lateMonthlyReviewTimersLeaveAnAppraisedProposalAlone() {
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.NONE))
                .when(new ExpireReturnedProposalCommand(ID, 1, "pi-1:expire:1", T_AFTER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(submitted(), accepted(), appraised(ROUND, Grade.NONE))
                .when(new EscalateScreeningCommand(ID, 1, "pi-1:escalate:1", T_AFTER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
