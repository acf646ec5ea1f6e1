package com.wuxiao.command.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.common.CommandLookups;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@link AppraisalPools} from a lookup table the proposal's own events keep, in the transaction that
 * appends them ({@link CommandLookups}): a proposal accepted in a quarter is in that quarter's pool
 * however far any projection lags, or if one has parked the proposal's events as dead letters.
 * Kept are what the round's rules need (unit, authors with shares, mentor) as last declared, when
 * it was accepted, and the round that appraised it, which takes it out of every later pool.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class AppraisalPoolLookup implements AppraisalPools {

    private static final TypeReference<List<Author>> AUTHORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AppraisalPoolLookup(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProposalSubmittedEvent e) {
        jdbc.sql("""
                        INSERT INTO appraisal_pool_lookup (proposal_id, unit_id, authors, mentor_id)
                        VALUES (:id, :unit, CAST(:authors AS jsonb), :mentor)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .param("id", e.proposalId())
                .param("unit", e.unitId())
                .param("authors", write(e.authors()))
                .param("mentor", e.mentorId())
                .update();
    }

    @EventHandler
    void on(ProposalRevisedEvent e) {
        jdbc.sql("""
                        UPDATE appraisal_pool_lookup SET authors = CAST(:authors AS jsonb), mentor_id = :mentor
                        WHERE proposal_id = :id""")
                .param("id", e.proposalId())
                .param("authors", write(e.authors()))
                .param("mentor", e.mentorId())
                .update();
    }

    @EventHandler
    void on(ProposalAcceptedEvent e) {
        jdbc.sql("UPDATE appraisal_pool_lookup SET accepted_at = :at WHERE proposal_id = :id")
                .param("id", e.proposalId())
                .param("at", timestamp(e.acceptedAt()))
                .update();
    }

    @EventHandler
    void on(ProposalAppraisedEvent e) {
        jdbc.sql("UPDATE appraisal_pool_lookup SET appraised_in = :round WHERE proposal_id = :id")
                .param("id", e.proposalId())
                .param("round", e.roundId())
                .update();
    }

    @Override
    public List<PoolEntry> acceptedIn(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return jdbc.sql("""
                        SELECT proposal_id, unit_id, authors, mentor_id FROM appraisal_pool_lookup
                        WHERE accepted_at >= :start AND accepted_at < :end AND appraised_in IS NULL
                        ORDER BY accepted_at, proposal_id""")
                .param("start", timestamp(startOf(first)))
                .param("end", timestamp(startOf(first.plusMonths(3))))
                .query((rs, n) -> new PoolEntry(rs.getString("proposal_id"), rs.getString("unit_id"),
                        read(rs.getString("authors")), rs.getString("mentor_id")))
                .list();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CompetitionCalendar.ZONE).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String write(List<Author> authors) {
        try {
            return json.writeValueAsString(authors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("authors not serialisable: " + authors, e);
        }
    }

    private List<Author> read(String authors) {
        try {
            return List.copyOf(json.readValue(authors, AUTHORS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("authors in appraisal_pool_lookup unreadable: " + authors, e);
        }
    }
}
