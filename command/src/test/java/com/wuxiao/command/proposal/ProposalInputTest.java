package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.refused;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThatCode;

class ProposalInputTest {

    private static ScreenProposalCommand screening(ScreeningOutcome outcome, String comment, RejectionReason reason) {
        return new ScreenProposalCommand(ID, "c1", 1, outcome, comment, reason, null, T0);
    }

    private static RecordAppraisalResultCommand result(String roundId, Grade grade, BigDecimal score, Instant at) {
        return new RecordAppraisalResultCommand(ID, roundId, grade, score, 1, at);
    }

    @Test
    void aScreeningNeedsAnOutcomeAndAtMostTheLongestComment() {
        assertThatCode(() -> ProposalInput.checkScreening(screening(ScreeningOutcome.ACCEPT, null, null)))
                .doesNotThrowAnyException();
        refused(() -> ProposalInput.checkScreening(screening(null, "好", null)), invalid("required", "outcome"));
        String tooLong = "意".repeat(ProposalLimits.COMMENT_MAX + 1);
        refused(() -> ProposalInput.checkScreening(screening(ScreeningOutcome.ACCEPT, tooLong, null)),
                invalid("too-long", "comment"));
    }

    @Test
    void aReturnNeedsACommentAndARejectionAReason() {
        refused(() -> ProposalInput.checkScreening(screening(ScreeningOutcome.RETURN, " ", null)),
                invalid("comment-required", "comment"));
        refused(() -> ProposalInput.checkScreening(screening(ScreeningOutcome.REJECT, "重复", null)),
                invalid("rejection-reason-required", "rejectionReason"));
        assertThatCode(() -> ProposalInput.checkScreening(
                screening(ScreeningOutcome.REJECT, null, RejectionReason.DUPLICATE))).doesNotThrowAnyException();
    }

    @Test
    void anAppraisalResultNamesItsRoundGradeScoreAndTime() {
        BigDecimal score = new BigDecimal("88.50");
        assertThatCode(() -> ProposalInput.checkAppraisal(result("r-1", Grade.FIRST, score, T0)))
                .doesNotThrowAnyException();
        refused(() -> ProposalInput.checkAppraisal(result(" ", Grade.FIRST, score, T0)), invalid("required", "roundId"));
        refused(() -> ProposalInput.checkAppraisal(result("r-1", null, score, T0)), invalid("required", "grade"));
        refused(() -> ProposalInput.checkAppraisal(result("r-1", Grade.FIRST, null, T0)),
                invalid("required", "finalScore"));
        refused(() -> ProposalInput.checkAppraisal(result("r-1", Grade.FIRST, score, null)),
                invalid("required", "finalisedAt"));
    }

    @Test
    void anAddedFileHasAnId() {
        refused(() -> ProposalInput.attachment(null), invalid("required", "file"));
        refused(() -> ProposalInput.attachment(new AttachmentRef(null, "a.pdf", "application/pdf", 1, "00")),
                invalid("required", "file"));
    }
}
