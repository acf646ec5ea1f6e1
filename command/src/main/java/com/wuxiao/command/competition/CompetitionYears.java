package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.YearConfig;

import java.util.Optional;

/** The configured rules of a year; passed to aggregates that check commands against them. */
public interface CompetitionYears {

    Optional<YearConfig> find(int year);
}
