package com.wuxiao.command.competition;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.YearConfig;

import java.util.Map;
import java.util.Optional;

/** The configured rules of a year; passed to aggregates that check commands against them. */
public interface CompetitionYears {

    Optional<YearConfig> find(int year);

    /** The year's rules, or the conflict every rule that needs them reports: the year is not configured. */
    default YearConfig require(int year) {
        return find(year).orElseThrow(() -> RuleViolation.conflict("year-not-configured", year));
    }

    /**
     * The employees per unit as the union office last set them for the year; empty if it has not
     * (or the year is not configured).
     */
    Map<String, Integer> headcounts(int year);
}
