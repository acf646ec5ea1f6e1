package com.wuxiao.command.payout;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.payout.api.ApprovePayoutBatchCommand;
import com.wuxiao.command.payout.api.CancelPayoutBatchCommand;
import com.wuxiao.command.payout.api.CreatePayoutBatchCommand;
import com.wuxiao.command.payout.api.MarkPayoutBatchPaidCommand;
import com.wuxiao.command.payout.api.PayableReward;
import com.wuxiao.command.payout.api.PayoutBatchApprovedEvent;
import com.wuxiao.command.payout.api.PayoutBatchCancelledEvent;
import com.wuxiao.command.payout.api.PayoutBatchCreatedEvent;
import com.wuxiao.command.payout.api.PayoutBatchPaidEvent;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static com.wuxiao.command.testing.Violations.notFound;
import static org.assertj.core.api.Assertions.assertThat;

/** The rewards of 2025-Q2: P1's FIRST (¥5,000) split 70/30 between w1 and w2, P2's MERIT (¥300) to w3; one of 2024. */
class RewardPayoutsTest {

    private static final String ID = "PAYOUT-2025";
    private static final Instant AT = Instant.parse("2025-07-10T02:00:00Z");
    private static final PayableReward W1 = new PayableReward("2025-Q2:P1:w1", "2025-Q2", "P1", "w1", "ZC1",
            Grade.FIRST, 350_000L);
    private static final PayableReward W2 = new PayableReward("2025-Q2:P1:w2", "2025-Q2", "P1", "w2", "ZC1",
            Grade.FIRST, 150_000L);
    private static final PayableReward W3 = new PayableReward("2025-Q2:P2:w3", "2025-Q2", "P2", "w3", "JJ2",
            Grade.MERIT, 30_000L);
    private static final PayableReward OLD = new PayableReward("2024-Q4:P0:w1", "2024-Q4", "P0", "w1", "ZC1",
            Grade.THIRD, 100_000L);
    private static final List<PayableReward> ALL = List.of(W1, W2, W3, OLD);

    private FixtureConfiguration<RewardPayouts> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RewardPayouts.class)
                .registerInjectableResource(new InMemoryUserDirectory().unit("GH").unit("ZC1")
                        .actor("leader", "GH", Role.UNION_LEADER).actor("w1", "ZC1", Role.WORKER))
                .registerInjectableResource(new PayableRewards() {
                    @Override
                    public List<PayableReward> find(Collection<String> itemIds) {
                        return ALL.stream().filter(r -> itemIds.contains(r.itemId())).toList();
                    }

                    @Override
                    public List<PayableReward> ofRound(String roundId) {
                        return ALL.stream().filter(r -> r.roundId().equals(roundId)).toList();
                    }
                });
    }

    private static CreatePayoutBatchCommand batch(String batchId, String roundId, List<String> items) {
        return new CreatePayoutBatchCommand(ID, 2025, batchId, roundId, items, "leader", AT);
    }

    private static PayoutBatchCreatedEvent created(String batchId, PayableReward... items) {
        return new PayoutBatchCreatedEvent(ID, 2025, batchId, List.of(items),
                List.of(items).stream().mapToLong(PayableReward::amountFen).sum(), "leader", AT);
    }

    private static PayoutBatchPaidEvent paid(String batchId, PayableReward... items) {
        return new PayoutBatchPaidEvent(ID, batchId, List.of(items).stream().map(PayableReward::itemId).toList(),
                "YH20250709-001", LocalDate.parse("2025-07-09"), "leader", AT);
    }

    @Test
    void theIdIsTheYearsAndAnItemIsRoundProposalWorker() {
        assertThat(RewardPayouts.idOf(2025)).isEqualTo(ID);
        assertThat(PayableReward.idOf("2025-Q2", "P1", "w1")).isEqualTo(W1.itemId());
    }

    @Test
    void aBatchOfARoundTakesEveryItemOfItWithTheTotal() {
        fixture.givenNoPriorActivity()
                .when(batch("B1", "2025-Q2", List.of()))
                .expectEvents(created("B1", W1, W2, W3));
    }

    @Test
    void aBatchOfARoundLeavesOutWhatAnotherBatchHoldsOrPaid() {
        fixture.given(created("B1", W1), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT), paid("B1", W1),
                        created("B2", W2))
                .when(batch("B3", "2025-Q2", List.of()))
                .expectEvents(created("B3", W3));
        fixture.given(created("B1", W1, W2, W3))
                .when(batch("B2", "2025-Q2", List.of()))
                .expectException(conflict("nothing-to-pay"));
    }

    @Test
    void aPaidItemCannotEnterAnotherBatch() {
        fixture.given(created("B1", W1, W2), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT), paid("B1", W1, W2))
                .when(batch("B2", null, List.of(W1.itemId())))
                .expectException(conflict("item-paid"))
                .expectNoEvents();
    }

    @Test
    void anItemOfAnOpenBatchCannotEnterAnotherButOfACancelledOneItCan() {
        fixture.given(created("B1", W1, W2))
                .when(batch("B2", null, List.of(W2.itemId(), W3.itemId())))
                .expectException(conflict("item-in-batch"));
        fixture.given(created("B1", W1, W2), new PayoutBatchCancelledEvent(ID, "B1", "金额有误", "leader", AT))
                .when(batch("B2", null, List.of(W3.itemId(), W2.itemId())))
                .expectEvents(created("B2", W2, W3));
    }

    @Test
    void onlyItemsOfTheYearAndOnlyARoundOrItems() {
        fixture.givenNoPriorActivity()
                .when(batch("B1", null, List.of(OLD.itemId())))
                .expectException(invalid("unknown-reward-item", "itemIds"));
        fixture.givenNoPriorActivity()
                .when(batch("B1", null, List.of("2025-Q2:P9:w9")))
                .expectException(invalid("unknown-reward-item", "itemIds"));
        fixture.givenNoPriorActivity()
                .when(batch("B1", "2024-Q4", List.of()))
                .expectException(invalid("round-of-another-year", "roundId"));
        fixture.givenNoPriorActivity()
                .when(batch("B1", "2025-Q2", List.of(W1.itemId())))
                .expectException(invalid("round-or-items", "itemIds"));
        fixture.givenNoPriorActivity()
                .when(new CreatePayoutBatchCommand(ID, 2025, "B1", "2025-Q2", List.of(), "w1", AT))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void approvedThenPaidWithAReference() {
        fixture.given(created("B1", W1, W2))
                .when(new ApprovePayoutBatchCommand(ID, "B1", "leader", AT))
                .expectEvents(new PayoutBatchApprovedEvent(ID, "B1", "leader", AT));
        fixture.given(created("B1", W1, W2), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT))
                .when(new MarkPayoutBatchPaidCommand(ID, "B1", " YH20250709-001 ", LocalDate.parse("2025-07-09"),
                        "leader", AT))
                .expectEvents(paid("B1", W1, W2));
    }

    @Test
    void paidNeedsAnApprovedBatchAReferenceAndADayThatHasCome() {
        fixture.given(created("B1", W1))
                .when(new MarkPayoutBatchPaidCommand(ID, "B1", "YH-1", LocalDate.parse("2025-07-09"), "leader", AT))
                .expectException(conflict("batch-status"));
        fixture.given(created("B1", W1), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT))
                .when(new MarkPayoutBatchPaidCommand(ID, "B1", " ", LocalDate.parse("2025-07-09"), "leader", AT))
                .expectException(invalid("required", "paymentReference"));
        fixture.given(created("B1", W1), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT))
                .when(new MarkPayoutBatchPaidCommand(ID, "B1", "YH-1", LocalDate.parse("2025-07-11"), "leader", AT))
                .expectException(invalid("date-in-future", "paidOn"));
        fixture.given(created("B1", W1))
                .when(new ApprovePayoutBatchCommand(ID, "B9", "leader", AT))
                .expectException(notFound("batch-not-found"));
    }

    @Test
    void aPaidBatchIsNotPaidAgainNorCancelled() {
        fixture.given(created("B1", W1), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT), paid("B1", W1))
                .when(new MarkPayoutBatchPaidCommand(ID, "B1", "YH-2", LocalDate.parse("2025-07-09"), "leader", AT))
                .expectException(conflict("batch-status"));
        fixture.given(created("B1", W1), new PayoutBatchApprovedEvent(ID, "B1", "leader", AT), paid("B1", W1))
                .when(new CancelPayoutBatchCommand(ID, "B1", "重复", "leader", AT))
                .expectException(conflict("batch-not-open"));
        fixture.given(created("B1", W1))
                .when(new CancelPayoutBatchCommand(ID, "B1", " ", "leader", AT))
                .expectException(invalid("required", "reason"));
    }
}
