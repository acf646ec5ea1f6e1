package com.wuxiao.command.conversion;

import com.wuxiao.command.common.CommandLookups;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ResultAdoptions} from a lookup table of the units that adopted each result, which
 * {@link ResultAdoptedEvent} fills in the transaction that appends it ({@link CommandLookups}): the
 * truth at the moment of the command, not a possibly lagging read model, and no scan of the event
 * table, whose size and payload format it would depend on.
 *
 * <p>Two units adopting the same result at the same time would otherwise both see no earlier
 * adoption and both earn ADOPTED points: a transaction-scoped advisory lock per result makes the
 * second wait until the first commits (or rolls back) and then read what it wrote. The lock ends
 * with the transaction; outside one it is released at once and orders nothing.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class AdoptionLookup implements ResultAdoptions {

    private final JdbcClient jdbc;

    public AdoptionLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResultAdoptedEvent e) {
        jdbc.sql("""
                        INSERT INTO result_adoption_lookup (proposal_id, receiving_unit_id) VALUES (:proposal, :unit)
                        ON CONFLICT DO NOTHING""")
                .param("proposal", e.proposalId())
                .param("unit", e.receivingUnitId())
                .update();
    }

    @Override
    public boolean adoptedByAnotherUnit(String proposalId, String receivingUnitId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "result-adoption:" + proposalId)
                .query().listOfRows();
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM result_adoption_lookup
                                       WHERE proposal_id = :proposal AND receiving_unit_id <> :unit)""")
                .param("proposal", proposalId)
                .param("unit", receivingUnitId)
                .query(Boolean.class).single();
    }
}
