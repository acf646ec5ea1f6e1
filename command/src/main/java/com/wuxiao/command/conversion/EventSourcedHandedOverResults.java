package com.wuxiao.command.conversion;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Handovers as the event store says: a {@link Conversion} exists per result and receiving unit once
 * its first event is stored. Asked of the store's sequence numbers, not by loading the aggregate, so a
 * result never handed over (the usual answer) costs no failed load.
 */
@Component
public class EventSourcedHandedOverResults implements HandedOverResults {

    private final EventStore eventStore;

    public EventSourcedHandedOverResults(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean handedOver(String proposalId, String receivingUnitId) {
        return eventStore.lastSequenceNumberFor(Conversion.idOf(proposalId, receivingUnitId)).isPresent();
    }
}
