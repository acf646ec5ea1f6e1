package com.wuxiao.command.payout;

import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.common.CommandLookups;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.payout.api.PayableReward;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * {@link PayableRewards} from a lookup table of every reward granted, which {@link RewardGrantedEvent}
 * fills in the transaction that appends it ({@link CommandLookups}, ADR 0007): a batch is made of
 * what the rounds granted, never of what a lagging read model shows.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class RewardItemLookup implements PayableRewards {

    private static final String COLUMNS = "item_id, round_id, proposal_id, worker_id, worker_unit_id, grade, amount_fen";

    private final JdbcClient jdbc;

    public RewardItemLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RewardGrantedEvent e) {
        jdbc.sql("""
                        INSERT INTO reward_item_lookup (item_id, round_id, year, proposal_id, proposal_unit_id, worker_id,
                            worker_unit_id, grade, amount_fen, granted_at)
                        VALUES (:id, :round, :year, :proposal, :proposalUnit, :worker, :workerUnit, :grade, :amount, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", PayableReward.idOf(e.roundId(), e.proposalId(), e.workerId()))
                .param("round", e.roundId()).param("year", yearOf(e.roundId())).param("proposal", e.proposalId())
                .param("proposalUnit", e.proposalUnitId()).param("worker", e.workerId())
                .param("workerUnit", e.workerUnitId()).param("grade", e.grade().name())
                .param("amount", e.amountFen()).param("at", e.grantedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<PayableReward> find(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_item_lookup WHERE item_id IN (:ids)")
                .param("ids", itemIds).query((rs, n) -> reward(rs)).list();
    }

    @Override
    public List<PayableReward> ofRound(String roundId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_item_lookup WHERE round_id = :round ORDER BY item_id")
                .param("round", roundId).query((rs, n) -> reward(rs)).list();
    }

    /** Round ids are "2026-Q1": the year comes first. */
    static int yearOf(String roundId) {
        return Integer.parseInt(roundId.substring(0, 4));
    }

    private static PayableReward reward(ResultSet rs) throws SQLException {
        return new PayableReward(rs.getString("item_id"), rs.getString("round_id"), rs.getString("proposal_id"),
                rs.getString("worker_id"), rs.getString("worker_unit_id"), Grade.valueOf(rs.getString("grade")),
                rs.getLong("amount_fen"));
    }
}
