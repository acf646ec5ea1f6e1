package com.wuxiao.query.appraisal;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the appraisal projections share: the round row's sequence guard, which makes each of their
 * handlers idempotent, and the ranking columns of the round's proposals.
 */
final class RoundRows {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    RoundRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Claims the event for the round: true if its sequence number is past the last one applied (the
     * caller then applies it), false for a redelivery or an unknown round.
     */
    boolean advance(String roundId, EventMessage<?> message, Instant at) {
        return jdbc.sql("""
                        UPDATE appraisal_round_view SET last_event_seq = :seq, updated_at = COALESCE(:at, updated_at)
                        WHERE round_id = :id AND last_event_seq < :seq""")
                .param("id", roundId)
                .param("seq", EventColumns.sequenceOf(message))
                .param("at", timestamp(at))
                .update() == 1;
    }

    void clearRanking(String roundId) {
        jdbc.sql("""
                        UPDATE appraisal_proposal_view SET final_score = NULL, rank = NULL, grade = NULL
                        WHERE round_id = :id""")
                .param("id", roundId)
                .update();
    }

    void setRanking(String roundId, List<RankedProposal> ranking, boolean finalGrades) {
        SqlParameterSource[] rows = ranking.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("round", roundId)
                        .addValue("proposal", r.proposalId())
                        .addValue("score", r.finalScore())
                        .addValue("rank", r.rank())
                        .addValue("grade", r.grade() == null ? null : r.grade().name()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("UPDATE appraisal_proposal_view SET final_score = :score, rank = :rank, grade = :grade"
                + (finalGrades ? ", final_grade = :grade" : "")
                + " WHERE round_id = :round AND proposal_id = :proposal", rows);
    }

    /** Round events are applied by the round aggregate, so they always carry its sequence number. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
