package com.wuxiao.query.growth;

import com.wuxiao.query.growth.api.GrowthProposal;
import com.wuxiao.query.growth.api.GrowthYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A worker's figures per year, from the read models of proposals (as an author), patents,
 * conversions and the points ledger. A year appears when the worker declared, earned points, or had
 * a patent or adoption in it.
 */
@Component
class GrowthReadModel {

    private static final String YEARS = """
            WITH mine AS (
                SELECT p.*, a.share FROM proposal_view p JOIN proposal_author_view a ON a.proposal_id = p.id
                WHERE a.worker_id = :worker),
            declared AS (
                SELECT competition_year AS year, count(*) AS declared,
                       count(*) FILTER (WHERE status IN ('ACCEPTED', 'AWARDED', 'NOT_AWARDED')) AS accepted,
                       count(*) FILTER (WHERE status = 'AWARDED') AS awarded,
                       count(*) FILTER (WHERE status = 'AWARDED' AND grade = 'FIRST') AS first,
                       count(*) FILTER (WHERE status = 'AWARDED' AND grade = 'SECOND') AS second,
                       count(*) FILTER (WHERE status = 'AWARDED' AND grade = 'THIRD') AS third,
                       count(*) FILTER (WHERE status = 'AWARDED' AND grade = 'MERIT') AS merit
                FROM mine GROUP BY competition_year),
            filed AS (
                SELECT extract(year FROM c.filed_on)::int AS year, count(*) AS n FROM patent_case c
                WHERE c.filed_on IS NOT NULL AND c.proposal_id IN (SELECT id FROM mine) GROUP BY 1),
            granted AS (
                SELECT extract(year FROM c.granted_on)::int AS year, count(*) AS n FROM patent_case c
                WHERE c.granted_on IS NOT NULL AND c.proposal_id IN (SELECT id FROM mine) GROUP BY 1),
            adopted AS (
                SELECT extract(year FROM c.adopted_at AT TIME ZONE 'Asia/Shanghai')::int AS year, count(*) AS n
                FROM conversion_case c
                WHERE c.status = 'ADOPTED' AND c.proposal_id IN (SELECT id FROM mine) GROUP BY 1),
            points AS (
                SELECT CAST(year_key AS INTEGER) AS year, coalesce(sum(points), 0) AS points FROM points_ledger
                WHERE worker_id = :worker GROUP BY year_key),
            years AS (
                SELECT year FROM declared UNION SELECT year FROM filed UNION SELECT year FROM granted
                UNION SELECT year FROM adopted UNION SELECT year FROM points)
            SELECT y.year, coalesce(d.declared, 0) AS declared, coalesce(d.accepted, 0) AS accepted,
                   coalesce(d.awarded, 0) AS awarded, coalesce(d.first, 0) AS first, coalesce(d.second, 0) AS second,
                   coalesce(d.third, 0) AS third, coalesce(d.merit, 0) AS merit, coalesce(f.n, 0) AS filed,
                   coalesce(g.n, 0) AS granted, coalesce(a.n, 0) AS adopted, coalesce(p.points, 0) AS points
            FROM years y LEFT JOIN declared d ON d.year = y.year LEFT JOIN filed f ON f.year = y.year
                 LEFT JOIN granted g ON g.year = y.year LEFT JOIN adopted a ON a.year = y.year
                 LEFT JOIN points p ON p.year = y.year
            ORDER BY y.year DESC""";

    private final JdbcClient jdbc;

    GrowthReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GrowthYear> years(String workerId) {
        return jdbc.sql(YEARS).param("worker", workerId)
                .query((rs, n) -> new GrowthYear(rs.getInt("year"), rs.getInt("declared"), rs.getInt("accepted"),
                        rs.getInt("awarded"), rs.getInt("first"), rs.getInt("second"), rs.getInt("third"),
                        rs.getInt("merit"), rs.getInt("filed"), rs.getInt("granted"), rs.getInt("adopted"),
                        rs.getBigDecimal("points").setScale(2)))
                .list();
    }

    List<GrowthProposal> proposals(String workerId) {
        return jdbc.sql("""
                        SELECT p.id, p.competition_year, p.title, p.status, p.grade, a.share
                        FROM proposal_view p JOIN proposal_author_view a ON a.proposal_id = p.id
                        WHERE a.worker_id = :worker ORDER BY p.submitted_at DESC, p.id""")
                .param("worker", workerId)
                .query((rs, n) -> new GrowthProposal(rs.getString("id"), rs.getInt("competition_year"),
                        rs.getString("title"), rs.getString("status"), rs.getString("grade"), rs.getInt("share")))
                .list();
    }
}
