package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * {@link ResultAdoptions} straight from Axon's event table: the truth at the moment of the command,
 * not a possibly lagging read model. JdbcTemplate takes the connection bound to the current Spring
 * transaction, the one Axon's event store appends through, so events of that transaction are seen.
 *
 * <p>The conversions of a result are the aggregates {@code CONV-<proposalId>-<unit>}; the id prefix
 * narrows the search (with LIKE wildcards in the proposal id escaped), and the event's own
 * {@code proposalId} decides, since a proposal id followed by "-" may begin another proposal's id.
 * PostgreSQL-specific (the payload is Jackson JSON in bytea).
 *
 * <p>Two units adopting the same result at the same time would otherwise both see no earlier
 * adoption and both earn ADOPTED points: a transaction-scoped advisory lock per result makes the
 * second wait until the first commits (or rolls back) and then read what it wrote. The lock ends
 * with the transaction; outside one it is released at once and orders nothing.
 */
@Component
public class EventStoreResultAdoptions implements ResultAdoptions {

    private static final String SQL = """
            SELECT EXISTS (
                SELECT 1 FROM domainevententry
                 WHERE aggregateidentifier LIKE ? ESCAPE '\\'
                   AND aggregateidentifier <> ?
                   AND payloadtype = ?
                   AND convert_from(payload, 'UTF8')::jsonb ->> 'proposalId' = ?)
            """;

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext(?))";

    private final JdbcTemplate jdbc;

    public EventStoreResultAdoptions(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public boolean adoptedByAnotherUnit(String proposalId, String receivingUnitId) {
        jdbc.query(LOCK, (RowCallbackHandler) row -> { }, "result-adoption:" + proposalId);
        String prefix = likeEscaped(Conversion.idOf(proposalId, "")) + "%";
        Boolean found = jdbc.queryForObject(SQL, Boolean.class, prefix, Conversion.idOf(proposalId, receivingUnitId),
                ResultAdoptedEvent.class.getName(), proposalId);
        return Boolean.TRUE.equals(found);
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
