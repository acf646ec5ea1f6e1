package com.wuxiao.infra.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A saved what-if scenario: its scope (a round or a year) and its rules as the form's parameters. */
public record Scenario(long id, String name, String round, Integer year, Map<String, Object> rules,
                       String savedBy, Instant savedAt) {

    RulesForm form(ObjectMapper json) {
        Map<String, Object> values = new HashMap<>(rules);
        values.put("round", round);
        values.put("year", year);
        return json.convertValue(values, RulesForm.class);
    }
}
