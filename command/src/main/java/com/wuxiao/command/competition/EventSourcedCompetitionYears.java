package com.wuxiao.command.competition;

import com.wuxiao.command.common.UnitsOfWork;
import com.wuxiao.command.competition.api.YearConfig;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * The year's rules are read by every declaration but change a few times a year: what was sourced is
 * kept with the sequence number of the year's last event, and used again while the event store's
 * last sequence number for the year is the same (one index lookup instead of sourcing the year).
 * <p>
 * Meant to be called from a command handler (inside its unit of work); a call from outside gets a
 * unit of work of its own.
 */
@Component
public class EventSourcedCompetitionYears implements CompetitionYears {

    /** What a year's events said, as of its event {@code sequence}. */
    private record Sourced(long sequence, YearConfig config, Map<String, Integer> headcounts) {
    }

    private final Supplier<Repository<CompetitionYear>> repository;
    private final Supplier<EventStore> eventStore;
    private final Map<Integer, Sourced> sourced = new ConcurrentHashMap<>();

    /** Built on first use: Axon's configuration, which it needs, is complete only once the app has started. */
    @Autowired
    public EventSourcedCompetitionYears(ObjectProvider<Configuration> axon) {
        this.repository = SingletonSupplier.of(() -> withoutLocks(axon.getObject()));
        this.eventStore = SingletonSupplier.of(() -> axon.getObject().eventStore());
    }

    /** Over a given repository and its event store (the tests'). */
    EventSourcedCompetitionYears(Repository<CompetitionYear> repository, EventStore eventStore) {
        this.repository = () -> repository;
        this.eventStore = () -> eventStore;
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
        return UnitsOfWork.within(() -> read(year)).map(Sourced::config);
    }

    @Override
    public Map<String, Integer> headcounts(int year) {
        return UnitsOfWork.within(() -> read(year)).map(Sourced::headcounts).orElse(Map.of());
    }

    private Optional<Sourced> read(int year) {
        Optional<Long> last = eventStore.get().lastSequenceNumberFor(String.valueOf(year));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Sourced known = sourced.get(year);
        if (known != null && known.sequence() == last.get()) {
            return Optional.of(known);
        }
        try {
            Aggregate<CompetitionYear> aggregate = repository.get().load(String.valueOf(year));
            Sourced now = aggregate.invoke(loaded -> new Sourced(aggregate.version(), loaded.config(),
                    Map.copyOf(loaded.headcounts())));
            // The newer of two concurrent reads stays.
            sourced.merge(year, now, (old, fresh) -> fresh.sequence() >= old.sequence() ? fresh : old);
            return Optional.of(now);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
