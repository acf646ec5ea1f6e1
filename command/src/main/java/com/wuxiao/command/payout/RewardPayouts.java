package com.wuxiao.command.payout;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.payout.api.ApprovePayoutBatchCommand;
import com.wuxiao.command.payout.api.CancelPayoutBatchCommand;
import com.wuxiao.command.payout.api.CreatePayoutBatchCommand;
import com.wuxiao.command.payout.api.MarkPayoutBatchPaidCommand;
import com.wuxiao.command.payout.api.PayableReward;
import com.wuxiao.command.payout.api.PayoutBatchApprovedEvent;
import com.wuxiao.command.payout.api.PayoutBatchCancelledEvent;
import com.wuxiao.command.payout.api.PayoutBatchCreatedEvent;
import com.wuxiao.command.payout.api.PayoutBatchPaidEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.both;
import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The reward payouts of a competition year (奖金发放, product.md §10), id {@link #idOf(int)}: the
 * union office puts payable rewards into batches, approves a batch, and records it paid with
 * finance's reference; a batch not paid may be cancelled. <b>Nothing is paid twice</b>: an item in a
 * batch not cancelled enters no other, and a paid item never another. One aggregate per year holds
 * every item's place, so the rule needs no lock beyond the aggregate's version.
 */
@Aggregate
public class RewardPayouts {

    private static final String ID_PREFIX = "PAYOUT-";

    enum BatchStatus {
        DRAFT("待审批", "awaiting approval"), APPROVED("已审批", "approved"), PAID("已发放", "paid"),
        CANCELLED("已撤销", "cancelled");

        private final RuleViolation.Message label;

        BatchStatus(String zh, String en) {
            this.label = both(zh, en);
        }
    }

    @AggregateIdentifier
    private String payoutsId;
    private final Map<String, BatchStatus> batches = new HashMap<>();
    private final Map<String, List<String>> batchItems = new HashMap<>();
    /** Items of batches not cancelled, to their batch. */
    private final Map<String, String> placed = new HashMap<>();
    private final Set<String> paid = new HashSet<>();

    protected RewardPayouts() {
        // for Axon: created by the first batch, rebuilt from events
    }

    public static String idOf(int year) {
        return ID_PREFIX + year;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreatePayoutBatchCommand command, UserDirectory users, PayableRewards rewards) {
        Instant at = CommandInput.time(command.createdAt());
        Roles.unionLeader(command.createdBy(), users, term("action.pay-rewards"));
        if (!idOf(command.year()).equals(command.payoutsId())) {
            throw RuleViolation.invalid("payouts-id-mismatch", "payoutsId");
        }
        if (command.batchId() == null || batches.containsKey(command.batchId())) {
            throw RuleViolation.conflict("batch-exists");
        }
        List<PayableReward> items = command.roundId() != null ? roundsUnplaced(command, rewards)
                : named(command.itemIds(), rewards, command.year());
        if (items.isEmpty()) {
            throw RuleViolation.conflict("nothing-to-pay");
        }
        long total = items.stream().mapToLong(PayableReward::amountFen).sum();
        apply(new PayoutBatchCreatedEvent(command.payoutsId(), command.year(), command.batchId(), items, total,
                command.createdBy(), at));
    }

    @CommandHandler
    public void handle(ApprovePayoutBatchCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.approvedAt());
        Roles.unionLeader(command.approvedBy(), users, term("action.pay-rewards"));
        requireStatus(command.batchId(), BatchStatus.DRAFT);
        apply(new PayoutBatchApprovedEvent(payoutsId, command.batchId(), command.approvedBy(), at));
    }

    @CommandHandler
    public void handle(MarkPayoutBatchPaidCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.recordedAt());
        Roles.unionLeader(command.paidBy(), users, term("action.pay-rewards"));
        requireStatus(command.batchId(), BatchStatus.APPROVED);
        String reference = CommandInput.requiredText(command.paymentReference(), "paymentReference", 100,
                term("field.payment-reference"));
        CommandInput.pastDate(command.paidOn(), "paidOn", term("field.paid-on"), at);
        apply(new PayoutBatchPaidEvent(payoutsId, command.batchId(), batchItems.get(command.batchId()), reference,
                command.paidOn(), command.paidBy(), at));
    }

    @CommandHandler
    public void handle(CancelPayoutBatchCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.cancelledAt());
        Roles.unionLeader(command.cancelledBy(), users, term("action.pay-rewards"));
        BatchStatus status = status(command.batchId());
        if (status == BatchStatus.PAID || status == BatchStatus.CANCELLED) {
            throw RuleViolation.conflict("batch-not-open", status.label);
        }
        String reason = CommandInput.requiredText(command.reason(), "reason", 500, term("field.cancel-reason"));
        apply(new PayoutBatchCancelledEvent(payoutsId, command.batchId(), reason, command.cancelledBy(), at));
    }

    /** Every item of the round in no batch and unpaid; the round must be of the year. */
    private List<PayableReward> roundsUnplaced(CreatePayoutBatchCommand command, PayableRewards rewards) {
        if (!command.itemIds().isEmpty()) {
            throw RuleViolation.invalid("round-or-items", "itemIds");
        }
        if (!command.roundId().startsWith(command.year() + "-")) {
            throw RuleViolation.invalid("round-of-another-year", "roundId", command.year());
        }
        return rewards.ofRound(command.roundId()).stream()
                .filter(r -> !placed.containsKey(r.itemId()) && !paid.contains(r.itemId()))
                .toList();
    }

    /** The items named, each granted in the year, in no batch and unpaid. */
    private List<PayableReward> named(List<String> itemIds, PayableRewards rewards, int year) {
        Set<String> wanted = new LinkedHashSet<>(itemIds);
        Map<String, PayableReward> found = new HashMap<>();
        rewards.find(wanted).forEach(r -> found.put(r.itemId(), r));
        List<PayableReward> items = new ArrayList<>();
        for (String id : wanted) {
            PayableReward reward = found.get(id);
            if (reward == null || RewardItemLookup.yearOf(reward.roundId()) != year) {
                throw RuleViolation.invalid("unknown-reward-item", "itemIds", id);
            }
            if (paid.contains(id)) {
                throw RuleViolation.conflict("item-paid", id);
            }
            if (placed.containsKey(id)) {
                throw RuleViolation.conflict("item-in-batch", id, placed.get(id));
            }
            items.add(reward);
        }
        items.sort(Comparator.comparing(PayableReward::itemId));
        return items;
    }

    private BatchStatus status(String batchId) {
        BatchStatus status = batchId == null ? null : batches.get(batchId);
        if (status == null) {
            throw RuleViolation.notFound("batch-not-found");
        }
        return status;
    }

    private void requireStatus(String batchId, BatchStatus expected) {
        BatchStatus status = status(batchId);
        if (status != expected) {
            throw RuleViolation.conflict("batch-status", status.label, expected.label);
        }
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PayoutBatchCreatedEvent event) {
        payoutsId = event.payoutsId();
        batches.put(event.batchId(), BatchStatus.DRAFT);
        List<String> ids = event.items().stream().map(PayableReward::itemId).toList();
        batchItems.put(event.batchId(), ids);
        ids.forEach(id -> placed.put(id, event.batchId()));
    }

    @EventSourcingHandler
    void on(PayoutBatchApprovedEvent event) {
        batches.put(event.batchId(), BatchStatus.APPROVED);
    }

    @EventSourcingHandler
    void on(PayoutBatchPaidEvent event) {
        batches.put(event.batchId(), BatchStatus.PAID);
        paid.addAll(event.itemIds());
    }

    @EventSourcingHandler
    void on(PayoutBatchCancelledEvent event) {
        batches.put(event.batchId(), BatchStatus.CANCELLED);
        batchItems.get(event.batchId()).forEach(placed::remove);
    }
}
