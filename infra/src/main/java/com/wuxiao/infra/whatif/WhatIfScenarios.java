package com.wuxiao.infra.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The named what-if scenarios (what_if_scenario, V35): saved questions, never results. */
@Component
class WhatIfScenarios {

    static final int NAME_MAX = 60;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WhatIfScenarios(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Scenario save(String name, RulesForm scope, Map<String, Object> rules, String savedBy, Instant at) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw RuleViolation.invalid("what-if-scenario-name", "name");
        }
        try {
            long id = jdbc.sql("""
                            INSERT INTO what_if_scenario (name, round_id, year, rules, saved_by, saved_at)
                            VALUES (:name, :round, :year, CAST(:rules AS jsonb), :by, :at) RETURNING id""")
                    .param("name", trimmed)
                    .param("round", scope.isRound() ? scope.round().trim() : null)
                    .param("year", scope.isRound() ? null : scope.year())
                    .param("rules", json.writeValueAsString(rules))
                    .param("by", savedBy)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .query(Long.class).single();
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("what-if-scenario-exists", trimmed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Scenario> all() {
        return jdbc.sql("SELECT * FROM what_if_scenario ORDER BY saved_at DESC, id DESC").query(this::scenario).list();
    }

    Optional<Scenario> find(long id) {
        return jdbc.sql("SELECT * FROM what_if_scenario WHERE id = :id").param("id", id).query(this::scenario)
                .optional();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM what_if_scenario WHERE id = :id").param("id", id).update() > 0;
    }

    private Scenario scenario(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        try {
            int year = rs.getInt("year");
            Integer yearOrNull = rs.wasNull() ? null : year;
            return new Scenario(rs.getLong("id"), rs.getString("name"), rs.getString("round_id"), yearOrNull,
                    json.readValue(rs.getString("rules"), new TypeReference<Map<String, Object>>() {
                    }), rs.getString("saved_by"), rs.getObject("saved_at", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scenario " + rs.getLong("id"), e);
        }
    }
}
