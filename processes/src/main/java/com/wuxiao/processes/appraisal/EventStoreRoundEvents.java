package com.wuxiao.processes.appraisal;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * {@link RoundEvents} over Axon's event store. The store shares Camunda's connection and
 * transaction, so the events a delegate's command appended are visible here before the commit.
 */
@Component
class EventStoreRoundEvents implements RoundEvents {

    private final EventStore eventStore;

    EventStoreRoundEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Object> latest(String roundId) {
        return eventStore.lastSequenceNumberFor(roundId).flatMap(last -> {
            DomainEventStream stream = eventStore.readEvents(roundId, last);
            return stream.hasNext() ? Optional.of(stream.next()) : Optional.<DomainEventMessage<?>>empty();
        }).map(DomainEventMessage::getPayload);
    }
}
