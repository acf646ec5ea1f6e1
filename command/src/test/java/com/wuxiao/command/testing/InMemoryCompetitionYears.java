package com.wuxiao.command.testing;

import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.YearConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configured competition years for fixture tests. */
public final class InMemoryCompetitionYears implements CompetitionYears {

    private final Map<Integer, YearConfig> years = new HashMap<>();

    public InMemoryCompetitionYears with(YearConfig config) {
        years.put(config.year(), config);
        return this;
    }

    @Override
    public Optional<YearConfig> find(int year) {
        return Optional.ofNullable(years.get(year));
    }
}
