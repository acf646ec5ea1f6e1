package com.wuxiao.query.fund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.fund.api.FundBudgetSetEvent;
import com.wuxiao.command.fund.api.FundClaimApprovedEvent;
import com.wuxiao.command.fund.api.FundClaimOverdueEvent;
import com.wuxiao.command.fund.api.FundClaimRefusedEvent;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.query.fund.api.FundClaimStatus;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The innovation fund: each year's budget and every claim. One aggregate per year writes both, so a
 * claim's decision is applied only over a pending row and the budget only for a later event of the
 * fund: a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(FundProjection.PROCESSING_GROUP)
public class FundProjection {

    public static final String PROCESSING_GROUP = "fund-projection";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public FundProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(FundBudgetSetEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO fund_budget_view (year, budget_fen, set_by, set_at, last_event_seq)
                        VALUES (:year, :budget, :by, :at, :seq)
                        ON CONFLICT (year) DO UPDATE SET budget_fen = EXCLUDED.budget_fen, set_by = EXCLUDED.set_by,
                            set_at = EXCLUDED.set_at, last_event_seq = EXCLUDED.last_event_seq
                        WHERE fund_budget_view.last_event_seq < EXCLUDED.last_event_seq""")
                .param("year", e.year()).param("budget", e.budgetFen()).param("by", e.setBy())
                .param("at", EventColumns.time(e.setAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(FundClaimSubmittedEvent e) {
        jdbc.sql("""
                        INSERT INTO fund_claim_view (claim_id, year, proposal_id, title, unit_id, category_code,
                            claimant_id, total_fen, items, receipts, status, submitted_at)
                        VALUES (:id, :year, :proposal, :title, :unit, :category, :claimant, :total,
                            CAST(:items AS JSONB), CAST(:receipts AS JSONB), :status, :at)
                        ON CONFLICT (claim_id) DO NOTHING""")
                .param("id", e.claimId()).param("year", e.year()).param("proposal", e.proposalId())
                .param("title", e.title()).param("unit", e.unitId()).param("category", e.categoryCode())
                .param("claimant", e.claimantId()).param("total", e.totalFen()).param("items", write(e.items()))
                .param("receipts", write(e.receipts())).param("status", FundClaimStatus.PENDING.name())
                .param("at", EventColumns.time(e.submittedAt()))
                .update();
    }

    @EventHandler
    void on(FundClaimApprovedEvent e) {
        jdbc.sql("""
                        UPDATE fund_claim_view SET status = :status, approved_fen = :approved, decided_by = :by,
                            decided_at = :at, decision_note = :note, overdue_at = NULL
                        WHERE claim_id = :id AND status = 'PENDING'""")
                .param("id", e.claimId()).param("status", FundClaimStatus.APPROVED.name())
                .param("approved", e.approvedFen()).param("by", e.approvedBy())
                .param("at", EventColumns.time(e.approvedAt())).param("note", e.note())
                .update();
    }

    @EventHandler
    void on(FundClaimRefusedEvent e) {
        jdbc.sql("""
                        UPDATE fund_claim_view SET status = :status, decided_by = :by, decided_at = :at,
                            decision_note = :reason, overdue_at = NULL
                        WHERE claim_id = :id AND status = 'PENDING'""")
                .param("id", e.claimId()).param("status", FundClaimStatus.REFUSED.name()).param("by", e.refusedBy())
                .param("at", EventColumns.time(e.refusedAt())).param("reason", e.reason())
                .update();
    }

    @EventHandler
    void on(FundClaimOverdueEvent e) {
        jdbc.sql("UPDATE fund_claim_view SET overdue_at = :at WHERE claim_id = :id AND status = 'PENDING'")
                .param("id", e.claimId()).param("at", EventColumns.time(e.recordedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_budget_view, fund_claim_view").update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
