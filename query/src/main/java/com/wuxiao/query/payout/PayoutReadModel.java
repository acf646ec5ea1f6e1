package com.wuxiao.query.payout;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.payout.api.FindPayoutItemsQuery;
import com.wuxiao.query.payout.api.MyRewards;
import com.wuxiao.query.payout.api.PayoutBatchDetail;
import com.wuxiao.query.payout.api.PayoutBatchPage;
import com.wuxiao.query.payout.api.PayoutBatchRow;
import com.wuxiao.query.payout.api.PayoutBatchStatus;
import com.wuxiao.query.payout.api.PayoutItemPage;
import com.wuxiao.query.payout.api.PayoutItemRow;
import com.wuxiao.query.payout.api.PayoutItemStatus;
import com.wuxiao.query.people.WorkerNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads payable rewards (with their proposal's title and the worker's name) and payout batches. */
@Component
class PayoutReadModel {

    private static final String ITEM = """
            SELECT i.*, p.title FROM payout_item_view i LEFT JOIN proposal_view p ON p.id = i.proposal_id""";
    private static final String FILTER = " " + """
            WHERE (CAST(:year AS INTEGER) IS NULL OR i.year = :year)
              AND (CAST(:round AS TEXT) IS NULL OR i.round_id = :round)
              AND (CAST(:status AS TEXT) IS NULL OR i.status = :status)
              AND (CAST(:worker AS TEXT) IS NULL OR i.worker_id = :worker)""";

    private final JdbcClient jdbc;
    private final WorkerNames names;

    PayoutReadModel(JdbcClient jdbc, WorkerNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    PayoutItemPage items(FindPayoutItemsQuery q) {
        String status = q.status() == null ? null : q.status().name();
        List<PayoutItemRow> items = named(jdbc.sql(ITEM + FILTER
                        + " ORDER BY i.round_id, i.worker_id, i.item_id LIMIT :size OFFSET :offset")
                .param("year", q.year()).param("round", q.roundId()).param("status", status)
                .param("worker", q.workerId()).param("size", q.size()).param("offset", (long) q.page() * q.size())
                .query((rs, n) -> item(rs)).list());
        record Count(long items, long fen) {
        }
        Count count = jdbc.sql("SELECT count(*) AS n, coalesce(sum(i.amount_fen), 0) AS fen FROM payout_item_view i"
                        + FILTER)
                .param("year", q.year()).param("round", q.roundId()).param("status", status)
                .param("worker", q.workerId())
                .query((rs, n) -> new Count(rs.getLong("n"), rs.getLong("fen"))).single();
        return new PayoutItemPage(items, q.page(), q.size(), count.items(), count.fen());
    }

    PayoutBatchPage batches(Integer year, int page, int size) {
        List<PayoutBatchRow> items = jdbc.sql("""
                        SELECT * FROM payout_batch_view WHERE (CAST(:year AS INTEGER) IS NULL OR year = :year)
                        ORDER BY created_at DESC, batch_id LIMIT :size OFFSET :offset""")
                .param("year", year).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> batch(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM payout_batch_view"
                        + " WHERE (CAST(:year AS INTEGER) IS NULL OR year = :year)")
                .param("year", year).query(Long.class).single();
        return new PayoutBatchPage(items, page, size, total);
    }

    /** The batch's items in its order, whatever became of them after (a cancelled batch keeps its list). */
    Optional<PayoutBatchDetail> batch(String batchId) {
        return jdbc.sql("SELECT * FROM payout_batch_view WHERE batch_id = :id").param("id", batchId)
                .query((rs, n) -> batch(rs)).optional()
                .map(batch -> new PayoutBatchDetail(batch, named(jdbc.sql("""
                                SELECT i.*, p.title FROM payout_batch_item_view bi
                                JOIN payout_item_view i ON i.item_id = bi.item_id
                                LEFT JOIN proposal_view p ON p.id = i.proposal_id
                                WHERE bi.batch_id = :id ORDER BY bi.position""")
                        .param("id", batchId).query((rs, n) -> item(rs)).list())));
    }

    /** A worker's rewards, of one competition year or (null) of every year. */
    MyRewards mine(String workerId, Integer year) {
        List<PayoutItemRow> items = named(jdbc.sql(ITEM
                        + " WHERE i.worker_id = :worker AND (CAST(:year AS INTEGER) IS NULL OR i.year = :year)"
                        + " ORDER BY i.granted_at DESC, i.item_id")
                .param("worker", workerId).param("year", year).query((rs, n) -> item(rs)).list());
        long paid = items.stream().filter(i -> i.status() == PayoutItemStatus.PAID).mapToLong(PayoutItemRow::amountFen)
                .sum();
        long due = items.stream().mapToLong(PayoutItemRow::amountFen).sum() - paid;
        return new MyRewards(due, paid, items);
    }

    private List<PayoutItemRow> named(List<PayoutItemRow> rows) {
        Map<String, String> byId = names.namesOf(rows.stream().map(PayoutItemRow::workerId).distinct().toList());
        return rows.stream().map(r -> new PayoutItemRow(r.itemId(), r.roundId(), r.proposalId(), r.title(),
                r.workerId(), byId.get(r.workerId()), r.workerUnitId(), r.grade(), r.amountFen(), r.status(),
                r.batchId(), r.paidOn(), r.paymentReference())).toList();
    }

    /** Without the worker's name, which {@link #named} adds for the whole list at once. */
    private static PayoutItemRow item(ResultSet rs) throws SQLException {
        return new PayoutItemRow(rs.getString("item_id"), rs.getString("round_id"), rs.getString("proposal_id"),
                rs.getString("title"), rs.getString("worker_id"), null, rs.getString("worker_unit_id"),
                Grade.valueOf(rs.getString("grade")), rs.getLong("amount_fen"),
                PayoutItemStatus.valueOf(rs.getString("status")), rs.getString("batch_id"),
                rs.getObject("paid_on", LocalDate.class), rs.getString("payment_reference"));
    }

    private static PayoutBatchRow batch(ResultSet rs) throws SQLException {
        return new PayoutBatchRow(rs.getString("batch_id"), rs.getInt("year"),
                PayoutBatchStatus.valueOf(rs.getString("status")), rs.getInt("item_count"), rs.getLong("total_fen"),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getString("approved_by"),
                instant(rs, "approved_at"), rs.getObject("paid_on", LocalDate.class), rs.getString("payment_reference"),
                rs.getString("cancel_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
