package com.wuxiao.query.payout;

import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.payout.api.PayableReward;
import com.wuxiao.command.payout.api.PayoutBatchApprovedEvent;
import com.wuxiao.command.payout.api.PayoutBatchCancelledEvent;
import com.wuxiao.command.payout.api.PayoutBatchCreatedEvent;
import com.wuxiao.command.payout.api.PayoutBatchPaidEvent;
import com.wuxiao.query.payout.api.PayoutBatchStatus;
import com.wuxiao.query.payout.api.PayoutItemStatus;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Payable rewards and payout batches. Idempotent: a batch moves on only from the status its event
 * follows (DRAFT → APPROVED → PAID, DRAFT or APPROVED → CANCELLED), and its items move with it; a
 * reward seen after the batch that holds it takes the batch's state.
 */
@Component
@ProcessingGroup(PayoutProjection.PROCESSING_GROUP)
public class PayoutProjection {

    public static final String PROCESSING_GROUP = "payout-projection";

    private final JdbcClient jdbc;

    public PayoutProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RewardGrantedEvent e) {
        jdbc.sql("""
                        INSERT INTO payout_item_view (item_id, round_id, year, proposal_id, worker_id, worker_unit_id, grade,
                            amount_fen, granted_at, status)
                        VALUES (:id, :round, :year, :proposal, :worker, :unit, :grade, :amount, :at, :status)
                        ON CONFLICT (item_id) DO NOTHING""")
                .param("id", PayableReward.idOf(e.roundId(), e.proposalId(), e.workerId()))
                .param("round", e.roundId()).param("year", Integer.parseInt(e.roundId().substring(0, 4)))
                .param("proposal", e.proposalId()).param("worker", e.workerId()).param("unit", e.workerUnitId())
                .param("grade", e.grade().name()).param("amount", e.amountFen())
                .param("at", EventColumns.time(e.grantedAt())).param("status", PayoutItemStatus.DUE.name())
                .update();
        // The round's events and the batches' are in different segments: a batch may have been seen first.
        jdbc.sql("""
                        UPDATE payout_item_view i SET batch_id = b.batch_id, paid_on = b.paid_on,
                            payment_reference = b.payment_reference,
                            status = CASE b.status WHEN 'PAID' THEN 'PAID' ELSE 'IN_BATCH' END
                        FROM payout_batch_item_view bi JOIN payout_batch_view b ON b.batch_id = bi.batch_id
                        WHERE bi.item_id = i.item_id AND b.status <> 'CANCELLED' AND i.item_id = :id""")
                .param("id", PayableReward.idOf(e.roundId(), e.proposalId(), e.workerId()))
                .update();
    }

    @EventHandler
    void on(PayoutBatchCreatedEvent e) {
        int inserted = jdbc.sql("""
                        INSERT INTO payout_batch_view (batch_id, year, status, item_count, total_fen, created_by, created_at)
                        VALUES (:id, :year, :status, :count, :total, :by, :at)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("id", e.batchId()).param("year", e.year()).param("status", PayoutBatchStatus.DRAFT.name())
                .param("count", e.items().size()).param("total", e.totalFen()).param("by", e.createdBy())
                .param("at", EventColumns.time(e.createdAt()))
                .update();
        if (inserted == 0) {
            return;
        }
        List<PayableReward> items = e.items();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("INSERT INTO payout_batch_item_view (batch_id, position, item_id) VALUES (:batch, :position, :item)")
                    .param("batch", e.batchId()).param("position", i).param("item", items.get(i).itemId()).update();
        }
        jdbc.sql("""
                        UPDATE payout_item_view SET status = :status, batch_id = :batch
                        WHERE item_id IN (SELECT item_id FROM payout_batch_item_view WHERE batch_id = :batch)""")
                .param("status", PayoutItemStatus.IN_BATCH.name()).param("batch", e.batchId()).update();
    }

    @EventHandler
    void on(PayoutBatchApprovedEvent e) {
        jdbc.sql("""
                        UPDATE payout_batch_view SET status = 'APPROVED', approved_by = :by, approved_at = :at
                        WHERE batch_id = :id AND status = 'DRAFT'""")
                .param("id", e.batchId()).param("by", e.approvedBy()).param("at", EventColumns.time(e.approvedAt()))
                .update();
    }

    @EventHandler
    void on(PayoutBatchPaidEvent e) {
        int moved = jdbc.sql("""
                        UPDATE payout_batch_view SET status = 'PAID', paid_on = :paidOn, payment_reference = :reference,
                            paid_by = :by
                        WHERE batch_id = :id AND status = 'APPROVED'""")
                .param("id", e.batchId()).param("paidOn", e.paidOn()).param("reference", e.paymentReference())
                .param("by", e.paidBy())
                .update();
        if (moved == 1) {
            jdbc.sql("""
                            UPDATE payout_item_view SET status = :status, paid_on = :paidOn, payment_reference = :reference
                            WHERE batch_id = :id""")
                    .param("status", PayoutItemStatus.PAID.name()).param("paidOn", e.paidOn())
                    .param("reference", e.paymentReference()).param("id", e.batchId())
                    .update();
        }
    }

    @EventHandler
    void on(PayoutBatchCancelledEvent e) {
        int moved = jdbc.sql("""
                        UPDATE payout_batch_view SET status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :at
                        WHERE batch_id = :id AND status IN ('DRAFT', 'APPROVED')""")
                .param("id", e.batchId()).param("reason", e.reason()).param("at", EventColumns.time(e.cancelledAt()))
                .update();
        if (moved == 1) {
            jdbc.sql("UPDATE payout_item_view SET status = :status, batch_id = NULL WHERE batch_id = :id")
                    .param("status", PayoutItemStatus.DUE.name()).param("id", e.batchId()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE payout_batch_item_view, payout_batch_view, payout_item_view").update();
    }
}
