package com.wuxiao.query.certificate;

import com.wuxiao.query.certificate.api.Certificate;
import com.wuxiao.query.certificate.api.HonourKind;
import com.wuxiao.query.people.UnitNames;
import com.wuxiao.query.people.WorkerNames;
import com.wuxiao.query.period.api.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every honour that has a certificate, read from the read models that hold it: awards from the
 * proposals' grades and authors (the round's finalisation in the leaderboard's award rows),
 * 创新标兵 and 优秀组织单位 from confirmed commendations, 金牌工匠 from the craftsmen conferred. One SQL
 * shape for all four, filtered by holder, round or year; nothing of its own to keep in step.
 */
@Component
class CertificateReadModel {

    private static final String HONOURS = """
            SELECT 'AWARD' AS kind, CAST(left(p.round_id, 4) AS INTEGER) AS year, a.worker_id AS holder_id,
                   p.unit_id, p.round_id, p.id AS proposal_id, p.title, p.grade, NULL AS citation,
                   l.finalised_at AS issued_at, a.position AS position
            FROM proposal_view p
            JOIN proposal_author_view a ON a.proposal_id = p.id
            JOIN leaderboard_award l ON l.round_id = p.round_id AND l.proposal_id = p.id
            WHERE p.status = 'AWARDED'
            UNION ALL
            SELECT 'INNOVATION_STAR', w.year, w.worker_id, w.unit_id, NULL, NULL, NULL, NULL, NULL, v.confirmed_at,
                   w.position
            FROM commendation_worker w JOIN commendation_view v ON v.year = w.year AND v.status = 'CONFIRMED'
            UNION ALL
            SELECT 'GOLDEN_CRAFTSMAN', c.year, c.worker_id, c.unit_id, NULL, NULL, NULL, NULL, c.citation,
                   c.conferred_at, 0
            FROM commendation_craftsman c
            UNION ALL
            SELECT 'EXCELLENT_UNIT', u.year, u.unit_id, u.unit_id, NULL, NULL, NULL, NULL, NULL, v.confirmed_at,
                   u.position
            FROM commendation_unit u JOIN commendation_view v ON v.year = u.year AND v.status = 'CONFIRMED'
            WHERE u.commended""";

    private final JdbcClient jdbc;
    private final WorkerNames workers;
    private final UnitNames units;

    CertificateReadModel(JdbcClient jdbc, WorkerNames workers, UnitNames units) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.units = units;
    }

    List<Certificate> ofHolder(String holderId) {
        return named(select("h.holder_id = :key", holderId));
    }

    List<Certificate> ofRound(String roundId) {
        return named(select("h.round_id = :key", roundId));
    }

    List<Certificate> ofYear(int year) {
        return named(select("h.year = :key", year));
    }

    Optional<Certificate> find(String certificateId) {
        return CertificateIds.holderOf(certificateId)
                .flatMap(holder -> ofHolder(holder).stream()
                        .filter(c -> c.certificateId().equals(certificateId)).findFirst());
    }

    private List<Row> select(String condition, Object key) {
        return jdbc.sql("SELECT * FROM (" + HONOURS + ") h WHERE " + condition
                        + " ORDER BY h.issued_at, h.kind, h.round_id, h.proposal_id, h.position, h.holder_id")
                .param("key", key)
                .query((rs, n) -> row(rs)).list();
    }

    /** Holders' names in one look-up per kind of holder. */
    private List<Certificate> named(List<Row> rows) {
        Map<String, String> people = workers.namesOf(rows.stream().filter(r -> r.kind() != HonourKind.EXCELLENT_UNIT)
                .map(Row::holderId).toList());
        Map<String, String> unitNames = units.unitNamesOf(Stream.concat(rows.stream().map(Row::unitId),
                rows.stream().filter(r -> r.kind() == HonourKind.EXCELLENT_UNIT).map(Row::holderId)).distinct().toList());
        return rows.stream().map(r -> {
            String name = r.kind() == HonourKind.EXCELLENT_UNIT ? unitNames.get(r.holderId()) : people.get(r.holderId());
            return new Certificate(CertificateIds.of(r.kind(), r.year(), r.roundId(), r.proposalId(), r.holderId()),
                    r.kind(), r.year(), r.holderId(), name == null ? r.holderId() : name,
                    r.unitId() == null ? null : unitNames.getOrDefault(r.unitId(), r.unitId()), r.roundId(),
                    r.proposalId(), r.title(), r.grade(), r.citation(),
                    r.issuedAt() == null ? null : r.issuedAt().toInstant().atZone(Period.ZONE).toLocalDate());
        }).sorted(Comparator.comparing(Certificate::issuedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(HonourKind.valueOf(rs.getString("kind")), rs.getInt("year"), rs.getString("holder_id"),
                rs.getString("unit_id"), rs.getString("round_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("grade"), rs.getString("citation"), rs.getTimestamp("issued_at"));
    }

    private record Row(HonourKind kind, int year, String holderId, String unitId, String roundId, String proposalId,
                       String title, String grade, String citation, java.sql.Timestamp issuedAt) {
    }
}
