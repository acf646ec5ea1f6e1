package com.wuxiao.query.need;

import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.query.need.api.NeedAnswer;
import com.wuxiao.query.need.api.NeedDetail;
import com.wuxiao.query.need.api.NeedPage;
import com.wuxiao.query.need.api.NeedSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads needs and their answers (proposal rows naming the need). */
@Component
class NeedReadModel {

    private static final String SUMMARY = """
            SELECT n.*, (n.closed_at IS NULL AND (n.deadline IS NULL OR n.deadline >= :today)) AS answerable,
                   (SELECT count(*) FROM proposal_view p WHERE p.need_id = n.need_id) AS answers
            FROM need_view n""";
    private static final String FILTER = " " + """
             WHERE (CAST(:unit AS TEXT) IS NULL OR n.unit_id = :unit)
               AND (CAST(:open AS BOOLEAN) IS NULL
                    OR (n.closed_at IS NULL AND (n.deadline IS NULL OR n.deadline >= :today)) = :open)""";

    private final JdbcClient jdbc;

    NeedReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NeedPage page(Boolean open, String unitId, LocalDate today, int page, int size) {
        List<NeedSummary> items = jdbc.sql(SUMMARY + FILTER
                        + " ORDER BY n.published_at DESC, n.need_id LIMIT :size OFFSET :offset")
                .param("unit", unitId).param("open", open).param("today", today)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM need_view n" + FILTER)
                .param("unit", unitId).param("open", open).param("today", today)
                .query(Long.class).single();
        return new NeedPage(items, page, size, total);
    }

    Optional<NeedDetail> detail(String needId, LocalDate today) {
        return jdbc.sql(SUMMARY + " WHERE n.need_id = :id").param("id", needId).param("today", today)
                .query((rs, n) -> new NeedDetail(summary(rs), rs.getString("problem"), rs.getString("published_by"),
                        instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("close_note"), answers(needId)))
                .optional();
    }

    private List<NeedAnswer> answers(String needId) {
        return jdbc.sql("""
                        SELECT id, title, unit_id, submitter_id, status, grade, submitted_at FROM proposal_view
                        WHERE need_id = :id ORDER BY submitted_at DESC, id""")
                .param("id", needId)
                .query((rs, n) -> new NeedAnswer(rs.getString("id"), rs.getString("title"), rs.getString("unit_id"),
                        rs.getString("submitter_id"), ProposalStatus.valueOf(rs.getString("status")),
                        rs.getString("grade"), instant(rs, "submitted_at")))
                .list();
    }

    private static NeedSummary summary(ResultSet rs) throws SQLException {
        return new NeedSummary(rs.getString("need_id"), rs.getString("title"), rs.getString("unit_id"),
                rs.getString("category_code"), rs.getObject("deadline", LocalDate.class), rs.getString("reward_note"),
                instant(rs, "published_at"), rs.getTimestamp("closed_at") != null, rs.getBoolean("answerable"),
                rs.getObject("solved", Boolean.class), rs.getInt("answers"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
