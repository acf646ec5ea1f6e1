package com.wuxiao.command.competition;

import com.wuxiao.command.common.UnitsOfWork;
import com.wuxiao.command.competition.api.YearConfig;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Competition years as the {@link CompetitionYear} aggregates say, read through Axon's repository.
 * Meant to be called from a command handler (inside its unit of work); a call from outside gets a
 * unit of work of its own.
 */
@Component
public class EventSourcedCompetitionYears implements CompetitionYears {

    private final Repository<CompetitionYear> repository;

    public EventSourcedCompetitionYears(Repository<CompetitionYear> repository) {
        this.repository = repository;
    }

    @Override
    public Optional<YearConfig> find(int year) {
        return UnitsOfWork.within(() -> load(year));
    }

    @Override
    public Map<String, Integer> headcounts(int year) {
        return UnitsOfWork.within(() -> read(year, CompetitionYear::headcounts)).orElse(Map.of());
    }

    private Optional<YearConfig> load(int year) {
        return read(year, CompetitionYear::config);
    }

    private <T> Optional<T> read(int year, Function<CompetitionYear, T> part) {
        try {
            return Optional.ofNullable(repository.load(String.valueOf(year)).invoke(part));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
