package com.wuxiao.command.competition;

import com.wuxiao.command.common.UnitsOfWork;
import com.wuxiao.command.competition.api.YearConfig;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Competition years as the {@link CompetitionYear} aggregates say, read through an event-sourcing
 * repository of their own that takes no lock. Axon's repository of the aggregate locks what it loads
 * until the unit of work ends, and every declaration, revision and screening reads its year: all of
 * a year's submissions queued behind that one lock (profiled: most of a submission's wait). A read
 * needs no lock: it sources the year from the events committed so far, so a configuration change
 * applies to every command that starts after it commits. Changes to a year still go through the
 * aggregate's own, locking repository.
 * <p>
 * Meant to be called from a command handler (inside its unit of work); a call from outside gets a
 * unit of work of its own.
 */
@Component
public class EventSourcedCompetitionYears implements CompetitionYears {

    private final Supplier<Repository<CompetitionYear>> repository;

    /** Built on first use: Axon's configuration, which it needs, is complete only once the app has started. */
    @Autowired
    public EventSourcedCompetitionYears(ObjectProvider<Configuration> axon) {
        this.repository = SingletonSupplier.of(() -> withoutLocks(axon.getObject()));
    }

    /** Over a given repository (the tests', with their own event store). */
    EventSourcedCompetitionYears(Repository<CompetitionYear> repository) {
        this.repository = () -> repository;
    }

    static Repository<CompetitionYear> withoutLocks(Configuration axon) {
        return EventSourcingRepository.builder(CompetitionYear.class)
                .eventStore(axon.eventStore())
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(CompetitionYear.class))
                .lockFactory(NullLockFactory.INSTANCE)
                .build();
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
            return Optional.ofNullable(repository.get().load(String.valueOf(year)).invoke(part));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
