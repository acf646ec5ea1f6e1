package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The port proposals use to read a year, over a real event-sourcing repository and event store. */
class EventSourcedCompetitionYearsTest {

    private static final Instant T0 = Instant.parse("2024-12-01T01:00:00Z");

    private EventStore eventStore;
    private EventSourcedCompetitionYears years;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        UserDirectory users = new InMemoryUserDirectory();
        EventSourcingRepository<CompetitionYear> repository = EventSourcingRepository.builder(CompetitionYear.class)
                .eventStore(eventStore)
                .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(CompetitionYear.class),
                        new SimpleResourceParameterResolverFactory(List.of(users))))
                .build();
        years = new EventSourcedCompetitionYears(repository, eventStore);
    }

    private void configured(long sequence, YearConfig config) {
        eventStore.publish(new GenericDomainEventMessage<>("CompetitionYear", String.valueOf(config.year()), sequence,
                new CompetitionYearConfiguredEvent(String.valueOf(config.year()), config, "leader", T0)));
    }

    @Test
    void findsTheLatestConfigurationOfAYear() {
        YearConfigs first = new YearConfigs();
        YearConfigs changed = new YearConfigs();
        changed.weights = new ScoreWeights(50, 30, 20);
        configured(0, first.build());
        configured(1, changed.build());

        Optional<YearConfig> found = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> years.find(2025)).getPayload();

        assertThat(found).contains(changed.build());
    }

    @Test
    void aConfigurationStoredAfterARead_isWhatTheNextReadFinds() {
        YearConfigs first = new YearConfigs();
        configured(0, first.build());
        assertThat(years.find(2025)).contains(first.build());
        assertThat(years.find(2025)).contains(first.build());

        YearConfigs changed = new YearConfigs();
        changed.weights = new ScoreWeights(50, 30, 20);
        configured(1, changed.build());
        eventStore.publish(new GenericDomainEventMessage<>("CompetitionYear", "2025", 2,
                new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 120), "leader", T0)));

        assertThat(years.find(2025)).contains(changed.build());
        assertThat(years.headcounts(2025)).isEqualTo(Map.of("ZC1", 120));
    }

    @Test
    void aYearNobodyConfiguredIsEmpty() {
        configured(0, new YearConfigs().build());

        Optional<YearConfig> found = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> years.find(2026)).getPayload();

        assertThat(found).isEmpty();
    }

    @Test
    void outsideAUnitOfWorkItOpensItsOwn() {
        configured(0, new YearConfigs().build());

        assertThat(years.find(2025)).isPresent();
        assertThat(years.find(2030)).isEmpty();
    }

    @Test
    void theLatestHeadcountsOfAYearAndNoneOfAnotherYear() {
        configured(0, new YearConfigs().build());
        eventStore.publish(new GenericDomainEventMessage<>("CompetitionYear", "2025", 1,
                new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 120, "JJ2", 90), "leader", T0)));
        eventStore.publish(new GenericDomainEventMessage<>("CompetitionYear", "2025", 2,
                new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 125), "leader", T0)));

        assertThat(years.headcounts(2025)).isEqualTo(Map.of("ZC1", 125));
        assertThat(years.headcounts(2030)).isEmpty();
    }
}
