package com.wuxiao.command.fund;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.fund.api.ApproveFundClaimCommand;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundBudgetSetEvent;
import com.wuxiao.command.fund.api.FundClaimApprovedEvent;
import com.wuxiao.command.fund.api.FundClaimOverdueEvent;
import com.wuxiao.command.fund.api.FundClaimRefusedEvent;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.command.fund.api.RecordFundClaimOverdueCommand;
import com.wuxiao.command.fund.api.RefuseFundClaimCommand;
import com.wuxiao.command.fund.api.SetFundBudgetCommand;
import com.wuxiao.command.fund.api.SubmitFundClaimCommand;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.AcceptedProposals;
import com.wuxiao.command.proposal.api.AcceptedProposal;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import com.wuxiao.command.testing.ProcessCommandIds;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static com.wuxiao.command.testing.Violations.notFound;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2025 fund with a budget of ¥10,000.00; P1 an accepted proposal of ZC1 by w1 (70 %) and w2, P9 one
 * still waiting for screening.
 */
class InnovationFundTest {

    private static final String FUND = "FUND-2025";
    /** 2025-04-01 10:00 Beijing. */
    private static final Instant AT = Instant.parse("2025-04-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2025-04-05T02:00:00Z");
    private static final long BUDGET = 1_000_000L;
    private static final AttachmentRef RECEIPT = new AttachmentRef("a-1", "发票.pdf", "application/pdf", 1024L,
            "0".repeat(64));
    private static final List<ClaimItem> ITEMS = List.of(
            new ClaimItem(FundCostKind.MATERIALS, " 液压缸及密封件 ", 350_000L),
            new ClaimItem(FundCostKind.EQUIPMENT_RENTAL, "数控折弯机租用两天", 120_000L));
    private static final FundBudgetSetEvent BUDGET_SET = new FundBudgetSetEvent(FUND, 2025, BUDGET, "leader", AT);

    private FixtureConfiguration<InnovationFund> fixture;

    @BeforeEach
    void setUp() {
        Map<String, AcceptedProposal> accepted = Map.of("P1", new AcceptedProposal("P1", "截齿快换", "ZC1", "JDYS",
                2025, List.of(new Author("w1", 70), new Author("w2", 30))));
        fixture = ProcessCommandIds.onEvents(new AggregateTestFixture<>(InnovationFund.class))
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("ZC1").unit("GH")
                        .actor("w1", "ZC1", Role.WORKER).actor("w2", "ZC1", Role.WORKER)
                        .actor("w3", "ZC1", Role.WORKER).actor("leader", "GH", Role.UNION_LEADER))
                .registerInjectableResource(new InMemoryCompetitionYears()
                        .with(YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输")))))
                .registerInjectableResource((AcceptedProposals) id -> Optional.ofNullable(accepted.get(id)));
    }

    private static SubmitFundClaimCommand claim(String claimId, String by, List<ClaimItem> items) {
        return new SubmitFundClaimCommand(FUND, claimId, "P1", by, items, List.of(RECEIPT), LATER);
    }

    private static FundClaimSubmittedEvent submitted(String claimId, long total) {
        return new FundClaimSubmittedEvent(FUND, claimId, 2025, "P1", "截齿快换", "ZC1", "JDYS", "w1",
                List.of(new ClaimItem(FundCostKind.MATERIALS, "液压缸及密封件", total)), total, List.of(RECEIPT), LATER);
    }

    private static FundClaimApprovedEvent approved(String claimId, long fen) {
        return new FundClaimApprovedEvent(FUND, claimId, "P1", "ZC1", "JDYS", "w1", fen, null, "leader", LATER);
    }

    private static ApproveFundClaimCommand approve(String claimId, Long fen) {
        return new ApproveFundClaimCommand(FUND, claimId, fen, null, "leader", "pi-1:decideClaim", LATER);
    }

    @Test
    void theIdIsTheYears() {
        assertThat(InnovationFund.idOf(2025)).isEqualTo(FUND);
    }

    @Test
    void theUnionLeaderSetsTheBudgetOfAConfiguredYear() {
        fixture.givenNoPriorActivity()
                .when(new SetFundBudgetCommand(FUND, 2025, BUDGET, "leader", AT))
                .expectEvents(BUDGET_SET);
        fixture.givenNoPriorActivity()
                .when(new SetFundBudgetCommand(FUND, 2025, BUDGET, "w1", AT))
                .expectException(forbidden("not-union-leader"));
        fixture.givenNoPriorActivity()
                .when(new SetFundBudgetCommand(FUND, 2025, -1, "leader", AT))
                .expectException(invalid("amount-out-of-range", "budget"));
    }

    @Test
    void theBudgetOfAnotherYearOrAnUnconfiguredOneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetFundBudgetCommand(FUND, 2026, BUDGET, "leader", AT))
                .expectException(invalid("fund-id-mismatch", "fundId"));
    }

    @Test
    void anAuthorOfAnAcceptedProposalClaimsItsCostsWithReceipts() {
        fixture.given(BUDGET_SET)
                .when(claim("C1", "w1", ITEMS))
                .expectEvents(new FundClaimSubmittedEvent(FUND, "C1", 2025, "P1", "截齿快换", "ZC1", "JDYS", "w1",
                        List.of(new ClaimItem(FundCostKind.MATERIALS, "液压缸及密封件", 350_000L), ITEMS.get(1)),
                        470_000L, List.of(RECEIPT), LATER));
    }

    @Test
    void aClaimIsRefusedWithoutABudgetReceiptsOrAnAcceptedProposalOfTheClaimant() {
        fixture.givenNoPriorActivity()
                .when(claim("C1", "w1", ITEMS))
                .expectException(conflict("no-fund-budget"));
        fixture.given(BUDGET_SET)
                .when(new SubmitFundClaimCommand(FUND, "C1", "P1", "w1", ITEMS, List.of(), LATER))
                .expectException(invalid("receipts-required", "receipts"));
        fixture.given(BUDGET_SET)
                .when(new SubmitFundClaimCommand(FUND, "C1", "P9", "w1", ITEMS, List.of(RECEIPT), LATER))
                .expectException(conflict("not-accepted-for-fund"));
        fixture.given(BUDGET_SET)
                .when(claim("C1", "w3", ITEMS))
                .expectException(forbidden("not-author"));
        fixture.given(BUDGET_SET)
                .when(claim("C1", "w1", List.of(new ClaimItem(FundCostKind.OTHER, "运费", 0))))
                .expectException(invalid("amount-out-of-range", "items"));
        fixture.given(BUDGET_SET)
                .when(claim("C1", "w1", List.of(new ClaimItem(null, "运费", 100))))
                .expectException(invalid("required", "items"));
        fixture.given(BUDGET_SET, submitted("C1", 100))
                .when(claim("C1", "w1", ITEMS))
                .expectException(conflict("claim-exists"));
    }

    @Test
    void aClaimAboveWhatRemainsIsRefusedAtOnce() {
        fixture.given(BUDGET_SET, submitted("C1", 900_000L), approved("C1", 900_000L))
                .when(claim("C2", "w1", List.of(new ClaimItem(FundCostKind.MATERIALS, "钢材", 100_001L))))
                .expectException(conflict("claim-exceeds-remaining"));
    }

    @Test
    void approvalsAreBookedUntilTheBudgetIsSpentAndTheNextIsRefused() {
        // ¥10,000 budget: ¥6,000 and ¥4,000 approved leave nothing; a third pending claim of ¥0.01 cannot be booked
        fixture.given(BUDGET_SET, submitted("C1", 600_000L), submitted("C2", 400_000L), submitted("C3", 1L),
                        approved("C1", 600_000L))
                .when(approve("C2", null))
                .expectEvents(approved("C2", 400_000L));
        fixture.given(BUDGET_SET, submitted("C1", 600_000L), submitted("C2", 400_000L), submitted("C3", 1L),
                        approved("C1", 600_000L), approved("C2", 400_000L))
                .when(approve("C3", null))
                .expectException(conflict("claim-exceeds-remaining"))
                .expectNoEvents();
    }

    @Test
    void aPartOfTheClaimMayBeApprovedButNotMore() {
        fixture.given(BUDGET_SET, submitted("C1", 300_000L))
                .when(approve("C1", 250_000L))
                .expectEvents(approved("C1", 250_000L));
        fixture.given(BUDGET_SET, submitted("C1", 300_000L))
                .when(approve("C1", 300_001L))
                .expectException(invalid("approved-above-claimed", "approvedFen"));
    }

    @Test
    void theBudgetCannotBeCutBelowWhatIsBooked() {
        fixture.given(BUDGET_SET, submitted("C1", 600_000L), approved("C1", 600_000L))
                .when(new SetFundBudgetCommand(FUND, 2025, 599_999L, "leader", LATER))
                .expectException(conflict("budget-below-booked"));
        fixture.given(BUDGET_SET, submitted("C1", 600_000L), approved("C1", 600_000L))
                .when(new SetFundBudgetCommand(FUND, 2025, 600_000L, "leader", LATER))
                .expectEvents(new FundBudgetSetEvent(FUND, 2025, 600_000L, "leader", LATER));
    }

    @Test
    void aRefusalNeedsAReasonAndADecisionIsMadeOnce() {
        fixture.given(BUDGET_SET, submitted("C1", 100L))
                .when(new RefuseFundClaimCommand(FUND, "C1", " ", "leader", "pi-1:decideClaim", LATER))
                .expectException(invalid("required", "reason"));
        fixture.given(BUDGET_SET, submitted("C1", 100L))
                .when(new RefuseFundClaimCommand(FUND, "C1", "票据不全", "leader", "pi-1:decideClaim", LATER))
                .expectEvents(new FundClaimRefusedEvent(FUND, "C1", "P1", "w1", "票据不全", "leader", LATER));
        fixture.given(BUDGET_SET, submitted("C1", 100L), approved("C1", 100L))
                .when(new RefuseFundClaimCommand(FUND, "C1", "票据不全", "leader", "pi-2:decideClaim", LATER))
                .expectException(conflict("claim-decided"));
        fixture.given(BUDGET_SET)
                .when(approve("C9", null))
                .expectException(notFound("claim-not-found"));
        fixture.given(BUDGET_SET, submitted("C1", 100L))
                .when(new ApproveFundClaimCommand(FUND, "C1", null, null, "w1", "pi-1:decideClaim", LATER))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void aReminderOnceWhilePendingAndNothingAfterTheDecision() {
        Instant remindedAt = LATER.plusSeconds(7 * 86_400);
        fixture.given(BUDGET_SET, submitted("C1", 100L))
                .when(new RecordFundClaimOverdueCommand(FUND, "C1", "pi-1:remindClaim", remindedAt))
                .expectEvents(new FundClaimOverdueEvent(FUND, "C1", "w1", LATER, remindedAt));
        fixture.given(BUDGET_SET, submitted("C1", 100L), new FundClaimOverdueEvent(FUND, "C1", "w1", LATER, remindedAt))
                .when(new RecordFundClaimOverdueCommand(FUND, "C1", "pi-1:remindClaim-2", remindedAt))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(BUDGET_SET, submitted("C1", 100L), approved("C1", 100L))
                .when(new RecordFundClaimOverdueCommand(FUND, "C1", "pi-1:remindClaim", remindedAt))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
