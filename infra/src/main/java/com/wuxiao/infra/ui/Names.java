package com.wuxiao.infra.ui;

import java.util.Map;

/**
 * Display names a page needs, looked up once per page: people, units and the year's categories.
 * An unknown id shows as itself, so a page never hides what it cannot name.
 */
public record Names(Map<String, String> people, Map<String, String> units, Map<String, String> categories) {

    public Names {
        people = Map.copyOf(people);
        units = Map.copyOf(units);
        categories = Map.copyOf(categories);
    }

    public String person(String userId) {
        return userId == null ? "" : people.getOrDefault(userId, userId);
    }

    public String unit(String unitId) {
        return unitId == null ? "" : units.getOrDefault(unitId, unitId);
    }

    public String category(String code) {
        return code == null ? "" : categories.getOrDefault(code, code);
    }
}
