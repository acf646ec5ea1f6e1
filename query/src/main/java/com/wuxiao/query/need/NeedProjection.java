package com.wuxiao.query.need;

import com.wuxiao.command.need.api.NeedClosedEvent;
import com.wuxiao.command.need.api.NeedPublishedEvent;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Production needs, one row each; their answers are the proposals whose row names the need (written
 * by the proposal projection). Idempotent: the publication inserts once, the closure applies only
 * to a row not yet past its sequence number.
 */
@Component
@ProcessingGroup(NeedProjection.PROCESSING_GROUP)
public class NeedProjection {

    public static final String PROCESSING_GROUP = "need-projection";

    private final JdbcClient jdbc;

    public NeedProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NeedPublishedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO need_view (need_id, title, problem, unit_id, category_code, deadline, reward_note,
                            published_by, published_at, last_event_seq)
                        VALUES (:id, :title, :problem, :unit, :category, :deadline, :reward, :by, :at, :seq)
                        ON CONFLICT (need_id) DO NOTHING""")
                .param("id", e.needId()).param("title", e.title()).param("problem", e.problem())
                .param("unit", e.unitId()).param("category", e.categoryCode()).param("deadline", e.deadline())
                .param("reward", e.rewardNote()).param("by", e.publishedBy())
                .param("at", EventColumns.time(e.publishedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(NeedClosedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE need_view SET closed_at = :at, solved = :solved, close_note = :note, closed_by = :by,
                            last_event_seq = :seq
                        WHERE need_id = :id AND last_event_seq < :seq""")
                .param("id", e.needId()).param("at", EventColumns.time(e.closedAt())).param("solved", e.solved())
                .param("note", e.note()).param("by", e.closedBy()).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE need_view").update();
    }
}
