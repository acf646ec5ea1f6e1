package com.wuxiao.command.testing;

import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.YearConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configured competition years for fixture tests. */
public final class InMemoryCompetitionYears implements CompetitionYears {

    private final Map<Integer, YearConfig> years = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> headcounts = new HashMap<>();

    public InMemoryCompetitionYears with(YearConfig config) {
        years.put(config.year(), config);
        return this;
    }

    public InMemoryCompetitionYears withHeadcounts(int year, Map<String, Integer> units) {
        headcounts.put(year, Map.copyOf(units));
        return this;
    }

    @Override
    public Optional<YearConfig> find(int year) {
        return Optional.ofNullable(years.get(year));
    }

    @Override
    public Map<String, Integer> headcounts(int year) {
        return headcounts.getOrDefault(year, Map.of());
    }
}
