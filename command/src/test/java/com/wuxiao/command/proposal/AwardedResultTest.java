package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.AUTHOR_UNITS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/** What a proposal tells patents and conversion: an awarded result only once it has a grade. */
class AwardedResultTest {

    private static final Instant AWARDED_AT = Instant.parse("2025-07-06T02:00:00Z");

    private final Proposal proposal = new Proposal();

    @Test
    void anAwardedProposalIsAnAwardedResultWithItsAuthorsAndGrade() {
        proposal.on(submitted());
        proposal.on(new ProposalAcceptedEvent(ID, "c1", 1, null, T0, AUTHOR_UNITS));
        proposal.on(new ProposalAppraisedEvent(ID, "2025-Q2", Grade.SECOND, new BigDecimal("81.50"), 2, AWARDED_AT));

        assertThat(proposal.awardedResult()).contains(new AwardedResult(ID, CONTENT.title(), "ZC1",
                CONTENT.categoryCode(), 2025, "2025-Q2", Grade.SECOND, AUTHORS, AWARDED_AT));
    }

    @Test
    void aProposalWithoutGradeIsNone() {
        proposal.on(submitted());
        proposal.on(new ProposalAcceptedEvent(ID, "c1", 1, null, T0, AUTHOR_UNITS));
        assertThat(proposal.awardedResult()).as("accepted, not yet appraised").isEmpty();

        proposal.on(new ProposalAppraisedEvent(ID, "2025-Q2", Grade.NONE, new BigDecimal("52.00"), 9, AWARDED_AT));
        assertThat(proposal.awardedResult()).as("appraised without a grade").isEmpty();
    }
}
